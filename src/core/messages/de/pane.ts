/** German texts of the task pane (the default). Levels, symbols and input names come from the rating scheme. */
export const pane = {
  appTitle: "Zielbild",
  appTagline: "Bewertungsübersicht aus dem Zielkatalog erstellen, prüfen und auswerten.",
  tabsLabel: "Bereiche des Add-ins",
  tabCreate: "Erstellen",
  tabCheck: "Prüfen",
  tabOverview: "Übersicht",
  tabUnits: "Organisationseinheiten",
  tabRounds: "Runden",
  tabSettings: "Einstellungen",
  tabUnitsShort: "Einheiten",
  moreTabs: "Mehr",
  moreTabsLabel: (count: number) =>
    count === 1 ? "Mehr: 1 weiterer Bereich" : `Mehr: ${count} weitere Bereiche`,

  notInExcelTitle: "Zielbild muss in Excel ausgeführt werden.",
  notInExcelBody: "Öffnen Sie das Add-in in Excel (Desktop oder im Web) über Start → Zielbild.",
  otherHostBody: "Dieses Add-in ist nur für Excel gedacht, nicht für andere Office-Anwendungen.",

  loadingWorkbook: "Arbeitsmappe wird gelesen …",
  readError: "Die Arbeitsmappe konnte nicht gelesen werden.",
  retry: "Erneut versuchen",
  noOverviewTitle: "Noch keine Bewertungsübersicht",
  noOverviewBody:
    "Diese Arbeitsmappe enthält noch keine Zielbild-Übersicht. Erstellen Sie sie unter „Erstellen“.",
  goToCreate: "Zu „Erstellen“",

  // Erstellen
  catalogueSource: "Zielkatalog",
  sourceBundled: "Mitgelieferter Katalog (Konzept Migration und Integration 2018–2022)",
  sourceFile: "Datei vom Computer (JSON oder CSV)",
  sourceTable: "Tabelle in dieser Arbeitsmappe",
  chooseFile: "Datei auswählen",
  fileHint: "JSON nach dem Katalogformat oder CSV mit einer Zeile je Maßnahme.",
  noFileChosen: "Keine Datei ausgewählt.",
  chosenFile: (name: string) => `Gewählt: ${name}`,
  chooseSheet: "Blatt mit der Katalogtabelle",
  noTableSheets: "Die Arbeitsmappe enthält kein Blatt mit einer Tabelle.",
  loadingCatalogue: "Katalog wird geladen …",
  preview: "Vorschau",
  previewFields: "Handlungsfelder",
  previewGoals: "Ziele",
  previewMeasures: "Maßnahmen",
  previewUnits: "Organisationseinheiten",
  importErrorsTitle: (count: number) =>
    count === 1
      ? "Der Katalog enthält 1 Fehler. Es wurde nichts geschrieben."
      : `Der Katalog enthält ${count} Fehler. Es wurde nichts geschrieben.`,
  issueLine: (line: number) => `Zeile ${line}`,
  issueField: (field: string) => `Spalte/Feld ${field}`,
  unitWorkbook: "Für eine Organisationseinheit (optional)",
  unitWorkbookAll: "Alle – Gesamtübersicht",
  unitWorkbookHint:
    "Dann sind nur die Eingabezellen dieser Einheit freigegeben. Am besten in einer neuen, leeren Arbeitsmappe erstellen.",
  build: "Übersicht erstellen",
  rebuild: "Übersicht neu aufbauen",
  rebuildNote:
    "Diese Arbeitsmappe enthält bereits eine Übersicht. Beim Neuerstellen bleiben alle eingetragenen Bewertungen erhalten; Maßnahmen, die nicht mehr im Katalog stehen, kommen mit ihren Eingaben auf das Blatt „Archiv“.",
  building: "Übersicht wird geschrieben …",
  rebuilding: "Übersicht wird neu aufgebaut …",
  progressLabel: "Fortschritt",
  phase: { prüfen: "Arbeitsmappe prüfen", schreiben: "Blätter schreiben", abschließen: "Abschließen" },
  buildDone: (sheets: number) => `Fertig: ${sheets} Blätter geschrieben.`,
  rebuildDone: (sheets: number, kept: number, archived: number) =>
    `Fertig: ${sheets} Blätter neu geschrieben, Eingaben zu ${kept} Maßnahmen übernommen` +
    (archived > 0 ? `, ${archived} ins Archiv verschoben.` : "."),
  buildFailed: "Die Übersicht wurde nicht erstellt.",
  rebuildFailed: "Die Übersicht wurde nicht neu aufgebaut.",
  stateUnchanged: "Die Arbeitsmappe ist unverändert.",
  stateRestored: {
    build: "Die Arbeitsmappe ist wieder im Stand vor dem Erstellen; die begonnenen Blätter wurden entfernt.",
    rebuild:
      "Die Arbeitsmappe ist wieder im Stand vor dem Neuaufbau; die bisherige Übersicht mit allen Eingaben ist erhalten.",
    round:
      "Die Arbeitsmappe ist wieder im Stand vor dem Beginn der neuen Runde; die laufende Runde mit allen Eingaben ist erhalten.",
  },
  stateIncomplete: {
    build: "Die Arbeitsmappe konnte nicht vollständig in den Stand vor dem Erstellen zurückversetzt werden.",
    rebuild:
      "Die Arbeitsmappe konnte nicht vollständig in den Stand vor dem Neuaufbau zurückversetzt werden.",
    round:
      "Die Arbeitsmappe konnte nicht vollständig in den Stand vor dem Beginn der neuen Runde zurückversetzt werden.",
  },
  stateLeftovers: (names: string) => `Übrig geblieben sind diese Blätter: ${names}.`,
  stateIncompleteNext:
    "Bitte jetzt nichts weiter ändern. Am sichersten ist die zuletzt gespeicherte Fassung: Datei → Informationen → Versionsverlauf, oder die Datei ohne Speichern schließen und neu öffnen. Blätter, deren Name mit „~zb-alt-“ beginnt, enthalten den vorherigen Stand mit allen Eingaben – bitte nicht löschen, solange die Übersicht nicht wieder vollständig ist. „Prüfen“ zeigt, was fehlt.",
  stateUnknown:
    "Ob die Arbeitsmappe unverändert ist, ließ sich nicht feststellen. Bitte unter „Prüfen“ nachsehen, ob Blätter fehlen oder Sicherungsblätter („~zb-alt-…“) übrig sind.",
  whatHappened: "Was geschehen ist",
  technicalDetails: "Technische Angaben (für die Betreuung des Add-ins)",

  // Prüfen
  mode: "Prüfmodus",
  modeDraft: "Entwurf (noch in Bearbeitung)",
  modeSubmit: "Abgabe (alle Zeilen fertig)",
  runCheck: "Jetzt prüfen",
  autoCheckNote: "Die Prüfung läuft nach jeder Änderung in der Übersicht von selbst erneut.",
  checking: "Prüfung läuft …",
  noFindings: "Keine Befunde: Die Übersicht entspricht dem Bewertungsschema.",
  findingsSummary: (errors: number, warnings: number, infos: number) =>
    `${errors} Fehler, ${warnings} ${warnings === 1 ? "Warnung" : "Warnungen"}, ${infos} ${infos === 1 ? "Hinweis" : "Hinweise"}`,
  severity: { error: "Fehler", warning: "Warnungen", info: "Hinweise" },
  severityOne: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
  generalGroup: "Arbeitsmappe",
  measureLabel: "Maßnahme",
  goToCell: (place: string) => `Zur Zelle ${place} springen`,
  findingsList: "Befunde",
  checkedAt: (time: string) => `Stand: ${time}`,
  leftoversTitle: (count: number) =>
    count === 1 ? "1 Sicherungsblatt ist übrig geblieben" : `${count} Sicherungsblätter sind übrig geblieben`,
  leftoversBody:
    "Diese Blätter hat ein abgebrochener Neuaufbau der Übersicht angelegt. Sie sind ausgeblendet und enthalten einen älteren Stand der Übersicht. Löschen Sie sie erst, wenn die Übersicht vollständig ist und „Prüfen“ keine Fehler im Aufbau meldet.",
  removeBackups: "Sicherungsblätter entfernen",
  removingBackups: "Sicherungsblätter werden entfernt …",
  removedBackups: (count: number) =>
    count === 1 ? "1 Sicherungsblatt wurde entfernt." : `${count} Sicherungsblätter wurden entfernt.`,
  removeBackupsFailed: "Die Sicherungsblätter konnten nicht entfernt werden.",
  hiddenSheet: "ausgeblendetes Blatt",

  // Übersicht
  overviewHeading: "Zielerreichung je Handlungsfeld",
  overviewTotal: "Gesamt",
  open: "offen",
  invalid: "ungültig",
  ratedOf: (rated: number, total: number) => `${rated} von ${total} bewertet`,
  barLabel: (field: string, detail: string) => `${field}: ${detail}`,
  legendHeading: "Bedeutung",
  annexHeading: "Anlage für den Bericht",
  annexIntro:
    "Word-Dokumente aus dem aktuellen Stand der Arbeitsmappe: die Anlage mit einer Tabelle je Handlungsfeld wie im Bericht, und der Sachstand je Handlungsfeld mit Bewertungen und Bemerkungen als Arbeitsgrundlage für den Berichtstext.",
  annexDocx: "Anlage als Word",
  sachstandDocx: "Sachstand als Word",
  annexRunning: (annex: boolean) => (annex ? "Die Anlage wird erstellt …" : "Der Sachstand wird erstellt …"),
  annexDone: (fileName: string, kb: number) =>
    `Die Datei „${fileName}“ (${kb} KB) wurde erstellt und wird heruntergeladen.`,
  annexFailedTitle: (annex: boolean) =>
    annex ? "Die Anlage wurde nicht erstellt." : "Der Sachstand wurde nicht erstellt.",
  annexNotZielbild:
    "Die geöffnete Arbeitsmappe ist keine Zielbild-Bewertungsübersicht. Öffnen Sie die Übersicht, aus der das Dokument entstehen soll, oder erstellen Sie eine unter „Erstellen“.",
  annexUnreadable: (detail: string) =>
    `Die Angaben zur Übersicht in dieser Arbeitsmappe sind nicht lesbar: ${detail}.`,
  annexStructure: (detail: string) =>
    `Der Aufbau der Übersicht wurde verändert, daher lassen sich die Bewertungen nicht sicher den Maßnahmen zuordnen. Bitte unter „Prüfen“ nachsehen. Gefunden: ${detail}`,
  annexGenerationFailed: (detail: string) =>
    `Beim Erstellen des Dokuments ist ein Fehler aufgetreten. Bitte erneut versuchen; bleibt der Fehler, die folgende Angabe an die Betreuung des Add-ins weitergeben: ${detail}`,

  // Organisationseinheiten
  unitsHeading: "Fortschritt je Organisationseinheit",
  noUnit: "ohne Zuständigkeit",
  filterToUnit: "Nur diese Zeilen zeigen",
  filterToUnitLabel: (unit: string) => `Nur diese Zeilen zeigen: ${unit}`,
  clearFilter: "Filter aufheben",
  filterActive: (unit: string) => `Gefiltert auf: ${unit}`,
  filterFailed: "Filtern nicht möglich.",
  noUnits: "Im Katalog sind keine Organisationseinheiten eingetragen.",

  // Runden
  roundsHeading: "Bewertungsrunden",
  roundsCurrent: "Laufende Runde",
  roundName: (round: number, label: string) => `Runde ${round}: ${label}`,
  roundAsOf: (isoDate: string) => `Stand ${isoDate.split("-").reverse().join(".")}`,
  roundsClosed: "Abgeschlossene Runden",
  roundsNoneClosed:
    "Noch keine Runde abgeschlossen. Ab der zweiten Runde steht hier, was sich seit der vorigen Runde verändert hat.",
  roundsUnreadable: (detail: string) =>
    `Die Angaben zu den Runden in dieser Arbeitsmappe lassen sich nicht lesen: ${detail}.`,
  roundsUnitTitle: "Arbeitsmappe einer Organisationseinheit",
  roundsUnitBody: (unit: string) =>
    `Diese Arbeitsmappe wurde für „${unit}“ erstellt. Eine neue Runde wird in der Gesamtübersicht begonnen, in der die Rückläufe der Organisationseinheiten zusammengeführt werden.`,
  changesHeading: (round: number, label: string) => `Veränderungen seit Runde ${round} („${label}“)`,
  changesIntro:
    "Zielerreichungsgrad je Maßnahme im Vergleich mit der vorigen Runde. Die Zahlen folgen den Eingaben in der Arbeitsmappe.",
  changesTotal: "Alle Handlungsfelder",
  changesByField: "Je Handlungsfeld",
  changesNothing: "keine bewerteten Maßnahmen",
  newRoundHeading: "Neue Runde beginnen",
  newRoundIntro: "Schließt die laufende Runde ab und beginnt die nächste in dieser Arbeitsmappe.",
  roundLabel: "Bezeichnung der neuen Runde",
  roundLabelHint:
    "Zum Beispiel „Sachstand 2025“. Steht in den Titelzeilen, in der Kopfzeile jeder Seite und in der Übersicht.",
  roundLabelMissing: "Bitte eine Bezeichnung für die neue Runde eingeben.",
  roundDate: "Datum (Stand)",
  roundDateInvalid: "Bitte ein gültiges Datum eingeben.",
  roundInputs: "Für die neue Runde",
  roundKeep: "Eingaben als Ausgangspunkt übernehmen",
  roundClear: "Bewertungen leeren (Zuständigkeiten bleiben)",
  roundHistoryNote: (sheet: string) =>
    `Alle Eingaben der laufenden Runde werden vorher im Blatt „${sheet}“ festgehalten; nichts Eingetragenes geht verloren.`,
  startRound: "Neue Runde beginnen",
  startingRound: "Die neue Runde wird begonnen …",
  roundStarted: (round: number, label: string, measures: number, closed: number, sheet: string) =>
    `Runde ${round} „${label}“ hat begonnen. Die Eingaben zu ${measures} ${measures === 1 ? "Maßnahme" : "Maßnahmen"} aus Runde ${closed} sind im Blatt „${sheet}“ festgehalten.`,
  roundInvalidTitle: (count: number) =>
    count === 1
      ? "Die Arbeitsmappe enthält 1 ungültige Eingabe."
      : `Die Arbeitsmappe enthält ${count} ungültige Eingaben.`,
  roundInvalidBody:
    "Sie würden so, wie sie stehen, in den Verlauf übernommen. Am besten korrigieren Sie sie zuerst (unter „Prüfen“). Sie können die neue Runde auch trotzdem beginnen.",
  roundInvalidList: "Ungültige Eingaben",
  roundInvalidMore: (count: number) => (count === 1 ? "… und 1 weitere" : `… und ${count} weitere`),
  startAnyway: "Trotzdem beginnen",
  roundStructureTitle: "Der Aufbau der Übersicht wurde verändert.",
  roundStructureBody:
    "Eine neue Runde kann erst beginnen, wenn sich die Bewertungen wieder sicher den Maßnahmen zuordnen lassen. Bitte unter „Prüfen“ nachsehen, was fehlt, oder die Übersicht unter „Erstellen“ neu aufbauen.",
  roundUnitProblem:
    "Diese Arbeitsmappe gehört zu einer Organisationseinheit. Eine neue Runde wird in der Gesamtübersicht begonnen.",
  roundFailed: "Die neue Runde wurde nicht begonnen.",

  // Einstellungen
  language: "Sprache",
  languageDe: "Deutsch",
  languageEn: "English",
  password: "Kennwort für den Blattschutz (optional)",
  passwordHint:
    "Wird beim Erstellen für den Blattschutz verwendet. Gespeichert nur in diesem Browser (localStorage), nicht in der Datei.",
  save: "Speichern",
  saved: "Gespeichert.",
  removePassword: "Kennwort entfernen",
  showPassword: "Kennwort anzeigen",

  // The dialog of the ribbon's "Prüfen" command (CheckResultView)
  checkResult: {
    failed: "Prüfung fehlgeschlagen",
    noResult: "Kein Prüfergebnis",
    allFindingsInPane: "Alle Befunde zeigt der Aufgabenbereich unter „Prüfen“.",
    close: "Schließen",
  },
};
