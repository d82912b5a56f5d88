/**
 * What a rebuild reads: only the cells it carries over, not the whole workbook (Prüfen and the read-back
 * keep the full read of readWorkbook.ts). Two syncs at any size of catalogue:
 *   sync 1  the inspection (sheets, names, protection, identity parts) and the used range of `_Zielbild`
 *           (values): the stored catalogue, settings and closed rounds give the plan the workbook was
 *           built from, and so each measure's row and input, unit and ID columns;
 *   sync 2  the identity XML; per field sheet the values of the input, unit and ID columns over the
 *           measures' rows; the Archiv sheet (values); the user's own sheets (values and formulas: the
 *           writer re-enters their formulas that name our sheets). More syncs only when the field columns'
 *           estimated response exceeds the budget.
 * The result is a WorkbookSnapshot with just those cells (formulas null), which is all that carryOver looks
 * at (decodeMeta, readArchive, readInputs by the plan's positions).
 *
 * Every measure's ID must stand in its ID cell. If it does not — rows moved, inserted or deleted, a sheet
 * renamed — or a response was too large or the meta sheet unreadable, the whole workbook is read as before.
 * On that full read each measure's cells are then taken from the row where its ID stands, so ratings follow
 * their measure; an ID that is missing or stands twice refuses the rebuild, naming it (nothing is written).
 */
import type { ContextApi, CustomXmlPartApi, NamedItemApi, RangeApi, WorksheetApi } from "./api";
import { ExcelWriteError, isBackupSheetName, toExcelWriteError, type WritersMessages } from "./errors";
import { META_NAMESPACE } from "./meta";
import { isResponseTooLarge, readInBlocks, RESPONSE_BUDGET_BYTES, type RangeToRead } from "./readRanges";
import {
  loadMetaSheet,
  readWorkbookIn,
  rectOf,
  sheetInfo,
  sheetSnapshot,
  type SheetInfo,
  type WorkbookRead,
} from "./readWorkbook";
import { columnIndex } from "../../core/address";
import type { Language } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";
import type { RangeRef } from "../../core/address";
import { buildPlan } from "../../layout/buildPlan";
import { label } from "../../layout/labels";
import { decodeMeta, META_SHEET_NAME } from "../../layout/metaSheet";
import type { MeasureLocation, WorkbookPlan } from "../../layout/plan";
import { optionsOfWorkbook } from "../../layout/planOfWorkbook";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../layout/snapshot";

/**
 * Estimated response bytes per cell of the input, unit and ID columns (values only): most input cells are
 * empty ("" and a comma), IDs some 10 characters, a remark longer. A response over the estimate that Excel
 * refuses makes the rebuild read the whole workbook instead.
 */
export const INPUT_BYTES_PER_CELL = 16;

/** What a full read learns (without the decoded identity), the snapshot holding only what a rebuild carries over. */
export interface RebuildRead extends Omit<WorkbookRead, "identity"> {
  /** Why the whole workbook was read, when it was. */
  readonly fullRead?: "unreadable meta" | "response too large" | "rows moved";
}

export interface RebuildReadOptions {
  /** Response budget per sync in bytes (tests lower it). */
  readonly budget?: number;
  /** The language of the error messages: the user's (the pane's) language; German by default. */
  readonly messageLanguage?: Language;
}

export async function readForRebuild(
  context: ContextApi,
  options: RebuildReadOptions = {},
): Promise<RebuildRead> {
  const budget = options.budget ?? RESPONSE_BUDGET_BYTES;
  const t = writersMessages(options.messageLanguage);
  const language = options.messageLanguage ? { messageLanguage: options.messageLanguage } : {};
  let syncs = 0;
  const full = async (reason: NonNullable<RebuildRead["fullRead"]>): Promise<RebuildRead> => {
    const read = await readWorkbookIn(context, { budget, ...language });
    const snapshot = relocatedByIds(read.snapshot, t);
    return { ...read, snapshot, syncs: syncs + read.syncs, fullRead: reason };
  };
  let first: FirstSync;
  try {
    syncs++;
    first = await firstSync(context);
  } catch (error) {
    if (isResponseTooLarge(error)) return full("response too large");
    throw toExcelWriteError(error, t.action.read, t);
  }
  const decoded = first.meta ? decodeMeta({ sheets: [first.meta] }) : undefined;
  if (!decoded?.catalogue || !decoded.history) return full("unreadable meta");
  const plan = buildPlan(decoded.catalogue, optionsOfWorkbook(decoded.meta, { history: decoded.history }));
  let second: SecondSync;
  try {
    second = await secondSync(context, first, plan, label("archiveSheet", decoded.meta.language), budget, t);
    syncs += second.syncs;
  } catch (error) {
    syncs++;
    if (isResponseTooLarge(error)) return full("response too large");
    throw toExcelWriteError(error, t.action.read, t);
  }
  const byName = new Map(second.sheets.map((s) => [s.name, s]));
  const snapshot: WorkbookSnapshot = {
    sheets: first.infos.flatMap((info) => {
      const sheet = info.name === META_SHEET_NAME ? first.meta : byName.get(info.name);
      return sheet ? [sheet] : [];
    }),
    meta: decoded.meta,
  };
  if (misplaced(plan, snapshot).length > 0) return full("rows moved");
  return {
    snapshot,
    sheets: first.infos,
    names: first.names,
    workbookProtected: first.workbookProtected,
    parts: first.parts,
    partXml: second.partXml,
    syncs,
  };
}

