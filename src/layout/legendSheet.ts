/** Legende: the Bewertungsschema as in the report — each level's fill, each symbol's glyph and meaning. */
import { LEVELS, SYMBOLS } from "../scheme/ratingScheme";
import { MARGINS, protection, type PlanContext } from "./context";
import { label } from "./labels";
import type { SheetPlan } from "./plan";
import { headerText, SheetGrid } from "./sheetGrid";
import { PALETTE } from "./styles";

export function buildLegendSheet(name: string, ctx: PlanContext): SheetPlan {
  const grid = new SheetGrid(name);
  const lang = ctx.lang;
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
    row++;
  }
  row = heading(grid, row + 1, label("legendSymbols", lang));
  for (const symbol of SYMBOLS) {
    grid.text(row, 1, symbol.glyph);
    grid.style(row, 1, row, 1, "glyph");
    grid.text(row, 2, symbol.label[lang]);
    grid.text(row, 3, symbol.meaning[lang]);
    grid.style(row, 2, row, 3, "rowLabel");
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
    row++;
  }
  grid.text(row + 1, 1, label("legendHowTo", lang));
  grid.style(row + 1, 1, row + 1, 1, "note");
  return {
    key: "legend",
    name,
    role: "legend",
    visibility: "visible",
    tabColor: PALETTE.tabLegend,
    columns: [
      { index: 1, width: 14 },
      { index: 2, width: 48 },
      { index: 3, width: 70 },
    ],
    rows: [],
    blocks: grid.blocks(),
    styleRanges: grid.styleRanges,
    conditionalFormats: [],
    dataValidations: [],
    protection: protection(ctx.options),
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: grid.extent(),
      header: { left: headerText(ctx.title), right: headerText(name) },
      footer: { right: label("page", lang) },
      margins: MARGINS,
    },
    extent: grid.extent(),
  };
}

function heading(grid: SheetGrid, row: number, text: string): number {
  grid.text(row, 1, text);
  grid.style(row, 1, row, 3, "header");
  return row + 1;
}
