/**
 * Legende: the Bewertungsschema as in the report — each level's fill, each symbol's glyph and meaning.
 *
 * Writers do not autofit, so nothing here relies on it: the group headings do not wrap (centred across
 * A:C, as the challenge rows of the field sheets), and every row whose texts wrap gets the height its
 * lines need, estimated from each column's width as on the action-field sheets.
 */
import { LEVELS, SYMBOLS } from "../scheme/ratingScheme";
import { MARGINS, protection, type PlanContext } from "./context";
import { label } from "./labels";
import type { SheetPlan } from "./plan";
import type { RowPlan } from "./plan";
import { estimateLines, headerFooter, LINE_HEIGHT, SheetGrid } from "./sheetGrid";
import { PALETTE } from "./styles";

/** Column widths of the legend (character units): sample, name, meaning. */
export const LEGEND_COLUMN_WIDTHS = [14, 48, 80] as const;

export function buildLegendSheet(name: string, ctx: PlanContext): SheetPlan {
  const grid = new SheetGrid(name);
  const lang = ctx.lang;
  const rows: RowPlan[] = [];
  /** A row with texts in these columns (1-based) gets the height of its tallest wrapped text. */
  const fit = (row: number, texts: readonly (readonly [number, string])[]) => {
    const lines = Math.max(
      ...texts.map(([column, text]) => estimateLines(text, LEGEND_COLUMN_WIDTHS[column - 1]!)),
    );
    if (lines > 1) rows.push({ index: row, height: lines * LINE_HEIGHT });
  };
  grid.text(1, 1, ctx.title);
  grid.style(1, 1, 1, 1, "title");
  grid.text(2, 1, label("legendHeading", lang));
  grid.style(2, 1, 2, 1, "subtitle");
  let row = 4;
  row = heading(grid, row, label("legendLevels", lang));
  for (const level of LEVELS) {
    grid.text(row, 1, level.value[lang]);
    grid.style(row, 1, row, 1, `level:${level.code}`);
    grid.text(row, 2, level.label[lang]);
    grid.style(row, 2, row, 3, "rowLabel");
    fit(row, [[2, level.label[lang]]]);
    row++;
  }
  row = heading(grid, row + 1, label("legendSymbols", lang));
  for (const symbol of SYMBOLS) {
    grid.text(row, 1, symbol.glyph);
    grid.style(row, 1, row, 1, "glyph");
    grid.text(row, 2, symbol.label[lang]);
    grid.text(row, 3, symbol.meaning[lang]);
    grid.style(row, 2, row, 3, "rowLabel");
    fit(row, [
      [2, symbol.label[lang]],
      [3, symbol.meaning[lang]],
    ]);
    row++;
  }
  row = heading(grid, row + 1, label("legendStatus", lang));
  const statuses: [string, string][] = [
    [ctx.status.open, label("legendOpen", lang)],
    [ctx.status.invalid, label("legendInvalid", lang)],
  ];
  for (const [text, meaning] of statuses) {
    grid.text(row, 1, text);
    grid.style(row, 1, row, 1, text === ctx.status.invalid ? "invalidSample" : "openSample");
    grid.text(row, 2, meaning);
    grid.style(row, 2, row, 3, "rowLabel");
    fit(row, [[2, meaning]]);
    row++;
  }
  // The note wraps in B (A is too narrow to hold it, and running on it would leave the print area).
  grid.text(row + 1, 2, label("legendHowTo", lang));
  grid.style(row + 1, 2, row + 1, 2, "noteWrap");
  fit(row + 1, [[2, label("legendHowTo", lang)]]);
  return {
    key: "legend",
    name,
    role: "legend",
    visibility: "visible",
    tabColor: PALETTE.tabLegend,
    columns: LEGEND_COLUMN_WIDTHS.map((width, i) => ({ index: i + 1, width })),
    rows,
    blocks: grid.blocks(),
    styleRanges: grid.styleRanges,
    conditionalFormats: [],
    dataValidations: [],
    protection: protection(ctx.options),
    print: {
      orientation: "landscape",
      paperSize: "A4",
      scale: "fitToWidth",
      printArea: grid.extent(),
      header: headerFooter({ left: ctx.title, right: name }),
      footer: { right: label("page", lang) },
      margins: MARGINS,
    },
    extent: grid.extent(),
  };
}

/** A group heading on one line, centred across A:C ("centre across selection" never wraps). */
function heading(grid: SheetGrid, row: number, text: string): number {
  grid.text(row, 1, text);
  grid.style(row, 1, row, 3, "legendGroup");
  return row + 1;
}
