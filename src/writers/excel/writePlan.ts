/**
 * Applies a WorkbookPlan inside the open workbook, all or nothing:
 *   sync 1   inspect: sheets, names, workbook protection, our identity part;
 *   sync 2…  write: sheets of the plan whose names are taken are first renamed to backup names, then every
 *            sheet is written under its final name (so cross-sheet formulas and list sources resolve) — one
 *            more sync only per ~4 MB of payload;
 *   last     commit: delete the backups and sheets the old build owned, names, identity part, order.
 * On any failure the sheets written so far are deleted and the backups get their names back.
 */
import type { ContextApi, CustomXmlPartApi, NamedItemApi } from "./api";
import { operation, runInChunks, type Operation } from "./batch";
import { chartOperations } from "./chart";
import { ExcelWriteError, toExcelWriteError } from "./errors";
import { decodeIdentity, encodeIdentity, identityOf, META_NAMESPACE, type StoredIdentity } from "./meta";
import { planProblems } from "./planCheck";
import { requireExcelApi, runExcel } from "./run";
import { finishSheetOperations, sheetOperations } from "./sheetOperations";
import type { WorkbookPlan } from "../../layout/plan";

export interface WriteProgress {
  readonly phase: "prüfen" | "schreiben" | "abschließen";
  readonly done: number;
  readonly total: number;
}

export interface WriteOptions {
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Payload budget per sync in bytes (tests lower it). */
  readonly budget?: number;
}

export interface WriteResult {
  readonly syncs: number;
  readonly sheets: number;
  /** Sheets of an earlier build that were replaced or removed. */
  readonly replaced: readonly string[];
}

interface Before {
  readonly sheetNames: readonly string[];
  readonly names: readonly NamedItemApi[];
  readonly parts: readonly CustomXmlPartApi[];
  /** The identity part's XML, filled in during the first write sync (for the commit and for undoing). */
  readonly partXml: { value: string }[];
}

const BACKUP_PREFIX = "~zb-alt-";

export async function writePlanToWorkbook(
  plan: WorkbookPlan,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const problems = planProblems(plan);
  if (problems.length > 0)
    throw new ExcelWriteError(
      "Unknown",
      `Die Beschreibung der Arbeitsmappe ist fehlerhaft:\n  ${problems.join("\n  ")}`,
    );
  requireExcelApi();
  const writes = plan.sheets.flatMap((sheet) => sheetOperations(plan, sheet));
  const finish = [...chartOperations(plan), ...plan.sheets.flatMap(finishSheetOperations)];
  return runExcel(async (context) => {
    options.onProgress?.({ phase: "prüfen", done: 0, total: 1 });
    const before = await inspect(context);
    const backups = backupNames(before, plan);
    let syncs = 1;
    try {
      const prepare = [readOldIdentity(before.parts, before.partXml), ...renameToBackups(backups)];
      syncs += await runInChunks(context, [...prepare, ...writes, ...finish], {
        budget: options.budget,
        beforeChunk: (ctx) => ctx.application.suspendApiCalculationUntilNextSync(),
        onChunk: (done, total) => options.onProgress?.({ phase: "schreiben", done, total }),
      });
      const old = before.partXml
        .map((x) => decodeIdentity(x.value))
        .find((identity) => identity !== undefined);
      const replaced = commit(context, plan, before, backups, old);
      await context.sync();
      options.onProgress?.({ phase: "abschließen", done: 1, total: 1 });
      return { syncs: syncs + 1, sheets: plan.sheets.length, replaced };
    } catch (error) {
      const ownNames = new Set(plan.definedNames.map((n) => n.name.toLowerCase()));
      throw await rolledBack(
        context,
        before,
        backups,
        ownNames,
        toExcelWriteError(error, "Übersicht erstellen"),
      );
    }
  });
}

async function inspect(context: ContextApi): Promise<Before> {
  const sheets = context.workbook.worksheets.load("items/name");
  const protection = context.workbook.protection.load("protected");
  const names = context.workbook.names.load("items/name,items/formula");
  const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
  try {
    await context.sync();
  } catch (error) {
    throw toExcelWriteError(error, "Arbeitsmappe prüfen");
  }
  if (protection.protected)
    throw new ExcelWriteError(
      "WorkbookProtected",
      "Die Arbeitsmappenstruktur ist geschützt: Blätter können weder angelegt noch ersetzt werden. " +
        "Bitte den Arbeitsmappenschutz aufheben (Überprüfen → Arbeitsmappe schützen) und erneut erstellen.",
    );
  return { sheetNames: sheets.items.map((s) => s.name), names: names.items, parts: parts.items, partXml: [] };
}

