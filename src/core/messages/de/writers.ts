/**
 * German texts of the writers: the Office.js adapter's errors (src/writers/excel — what happened, what to
 * do; the pane shows them as ExcelWriteError.reason) and the .xlsx reader's refusals (src/writers/xlsx —
 * a file that cannot be read).
 */
const REPORT =
  "Wenn der Fehler wieder auftritt, geben Sie bitte die technischen Angaben an die Betreuung des Add-ins weiter.";

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 0 })} MB`;

export const writers = {
  // ----- what was being done: the message starts with it (errors.ts `action`)
  action: {
    build: "Übersicht erstellen",
    inspect: "Arbeitsmappe prüfen",
    read: "Arbeitsmappe lesen",
    readIdentity: "Kennung der Arbeitsmappe lesen",
    selectCell: (sheet: string, address: string) => `Zelle ${sheet}!${address} auswählen`,
    removeFilter: "Filter aufheben",
    filterTo: (unit: string) => `Nach „${unit}“ filtern`,
    removeBackups: "Sicherungsblätter entfernen",
  },

  // ----- Office.js errors mapped (errors.ts)
  protectionStateRefused:
    "Excel hat es abgelehnt, den Blattschutz aufzuheben oder wieder einzuschalten. Das liegt nicht an " +
    "Ihrem Blattschutz oder Kennwort: Manche Excel-Versionen lehnen diesen Schritt ab, wenn das Blatt schon " +
    "geschützt bzw. schon ungeschützt ist (ein bekannter Fehler von Excel). Bitte den Vorgang " +
    `noch einmal starten; hilft das nicht, Excel aktualisieren oder Excel im Web verwenden. ${REPORT}`,
  payloadTooLarge:
    "Excel im Web nimmt je Anfrage höchstens etwa 5 MB an, und ein Teil der Übersicht ist auch einzeln noch " +
    "größer. Bitte die Übersicht in Excel für Windows oder Mac erstellen, wo diese Grenze nicht gilt. " +
    REPORT,
  responseTooLarge:
    "Die Antwort von Excel wäre zu groß: Excel im Web liefert einem Add-in höchstens 5 MB auf einmal, und " +
    "die Arbeitsmappe ist zu groß, um sie so zu lesen. Bitte die Arbeitsmappe in Excel für Windows oder Mac " +
    `öffnen und dort erneut versuchen. ${REPORT}`,
  /** `place` is empty or " bei …" (placeAt). */
  apiNotSupported: (code: string, place: string, required: string) =>
    `Diese Excel-Version unterstützt eine benötigte Funktion nicht (${code}${place}). ` +
    `Benötigt wird mindestens der Anforderungssatz ExcelApi ${required}. Bitte Excel ` +
    "aktualisieren oder die Arbeitsmappe in Excel im Web öffnen.",
  placeAt: (location: string) => ` bei ${location}`,
  workbookProtected:
    "Excel verweigert die Änderung. Meist ist ein Blatt oder die Arbeitsmappenstruktur geschützt oder die " +
    "Datei nur zum Lesen geöffnet. Bitte unter Überprüfen → „Blatt schützen“ bzw. „Arbeitsmappe schützen“ " +
    "den Schutz prüfen, die Datei zum Bearbeiten öffnen und erneut versuchen.",
  wrongPassword:
    "Das Kennwort für den Blattschutz stimmt nicht. Bitte unter „Einstellungen“ das Kennwort eintragen, mit " +
    "dem die Blätter der Übersicht geschützt wurden (bei der Planungsstelle erfragen), und erneut versuchen.",
  cellEditMode:
    "In Excel wird gerade eine Zelle bearbeitet. Bitte die Eingabe mit der Eingabetaste oder mit Esc " +
    "abschließen und erneut versuchen.",
  invalidOperation:
    "Excel hat einen Schritt abgelehnt, der im jetzigen Zustand der Arbeitsmappe nicht erlaubt ist – etwa " +
    "ein sehr ausgeblendetes Blatt zu löschen oder das letzte sichtbare Blatt auszublenden. Bitte unter " +
    `„Prüfen“ nachsehen, ob Blätter der Übersicht fehlen oder übrig sind, und erneut versuchen. ${REPORT}`,
  itemAlreadyExists:
    "Ein Blatt oder ein Name, den das Add-in anlegen wollte, gibt es in der Arbeitsmappe schon – vielleicht " +
    "ausgeblendet. Bitte ein gleichnamiges eigenes Blatt umbenennen (Rechtsklick auf ein Blattregister → " +
    "„Einblenden“ zeigt ausgeblendete Blätter) und erneut versuchen.",
  itemNotFound:
    "Ein Blatt oder Bereich, den das Add-in erwartet, gibt es nicht (mehr) – vielleicht wurde es gerade " +
    "umbenannt oder gelöscht. Bitte unter „Prüfen“ die Arbeitsmappe prüfen lassen und erneut versuchen.",
  invalidArgument:
    "Excel hat eine Angabe des Add-ins als ungültig abgelehnt. Das liegt am Add-in, nicht an Ihrer " +
    `Arbeitsmappe oder Ihren Eingaben. ${REPORT}`,
  generalException:
    "Excel meldet einen Fehler, ohne die Ursache zu nennen. Bitte die Arbeitsmappe speichern, Excel neu " +
    `starten und erneut versuchen. ${REPORT}`,
  unknownExcelError: `Excel meldet einen Fehler, den das Add-in nicht kennt. Bitte erneut versuchen. ${REPORT}`,
  unexpectedError: `Es ist ein unerwarteter Fehler aufgetreten. Bitte erneut versuchen. ${REPORT}`,
  /** The technical detail (folded away in the pane): Excel's place, statement, and a failed undo. */
  detailAt: (location: string) => `bei ${location}`,
  detailStatement: (statement: string) => `Anweisung: ${statement}`,
  detailUndo: (detail: string) => `Zurücksetzen: ${detail}`,

  // ----- the requirement set (run.ts)
  excelApi19Hosts:
    "Excel im Web, Excel für Microsoft 365 oder eine Kaufversion ab Version 1903 (Windows) bzw. 16.24 (Mac); " +
    "bei Volumenlizenzen erst Office 2021 oder neuer – Office 2019 und 2016 mit Volumenlizenz genügen nicht",
  /** `hosts` is empty or excelApi19Hosts. */
  apiSetMissing: (version: string, hosts: string) =>
    `Diese Excel-Version unterstützt den Anforderungssatz ExcelApi ${version} nicht, den das Add-in braucht. ` +
    (hosts ? `Er ist enthalten in: ${hosts}. ` : "") +
    `Bitte Excel aktualisieren (Datei → Konto → Updateoptionen) oder die Arbeitsmappe in Excel im Web öffnen. ` +
    `Die Arbeitsmappe selbst funktioniert auch ohne Add-in.`,

  // ----- the plan against Excel's limits (planCheck.ts, writePlan.ts checkPlan)
  planInvalid: (problems: readonly string[]) =>
    `Die Beschreibung der Arbeitsmappe ist fehlerhaft:\n  ${problems.join("\n  ")}`,
  badSheetName: (sheet: string) =>
    `Blatt „${sheet}“: ungültiger Blattname (höchstens 31 Zeichen, keines von []:*?/\\)`,
  sheetNameTwice: (sheet: string) => `Blatt „${sheet}“: Name kommt doppelt vor`,
  styleMissing: (sheet: string, range: string, style: string) =>
    `Blatt „${sheet}“, ${range}: Format „${style}“ fehlt`,
  rowWidth: (sheet: string, origin: string, row: number, cells: number, width: number) =>
    `Blatt „${sheet}“, Block ${origin}: Zeile ${row} hat ${cells} statt ${width} Zellen`,
  cellTextTooLong: (sheet: string, cell: string, length: number, max: number) =>
    `Blatt „${sheet}“, Zelle ${cell}: Text mit ${length} Zeichen, Excel erlaubt ${max}`,
  listValueComma: (sheet: string, range: string, value: string) =>
    `Blatt „${sheet}“, ${range}: Listenwert „${value}“ enthält ein Komma`,

  // ----- writing (writePlan.ts, batch.ts, readRanges.ts)
  workbookStructureProtected:
    "Die Arbeitsmappenstruktur ist geschützt: Blätter können weder angelegt noch ersetzt werden. " +
    "Bitte den Arbeitsmappenschutz aufheben (Überprüfen → Arbeitsmappe schützen) und erneut erstellen.",
  sheetNameConflict: (sheets: readonly string[]) =>
    `Die Arbeitsmappe ist keine Zielbild-Übersicht, enthält aber schon Blätter mit den Namen ` +
    `${sheets.map((n) => `„${n}“`).join(", ")}. Damit nichts überschrieben wird, bitte in einer neuen ` +
    `Arbeitsmappe erstellen oder die Blätter umbenennen.`,
  oldIdentityNotRead: "Die alte Kennung der Arbeitsmappe wurde vor dem Fehler nicht gelesen",
  stepTooLarge: (step: string) =>
    `Ein einzelner Schritt („${step}“) ist für Excel zu groß, auch nach Teilung.`,
  cellResponseTooLarge: (sheet: string) =>
    `Eine einzelne Zelle von „${sheet}“ ist für eine Antwort von Excel zu groß.`,
  rowResponseTooLarge: (sheet: string) => `Eine Zeile von „${sheet}“ ist für eine Antwort von Excel zu groß.`,

  // ----- rebuild and a new round (rebuild.ts, rebuildRead.ts, startRound.ts, index.ts)
  catalogueFile: "Katalog",
  cannotRebuild: (reason: string) => `Die geöffnete Arbeitsmappe kann nicht neu aufgebaut werden: ${reason}.`,
  otherCatalogue: (workbookCatalogue: string, catalogue: string) =>
    `Die geöffnete Übersicht gehört zum Katalog „${workbookCatalogue}“, nicht zu „${catalogue}“. ` +
    `Bitte eine neue Arbeitsmappe für diesen Katalog erstellen.`,
  cannotStartRound: (reason: string) =>
    `In der geöffneten Arbeitsmappe kann keine neue Runde beginnen: ${reason}.`,
  measureSheetMissing: (sheet: string, measure: string) => `das Blatt „${sheet}“ fehlt (Maßnahme ${measure})`,
  measureIdGone: (measure: string, column: string, sheet: string) =>
    `Maßnahme ${measure} steht nicht mehr in Spalte ${column} von „${sheet}“`,
  measureIdTwice: (measure: string, sheet: string, rows: readonly number[]) =>
    `Maßnahme ${measure} steht mehrfach auf „${sheet}“ (Zeilen ${rows.join(", ")})`,
  /** `more`: how many problems beyond those shown (0: none). */
  structureChanged: (shown: readonly string[], more: number) =>
    `Die Übersicht wird nicht neu aufgebaut, denn nicht jede Bewertung lässt sich sicher ihrer Maßnahme ` +
    `zuordnen: ${shown.join("; ")}${more > 0 ? ` (und ${more} weitere)` : ""}. Die Arbeitsmappe ist unverändert. Bitte die ` +
    `Änderung rückgängig machen (gelöschte Zeilen oder Blätter wiederherstellen, kopierte Zeilen ` +
    `entfernen) und dann neu aufbauen; „Prüfen“ zeigt, was am Aufbau verändert wurde.`,

  // ----- an .xlsx that cannot be read (readXlsx.ts, safeZip.ts)
  xlsxEncrypted:
    "Die Datei ist keine lesbare .xlsx-Arbeitsmappe: sie ist mit einem Kennwort zum Öffnen verschlüsselt oder eine alte .xls-Datei. Bitte ohne Kennwort zum Öffnen als .xlsx speichern.",
  xlsxNotZip: "Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.",
  xlsxUnreadable: (reason: string) => `Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx): ${reason}`,
  xlsxNoSheet: "Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie enthält kein Tabellenblatt.",
  xlsxMacros: (entry: string) =>
    `Die Datei enthält Makros (${entry}) und wird nicht gelesen. Bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ ohne Makros speichern.`,
  /** `reason` is one of the zip* texts below. */
  zipRefused: (reason: string) =>
    `Die Datei wird nicht gelesen: ${reason} – so groß ist keine Zielbild-Arbeitsmappe (Verdacht auf eine „ZIP-Bombe“).`,
  zipTooManyEntries: (entries: number, max: number) =>
    `sie enthält ${entries.toLocaleString("de-DE")} Einträge (höchstens ${max.toLocaleString("de-DE")})`,
  zipDeclaredSize: (bytes: number) => `entpackt wäre sie ${megabytes(bytes)} groß`,
  zipLargerThan: (bytes: number) => `entpackt wäre sie größer als ${megabytes(bytes)}`,
  zip64: "sie ist ein ZIP64-Archiv (für über 4 GB)",
};
