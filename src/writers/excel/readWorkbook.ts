/**
 * Reads the open workbook back into the same WorkbookSnapshot that the .xlsx reader yields: every sheet's
 * values and formulas, and the identification.
 *   sync 1  sheets (name, visibility, protection) and our identity parts;
 *   sync 2  each sheet's used range (address only) and the identity XML;
 *   sync 3… the used ranges' values and formulas in row blocks, several per sync, each response within a
 *           budget (readRanges.ts): Excel on the web refuses responses over 5 MB.
 */
import type { ContextApi, CustomXmlPartApi, NamedItemApi, RangeApi, WorksheetApi } from "./api";
import { toExcelWriteError, type WritersMessages } from "./errors";
import { decodeIdentity, META_NAMESPACE, type StoredIdentity } from "./meta";
import { readInBlocks, RESPONSE_BUDGET_BYTES } from "./readRanges";
import { requireExcelApi, runExcel } from "./run";
import type { WorkbookMeta } from "../../layout/plan";
import { decodeMeta, META_SHEET_NAME } from "../../layout/metaSheet";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../layout/snapshot";
import { parseRange, type RangeRef } from "../../core/address";
import type { Language } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";

export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  /** The identity part, when the workbook has one. */
  readonly identity?: StoredIdentity;
}

export interface ReadOptions {
  /** Response budget per sync in bytes (tests lower it). */
  readonly budget?: number;
  /** The language of the error messages: the user's (the pane's) language; German by default. */
  readonly messageLanguage?: Language;
}

export async function readWorkbook(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return (await readWorkbookWithIdentity(options)).snapshot;
}

export async function readWorkbookWithIdentity(options: ReadOptions = {}): Promise<ReadResult> {
  requireExcelApi(undefined, writersMessages(options.messageLanguage));
  return runExcel(async (context) => {
    const read = await readWorkbookIn(context, options);
    return { snapshot: read.snapshot, ...(read.identity ? { identity: read.identity } : {}) };
  });
}

/** A sheet as the first sync sees it. */
export interface SheetInfo {
  readonly name: string;
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly protected: boolean;
}

/** Everything a read learns, also what a rebuild in the same context needs before it writes. */
export interface WorkbookRead extends ReadResult {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly NamedItemApi[];
  readonly workbookProtected: boolean;
  readonly parts: readonly CustomXmlPartApi[];
  /** The XML of every identity part, in the order of `parts`. */
  readonly partXml: readonly string[];
  readonly syncs: number;
}

/** Reads the whole workbook on a context (a rebuild reads and writes in one run). */
export async function readWorkbookIn(context: ContextApi, options: ReadOptions = {}): Promise<WorkbookRead> {
  const t = writersMessages(options.messageLanguage);
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
    const names = context.workbook.names.load("items/name,items/formula");
    const protection = context.workbook.protection.load("protected");
    const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
    await context.sync();
    const xml = parts.items.map((part) => part.getXml());
    const infos = sheets.items.map(sheetInfo);
    const read = await readSheets(
      context,
      sheets.items.map((sheet, i) => ({ sheet, info: infos[i]! })),
      options.budget,
      t,
    );
    const identity = xml.map((x) => decodeIdentity(x.value)).find((found) => found !== undefined);
    const plain: WorkbookSnapshot = { sheets: read.sheets };
    const meta: WorkbookMeta | undefined = identity?.meta ?? decodeMeta(plain)?.meta;
    return {
      snapshot: meta ? { ...plain, meta } : plain,
      ...(identity ? { identity } : {}),
      sheets: infos,
      names: names.items,
      workbookProtected: protection.protected,
      parts: parts.items,
      partXml: xml.map((x) => x.value),
      syncs: 1 + read.syncs,
    };
  } catch (error) {
    throw toExcelWriteError(error, t.action.read, t);
  }
}

