/**
 * Reads the open workbook back into the same WorkbookSnapshot that the .xlsx reader yields: every sheet's
 * values and formulas, and the identification — in two syncs (names first, then all contents at once).
 */
import type { RangeApi } from "./api";
import { toExcelWriteError } from "./errors";
import { decodeIdentity, META_NAMESPACE, type StoredIdentity } from "./meta";
import { requireExcelApi, runExcel } from "./run";
import type { WorkbookMeta } from "../../layout/plan";
import { decodeMeta } from "../../layout/metaSheet";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../layout/snapshot";

export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  /** The identity part, when the workbook has one. */
  readonly identity?: StoredIdentity;
}

export async function readWorkbook(): Promise<WorkbookSnapshot> {
  return (await readWorkbookWithIdentity()).snapshot;
}

export async function readWorkbookWithIdentity(): Promise<ReadResult> {
  requireExcelApi();
  return runExcel(async (context) => {
    try {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
      await context.sync();
      const used = sheets.items.map((sheet) =>
        sheet.getUsedRangeOrNullObject(true).load("address,values,formulas"),
      );
      const xml = parts.items.map((part) => part.getXml());
      await context.sync();
      const snapshotSheets = sheets.items.map((sheet, i) =>
        sheetSnapshot(sheet.name, sheet.visibility, used[i]!),
      );
      const identity = xml.map((x) => decodeIdentity(x.value)).find((found) => found !== undefined);
      const plain: WorkbookSnapshot = { sheets: snapshotSheets };
      const meta: WorkbookMeta | undefined = identity?.meta ?? decodeMeta(plain)?.meta;
      return { snapshot: meta ? { ...plain, meta } : plain, ...(identity ? { identity } : {}) };
    } catch (error) {
      throw toExcelWriteError(error, "Arbeitsmappe lesen");
    }
  });
}

/** The identification of the open workbook, or undefined when it is not a Zielbild workbook. */
export async function readWorkbookIdentity(): Promise<WorkbookMeta | undefined> {
  requireExcelApi();
  return runExcel(async (context) => {
    try {
      const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
      await context.sync();
      const xml = parts.items.map((part) => part.getXml());
      await context.sync();
      return xml.map((x) => decodeIdentity(x.value)).find((found) => found !== undefined)?.meta;
    } catch (error) {
      throw toExcelWriteError(error, "Kennung der Arbeitsmappe lesen");
    }
  });
}

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

function sheetSnapshot(name: string, visibility: string, used: RangeApi): SheetSnapshot {
  const shown = VISIBILITY[visibility as keyof typeof VISIBILITY] ?? "visible";
  if (used.isNullObject) return { name, visibility: shown, values: [], formulas: [] };
  const { top, left } = topLeftOf(used.address);
  const values = used.values as unknown[][];
  const formulas = used.formulas as unknown[][];
  const pad = <T>(rows: T[][]): T[][] => [
    ...Array.from({ length: top - 1 }, () => [] as T[]),
    ...rows.map((row) => [...Array<T>(left - 1).fill(null as T), ...row]),
  ];
  const valueRows = values.map((row) => row.map(cellValue));
  const formulaRows = values.map((row, i) => row.map((value, j) => formulaOf(value, formulas[i]?.[j])));
  return { name, visibility: shown, values: padRect(pad(valueRows)), formulas: padRect(pad(formulaRows)) };
}

/** Rows above the used range are filled with nulls to the used range's width, so the shape stays a rectangle. */
function padRect<T>(rows: T[][]): T[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((row) =>
    row.length === width ? row : [...row, ...Array<T>(width - row.length).fill(null as T)],
  );
}

function topLeftOf(address: string): { top: number; left: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).split(":")[0] ?? "A1";
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(local);
  if (!match) return { top: 1, left: 1 };
  let left = 0;
  for (const ch of match[1]!) left = left * 26 + (ch.charCodeAt(0) - 64);
  return { top: Number(match[2]), left };
}

function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * Office.js gives a constant's own value in `formulas` too, so a text "=x" stored as text looks like a
 * formula there; a formula is a "=…" entry that differs from the cell's value.
 */
function formulaOf(value: unknown, formula: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  return formula === value ? null : formula;
}
