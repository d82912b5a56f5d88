/**
 * history-edited — a cell of the Verlauf sheet no longer holds what the closed round froze. The Verlauf is
 * read-only; its authoritative copy is stored in the workbook (_Zielbild), so nothing is lost: the change
 * marks read the sheet, though, and show wrong results until the overview is rebuilt from the copy.
 */
import { cellAddress, parseCell } from "../../core/address";
import type { CellContent, SheetPlan } from "../../layout/plan";
import { valueAt, type CellValue } from "../../layout/snapshot";
import { localized, type Rule } from "../rule";

/** At most this many cells are named; the rest are counted. */
const NAMED_CELLS = 5;

export const historyEdited: Rule = {
  id: "history-edited",
  severity: "warning",
  title: localized((v) => v.rules.historyEdited.title),
  description: localized((v) => v.rules.historyEdited.description),
  check(context, emit) {
    const planned = context.plan.sheets.find((s) => s.role === "history");
    if (!planned) return;
    const sheet = context.snapshot.sheets.find((s) => s.name === planned.name);
    if (!sheet) return; // a missing sheet is a structure finding
    const changed = changedCells(planned, (row, column) => valueAt(sheet, row, column));
    if (changed.length === 0) return;
    const named = changed.slice(0, NAMED_CELLS).join(", ");
    const more = changed.length > NAMED_CELLS ? changed.length - NAMED_CELLS : 0;
    emit({
      severity: "warning",
      ruleId: "history-edited",
      sheet: planned.name,
      cell: changed[0]!,
      message: localized((v) => v.rules.historyEdited.message(changed.length, named, more)),
    });
  },
};

/** Addresses of the cells whose value differs from the plan, in reading order. */
function changedCells(sheet: SheetPlan, actual: (row: number, column: number) => CellValue): string[] {
  const expected = new Map<string, CellContent>();
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => expected.set(`${origin.row + r}:${origin.column + c}`, cell)),
    );
  }
  const changed: string[] = [];
  for (const [key, cell] of expected) {
    const [row, column] = key.split(":").map(Number) as [number, number];
    if (!same(cell, actual(row, column))) changed.push(cellAddress(row, column));
  }
  return changed;
}

function same(cell: CellContent, value: CellValue): boolean {
  if (cell === null) return value === null || value === "";
  if ("text" in cell) return value === cell.text;
  if ("number" in cell) return value === cell.number;
  return true;
}
