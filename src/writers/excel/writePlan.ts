/**
 * Applies a WorkbookPlan inside the open workbook, all or nothing:
 *   inspect  sheets, names, workbook protection, our identity part (1 sync); when an earlier build is
 *            there, also its identity XML and the formulas of the user's own sheets (2 syncs more);
 *   write    every sheet of the plan is added first, empty and under its final name (sheets of the plan
 *            whose names are taken are renamed to backup names before), then the contents — so every
 *            cross-sheet formula, list source, rule and chart names a sheet that exists; one more sync
 *            only per ~4 MB of payload;
 *   commit   the user's formulas that named our sheets are entered again (they followed the old sheets to
 *            their backup names), names, identity part, order; last, the backups and the sheets the old
 *            build owned are deleted.
 * On any failure the sheets written so far are deleted and the backups get their names back.
 */
import type { ContextApi, CustomXmlPartApi, NamedItemApi, RangeApi } from "./api";
import { operation, runInChunks, type Operation } from "./batch";
import { chartOperations } from "./chart";
import { BACKUP_SHEET_PREFIX, ExcelWriteError, toExcelWriteError, type WritersMessages } from "./errors";
import {
  earlierIdentity,
  encodeIdentity,
  identityOf,
  identityOfMetaSheet,
  META_NAMESPACE,
  type StoredIdentity,
} from "./meta";
import { planProblems } from "./planCheck";
import { loadMetaSheet, metaSheetSnapshot, readSheets, sheetInfo, type SheetInfo } from "./readWorkbook";
import { requireExcelApi, runExcel } from "./run";
import { addSheetOperations, finishSheetOperations, sheetOperations } from "./sheetOperations";
import type { WorkbookPlan } from "../../layout/plan";
import type { SheetSnapshot } from "../../layout/snapshot";
import { rangeAddress } from "../../core/address";
import type { Language } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";
import { META_SHEET_NAME } from "../../layout/metaSheet";
import { sheetReferenceTest } from "../../layout/sheetReferences";

export interface WriteProgress {
  readonly phase: "prüfen" | "schreiben" | "abschließen";
  readonly done: number;
  readonly total: number;
}

export interface WriteOptions {
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Payload budget per sync in bytes (tests lower it). */
  readonly budget?: number;
  /** The language of the error messages: the user's (the pane's) language; German by default. */
  readonly messageLanguage?: Language;
}

export interface WriteResult {
  readonly syncs: number;
  readonly sheets: number;
  /** Sheets of an earlier build that were replaced or removed. */
  readonly replaced: readonly string[];
}

