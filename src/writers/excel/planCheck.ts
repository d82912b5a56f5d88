/** Checks a plan against Excel's limits before anything is written, naming sheet and cell. */
import type { WorkbookPlan } from "../../layout/plan";
import { cellAddress, parseCell } from "../../core/address";

export const MAX_CELL_TEXT = 32_767;

export function planProblems(plan: WorkbookPlan): string[] {
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
      problems.push(
        `Blatt „${sheet.name}“: ungültiger Blattname (höchstens 31 Zeichen, keines von []:*?/\\)`,
      );
    if (seen.has(lower)) problems.push(`Blatt „${sheet.name}“: Name kommt doppelt vor`);
    seen.add(lower);
    for (const range of sheet.styleRanges)
      if (!plan.styles[range.style])
        problems.push(`Blatt „${sheet.name}“, ${range.range}: Format „${range.style}“ fehlt`);
    for (const block of sheet.blocks) {
      const origin = parseCell(block.origin);
      const width = block.cells[0]?.length ?? 0;
      block.cells.forEach((row, i) => {
        if (row.length !== width)
          problems.push(
            `Blatt „${sheet.name}“, Block ${block.origin}: Zeile ${i + 1} hat ${row.length} statt ${width} Zellen`,
          );
        row.forEach((cell, j) => {
          if (cell !== null && "text" in cell && cell.text.length > MAX_CELL_TEXT)
            problems.push(
              `Blatt „${sheet.name}“, Zelle ${cellAddress(origin.row + i, origin.column + j)}: Text mit ${cell.text.length} Zeichen, Excel erlaubt ${MAX_CELL_TEXT}`,
            );
        });
      });
    }
    for (const dv of sheet.dataValidations)
      if ("values" in dv.list)
        for (const value of dv.list.values)
          if (value.includes(","))
            problems.push(`Blatt „${sheet.name}“, ${dv.range}: Listenwert „${value}“ enthält ein Komma`);
  }
  return problems;
}
