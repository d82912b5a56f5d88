/**
 * What a writer's reader returns from a written workbook: the contents of each sheet, as plain data.
 * Reading an .xlsx (exceljs) and reading the open workbook (Office.js) both yield this, so validation,
 * merging, the task pane and the writers' equivalence tests all work on one model.
 */
import type { WorkbookMeta } from "./plan";

/** A cell's value as a spreadsheet shows it: a formula's cached/calculated result, or the entered value. */
export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  /** Values of the rectangle A1:(rowCount, columnCount); trailing empty rows/columns may be cut. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text (with "=") where a cell holds a formula, else null; same shape as values. */
  readonly formulas: readonly (readonly (string | null)[])[];
}

export interface WorkbookSnapshot {
  /** Sheets in tab order. */
  readonly sheets: readonly SheetSnapshot[];
  /** Identification found in the workbook, or undefined if it is not a Zielbild workbook. */
  readonly meta?: WorkbookMeta;
}

export function sheetByName(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

/** Value at a 1-based row and column, null outside the captured rectangle. */
export function valueAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  return sheet.values[row - 1]?.[column - 1] ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, column: number): string | null {
  return sheet.formulas[row - 1]?.[column - 1] ?? null;
}
