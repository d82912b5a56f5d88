/** Small actions on the open workbook for the task pane: select a cell, follow changes, filter to a unit. */
import type { ContextApi, WorksheetApi } from "./api";
import { isBackupSheetName, toExcelWriteError } from "./errors";
import { earlierIdentity, META_NAMESPACE, type OwnedSheet } from "./meta";
import { loadMetaSheet, metaSheetSnapshot } from "./readWorkbook";
import { requireExcelApi, runExcel, runExcelOn } from "./run";
import { columnLetter } from "../../core/address";
import type { Language } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";
import { FIELD_HEADER_ROW } from "../../layout/fieldLayout";

/** The language of the error messages: the user's (the pane's) language; German by default. */
export interface ActionOptions {
  readonly messageLanguage?: Language;
}

export async function selectCell(
  sheetName: string,
  address: string,
  options: ActionOptions = {},
): Promise<void> {
  const t = writersMessages(options.messageLanguage);
  requireExcelApi(undefined, t);
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    try {
      await context.sync();
    } catch (error) {
      throw toExcelWriteError(error, t.action.selectCell(sheetName, address), t);
    }
  });
}

export interface SheetChange {
  readonly worksheetId: string;
  readonly address: string;
}

/** Calls back on every change in any sheet; resolves to a function that stops listening. */
export async function onSheetsChanged(
  callback: (change: SheetChange) => void,
  options: ActionOptions = {},
): Promise<() => Promise<void>> {
  requireExcelApi(undefined, writersMessages(options.messageLanguage));
  let active = true;
  const registered = await runExcel(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      if (active) callback({ worksheetId: event.worksheetId, address: event.address });
    });
    await context.sync();
    return { handler, context };
  });
  return async () => {
    active = false;
    await runExcelOn(registered.context, async (context) => {
      registered.handler.remove();
      await context.sync();
    });
  };
}

/**
 * Shows only the rows of one organisational unit on every field sheet (autofilter on the unit column);
 * `undefined` shows all rows again. A protected sheet is unprotected first and protected again with the
 * same options afterwards — reading the state first, because protect()/unprotect() in the wrong state
 * throws on some builds (office-js #6784). The tables are those of the identity part the Office.js build
 * stores; a workbook written by the CLI (exceljs writes no custom XML part) has only its `_Zielbild`
 * sheet, and the tables come from the plan its catalogue and settings give.
 */
export async function filterToUnit(
  unit: string | undefined,
  password?: string,
  options: ActionOptions = {},
): Promise<number> {
  const t = writersMessages(options.messageLanguage);
  requireExcelApi(undefined, t);
  return runExcel(async (context) => {
    try {
      const parts = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
      const sheets = context.workbook.worksheets.load(
        "items/name,items/protection/protected,items/protection/options",
      );
      const metaSheet = loadMetaSheet(context);
      await context.sync();
      const xml = parts.items.map((part) => part.getXml());
      await context.sync();
      const identity = earlierIdentity(
        xml.map((x) => x.value),
        metaSheetSnapshot(metaSheet),
      );
      const tables = (identity?.sheets ?? []).filter((s) => s.role === "field" && s.table);
      const byName = new Map(sheets.items.map((s) => [s.name, s]));
      // A workbook built without a password is protected again without one, whatever the pane holds:
      // protect() with the pane's password would give its sheets a password nobody set for them.
      const sheetPassword = identity?.meta.passwordProtected === false ? undefined : password;
      for (const owned of tables) {
        const sheet = byName.get(owned.name);
        if (sheet && owned.table) filterSheet(context, sheet, owned.table, unit, sheetPassword);
      }
      await context.sync();
      return tables.length;
    } catch (error) {
      throw toExcelWriteError(error, unit === undefined ? t.action.removeFilter : t.action.filterTo(unit), t);
    }
  });
}

function filterSheet(
  context: ContextApi,
  sheet: WorksheetApi,
  table: NonNullable<OwnedSheet["table"]>,
  unit: string | undefined,
  password: string | undefined,
): void {
  void context;
  const wasProtected = sheet.protection.protected;
  const options = sheet.protection.options;
  if (wasProtected) sheet.protection.unprotect(password);
  // Excel takes the first row of an AutoFilter's range as its header: the dropdowns sit there and that
  // row is never filtered. So the range starts at the column titles (identities written before
  // `headerRow` existed stored the first challenge heading as `firstRow`, hence the fallback). Challenge
  // headings are data rows with no unit, so filtering to a unit hides them like other units' rows.
  const headerRow = table.headerRow ?? FIELD_HEADER_ROW;
  const range = `A${headerRow}:${columnLetter(table.lastColumn)}${table.lastRow}`;
  if (unit === undefined) sheet.autoFilter.remove();
  else sheet.autoFilter.apply(range, table.unitColumn - 1, { filterOn: "Values", values: [unit] });
  if (wasProtected) sheet.protection.protect(options, password);
}

/**
 * Deletes the backup sheets ("~zb-alt-…") that a failed rebuild left behind; resolves to their names.
 * Excel refuses to delete a VeryHidden sheet (InvalidOperation: Worksheet.delete remarks in
 * @types/office-js, office-js #365), so such a sheet is made Hidden first, in the same request.
 */
export async function removeBackupSheets(options: ActionOptions = {}): Promise<string[]> {
  const t = writersMessages(options.messageLanguage);
  requireExcelApi(undefined, t);
  return runExcel(async (context) => {
    try {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      const backups = sheets.items.filter((sheet) => isBackupSheetName(sheet.name));
      if (backups.length === 0) return [];
      for (const sheet of backups) {
        if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
        sheet.delete();
      }
      await context.sync();
      return backups.map((sheet) => sheet.name);
    } catch (error) {
      throw toExcelWriteError(error, t.action.removeBackups, t);
    }
  });
}
