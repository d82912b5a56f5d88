/**
 * Reads an .xlsx back into the plain WorkbookSnapshot (values and formulas of every sheet). The sheet
 * settings a plan asked for, as tests read them, are in test/writers/xlsx/readXlsxDetails.ts.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../layout/snapshot";
import { decodeMeta } from "../../layout/metaSheet";
import type { Messages } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";
import { assertSafeZip } from "./safeZip";

export { assertSafeZip } from "./safeZip";

/** The texts of a file that cannot be read: the `writers` section of the message catalogue (German by default). */
type Texts = Messages["writers"];

export async function readXlsx(bytes: Uint8Array, t: Texts = writersMessages()): Promise<WorkbookSnapshot> {
  const workbook = await loadWorkbook(bytes, t);
  const sheets = workbook.worksheets.map(sheetSnapshot);
  const decoded = decodeMeta({ sheets });
  return decoded ? { sheets, meta: decoded.meta } : { sheets };
}

/** Loads an .xlsx, refusing anything that is not one with a message a user understands. */
export async function loadWorkbook(
  bytes: Uint8Array,
  t: Texts = writersMessages(),
): Promise<ExcelJS.Workbook> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new Error(t.xlsxEncrypted);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    throw new Error(t.xlsxNotZip);
  await assertSafeZip(bytes, t);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new Error(t.xlsxUnreadable((error as Error).message));
  }
  if (workbook.worksheets.length === 0) throw new Error(t.xlsxNoSheet);
  return workbook;
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const valueRow: CellValue[] = new Array<CellValue>(columnCount).fill(null);
    const formulaRow: (string | null)[] = new Array<string | null>(columnCount).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // exceljs repeats a merged range's value in every cell; a spreadsheet shows it only in the first.
      if (column > columnCount || (cell.isMerged && cell.master !== cell)) return;
      valueRow[column - 1] = plainValue(cell);
      formulaRow[column - 1] = formulaOf(cell);
    });
    values.push(valueRow);
    formulas.push(formulaRow);
  }
  return { name: worksheet.name, visibility: worksheet.state ?? "visible", values, formulas };
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const formula = cell.formula;
  return formula ? `=${formula}` : null;
}

/** What a spreadsheet shows: formula → cached result (null if none), rich text → text, date → ISO. */
export function plainValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) return resultValue(cell.result);
  return resultValue(cell.value as ExcelJS.CellValue);
}

function resultValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value && "hyperlink" in value) return typeof value.text === "string" ? value.text : null;
  if ("result" in value) return resultValue(value.result as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return null;
  return null;
}