/** A formula of the user's, on a sheet that is not ours, that names a sheet of the plan. */
export interface UserFormula {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** What the workbook held before the build: everything needed to commit and to undo. */
export interface Before {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly NamedItemApi[];
  readonly workbookProtected: boolean;
  readonly parts: readonly CustomXmlPartApi[];
  /** The identity parts' XML, in the order of `parts`. */
  readonly partXml: readonly string[];
  /** The earlier build's identity: its part's, or the one its `_Zielbild` sheet implies (a workbook the CLI wrote). */
  readonly identity?: StoredIdentity;
  readonly userFormulas: readonly UserFormula[];
}

const BACKUP_PREFIX = BACKUP_SHEET_PREFIX;

/** Refuses a plan that breaks Excel's limits, before anything is written. */
export function checkPlan(plan: WorkbookPlan, t: WritersMessages = writersMessages()): void {
  const problems = planProblems(plan, t);
  if (problems.length > 0) throw new ExcelWriteError("Unknown", t.planInvalid(problems));
}

export async function writePlanToWorkbook(
  plan: WorkbookPlan,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const t = writersMessages(options.messageLanguage);
  checkPlan(plan, t);
  requireExcelApi(undefined, t);
  return runExcel(async (context) => {
    options.onProgress?.({ phase: "prüfen", done: 0, total: 1 });
    const { before, syncs } = await inspect(context, plan, t);
    const result = await writeInContext(context, plan, before, options);
    return { ...result, syncs: result.syncs + syncs };
  });
}

/**
 * Writes the plan on a context whose workbook was inspected (`before`); the syncs returned are this
 * function's own. A rebuild reads the workbook and writes it in one run, so it inspects while reading.
 */
export async function writeInContext(
  context: ContextApi,
  plan: WorkbookPlan,
  before: Before,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const t = writersMessages(options.messageLanguage);
  requireUnprotected(before, t);
  const old = before.identity;
  const backups = backupNames(before, plan, t);
  const restore = userFormulasToRestore(before, old);
  const blank = blankWorkbookProbe(before, plan);
  let syncs = 0;
  try {
    const writes = [
      ...blank.operations,
      ...renameToBackups(backups),
      ...addSheetOperations(plan),
      ...plan.sheets.flatMap((sheet) => sheetOperations(plan, sheet)),
      ...chartOperations(plan),
      ...plan.sheets.flatMap(finishSheetOperations),
    ];
    syncs += await runInChunks(context, writes, {
      budget: options.budget,
      beforeChunk: (ctx) => ctx.application.suspendApiCalculationUntilNextSync(),
      onChunk: (done, total) => options.onProgress?.({ phase: "schreiben", done, total }),
      messages: t,
    });
    const replaced = commit(context, plan, before, backups, old, restore);
    // Last of the commit, like every deletion: a new workbook's own empty sheet is not left behind.
    for (const sheet of blank.emptySheets()) deleteSheet(context, sheet.name, sheet.visibility);
    // The writes ran with calculation suspended; Application.suspendApiCalculationUntilNextSync leaves
    // it to the add-in "to re-calc the workbook, to ensure that any dependencies are propagated". Only
    // "Full" recalculates cells Excel has not marked dirty (CalculationType), so the Übersicht's figures
    // and the user's own formulas on it are right when the pane reports the build done.
    context.application.calculate("Full");
    syncs++;
    await context.sync();
    options.onProgress?.({ phase: "abschließen", done: 1, total: 1 });
    return { syncs, sheets: plan.sheets.length, replaced };
  } catch (error) {
    const ownNames = new Set(plan.definedNames.map((n) => n.name.toLowerCase()));
    throw await rolledBack(
      context,
      plan,
      before,
      backups,
      ownNames,
      restore,
      toExcelWriteError(error, t.action.build, t),
      t,
    );
  }
}

/**
 * A first build into a blank workbook (no earlier build, every sheet empty — "Tabelle1" of a new workbook)
 * should leave the overview, not the overview and an empty sheet. Whether the sheets are empty is asked in
 * the first write request (no sync of its own): their used ranges, formats included, must be null objects.
 */
function blankWorkbookProbe(
  before: Before,
  plan: WorkbookPlan,
): { operations: Operation[]; emptySheets: () => SheetInfo[] } {
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const candidates = before.sheets;
  if (before.parts.length > 0 || candidates.some((s) => planNames.has(s.name.toLowerCase())))
    return { operations: [], emptySheets: () => [] };
  const used = new Map<string, RangeApi>();
  const probe = operation("Leere Blätter erkennen", candidates.length, (context) => {
    for (const sheet of candidates)
      used.set(
        sheet.name,
        context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject().load("address"),
      );
  });
  return {
    operations: [probe],
    emptySheets: () =>
      candidates.every((s) => used.get(s.name)?.isNullObject === true) ? [...candidates] : [],
  };
}

/**
 * Sync 1: sheets, names, protection, identity parts, and `_Zielbild`'s values (the identity of a workbook
 * the CLI wrote, which has no identity part). Only when an earlier build is there: its identity XML, with
 * the used ranges of the user's own sheets (sync 2), then their contents in blocks within the response
 * budget (sync 3, more only for large sheets).
 */
async function inspect(
  context: ContextApi,
  plan: WorkbookPlan,
  t: WritersMessages,
): Promise<{ before: Before; syncs: number }> {
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
    const protection = context.workbook.protection.load("protected");
    const names = context.workbook.names.load("items/name,items/formula");
    const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
    const metaSheet = loadMetaSheet(context);
    await context.sync();
    const infos = sheets.items.map(sheetInfo);
    const base = {
      sheets: infos,
      names: names.items,
      workbookProtected: protection.protected,
      parts: parts.items,
    };
    // Without a part, the sheet decides now whether an earlier build is there (no identity XML to read).
    const fromSheet =
      parts.items.length === 0 ? identityOfMetaSheet(metaSheetSnapshot(metaSheet)) : undefined;
    if ((parts.items.length === 0 && !fromSheet) || protection.protected)
      return { before: { ...base, partXml: [], userFormulas: [] }, syncs: 1 };
    const xml = parts.items.map((part) => part.getXml());
    const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
    const foreign = sheets.items
      .map((sheet, i) => ({ sheet, info: infos[i]! }))
      .filter(({ info }) => !planNames.has(info.name.toLowerCase()) && !info.name.startsWith(BACKUP_PREFIX));
    // The identity XML travels with the first read sync (there is always one: the used ranges).
    if (foreign.length === 0) await context.sync();
    const read =
      foreign.length > 0 ? await readSheets(context, foreign, undefined, t) : { sheets: [], syncs: 1 };
    const partXml = xml.map((x) => x.value);
    return {
      before: {
        ...base,
        partXml,
        identity: fromSheet ?? earlierIdentity(partXml, undefined),
        userFormulas: userFormulasOf(read.sheets, plan),
      },
      syncs: 1 + read.syncs,
    };
  } catch (error) {
    throw toExcelWriteError(error, t.action.inspect, t);
  }
}

