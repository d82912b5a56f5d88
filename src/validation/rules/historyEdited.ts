/**
 * history-edited — a cell of the Verlauf sheet no longer holds what the closed round froze. The Verlauf is
 * read-only; its authoritative copy is stored in the workbook (_Zielbild), so nothing is lost: the change
 * marks read the sheet, though, and show wrong results until the overview is rebuilt from the copy.
 */
import { cellAddress, parseCell } from "../../core/address";
import type { CellContent, SheetPlan } from "../../layout/plan";
import { valueAt, type CellValue } from "../../layout/snapshot";
import type { Rule } from "../rule";

/** At most this many cells are named; the rest are counted. */
const NAMED_CELLS = 5;

export const historyEdited: Rule = {
  id: "history-edited",
  severity: "warning",
  title: { de: "Verlauf verändert", en: "History edited" },
  description: {
    de: "Im Blatt „Verlauf“ steht in einer Zelle nicht mehr, was beim Abschluss der Runde festgehalten wurde. Der Verlauf ist schreibgeschützt; eine vollständige Kopie ist in der Arbeitsmappe gespeichert, es geht also nichts verloren. Die Spalten „Stufe Vorrunde“ und „Veränderung“ lesen aber das Blatt und zeigen bis zum Neuaufbau der Übersicht falsche Ergebnisse.",
    en: "A cell of the “History” sheet no longer holds what was recorded when the round was closed. The history is read-only; a complete copy is stored in the workbook, so nothing is lost. The “Previous level” and “Change” columns read the sheet, though, and show wrong results until the overview is rebuilt.",
  },
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
      message: {
        de:
          `Im Verlauf ${changed.length === 1 ? "wurde die Zelle" : "wurden die Zellen"} ${named}` +
          `${more ? ` und ${more} weitere` : ""} verändert. Der Verlauf ist schreibgeschützt; „Übersicht neu ` +
          `aufbauen“ stellt ihn aus der in der Arbeitsmappe gespeicherten Kopie wieder her.`,
        en:
          `${changed.length === 1 ? "Cell" : "Cells"} ${named}${more ? ` and ${more} more` : ""} of the history ` +
          `${changed.length === 1 ? "was" : "were"} edited. The history is read-only; “Rebuild overview” ` +
          `restores it from the copy stored in the workbook.`,
      },
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
