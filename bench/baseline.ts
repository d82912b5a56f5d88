/**
 * The floor of the headless path: exceljs writing the same cell contents as our workbook (texts, numbers,
 * formulas without cached results) into sheets of the same names — no styles, widths, heights,
 * conditional formats, validations, protection, print settings or defined names.
 *
 * Every formula is written in full, as exceljs writes a formula cell. For context the bench also runs the
 * floor with filled-down formulas shared the way our writer stores them (`shareFormulas`).
 */
import ExcelJS from "exceljs";
import { parseCell } from "../src/core/address";
import type { WorkbookPlan } from "../src/layout/plan";
import { SharedFormulas } from "../src/writers/xlsx/sharedFormulas";

export type FloorCell = string | number | { readonly f: string } | null;

export interface FloorBlock {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly FloorCell[])[];
}

export interface FloorSheet {
  readonly name: string;
  readonly blocks: readonly FloorBlock[];
}

/** The plan's cell contents only, as plain JSON (written to a file so the floor's process never holds a plan). */
export function floorContents(plan: WorkbookPlan): FloorSheet[] {
  return plan.sheets.map((sheet) => ({
    name: sheet.name,
    blocks: sheet.blocks.map((block) => {
      const { row, column } = parseCell(block.origin);
      const cells = block.cells.map((cells) =>
        cells.map((cell): FloorCell => {
          if (cell === null) return null;
          if ("text" in cell) return cell.text === "" ? null : cell.text;
          if ("number" in cell) return cell.number;
          return { f: cell.formula.replace(/^=/, "") };
        }),
      );
      return { row, column, cells };
    }),
  }));
}

export async function writeFloorXlsx(
  sheets: readonly FloorSheet[],
  options: { shareFormulas?: boolean } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const shared = options.shareFormulas ? new SharedFormulas() : undefined;
    for (const block of sheet.blocks)
      block.cells.forEach((cells, r) => {
        const row = worksheet.getRow(block.row + r);
        cells.forEach((cell, c) => {
          if (cell === null) return;
          const target = row.getCell(block.column + c);
          if (typeof cell !== "object") target.value = cell;
          else if (shared) target.value = shared.value(row.number, block.column + c, target.address, cell.f);
          else target.value = { formula: cell.f, date1904: false };
        });
      });
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export function countCells(sheets: readonly FloorSheet[]): number {
  let count = 0;
  for (const sheet of sheets)
    for (const block of sheet.blocks)
      for (const cells of block.cells) for (const c of cells) if (c !== null) count++;
  return count;
}
