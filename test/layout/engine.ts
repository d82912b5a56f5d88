/** Loads a plan's cell blocks into HyperFormula (test-only, GPL) so formulas are computed by a real engine. */
import { HyperFormula, DetailedCellError, type RawCellContent } from "hyperformula";
import { parseCell } from "../../src/core/address";
import type { CellContent, SheetPlan, WorkbookPlan } from "../../src/layout/plan";

export type EnteredValue = string | number | null;
/** sheet name → A1 address → value typed into the cell. */
export type Entries = Map<string, Map<string, EnteredValue>>;

function raw(content: CellContent): RawCellContent {
  if (content === null) return null;
  if ("text" in content) return `'${content.text}`; // the apostrophe keeps "=…" and "123" as text
  if ("number" in content) return content.number;
  return content.formula;
}

function enteredRaw(value: EnteredValue): RawCellContent {
  return typeof value === "string" ? `'${value}` : value;
}

export function sheetData(sheet: SheetPlan, entries?: Map<string, EnteredValue>): RawCellContent[][] {
  const data: RawCellContent[][] = [];
  const put = (row: number, column: number, value: RawCellContent) => {
    while (data.length < row) data.push([]);
    const line = data[row - 1]!;
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  };
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((cells, r) =>
      cells.forEach((c, k) => put(origin.row + r, origin.column + k, raw(c))),
    );
  }
  for (const [address, value] of entries ?? []) {
    const cell = parseCell(address);
    put(cell.row, cell.column, enteredRaw(value));
  }
  return data;
}

export function loadPlan(plan: WorkbookPlan, entries: Entries = new Map()): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of plan.sheets) sheets[sheet.name] = sheetData(sheet, entries.get(sheet.name));
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
}

export function valueOf(hf: HyperFormula, sheetName: string, address: string): unknown {
  const sheet = hf.getSheetId(sheetName);
  if (sheet === undefined) throw new Error(`No sheet ${sheetName}`);
  const { row, column } = parseCell(address);
  return hf.getCellValue({ sheet, row: row - 1, col: column - 1 });
}

/** Every cell that evaluates to an error, as "Sheet!A1: message". */
export function formulaErrors(hf: HyperFormula): string[] {
  const errors: string[] = [];
  for (const name of hf.getSheetNames()) {
    const id = hf.getSheetId(name)!;
    hf.getSheetValues(id).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value instanceof DetailedCellError)
          errors.push(`${name}!R${r + 1}C${c + 1}: ${value.value} ${value.message}`);
      }),
    );
  }
  return errors;
}
