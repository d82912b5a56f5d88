/**
 * German texts of the command-line tools (src/cli): the frame's errors, each command's usage and --help,
 * progress lines and summaries. The default language; `--lang en` picks the English ones.
 */
const WORKBOOK_USAGE =
  "Aufruf: npm run workbook -- [--catalogue DATEI] [--out DATEI.xlsx] [--lang de|en] [--password KENNWORT] [--title TITEL]\n" +
  "       [--round BEZEICHNUNG] [--unit ORGANISATIONSEINHEIT | --all-units ORDNER]\n" +
  "       npm run workbook -- --from ÜBERSICHT.xlsx (--unit ORGANISATIONSEINHEIT | --all-units ORDNER) [--out DATEI.xlsx] [--password KENNWORT]";

const CATALOGUE_USAGE =
  "Aufruf: npm run catalogue -- check [DATEI] [--json] [--id ID] [--title TITEL] [--version VERSION]";

const CHECK_USAGE =
  "Aufruf: npm run check -- DATEI.xlsx [--mode entwurf|abgabe] [--json] [--lang de|en]\n" +
  "        npm run check -- --rules [--lang de|en]   (listet, was geprüft wird)";

const MERGE_USAGE =
  "Aufruf: npm run merge -- HAUPTDATEI.xlsx RÜCKLAUF.xlsx… --out ERGEBNIS.xlsx [--report BERICHT.md] [--password KENNWORT]";

const UPDATE_USAGE =
  "Aufruf: npm run update -- ALT.xlsx --catalogue NEU.json|NEU.csv [--version V (nur CSV)] --out NEU.xlsx [--report BERICHT.md] [--password KENNWORT]";

const EXPORT_USAGE =
  "Aufruf: npm run export -- DATEI.xlsx [--csv AUS.csv] [--json AUS.json] [--version VERSION]";

const ANNEX_USAGE = [
  "Aufruf: npm run annex -- DATEI.xlsx --pdf [AUS.pdf]",
  "        npm run annex -- DATEI.xlsx --docx [AUS.docx] [--fields 1,3] [--lang de|en]",
  "        npm run annex -- DATEI.xlsx --sachstand [AUS.docx] [--fields 1,3] [--lang de|en]",
].join("\n");