export function sheetInfo(sheet: WorksheetApi): SheetInfo {
  return {
    name: sheet.name,
    visibility: sheet.visibility as SheetInfo["visibility"],
    protected: sheet.protection.protected,
  };
}

/**
 * Values and formulas of the given sheets: one sync for the used ranges' addresses (whatever else is
 * queued goes with it), then the contents in row blocks within the response budget.
 */
export async function readSheets(
  context: ContextApi,
  sheets: readonly { readonly sheet: WorksheetApi; readonly info: SheetInfo }[],
  budget: number = RESPONSE_BUDGET_BYTES,
  t: WritersMessages = writersMessages(),
): Promise<{ sheets: SheetSnapshot[]; syncs: number }> {
  const used = sheets.map(({ sheet }) => sheet.getUsedRangeOrNullObject(true).load("address"));
  await context.sync();
  const rects = used.map((range) => (range.isNullObject ? undefined : rectOf(range.address)));
  const targets = sheets.flatMap(({ sheet, info }, i) => {
    const rect = rects[i];
    return rect ? [{ sheet, name: info.name, rect }] : [];
  });
  const { grids, syncs } = await readInBlocks(context, targets, ["values", "formulas"], budget, {
    messages: t,
  });
  let next = 0;
  const snapshots = sheets.map(({ info }, i) => {
    const rect = rects[i];
    const grid = rect ? grids[next++]! : undefined;
    return sheetSnapshot(info, rect, grid?.values ?? [], grid?.formulas ?? []);
  });
  return { sheets: snapshots, syncs: 1 + syncs };
}

/** The identification of the open workbook, or undefined when it is not a Zielbild workbook. */
export async function readWorkbookIdentity(
  options: Pick<ReadOptions, "messageLanguage"> = {},
): Promise<WorkbookMeta | undefined> {
  const t = writersMessages(options.messageLanguage);
  requireExcelApi(undefined, t);
  return runExcel(async (context) => {
    try {
      const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
      // A workbook the CLI wrote, or LibreOffice saved, has no identity part: its `_Zielbild` sheet says it.
      const metaSheet = loadMetaSheet(context);
      await context.sync();
      const xml = parts.items.map((part) => part.getXml());
      if (xml.length > 0) await context.sync();
      const stored = xml.map((x) => decodeIdentity(x.value)).find((found) => found !== undefined)?.meta;
      const sheet = metaSheetSnapshot(metaSheet);
      return stored ?? (sheet ? decodeMeta({ sheets: [sheet] })?.meta : undefined);
    } catch (error) {
      throw toExcelWriteError(error, t.action.readIdentity, t);
    }
  });
}

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

export function sheetSnapshot(
  info: SheetInfo,
  rect: RangeRef | undefined,
  values: unknown[][],
  formulas: unknown[][],
): SheetSnapshot {
  const name = info.name;
  const shown = VISIBILITY[info.visibility] ?? "visible";
  if (!rect) return { name, visibility: shown, values: [], formulas: [] };
  const { top, left } = rect;
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

/** Queues the load of `_Zielbild`'s used range (address, values); a null object when there is no such sheet. */
export function loadMetaSheet(context: ContextApi): RangeApi {
  return context.workbook.worksheets
    .getItemOrNullObject(META_SHEET_NAME)
    .getUsedRangeOrNullObject(true)
    .load("address,values");
}

/** `_Zielbild`'s values as loadMetaSheet loaded them; undefined when there is no such sheet. */
export function metaSheetSnapshot(range: RangeApi): SheetSnapshot | undefined {
  if (range.isNullObject) return undefined;
  const info = { name: META_SHEET_NAME, visibility: "VeryHidden", protected: true } as const;
  return sheetSnapshot(info, rectOf(range.address), range.values, []);
}

/** "Sheet!A1:C9", "'My sheet'!B2" or "A1:C9" → the rectangle. */
export function rectOf(address: string): RangeRef {
  return parseRange(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
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
export function formulaOf(value: unknown, formula: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  return formula === value ? null : formula;
}