/** Sheets of the plan whose names are already taken get a backup name; a foreign workbook is refused. */
function backupNames(before: Before, plan: WorkbookPlan): Map<string, string> {
  const taken = new Map(before.sheetNames.map((name) => [name.toLowerCase(), name]));
  const clashes = plan.sheets
    .map((s) => taken.get(s.name.toLowerCase()))
    .filter((n): n is string => n !== undefined);
  if (clashes.length > 0 && before.parts.length === 0)
    throw new ExcelWriteError(
      "SheetNameConflict",
      `Die Arbeitsmappe ist keine Zielbild-Übersicht, enthält aber schon Blätter mit den Namen ` +
        `${clashes.map((n) => `„${n}“`).join(", ")}. Damit nichts überschrieben wird, bitte in einer neuen ` +
        `Arbeitsmappe erstellen oder die Blätter umbenennen.`,
    );
  const backups = new Map<string, string>();
  let counter = 1;
  for (const name of clashes) {
    while (taken.has(`${BACKUP_PREFIX}${counter}`)) counter++;
    backups.set(name, `${BACKUP_PREFIX}${counter++}`);
  }
  return backups;
}

function readOldIdentity(parts: readonly CustomXmlPartApi[], into: { value: string }[]): Operation {
  return operation("Kennung lesen", parts.length, () => {
    for (const part of parts) into.push(part.getXml());
  });
}

function renameToBackups(backups: ReadonlyMap<string, string>): Operation[] {
  return [...backups].map(([name, backup]) =>
    operation(`${name}: sichern`, [name, backup], (context) => {
      context.workbook.worksheets.getItem(name).name = backup;
    }),
  );
}

/** Queues the commit; returns the names of the sheets that the old build owned and that go now. */
function commit(
  context: ContextApi,
  plan: WorkbookPlan,
  before: Before,
  backups: ReadonlyMap<string, string>,
  old: StoredIdentity | undefined,
): string[] {
  const worksheets = context.workbook.worksheets;
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const existing = new Set(before.sheetNames.map((n) => n.toLowerCase()));
  const orphaned = (old?.sheets ?? [])
    .map((s) => s.name)
    .filter((name) => existing.has(name.toLowerCase()) && !planNames.has(name.toLowerCase()));
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
  // Deleting the old sheets comes last: everything before it can still be undone.
  for (const name of orphaned) worksheets.getItem(name).delete();
  for (const backup of backups.values()) worksheets.getItem(backup).delete();
  return [...backups.keys(), ...orphaned];
}

/**
 * Undoes a failed build: deletes every sheet the build added and gives the backups their names back.
 * Returns the error to throw; if undoing fails too, the message says so.
 */
async function rolledBack(
  context: ContextApi,
  before: Before,
  backups: ReadonlyMap<string, string>,
  ownNames: ReadonlySet<string>,
  error: ExcelWriteError,
): Promise<ExcelWriteError> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const backupSet = new Set(backups.values());
    const original = new Set(before.sheetNames);
    for (const sheet of sheets.items) {
      const backup = backups.get(sheet.name);
      const untouchedOriginal = original.has(sheet.name) && !(backup !== undefined && present.has(backup));
      if (!backupSet.has(sheet.name) && !untouchedOriginal) sheet.delete();
    }
    for (const [name, backup] of backups)
      if (present.has(backup)) worksheets(context).getItem(backup).name = name;
    // After the sheets: a restored name must refer to the restored sheet, not to one about to go.
    restoreNamesAndIdentity(context, before, ownNames, names.items, parts.items);
    await context.sync();
    return error;
  } catch (undoError) {
    return new ExcelWriteError(
      error.code,
      `${error.message}\nDie Arbeitsmappe konnte nicht vollständig zurückgesetzt werden: ${String(undoError)}. ` +
        `Gesicherte Blätter beginnen mit „${BACKUP_PREFIX}“.`,
      error.cause,
    );
  }
}

/** Names the build replaced or added are put back as they were; so is the identity part. */
function restoreNamesAndIdentity(
  context: ContextApi,
  before: Before,
  ownNames: ReadonlySet<string>,
  names: readonly NamedItemApi[],
  parts: readonly CustomXmlPartApi[],
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
  if (before.partXml.length < before.parts.length)
    throw new Error("Die alte Kennung der Arbeitsmappe wurde vor dem Fehler nicht gelesen");
  for (const part of parts) part.delete();
  for (const xml of before.partXml) context.workbook.customXmlParts.add(xml.value);
}

function worksheets(context: ContextApi) {
  return context.workbook.worksheets;
}
