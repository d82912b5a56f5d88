/** Helpers of the LibreOffice suite: fill inputs into a written file, poison cached results, find errors. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookSnapshot } from "../../src/layout/snapshot";

export type Entry = { sheet: string; address: string; value: string | number | null };

/** The value cached in every formula cell, so a result that was not recalculated stands out. */
export const POISON = 999;

/**
 * Writes the entries (as a department would) and gives every formula a deliberately wrong cached
 * result, so only a real recalculation can produce the right numbers.
 */
export async function fillAndPoison(bytes: Uint8Array, entries: readonly Entry[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  for (const { sheet, address, value } of entries) {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) throw new Error(`sheet ${sheet} missing`);
    worksheet.getCell(address).value = value;
  }
  // exceljs reads "$A$1:$D$9" back as "A1:D9" and would write it relative; keep it absolute (see writeXlsx).
  workbook.eachSheet((worksheet) => {
    const area = worksheet.pageSetup.printArea;
    if (area) worksheet.pageSetup.printArea = area.replace(/([A-Z]+)\$?(\d+)/g, "$1$$$2");
  });
  let poisoned = 0;
  workbook.eachSheet((worksheet) =>
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        // A shared formula stays shared, so that LibreOffice itself moves it to each cell of the group.
        const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        cell.value =
          "sharedFormula" in value
            ? { sharedFormula: value.sharedFormula, result: POISON, date1904: false }
            : { ...value, result: POISON, date1904: false };
        poisoned++;
      }),
    ),
  );
  if (poisoned === 0) throw new Error("no formula found to poison");
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** How many cells of the file's worksheets only point to a shared formula ("<f t="shared" si="…"/>"). */
export async function sharedFormulaCells(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  let count = 0;
  for (const file of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/))
    count += ((await file.async("string")).match(/<f t="shared" si="\d+"\/>/g) ?? []).length;
  return count;
}

const ERROR_VALUE = /^(#(NAME\?|VALUE!|REF!|DIV\/0!|NUM!|N\/A|NULL!)|Err:\d+)/;

/** Every cell of every sheet that shows a formula error, as "Sheet!A1: #NAME?". */
export function formulaErrors(snapshot: WorkbookSnapshot): string[] {
  const found: string[] = [];
  for (const sheet of snapshot.sheets)
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string" && ERROR_VALUE.test(value))
          found.push(`${sheet.name}!R${r + 1}C${c + 1}: ${value}`);
      }),
    );
  return found;
}

/** Seeded pseudo-random numbers (mulberry32), so a failing seed can be replayed. */
export { prng as random, pick } from "../layout/random";
