/**
 * Verlauf: the inputs of every closed round, frozen, one block of columns per round (level, the four
 * symbols, remark, unit), one row per measure by stable ID. Read-only: the change marks beside the field
 * sheets' inputs and the per-round table on the Übersicht read it; the authoritative copy is on
 * _Zielbild, so a rebuild restores an edited Verlauf and the check reports the edit.
 */
import { columnLetter, quoteSheet, rangeAddress } from "../core/address";
import { INPUT_FIELDS, type InputKey } from "../scheme/ratingScheme";
import { MARGINS, protection, type PlanContext } from "./context";
import { label } from "./labels";
import type { PastRound, SheetPlan } from "./plan";
import { inputCell } from "./prefill";
import { roundTitle, type HistoryRow } from "./rounds";
import { headerFooter, SheetGrid } from "./sheetGrid";
import { PALETTE } from "./styles";

export const HISTORY_ROUND_ROW = 3;
export const HISTORY_HEADER_ROW = 4;
export const HISTORY_FIRST_ROW = 5;
export const HISTORY_COLUMNS = { id: 1, field: 2, goal: 3, title: 4 } as const;
export const HISTORY_FIRST_BLOCK = 5;
/** The inputs, then the unit. */
export const HISTORY_BLOCK_WIDTH = INPUT_FIELDS.length + 1;

/** 1-based column of an input (or the unit) in round `index` (0 = oldest). */
export function historyColumn(index: number, key: InputKey | "unit"): number {
  const offset = key === "unit" ? INPUT_FIELDS.length : INPUT_FIELDS.findIndex((f) => f.key === key);
  return HISTORY_FIRST_BLOCK + index * HISTORY_BLOCK_WIDTH + offset;
}

/** Absolute ranges (with sheet) the workbook's formulas read from the Verlauf sheet. */
export interface HistoryRefs {
  readonly sheetName: string;
  readonly rounds: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** IDs of all rows. */
  readonly ids: string;
  /** Action field of all rows. */
  readonly fields: string;
  /** The level column of round `index` (0 = oldest). */
  readonly levels: (index: number) => string;
  /** The column of an input in round `index` (0 = oldest). */
  readonly inputs: (index: number, key: InputKey) => string;
}

export function historyRefs(sheetName: string, rows: number, rounds: number): HistoryRefs {
  const firstRow = HISTORY_FIRST_ROW;
  const lastRow = Math.max(firstRow, firstRow + rows - 1);
  const column = (c: number) => {
    const letter = columnLetter(c);
    return `${quoteSheet(sheetName)}!$${letter}$${firstRow}:$${letter}$${lastRow}`;
  };
  return {
    sheetName,
    rounds,
    firstRow,
    lastRow,
    ids: column(HISTORY_COLUMNS.id),
    fields: column(HISTORY_COLUMNS.field),
    levels: (index) => column(historyColumn(index, "level")),
    inputs: (index, key) => column(historyColumn(index, key)),
  };
}

export function buildHistorySheet(
  name: string,
  history: readonly PastRound[],
  rows: readonly HistoryRow[],
  ctx: PlanContext,
): SheetPlan {
  const grid = new SheetGrid(name);
  const lang = ctx.lang;
  grid.text(1, 1, ctx.title);
  grid.style(1, 1, 1, 1, "title");
  grid.text(2, 1, label("historyHeading", lang));
  grid.style(2, 1, 2, 1, "subtitle");
  const lastColumn = HISTORY_FIRST_BLOCK + history.length * HISTORY_BLOCK_WIDTH - 1;
  const fixed = [label("id", lang), label("actionField", lang), label("goal", lang), label("measure", lang)];
  fixed.forEach((text, i) => grid.text(HISTORY_HEADER_ROW, i + 1, text));
  history.forEach((round, r) => {
    const first = HISTORY_FIRST_BLOCK + r * HISTORY_BLOCK_WIDTH;
    grid.text(HISTORY_ROUND_ROW, first, `${round.number}. ${roundTitle(round, lang)}`);
    grid.style(HISTORY_ROUND_ROW, first, HISTORY_ROUND_ROW, first + HISTORY_BLOCK_WIDTH - 1, "groupHeader");
    INPUT_FIELDS.forEach((f) => grid.text(HISTORY_HEADER_ROW, historyColumn(r, f.key), f.header[lang]));
    grid.text(HISTORY_HEADER_ROW, historyColumn(r, "unit"), label("unit", lang));
  });
  grid.style(HISTORY_HEADER_ROW, 1, HISTORY_HEADER_ROW, lastColumn, "header");
  rows.forEach((row, i) => {
    const at = HISTORY_FIRST_ROW + i;
    grid.text(at, HISTORY_COLUMNS.id, row.measureId);
    grid.text(at, HISTORY_COLUMNS.field, row.fieldName);
    grid.number(at, HISTORY_COLUMNS.goal, row.goalNumber);
    grid.text(at, HISTORY_COLUMNS.title, row.title);
    row.rounds.forEach((inputs, r) => {
      // Not in the catalogue in that round: the same mark the change formula shows for "new".
      if (!inputs) return grid.text(at, historyColumn(r, "level"), label("notInPreviousRound", lang));
      INPUT_FIELDS.forEach((f) => grid.set(at, historyColumn(r, f.key), inputCell(inputs[f.key])));
      grid.set(at, historyColumn(r, "unit"), inputCell(inputs.unit));
    });
  });
  if (rows.length > 0)
    grid.style(HISTORY_FIRST_ROW, 1, HISTORY_FIRST_ROW + rows.length - 1, lastColumn, "locked");
  const widths = [14, 28, 6, 40];
  const blockWidths = [15, 9, 12, 12, 12, 30, 20];
  return {
    key: "history",
    name,
    role: "history",
    visibility: "visible",
    tabColor: PALETTE.tabArchive,
    columns: Array.from({ length: lastColumn }, (_, i) => ({
      index: i + 1,
      width: i < 4 ? widths[i]! : blockWidths[(i - 4) % HISTORY_BLOCK_WIDTH]!,
    })),
    rows: [{ index: HISTORY_HEADER_ROW, height: 45 }],
    blocks: grid.blocks(),
    styleRanges: grid.styleRanges,
    conditionalFormats: [],
    dataValidations: [],
    protection: protection(ctx.options),
    freeze: { rows: HISTORY_HEADER_ROW, columns: 4 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      scale: "fitToWidth",
      printArea: rangeAddress(
        1,
        1,
        Math.max(HISTORY_HEADER_ROW, HISTORY_FIRST_ROW + rows.length - 1),
        lastColumn,
      ),
      titleRows: `$${HISTORY_HEADER_ROW}:$${HISTORY_HEADER_ROW}`,
      header: headerFooter({ left: ctx.title, right: name }),
      footer: { right: label("page", lang) },
      margins: MARGINS,
    },
    extent: grid.extent(),
  };
}
