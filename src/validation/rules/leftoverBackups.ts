/**
 * leftover-backup — a sheet named "~zb-alt-…" is in the workbook: a backup that a rebuild of the overview
 * made of an old sheet and did not remove, because the rebuild failed and could not undo everything, or
 * because deleting it failed (also a hidden or very hidden one, which nobody sees in Excel). It holds an
 * older state of a sheet of the overview and is ignored by the evaluation.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../layout/snapshot";
import type { Localized } from "../../scheme/ratingScheme";
import type { Rule } from "../rule";
import type { Finding } from "../types";

/** The names the Office.js writer gives backups while it rebuilds (src/writers/excel/errors.ts). */
export const LEFTOVER_BACKUP_PREFIX = "~zb-alt-";

export function leftoverBackupSheets(snapshot: WorkbookSnapshot): SheetSnapshot[] {
  return snapshot.sheets.filter((sheet) => sheet.name.startsWith(LEFTOVER_BACKUP_PREFIX));
}

const VISIBILITY: Readonly<Record<SheetSnapshot["visibility"], Localized>> = {
  visible: { de: "sichtbar", en: "visible" },
  hidden: { de: "ausgeblendet", en: "hidden" },
  veryHidden: { de: "sehr ausgeblendet", en: "very hidden" },
};

export function leftoverBackupFinding(sheet: SheetSnapshot): Finding {
  const name = sheet.name;
  const seen = VISIBILITY[sheet.visibility];
  const veryHidden = sheet.visibility === "veryHidden";
  return {
    severity: "warning",
    ruleId: "leftover-backup",
    sheet: name,
    cell: "A1",
    message: {
      de:
        `Das Blatt „${name}“ (${seen.de}) ist eine Sicherung, die ein abgebrochener Neuaufbau der Übersicht ` +
        `angelegt und nicht wieder entfernt hat. Es enthält einen älteren Stand eines Blatts der Übersicht und ` +
        `wird bei der Auswertung nicht berücksichtigt. Ist die Übersicht vollständig (keine Fehler im Aufbau), ` +
        `wird es nicht mehr gebraucht: im Aufgabenbereich unter „Prüfen“ mit „Sicherungsblätter entfernen“ ` +
        `löschen${veryHidden ? " – ein sehr ausgeblendetes Blatt lässt sich in Excel selbst nicht einblenden" : ""}. ` +
        `Fehlen dagegen Blätter der Übersicht, bitte nicht löschen: Dann enthält es womöglich den einzigen Stand ` +
        `mit Ihren Eingaben. Stellen Sie in diesem Fall die zuletzt gespeicherte Fassung wieder her (Datei → ` +
        `Informationen → Versionsverlauf).`,
      en:
        `Sheet “${name}” (${seen.en}) is a backup that an interrupted rebuild of the overview created and did ` +
        `not remove. It holds an older state of one of the overview's sheets and is ignored by the evaluation. ` +
        `If the overview is complete (no structure errors), it is no longer needed: delete it in the task pane ` +
        `under “Check” with “Remove backup sheets”` +
        `${veryHidden ? " — a very hidden sheet cannot be unhidden in Excel itself" : ""}. If sheets of the ` +
        `overview are missing, do not delete it: it may then hold the only state with your entries. In that ` +
        `case restore the last saved version (File → Info → Version History).`,
    },
  };
}

export const leftoverBackups: Rule = {
  id: "leftover-backup",
  severity: "warning",
  title: { de: "Sicherungsblatt übrig geblieben", en: "Backup sheet left over" },
  description: {
    de: "In der Arbeitsmappe steht ein Blatt, dessen Name mit „~zb-alt-“ beginnt – auch ausgeblendet oder sehr ausgeblendet. Solche Sicherungen legt das Add-in beim Neuaufbau der Übersicht an und löscht sie am Ende; bleibt eines übrig, ist ein Neuaufbau abgebrochen oder das Löschen gescheitert. Es enthält einen älteren Stand und wird nicht ausgewertet. Der Befund sagt, wann es gelöscht werden kann und wann es den einzigen Stand mit den Eingaben enthält.",
    en: "The workbook holds a sheet whose name starts with “~zb-alt-” — also hidden or very hidden. The add-in makes such backups while it rebuilds the overview and deletes them at the end; one that is left means a rebuild was interrupted or deleting failed. It holds an older state and is not evaluated. The finding says when it can be deleted and when it holds the only state with the entries.",
  },
  check(context, emit) {
    for (const sheet of leftoverBackupSheets(context.snapshot)) emit(leftoverBackupFinding(sheet));
  },
};