/**
 * The write's inspection taken from a read made earlier in the same Excel.run (a rebuild, a new round): the
 * read already holds the sheets, names, protection and identity parts, and the user's own formulas.
 */
export function beforeFromRead(
  read: Omit<Before, "userFormulas"> & { readonly snapshot: { readonly sheets: readonly SheetSnapshot[] } },
  plan: WorkbookPlan,
): Before {
  const metaSheet = read.snapshot.sheets.find((s) => s.name === META_SHEET_NAME);
  const identity = earlierIdentity(read.partXml, metaSheet);
  return {
    sheets: read.sheets,
    names: read.names,
    workbookProtected: read.workbookProtected,
    parts: read.parts,
    partXml: read.partXml,
    ...(identity ? { identity } : {}),
    userFormulas: userFormulasOf(read.snapshot.sheets, plan),
  };
}

/** Formulas on the given sheets (not ours) that name a sheet of the plan. */
export function userFormulasOf(sheets: readonly SheetSnapshot[], plan: WorkbookPlan): UserFormula[] {
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const namesPlanSheet = sheetReferenceTest(plan.sheets.map((s) => s.name));
  const found: UserFormula[] = [];
  for (const sheet of sheets) {
    if (planNames.has(sheet.name.toLowerCase()) || sheet.name.startsWith(BACKUP_PREFIX)) continue;
    sheet.formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        if (formula !== null && namesPlanSheet(formula))
          found.push({ sheet: sheet.name, row: i + 1, column: j + 1, formula });
      }),
    );
  }
  return found;
}

function requireUnprotected(before: Before, t: WritersMessages): void {
  if (before.workbookProtected) throw new ExcelWriteError("WorkbookProtected", t.workbookStructureProtected);
}

/** Sheets of the plan whose names are already taken get a backup name; a foreign workbook is refused. */
function backupNames(before: Before, plan: WorkbookPlan, t: WritersMessages): Map<string, string> {
  const taken = new Map(before.sheets.map(({ name }) => [name.toLowerCase(), name]));
  const clashes = plan.sheets
    .map((s) => taken.get(s.name.toLowerCase()))
    .filter((n): n is string => n !== undefined);
  if (clashes.length > 0 && before.parts.length === 0 && !before.identity)
    throw new ExcelWriteError("SheetNameConflict", t.sheetNameConflict(clashes));
  const backups = new Map<string, string>();
  let counter = 1;
  for (const name of clashes) {
    while (taken.has(`${BACKUP_PREFIX}${counter}`)) counter++;
    backups.set(name, `${BACKUP_PREFIX}${counter++}`);
  }
  return backups;
}

