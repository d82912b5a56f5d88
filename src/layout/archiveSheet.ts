/** Archiv: measures that left the catalogue, with everything that was entered for them (read-only). */
import { INPUT_FIELDS } from "../scheme/ratingScheme";
import { MARGINS, protection, type PlanContext } from "./context";
import { label } from "./labels";
import type { ArchivedMeasure, SheetPlan } from "./plan";
import { inputCell } from "./prefill";
import { headerFooter, SheetGrid } from "./sheetGrid";
import { PALETTE } from "./styles";

export const ARCHIVE_HEADER_ROW = 3;

export function buildArchiveSheet(
  name: string,
  archive: readonly ArchivedMeasure[],
  ctx: PlanContext,
): SheetPlan {
  const grid = new SheetGrid(name);
  const lang = ctx.lang;
  grid.text(1, 1, ctx.title);
  grid.style(1, 1, 1, 1, "title");
  grid.text(2, 1, label("archiveHeading", lang));
  grid.style(2, 1, 2, 1, "subtitle");
  const headers = [
    label("id", lang),
    label("actionField", lang),
    label("goal", lang),
    label("measure", lang),
    ...INPUT_FIELDS.map((f) => f.header[lang]),
    label("unit", lang),
    label("archivedAt", lang),
  ];
  headers.forEach((text, i) => grid.text(ARCHIVE_HEADER_ROW, i + 1, text));
  grid.style(ARCHIVE_HEADER_ROW, 1, ARCHIVE_HEADER_ROW, headers.length, "header");
  archive.forEach((item, i) => {
    const row = ARCHIVE_HEADER_ROW + 1 + i;
    const cells = [
      { text: item.measureId },
      { text: item.fieldName },
      { number: item.goalNumber },
      { text: item.title },
      ...INPUT_FIELDS.map((f) => inputCell(item.inputs[f.key])),
      inputCell(item.inputs.unit),
      { text: item.archivedAt },
    ];
    cells.forEach((cell, c) => grid.set(row, c + 1, cell));
    grid.style(row, 1, row, headers.length, "locked");
  });
  const widths = [14, 28, 6, 40, 15, 9, 14, 14, 15, 36, 24, 22];
  return {
    key: "archive",
    name,
    role: "archive",
    visibility: "visible",
    tabColor: PALETTE.tabArchive,
    columns: headers.map((_, i) => ({ index: i + 1, width: widths[i] ?? 14 })),
    rows: [{ index: ARCHIVE_HEADER_ROW, height: 45 }],
    blocks: grid.blocks(),
    styleRanges: grid.styleRanges,
    conditionalFormats: [],
    dataValidations: [],
    protection: protection(ctx.options),
    freeze: { rows: ARCHIVE_HEADER_ROW, columns: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      scale: "fitToWidth",
      printArea: grid.extent(),
      titleRows: `$${ARCHIVE_HEADER_ROW}:$${ARCHIVE_HEADER_ROW}`,
      header: headerFooter({ left: ctx.title, right: name }),
      footer: { right: label("page", lang) },
      margins: MARGINS,
    },
    extent: grid.extent(),
  };
}
