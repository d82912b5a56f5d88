/**
 * leftover-backup — a sheet named "~zb-alt-…" is in the workbook: a backup that a rebuild of the overview
 * made of an old sheet and did not remove, because the rebuild failed and could not undo everything, or
 * because deleting it failed (also a hidden or very hidden one, which nobody sees in Excel). It holds an
 * older state of a sheet of the overview and is ignored by the evaluation.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../layout/snapshot";
import { localized, type Rule } from "../rule";
import type { Finding } from "../types";

/** The names the Office.js writer gives backups while it rebuilds (src/writers/excel/errors.ts). */
export const LEFTOVER_BACKUP_PREFIX = "~zb-alt-";

export function leftoverBackupSheets(snapshot: WorkbookSnapshot): SheetSnapshot[] {
  return snapshot.sheets.filter((sheet) => sheet.name.startsWith(LEFTOVER_BACKUP_PREFIX));
}

export function leftoverBackupFinding(sheet: SheetSnapshot): Finding {
  const name = sheet.name;
  const veryHidden = sheet.visibility === "veryHidden";
  return {
    severity: "warning",
    ruleId: "leftover-backup",
    sheet: name,
    cell: "A1",
    message: localized(({ rules: { leftoverBackup: t } }) =>
      t.message(name, t.visibility[sheet.visibility], veryHidden),
    ),
  };
}

export const leftoverBackups: Rule = {
  id: "leftover-backup",
  severity: "warning",
  title: localized((v) => v.rules.leftoverBackup.title),
  description: localized((v) => v.rules.leftoverBackup.description),
  check(context, emit) {
    for (const sheet of leftoverBackupSheets(context.snapshot)) emit(leftoverBackupFinding(sheet));
  },
};