export const cli = {
  // ----- the frame (src/cli/io.ts), shared by every command
  error: (message: string) => `Fehler: ${message}`,
  warning: (message: string) => `Warnung: ${message}`,
  nothingWritten: "Es wurde keine Datei geschrieben.",
  helpHint: (command: string) => `Hilfe: npm run ${command} -- --help`,
  unknownOption: (option: string) => `Unbekannte Option „${option}“.`,
  unknownOptionDetail: (option: string, allowed: string) =>
    `Aufruf nicht verstanden (unbekannte Option ${option}). Erlaubte Optionen: ${allowed}.`,
  optionTakesNoValue: (option: string) => `Option ${option} nimmt keinen Wert.`,
  optionNeedsValue: (name: string) => `Option --${name} braucht einen Wert.`,
  badLanguage: (value: string) => `--lang muss „de“ oder „en“ sein, nicht „${value}“.`,
  notAFile: (file: string) => `${file} ist keine Datei`,
  fileNotFound: (file: string) => `Datei nicht gefunden: ${file}`,
  cannotWrite: (reason: string, maybeOpenInExcel: boolean) =>
    `Konnte nicht schreiben: ${reason}${maybeOpenInExcel ? " (ist die Datei noch in Excel geöffnet?)" : ""}`,
  written: (file: string) => `Geschrieben: ${file}`,
  writtenSize: (file: string, kb: string) => `Geschrieben: ${file} (${kb} KB)`,
  number: (n: number) => n.toLocaleString("de-DE"),
  seconds: (ms: number) =>
    `${(ms / 1000).toLocaleString("de-DE", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`,

  // ----- reading returned workbooks (src/cli/returnsIo.ts)
  structureChanged: (file: string, findings: string) => `${file}: Aufbau der Datei verändert – ${findings}`,
  unitWorkbookProgress: (index: number, total: number, file: string) =>
    `Arbeitsmappe ${index}/${total}: ${file}`,

  // ----- npm run workbook
  workbook: {
    usage: WORKBOOK_USAGE,
    help: (defaultOut: string) => `Zielbild – Bewertungsübersicht erstellen

${WORKBOOK_USAGE}

Baut aus einem Zielkatalog (JSON oder CSV) die Bewertungsübersicht als Excel-Arbeitsmappe. Ohne Optionen:
der mitgelieferte Katalog → ${defaultOut}. Warnungen zum Katalog (z. B. eine übergangene Spalte) stehen
auf stderr.

Optionen:
  --catalogue DATEI            der Zielkatalog, JSON oder CSV (Vorgabe: der mitgelieferte)
  --out DATEI.xlsx             die Arbeitsmappe (Vorgabe: ${defaultOut})
  --lang de|en                 Sprache der Beschriftungen und der Meldungen (Vorgabe: de)
  --password KENNWORT          Blattschutz-Kennwort
  --title TITEL                Titel auf der Übersicht
  --round BEZEICHNUNG          Bezeichnung der ersten Runde, z. B. "Gesamtevaluation 2022"
                               (Vorgabe: „Bewertung“ und die Katalogversion; Stand: heute)
  --unit ORGANISATIONSEINHEIT  Arbeitsmappe nur für diese Einheit: nur ihre Eingabezellen sind frei
  --all-units ORDNER           je Organisationseinheit eine Arbeitsmappe in diesen Ordner
  --from ÜBERSICHT.xlsx        die Arbeitsmappen je Einheit aus einer laufenden Übersicht statt aus dem
                               Katalog: mit ihrem Katalog, ihrer Runde und allem, was darin schon
                               eingetragen ist (mit --unit oder --all-units; ohne --catalogue, --title,
                               --round). Die Rückläufe führt „npm run merge“ wieder in die Übersicht.
  --help, -h                   diese Hilfe

Beispiel:
  npm run workbook -- --catalogue katalog.csv --out Bewertung-2024.xlsx --title "Bewertung 2024"

Exit-Code: 0 geschrieben, 1 Fehler im Katalog (nichts geschrieben), 2 falscher Aufruf oder Katalog nicht
gefunden.
`,
    unexpectedArgument: (argument: string) =>
      `Unerwartetes Argument „${argument}“ (Dateien mit --catalogue bzw. --out angeben).`,
    outMustBeXlsx: (out: string) => `--out muss auf .xlsx enden: ${out}`,
    titleEmpty: "--title darf nicht leer sein.",
    roundEmpty: "--round darf nicht leer sein.",
    unitOrAllUnits: "--unit und --all-units schließen einander aus.",
    unitNeedsName: "--unit braucht den Namen einer Organisationseinheit.",
    fromNeedsUnits:
      "--from schreibt Arbeitsmappen je Organisationseinheit: bitte --unit NAME oder --all-units ORDNER angeben.",
    fromExcludes: (option: string) =>
      `--from und --${option} schließen einander aus: Katalog, Titel und Runde kommen aus der Übersicht.`,
    fromIsUnitWorkbook: (file: string, unit: string) =>
      `${file} ist selbst die Arbeitsmappe der Einheit „${unit}“. Arbeitsmappen je Einheit entstehen aus der Gesamtübersicht.`,
    catalogueNotFound: (file: string) => `Katalog ${file}: Datei nicht gefunden.`,
    catalogueIsFolder: (file: string) => `Katalog ${file}: ist ein Ordner.`,
    catalogueUnreadable: (file: string, code: string) => `Katalog ${file}: ${code}.`,
    buildingUnitWorkbooks: "Baue die Arbeitsmappen je Organisationseinheit …",
    writtenUnitWorkbooks: (count: number, dir: string) =>
      `Geschrieben: ${count} Arbeitsmappen je Organisationseinheit in ${dir}`,
    summaryCatalogue: (title: string, version: string) => `  Katalog:   ${title} (Version ${version})`,
    summarySheets: (count: number, visible: string) => `  Blätter:   ${count} (sichtbar: ${visible})`,
    summaryContent: (fields: number, goals: string, measures: string) =>
      `  Inhalt:    ${fields} Handlungsfelder, ${goals} Ziele, ${measures} Maßnahmen`,
    summaryDuration: (duration: string) => `  Dauer:     ${duration}`,
  },

  // ----- npm run catalogue
  catalogue: {
    usage: CATALOGUE_USAGE,
    help: (defaultCatalogue: string) => `Zielbild – Zielkatalog prüfen

Aufruf: npm run catalogue -- check [DATEI] [--json] [--id ID] [--title TITEL] [--version VERSION]
        npm run catalogue -- help

check    Liest einen Zielkatalog (JSON oder CSV) und zeigt eine Übersicht: Handlungsfelder,
         Herausforderungen, Ziele, Maßnahmen, Organisationseinheiten und je Handlungsfeld
         die Zahl der Ziele und Maßnahmen. Enthält der Katalog Fehler, werden alle Fehler
         mit Datei, Zeile und Feld bzw. Spalte aufgeführt.
         Ohne DATEI wird der mitgelieferte Katalog geprüft: ${defaultCatalogue}

Optionen:
  --json             Ausgabe als JSON (für andere Programme)
  --id, --title, --version
                     Katalogangaben für CSV-Dateien (sonst aus dem Dateinamen abgeleitet)
  --lang de|en       Sprache der Meldungen (Vorgabe: de)
  --help, -h         diese Hilfe

Warnungen (z. B. eine unbekannte Spalte wie „Lfd. Nr.“, die beim Einlesen übergangen wird) stehen
auf stderr und ändern den Exit-Code nicht; eine falsch geschriebene Bewertungsspalte ist ein Fehler.

Beispiel:
  npm run catalogue -- check katalog.csv --title "Konzept 2024" --version 2024

Formate: JSON nach seeds/catalogue.schema.json; CSV mit einer Zeile je Maßnahme
(Trennzeichen ; oder , oder Tab; UTF-8, UTF-16 oder Windows-1252). Siehe docs/catalogue-format.md.

Exit-Code: 0 Katalog in Ordnung, 1 Fehler im Katalog, 2 falscher Aufruf oder Datei nicht gefunden.
`,
    unknownCommand: (command: string) => `unbekannter Befehl „${command}“ (erlaubt: check, help)`,
    oneFile: "check prüft genau eine Datei",
    errorCount: (file: string, count: number) => `${file}: ${count} Fehler`,
    moreErrors: (count: number) => `… und ${count} weitere Fehler (alle mit --json)`,
    summaryCatalogue: (title: string, version: string, id: string) =>
      `Katalog:  ${title} (Version ${version}, ID ${id})`,
    summaryFile: (file: string, format: string, encoding: string) =>
      `Datei:    ${file} (${format}, ${encoding})`,
    actionFields: "Handlungsfelder",
    challenges: "Herausforderungen",
    goals: "Ziele",
    measures: "Maßnahmen",
    units: "Organisationseinheiten",
    number: "Nr.",
    actionField: "Handlungsfeld",
    noErrors: "Keine Fehler gefunden.",
    warningsOnStderr: (count: number) => ` ${count} ${count === 1 ? "Warnung" : "Warnungen"} (auf stderr).`,
  },

  // ----- npm run check
  check: {
    usage: CHECK_USAGE,
    help: `Zielbild – ausgefüllte Arbeitsmappe prüfen

${CHECK_USAGE}

Prüft eine zurückgegebene Arbeitsmappe gegen den Plan, aus dem sie gebaut wurde (docs/pruefregeln.md):
Fehler, Warnungen und Hinweise mit Blatt, Zelle und Maßnahme.

Optionen:
  --mode entwurf|abgabe  Prüfstrenge: „abgabe“ verlangt vollständige Bewertungen (Vorgabe: entwurf)
  --json                 Ausgabe als JSON (für andere Programme)
  --lang de|en           Sprache der Meldungen (Vorgabe: de)
  --rules                listet die Prüfregeln
  --help, -h             diese Hilfe

Beispiel:
  npm run check -- Bewertung-Migrationszentrum.xlsx --mode abgabe

Exit-Code: 0 keine Fehler (Warnungen erlaubt), 1 Fehler gefunden, 2 falscher Aufruf, Datei nicht gefunden
oder keine Zielbild-Arbeitsmappe.
`,
    noFile: "Bitte eine .xlsx-Datei angeben.",
    oneFile: "Bitte genau eine Datei angeben.",
    badMode: (mode: string) => `--mode muss „entwurf“ oder „abgabe“ sein, nicht „${mode}“.`,
    unreadable: (file: string, reason: string) => `Fehler: ${file}: ${reason}`,
    fileNotFound: "Datei nicht gefunden.",
    modeDraft: "Entwurf",
    modeSubmit: "Abgabe",
    forUnit: (unit: string) => `, Organisationseinheit „${unit}“`,
    heading: (file: string, title: string, forUnit: string, mode: string) =>
      `Prüfung von ${file} („${title}“${forUnit}), Modus: ${mode}\n`,
  },

  // ----- npm run merge
  merge: {
    usage: MERGE_USAGE,
    help: `Zielbild – Rückläufe zusammenführen

${MERGE_USAGE}

Führt die Rückläufe der Organisationseinheiten nach Maßnahmen-ID in die Hauptdatei zusammen. Jede
Rücklaufdatei wird an dem gemessen, was sie beim Versand zeigte: ein Feld, das niemand geändert hat, ist
nie ein Konflikt. Echte Konflikte stehen im Bericht; die Hauptdatei behält dann ihren Wert.

Optionen:
  --out DATEI.xlsx     die zusammengeführte Arbeitsmappe (Pflicht)
  --report DATEI.md    der Bericht (dazu DATEI.csv); Vorgabe: neben --out, „…-Bericht.md“
  --password KENNWORT  Blattschutz-Kennwort der neuen Arbeitsmappe
  --lang de|en         Sprache der Meldungen (Vorgabe: de)
  --help, -h           diese Hilfe

Beispiel:
  npm run merge -- Hauptdatei.xlsx rueckläufe/*.xlsx --out Zusammengefuehrt.xlsx

Exit-Code: 0 zusammengeführt (Konflikte stehen im Bericht), 1 Fehler in den Daten (nichts geschrieben),
2 falscher Aufruf.
`,
    masterAndReturns: "Hauptdatei und mindestens ein Rücklauf nötig.",
    outMissing: "--out ERGEBNIS.xlsx fehlt.",
    outMustBeXlsx: (out: string) => `--out muss auf .xlsx enden: ${out}`,
    notMaster: (file: string, unit: string) =>
      `${file} ist die Datei der Organisationseinheit „${unit}“, keine Hauptdatei.`,
    progressMaster: (file: string) => `Hauptdatei: ${file}`,
    progressReturn: (index: number, total: number, file: string) => `Rücklauf ${index}/${total}: ${file}`,
    progressWriting: "Schreibe die zusammengeführte Arbeitsmappe …",
    report: (file: string) => `Bericht:     ${file} (und .csv)`,
    refused: (file: string, reason: string) => `  Abgelehnt: ${file} – ${reason}`,
    conflicts: "Konflikte: die Hauptdatei behält ihre Werte; bitte den Bericht prüfen und entscheiden.",
  },

  // ----- npm run update
  update: {
    usage: UPDATE_USAGE,
    help: `Zielbild – Arbeitsmappe auf einen neuen Katalog umstellen

${UPDATE_USAGE}

Baut die Arbeitsmappe aus einer neueren Katalogfassung neu; jede Bewertung bleibt über die Maßnahmen-ID
erhalten. Maßnahmen, die nicht mehr im Katalog stehen, kommen mit ihren Eingaben auf das Blatt „Archiv“.

Optionen:
  --catalogue DATEI    der neue Katalog, JSON oder CSV (Pflicht)
  --version VERSION    Version eines CSV-Katalogs (nur CSV; JSON trägt seine Version selbst)
  --out DATEI.xlsx     die neue Arbeitsmappe (Pflicht)
  --report DATEI.md    der Bericht; Vorgabe: neben --out, „…-Aktualisierung.md“
  --password KENNWORT  Blattschutz-Kennwort der neuen Arbeitsmappe
  --lang de|en         Sprache der Meldungen (Vorgabe: de)
  --help, -h           diese Hilfe

Beispiel:
  npm run update -- Bewertung-2024.xlsx --catalogue katalog-2025.json --out Bewertung-2025.xlsx

Exit-Code: 0 geschrieben, 1 Fehler in den Daten (nichts geschrieben), 2 falscher Aufruf.
`,
    oneWorkbook: "Genau eine bisherige Arbeitsmappe angeben.",
    catalogueMissing: "--catalogue NEU.json fehlt.",
    outMissing: "--out NEU.xlsx fehlt oder endet nicht auf .xlsx.",
    otherCatalogue: (newId: string, oldId: string) =>
      `Der neue Katalog „${newId}“ ist nicht der Katalog der Arbeitsmappe („${oldId}“).`,
    versionOnlyForCsv: "--version gilt nur für einen CSV-Katalog; JSON trägt seine Version selbst.",
    csvNeedsVersion: "Ein CSV-Katalog trägt keine Version: bitte --version angeben.",
    written: (file: string, from: string, to: string) => `Geschrieben: ${file} (Katalog ${from} → ${to})`,
    report: (file: string) => `Bericht:     ${file}`,
    counts: (kept: number, rated: number, moved: number, added: number, archived: number, restored: number) =>
      `  übernommen ${kept} (mit Bewertung ${rated}), verschoben ${moved}, ` +
      `neu ${added}, archiviert ${archived}, zurückgeholt ${restored}`,
  },

  // ----- npm run export
  export: {
    usage: EXPORT_USAGE,
    help: `Zielbild – Bewertungen exportieren

${EXPORT_USAGE}

Schreibt die Bewertungen einer Arbeitsmappe als CSV (Trennzeichen ;, UTF-8 mit BOM) und/oder als
Katalog-JSON mit Bewertungen – beides lässt sich als Katalog der nächsten Runde einlesen. Werte außerhalb
des Bewertungsschemas werden nicht exportiert und einzeln als Warnung genannt.

Optionen:
  --csv DATEI.csv      Bewertungen als CSV
  --json DATEI.json    Katalog mit Bewertungen als JSON
  --version VERSION    Version des exportierten Katalogs
  --lang de|en         Sprache der Meldungen (Vorgabe: de)
  --help, -h           diese Hilfe
  (mindestens eine von --csv und --json)

Beispiel:
  npm run export -- Bewertung-2024.xlsx --csv bewertungen.csv --json katalog-2025.json --version 2025

Exit-Code: 0 geschrieben, 1 Fehler in den Daten (nichts geschrieben), 2 falscher Aufruf.
`,
    oneWorkbook: "Genau eine Arbeitsmappe angeben.",
    csvOrJson: "--csv oder --json angeben.",
  },

  // ----- npm run annex
  annex: {
    usage: ANNEX_USAGE,
    help: `Zielbild – Anlage einer ausgefüllten Arbeitsmappe

${ANNEX_USAGE}

Erzeugt aus einer ausgefüllten Arbeitsmappe die Anlage: als Word-Dokument (--docx, ohne LibreOffice), als
Sachstand je Handlungsfeld (--sachstand) oder als PDF über LibreOffice (--pdf). Ohne AUS wird die Datei
neben DATEI.xlsx geschrieben („…-Anlage.docx“, „…-Sachstand.docx“, „….pdf“).

Optionen:
  --docx               die Anlage als Word-Dokument
  --sachstand          der Sachstand je Handlungsfeld als Word-Dokument
  --pdf                die Anlage als PDF (braucht LibreOffice, „soffice“ im Suchpfad)
  --fields 1,3         nur diese Handlungsfelder (nur --docx und --sachstand)
  --lang de|en         Sprache der Meldungen (Vorgabe: de) und der Beschriftungen der Word-Dokumente
                       (Vorgabe dort: die Sprache der Arbeitsmappe)
  --help, -h           diese Hilfe

Beispiel:
  npm run annex -- Bewertung-2024.xlsx --docx Anlage.docx --fields 1,3

Exit-Code: 0 geschrieben, 1 Fehler in den Daten (nichts geschrieben), 2 falscher Aufruf,
3 LibreOffice ist nicht installiert (--pdf).
`,
    noLibreOffice:
      "LibreOffice ist nicht installiert: das Programm „soffice“ wurde im Suchpfad (PATH) nicht gefunden. " +
      "Für die PDF-Anlage bitte LibreOffice installieren (z. B. „apt install libreoffice-calc-nogui“) oder die " +
      "Arbeitsmappe in Excel öffnen und über Datei → Exportieren als PDF speichern. Es wurde keine Datei geschrieben.",
    whichKind: "--pdf, --docx oder --sachstand angeben (welche Anlage erzeugt werden soll).",
    onlyOneKind: (options: string) => `Nur eine der Optionen ${options} angeben.`,
    fileAndTarget: "Eine Arbeitsmappe und höchstens eine Zieldatei angeben.",
    fieldsOnlyForWord: "--fields gilt nur für --docx und --sachstand.",
    targetMustBe: (extension: string, target: string) =>
      `Die Zieldatei muss auf ${extension} enden: ${target}`,
    badFields: (part: string) =>
      `--fields erwartet Nummern von Handlungsfeldern wie „1,3“; „${part}“ ist keine.`,
    progressReading: (file: string) => `Lese ${file} …`,
    progressConverting: "LibreOffice wandelt die Anlage in PDF um …",
    libreOfficeFailed: (reason: string) => `LibreOffice ist bei der Umwandlung gescheitert: ${reason}`,
    libreOfficeNoPdf: "LibreOffice hat keine PDF-Datei erzeugt.",
  },
};