interface FirstSync {
  readonly items: readonly WorksheetApi[];
  readonly infos: readonly SheetInfo[];
  readonly names: readonly NamedItemApi[];
  readonly workbookProtected: boolean;
  readonly parts: readonly CustomXmlPartApi[];
  /** `_Zielbild`'s values, when the sheet is there. */
  readonly meta: SheetSnapshot | undefined;
}

async function firstSync(context: ContextApi): Promise<FirstSync> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names.load("items/name,items/formula");
  const protection = context.workbook.protection.load("protected");
  const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
  // The meta sheet has a fixed name: it is read with the inspection, before its place in the list is known.
  const meta = loadMetaSheet(context);
  await context.sync();
  const infos = sheets.items.map(sheetInfo);
  const metaInfo = infos.find((info) => info.name === META_SHEET_NAME);
  return {
    items: sheets.items,
    infos,
    names: names.items,
    workbookProtected: protection.protected,
    parts: parts.items,
    meta: metaInfo && !meta.isNullObject ? lean(metaInfo, meta, false) : undefined,
  };
}

interface SecondSync {
  readonly sheets: readonly SheetSnapshot[];
  readonly partXml: readonly string[];
  readonly syncs: number;
}

/**
 * The identity XML, the Archiv and the user's sheets (whole used ranges: their size is not known before)
 * go with the first round of the field columns; a refused response is thrown (readForRebuild then reads
 * the whole workbook).
 */
async function secondSync(
  context: ContextApi,
  first: FirstSync,
  plan: WorkbookPlan,
  archiveName: string,
  budget: number,
  t: WritersMessages,
): Promise<SecondSync> {
  const xml = first.parts.map((part) => part.getXml());
  const ours = new Set([...plan.sheets.map((s) => s.name.toLowerCase()), META_SHEET_NAME.toLowerCase()]);
  const whole = first.items.flatMap((sheet, i) => {
    const info = first.infos[i]!;
    const name = info.name;
    const own = ours.has(name.toLowerCase()) || isBackupSheetName(name);
    if (own && name !== archiveName) return [];
    const properties = name === archiveName ? "address,values" : "address,values,formulas";
    return [{ info, range: sheet.getUsedRangeOrNullObject(true).load(properties) }];
  });
  const fields = fieldTargets(plan, first);
  const read = await readInBlocks(context, fields.targets, ["values"], budget, {
    bytesPerCell: INPUT_BYTES_PER_CELL,
    onRefused: "throw",
    messages: t,
  });
  let syncs = read.syncs;
  if (syncs === 0) {
    syncs++;
    await context.sync();
  }
  const sheets = [
    ...whole.map(({ info, range }) => lean(info, range, info.name !== archiveName)),
    ...fields.infos.map((info, i) => sheetSnapshot(info, fields.targets[i]!.rect, read.grids[i]!.values, [])),
  ];
  return { sheets, partXml: xml.map((x) => x.value), syncs };
}

/** Per field sheet of the plan that the workbook has: its measures' rows × the input, unit and ID columns. */
function fieldTargets(plan: WorkbookPlan, first: FirstSync): { targets: RangeToRead[]; infos: SheetInfo[] } {
  const rects = new Map<string, RangeRef>();
  for (const m of plan.measures) {
    const columns = measureColumns(m);
    const rect = rects.get(m.sheetName);
    rects.set(m.sheetName, {
      top: Math.min(rect?.top ?? m.row, m.row),
      bottom: Math.max(rect?.bottom ?? m.row, m.row),
      left: Math.min(rect?.left ?? Infinity, ...columns),
      right: Math.max(rect?.right ?? 0, ...columns),
    });
  }
  const targets: RangeToRead[] = [];
  const infos: SheetInfo[] = [];
  first.items.forEach((sheet, i) => {
    const info = first.infos[i]!;
    const rect = rects.get(info.name);
    if (!rect) return;
    targets.push({ sheet, name: info.name, rect });
    infos.push(info);
  });
  return { targets, infos };
}

