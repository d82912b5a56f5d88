/**
 * German texts of the catalogue readers (src/catalogue): every error and warning a catalogue file can get,
 * each naming what is wrong and, where it helps, what to write instead.
 */
const quoted = (values: readonly string[]) => values.map((v) => `„${v}“`).join(", ");

export const catalogue = {
  // ----- issues as a whole (errors.ts)
  line: (line: number) => `Zeile ${line}`,
  errorCount: (count: number) => `Der Katalog enthält ${count} Fehler:`,
  andMore: (count: number) => `… und ${count} weitere`,

  // ----- the file (load.ts, decode.ts, readJson.ts, readCsv.ts)
  /** A sheet chosen as the catalogue's table is no longer in the workbook (the pane). */
  sheetGone: "Das Blatt gibt es nicht (mehr)",
  fileEmpty: "Die Datei ist leer",
  tooLarge: (size: number, max: number) => {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 });
    return `Die Datei ist zu groß (${mb(size)} MB; höchstens ${mb(max)} MB)`;
  },
  invalidUtf8AfterBom: "Die Datei beginnt mit einer UTF-8-Kennung (BOM), enthält aber ungültiges UTF-8",
  notTextFile: "keine Textdatei (sie enthält Binärdaten oder ist UTF-16 ohne Byte-Order-Mark)",
  notTextZip:
    "keine Textdatei (die Datei ist eine Excel-Arbeitsmappe oder ZIP-Datei; bitte in Excel „Speichern unter → CSV UTF-8“ wählen)",
  notTextXls: "keine Textdatei (die Datei ist eine alte Excel-Datei (.xls); bitte als CSV speichern)",
  notTextPdf: "keine Textdatei (die Datei ist ein PDF)",

  // ----- JSON syntax (readJson.ts, jsonLocate.ts)
  jsonTooDeep: (max: number, column: number) =>
    `JSON ist tiefer verschachtelt, als das Katalogformat erlaubt (höchstens ${max} Ebenen), Spalte ${column}`,
  jsonInvalid: (column: number, reason: string) => `ungültiges JSON in Spalte ${column}: ${reason}`,
  jsonNotValid: "kein gültiges JSON",
  jsonEndsEarly: "Die Datei endet mitten im JSON",
  jsonComment: "Kommentare sind in JSON nicht erlaubt",
  jsonUnexpected: (char: string) => `unerwartetes Zeichen „${char}“`,
  jsonExpected: (found: string, expected: string) => `${found}, erwartet ${expected}`,
  jsonExpectedValue: 'ein Wert (Text in "…", Zahl, true, false, null, { oder [)',
  jsonExpectedKey: 'ein Feldname in "…"',
  jsonExpectedColon: "„:“ nach dem Feldnamen",
  jsonExpectedCommaOrBrace: "„,“ oder „}“",
  jsonExpectedCommaOrBracket: "„,“ oder „]“",
  jsonBadEscape: "ungültige Escape-Sequenz im Text",
  jsonControlCharacter: "Steuerzeichen (z. B. Zeilenumbruch) im Text; bitte als \\n schreiben",
  jsonUnclosedString: "Text ohne schließendes Anführungszeichen",
  jsonTrailingCommaBrace: "Komma vor „}“ (in JSON nicht erlaubt)",
  jsonTrailingCommaBracket: "Komma vor „]“ (in JSON nicht erlaubt)",
  jsonAfterEnd: (found: string) => `${found} nach dem Ende des JSON-Werts`,

  // ----- CSV syntax (readCsv.ts)
  csvUnclosedQuote: "Anführungszeichen nicht geschlossen: das Feld reicht bis zum Dateiende",
  csvQuoteInField: 'Anführungszeichen mitten im Feld; ein " im Text muss verdoppelt werden ("")',
  csvError: (reason: string) => `CSV-Fehler: ${reason}`,

  // ----- the catalogue format (schema.ts, validate.ts); `what` is one of the names below
  what: {
    remark: "Bemerkung",
    measure: "Maßnahme",
    unit: "Organisationseinheit",
    unitSource: "Herkunft der Organisationseinheit",
    goalDescription: "Zielbeschreibung",
    challenge: "Herausforderung",
    actionField: "Handlungsfeld",
    title: "Titel",
    version: "Version",
    source: "Quelle",
    publisher: "Herausgeber",
    note: "Anmerkung",
    actionFieldId: "Handlungsfeld-ID",
    goalNumber: "Zielnummer",
    measureId: "Maßnahmen-ID",
  },
  mustBeText: (what: string) => `${what} muss ein Text sein`,
  mustNotBeEmpty: (what: string) => `${what} darf nicht leer sein`,
  longerThan: (what: string, max: number, why: string) =>
    `${what} ist länger als ${max.toLocaleString("de-DE")} Zeichen (${why})`,
  cellLimit: "Grenze einer Excel-Zelle",
  fieldNameLimit: "der Name steht samt „Handlungsfeld „…““ bzw. Nummer in einer Excel-Zelle",
  unstorable: (what: string, where: string) =>
    `${what} enthält ein Zeichen, das eine Excel-Zelle nicht speichern kann (${where})`,
  unstorableAt: (code: string, position: number) => `U+${code} an Position ${position}`,
  controlCharacter: "Steuerzeichen",
  measureIdPattern:
    "Maßnahmen-ID darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten (höchstens 64 Zeichen)",
  levelOneOf: (codes: string) => `Zielerreichungsgrad muss einer von ${codes} sein`,
  taskTypePR: "Aufgabe muss P (Pflichtaufgabe) oder R (Routine) sein",
  goalNumberNumber: "Zielnummer muss eine Zahl sein",
  goalNumberInteger: "Zielnummer muss eine ganze Zahl sein",
  goalNumberPositive: "Zielnummer muss größer als 0 sein",
  goalWithoutMeasure: "Ziel hat keine Maßnahme",
  challengeWithoutGoal: "Herausforderung hat kein Ziel",
  badActionFieldId: "ungültige Handlungsfeld-ID",
  actionFieldWithoutChallenge: "Handlungsfeld hat keine Herausforderung",
  badCatalogueId: "ungültige Katalog-ID",
  dateFormat: "Datum im Format JJJJ-MM-TT",
  catalogueWithoutField: "Katalog hat kein Handlungsfeld",
  duplicate: (what: string, key: string, first: string) => `${what} ${key} doppelt (zuerst bei ${first})`,
  unitCaseTwin: (unit: string, first: string, firstPath: string) =>
    `Organisationseinheit „${unit}“ unterscheidet sich von „${first}“ (bei ${firstPath}) nur in Groß-/Kleinschreibung; Excel zählt beide als eine Einheit. Bitte einheitlich schreiben.`,
  unknownField: (key: string) => `unbekanntes Feld „${key}“`,
  requiredFieldMissing: "Pflichtfeld fehlt",
  type: {
    string: "ein Text",
    number: "eine Zahl",
    boolean: "true oder false",
    object: "ein Objekt { … }",
    array: "eine Liste [ … ]",
    null: "null",
  },
  mustBeType: (expected: string, found: string) => `muss ${expected} sein, nicht ${found}`,
  listEmpty: "darf nicht leer sein",
  atLeast: (minimum: string) => `muss mindestens ${minimum} sein`,
  textLongerThan: (maximum: string) => `ist länger als ${maximum} Zeichen`,
  atMost: (maximum: string) => `darf höchstens ${maximum} sein`,
  oneOf: (values: string) => `muss einer von ${values} sein`,
  badFormat: "hat ein ungültiges Format",

  // ----- tables: CSV files and sheets (table.ts, cellValues.ts)
  tableEmpty: "Die Tabelle ist leer (keine Überschriftenzeile)",
  tableOnlyHeader: "Die Tabelle enthält keine Maßnahme (nur die Überschriftenzeile)",
  misspeltRatingColumn: (column: string, meant: string) =>
    `Spalte ${column} sieht aus wie die Bewertungsspalte „${meant}“, ist aber ` +
    `anders geschrieben; ihre Werte gingen verloren – bitte die Überschrift in „${meant}“ ändern`,
  unknownColumnSkipped: (column: string) =>
    `unbekannte Spalte ${column} wird übergangen (ihre Werte werden nicht eingelesen)`,
  unknownColumn: (column: string, allowed: string) =>
    `unbekannte Spalte ${column} (erlaubt: ${allowed}); bitte umbenennen oder löschen`,
  duplicateColumn: (column: string, first: string) => `Spalte ${column} doppelt (schon in Spalte ${first})`,
  requiredColumnMissing: (missing: string, required: string, optional: string) =>
    `Pflichtspalte fehlt: ${missing}. Erwartete Überschriften: ${required} (Pflicht); ${optional} (optional)`,
  goalWithoutMeasureRow: (goal: number) => `Ziel ${goal} hat keine Maßnahme (eine Zeile je Maßnahme)`,
  valueWithoutHeader: (column: string) =>
    `Wert in Spalte ${column} ohne Überschrift (weitere Zeilen dieser Spalte nicht gemeldet)`,
  goalNumberTwice: (goal: number, line: number, field: string, challenge: string) =>
    `Zielnummer ${goal} doppelt: schon in Zeile ${line} (Handlungsfeld „${field}“, Herausforderung „${challenge}“)`,
  goalDescriptionsDiffer: (goal: number, line: number, first: string, otherLine: number, other: string) =>
    `widersprüchliche Beschreibung für Ziel ${goal}: Zeile ${line} „${first}“, Zeile ${otherLine} „${other}“`,
  badMeasureId: (id: string) =>
    `ungültige Maßnahmen-ID „${id}“: nur Buchstaben, Ziffern, '.', '_' und '-' (höchstens 64 Zeichen)`,
  measureIdTwice: (id: string, line: number) => `Maßnahmen-ID ${id} doppelt (zuerst in Zeile ${line})`,
  sameMeasureTwice: (line: number, id: string) =>
    `dieselbe Maßnahme steht schon in Zeile ${line} beim selben Ziel (abgeleitete ID ${id} doppelt; eine Spalte Maßnahmen-ID unterscheidet sie)`,
  catalogueEntry: (path: string, problem: string) => `Katalogangabe ${path}: ${problem}`,
  cellEmpty: "darf nicht leer sein",
  cellTooLong: (length: number) =>
    `ist ${length.toLocaleString("de-DE")} Zeichen lang (höchstens 32.767, Grenze einer Excel-Zelle)`,
  unknownLevel: (text: string, allowed: readonly string[]) =>
    `unbekannter Zielerreichungsgrad „${text}“ (erlaubt: ${quoted(allowed)} oder leer)`,
  unknownTaskType: (text: string, allowed: readonly string[]) =>
    `unbekannte Aufgabe „${text}“ (erlaubt: ${allowed.join(" oder ")} oder leer)`,
  unknownFlag: (text: string, allowed: readonly string[]) =>
    `unbekannter Wert „${text}“ (erlaubt: ${quoted(allowed)} oder leer)`,
  notAGoalNumber: (text: string) => `„${text}“ ist keine Zielnummer (erwartet eine ganze Zahl ab 1)`,
};