/**
 * The user's formulas to enter again after the new sheets exist: only when a sheet of the plan replaces
 * one (otherwise nothing was renamed), and not on sheets the old build owned (they go) nor on protected
 * sheets (entering a formula there is refused; such a formula keeps pointing at the backup and ends as
 * #REF! when it is deleted — the pane can say so).
 */
function userFormulasToRestore(before: Before, old: StoredIdentity | undefined): UserFormula[] {
  const owned = new Set((old?.sheets ?? []).map((s) => s.name.toLowerCase()));
  const isProtected = new Set(before.sheets.filter((s) => s.protected).map((s) => s.name.toLowerCase()));
  return before.userFormulas.filter(
    (f) => !owned.has(f.sheet.toLowerCase()) && !isProtected.has(f.sheet.toLowerCase()),
  );
}

function renameToBackups(backups: ReadonlyMap<string, string>): Operation[] {
  return [...backups].map(([name, backup]) =>
    operation(`${name}: sichern`, [name, backup], (context) => {
      context.workbook.worksheets.getItem(name).name = backup;
    }),
  );
}

/**
 * Excel rewrote the user's references to our sheets when they were renamed to backups; entering the
 * original text again binds them to the new sheets of the same names. Neighbouring cells of a row are
 * one range.
 */
function enterUserFormulas(context: ContextApi, formulas: readonly UserFormula[]): void {
  const sorted = [...formulas].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column - b.column,
  );
  let run: UserFormula[] = [];
  const flush = () => {
    const first = run[0];
    if (!first) return;
    const last = run[run.length - 1]!;
    context.workbook.worksheets
      .getItem(first.sheet)
      .getRange(rangeAddress(first.row, first.column, last.row, last.column)).formulas = [
      run.map((f) => f.formula),
    ];
    run = [];
  };
  for (const formula of sorted) {
    const last = run[run.length - 1];
    if (
      last &&
      (last.sheet !== formula.sheet || last.row !== formula.row || last.column + 1 !== formula.column)
    )
      flush();
    run.push(formula);
  }
  flush();
}

/** Queues the commit; returns the names of the sheets that the old build owned and that go now. */
function commit(
  context: ContextApi,
  plan: WorkbookPlan,
  before: Before,
  backups: ReadonlyMap<string, string>,
  old: StoredIdentity | undefined,
  restore: readonly UserFormula[],
): string[] {
  const worksheets = context.workbook.worksheets;
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const existing = new Map(before.sheets.map((s) => [s.name.toLowerCase(), s]));
  const orphaned = (old?.sheets ?? [])
    .map((s) => existing.get(s.name.toLowerCase()))
    .filter((s): s is SheetInfo => s !== undefined && !planNames.has(s.name.toLowerCase()));
  const ownNames = new Set(
    [...plan.definedNames.map((n) => n.name), ...(old?.names ?? [])].map((n) => n.toLowerCase()),
  );
  for (const item of before.names) if (ownNames.has(item.name.toLowerCase())) item.delete();
  for (const name of plan.definedNames) context.workbook.names.add(name.name, `=${name.ref}`);
  for (const part of before.parts) part.delete();
  context.workbook.customXmlParts.add(encodeIdentity(identityOf(plan)));
  plan.sheets.forEach((sheet, position) => (worksheets.getItem(sheet.name).position = position));
  const first = plan.sheets.find((s) => s.visibility === "visible");
  if (first) worksheets.getItem(first.name).activate();
  if (backups.size > 0) enterUserFormulas(context, restore);
  // Deleting the old sheets comes last: everything before it can still be undone.
  const going = [
    ...orphaned,
    ...[...backups].map(([name, backup]) => ({ ...existing.get(name.toLowerCase())!, name: backup })),
  ];
  for (const sheet of going) deleteSheet(context, sheet.name, sheet.visibility);
  return [...backups.keys(), ...orphaned.map((s) => s.name)];
}