function measureColumns(m: MeasureLocation): number[] {
  return [...Object.values(m.inputColumns), m.unitColumn, m.idColumn].map((c) => columnIndex(c));
}

/** A used range as a sheet snapshot (formulas only when asked; otherwise null). */
function lean(info: SheetInfo, range: RangeApi, withFormulas: boolean): SheetSnapshot {
  if (range.isNullObject) return sheetSnapshot(info, undefined, [], []);
  return sheetSnapshot(info, rectOf(range.address), range.values, withFormulas ? range.formulas : []);
}

/** Measures whose ID does not stand in their ID cell (row, sheet or column moved, sheet gone). */
function misplaced(plan: WorkbookPlan, snapshot: WorkbookSnapshot): MeasureLocation[] {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return plan.measures.filter((m) => {
    const sheet = sheets.get(m.sheetName);
    return !sheet || idText(sheet.values[m.row - 1]?.[columnIndex(m.idColumn) - 1]) !== m.measureId;
  });
}

function idText(value: CellValue | undefined): string | undefined {
  return value === null || value === undefined ? undefined : String(value).trim();
}

/**
 * The whole workbook with each measure's input, unit and ID cells taken from the row where its ID stands
 * on its sheet (rows sorted, inserted or deleted by the user), put where the plan expects them, so that
 * reading by position carries every rating to its own measure. Refuses when a measure's ID is missing or
 * stands more than once: its ratings cannot be told apart, and rebuilding would lose them.
 */
function relocatedByIds(snapshot: WorkbookSnapshot, t: WritersMessages): WorkbookSnapshot {
  const decoded = decodeMeta(snapshot);
  if (!decoded?.catalogue || !decoded.history) return snapshot; // carryOver says why
  const plan = buildPlan(decoded.catalogue, optionsOfWorkbook(decoded.meta, { history: decoded.history }));
  const wrong = misplaced(plan, snapshot);
  if (wrong.length === 0) return snapshot;
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const problems: string[] = [];
  const found = new Map<MeasureLocation, number>();
  const rowsOfIds = new Map<string, Map<string, number[]>>();
  const rowsOf = (m: MeasureLocation): number[] => {
    const key = `${m.sheetName}\u0000${m.idColumn}`;
    let index = rowsOfIds.get(key);
    if (!index) {
      index = new Map();
      const column = columnIndex(m.idColumn) - 1;
      sheets.get(m.sheetName)?.values.forEach((row, i) => {
        const id = idText(row[column]);
        if (id !== undefined) index!.set(id, [...(index!.get(id) ?? []), i + 1]);
      });
      rowsOfIds.set(key, index);
    }
    return index.get(m.measureId) ?? [];
  };
  for (const m of plan.measures) {
    if (!sheets.has(m.sheetName)) {
      problems.push(t.measureSheetMissing(m.sheetName, m.measureId));
      continue;
    }
    const rows = rowsOf(m);
    if (rows.length === 1) found.set(m, rows[0]!);
    else if (rows.length === 0) problems.push(t.measureIdGone(m.measureId, m.idColumn, m.sheetName));
    else problems.push(t.measureIdTwice(m.measureId, m.sheetName, rows));
  }
  if (problems.length > 0) {
    const shown = [...new Set(problems)];
    throw new ExcelWriteError(
      "StructureChanged",
      t.structureChanged(shown.slice(0, 3), Math.max(0, shown.length - 3)),
      undefined,
      { workbookState: "unchanged" },
    );
  }
  const moved = new Map<string, CellValue[][]>();
  for (const [m, from] of found) {
    const source = sheets.get(m.sheetName)!;
    const grid = moved.get(m.sheetName) ?? source.values.map((row) => [...row]);
    moved.set(m.sheetName, grid);
    for (const column of measureColumns(m)) {
      while (grid.length < m.row) grid.push([]);
      const row = grid[m.row - 1]!;
      while (row.length < column) row.push(null);
      row[column - 1] = source.values[from - 1]?.[column - 1] ?? null;
    }
  }
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      const values = moved.get(s.name);
      return values ? { ...s, values, formulas: values.map((row) => row.map(() => null)) } : s;
    }),
  };
}
