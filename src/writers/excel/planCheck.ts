/** Checks a plan against Excel's limits before anything is written, naming sheet and cell. */
import type { WorkbookPlan } from "../../layout/plan";
import { cellAddress, parseCell } from "../../core/address";
import { writersMessages } from "../../core/messages/sections";
import type { WritersMessages } from "./errors";

export const MAX_CELL_TEXT = 32_767;

export function planProblems(plan: WorkbookPlan, t: WritersMessages = writersMessages()): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const lower = sheet.name.toLowerCase();
    if (
      sheet.name.length === 0 ||
      sheet.name.length > 31 ||
      /[[\]:*?/\\]/.test(sheet.name) ||
      /^'|'$/.test(sheet.name)
    )
      problems.push(t.badSheetName(sheet.name));
    if (seen.has(lower)) problems.push(t.sheetNameTwice(sheet.name));
    seen.add(lower);
    for (const range of sheet.styleRanges)
      if (!plan.styles[range.style]) problems.push(t.styleMissing(sheet.name, range.range, range.style));
    for (const block of sheet.blocks) {
      const origin = parseCell(block.origin);
      const width = block.cells[0]?.length ?? 0;
      block.cells.forEach((row, i) => {
        if (row.length !== width)
          problems.push(t.rowWidth(sheet.name, block.origin, i + 1, row.length, width));
        row.forEach((cell, j) => {
          if (cell !== null && "text" in cell && cell.text.length > MAX_CELL_TEXT)
            problems.push(
              t.cellTextTooLong(
                sheet.name,
                cellAddress(origin.row + i, origin.column + j),
                cell.text.length,
                MAX_CELL_TEXT,
              ),
            );
        });
      });
    }
    for (const dv of sheet.dataValidations)
      if ("values" in dv.list)
        for (const value of dv.list.values)
          if (value.includes(",")) problems.push(t.listValueComma(sheet.name, dv.range, value));
  }
  return problems;
}