/**
 * Excel refuses to delete a VeryHidden sheet (InvalidOperation; Worksheet.delete remarks in
 * @types/office-js: "if the worksheet's visibility is set to VeryHidden, the delete operation will fail
 * with an InvalidOperation exception. You should first change its visibility to hidden or visible before
 * deleting it"; office-js #365). So such a sheet is made Hidden first, in the same batch.
 */
function deleteSheet(context: ContextApi, name: string, visibility: SheetInfo["visibility"]): void {
  const sheet = context.workbook.worksheets.getItem(name);
  if (visibility === "VeryHidden") sheet.visibility = "Hidden";
  sheet.delete();
}

/**
 * Undoes a failed build: deletes every sheet the build added and gives the backups their names back.
 * Returns the error to throw; if undoing fails too, the message says so.
 */
async function rolledBack(
  context: ContextApi,
  plan: WorkbookPlan,
  before: Before,
  backups: ReadonlyMap<string, string>,
  ownNames: ReadonlySet<string>,
  restore: readonly UserFormula[],
  error: ExcelWriteError,
  t: WritersMessages,
): Promise<ExcelWriteError> {
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const names = context.workbook.names.load("items/name");
    const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const backupSet = new Set(backups.values());
    const original = new Set(before.sheets.map((s) => s.name));
    for (const sheet of sheets.items) {
      const backup = backups.get(sheet.name);
      const untouchedOriginal = original.has(sheet.name) && !(backup !== undefined && present.has(backup));
      if (!backupSet.has(sheet.name) && !untouchedOriginal)
        deleteSheet(context, sheet.name, sheet.visibility as SheetInfo["visibility"]);
    }
    let renamed = false;
    for (const [name, backup] of backups)
      if (present.has(backup)) {
        context.workbook.worksheets.getItem(backup).name = name;
        renamed = true;
      }
    // The user's formulas followed the backups and back; entering them again also repairs any that
    // were already bound to a new sheet that is gone now.
    if (renamed) enterUserFormulas(context, restore);
    // After the sheets: a restored name must refer to the restored sheet, not to one about to go.
    restoreNamesAndIdentity(context, before, ownNames, names.items, parts.items, t);
    // The failed writes ran with calculation suspended too (see the commit).
    context.application.calculate("Full");
    await context.sync();
    return error.withWorkbookState("restored");
  } catch (undoError) {
    const original = new Set(before.sheets.map((s) => s.name.toLowerCase()));
    const added = plan.sheets.map((s) => s.name).filter((name) => !original.has(name.toLowerCase()));
    return error.withWorkbookState("incomplete", [...backups.values(), ...added], String(undoError), t);
  }
}

/** Names the build replaced or added are put back as they were; so is the identity part. */
function restoreNamesAndIdentity(
  context: ContextApi,
  before: Before,
  ownNames: ReadonlySet<string>,
  names: readonly NamedItemApi[],
  parts: readonly CustomXmlPartApi[],
  t: WritersMessages,
): void {
  const beforeNames = new Set(before.names.map((n) => n.name.toLowerCase()));
  const replaced = (name: string) => ownNames.has(name.toLowerCase()) || !beforeNames.has(name.toLowerCase());
  const kept = new Set(names.filter((n) => !replaced(n.name)).map((n) => n.name.toLowerCase()));
  for (const item of names) if (replaced(item.name)) item.delete();
  for (const item of before.names)
    if (!kept.has(item.name.toLowerCase())) context.workbook.names.add(item.name, String(item.formula));
  const beforeIds = new Set(before.parts.map((p) => p.id));
  const partsChanged = parts.length !== before.parts.length || parts.some((p) => !beforeIds.has(p.id));
  if (!partsChanged) return;
  if (before.partXml.length < before.parts.length) throw new Error(t.oldIdentityNotRead);
  for (const part of parts) part.delete();
  for (const xml of before.partXml) context.workbook.customXmlParts.add(xml);
}
