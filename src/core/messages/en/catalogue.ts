/** English texts of the catalogue readers. Same keys and parameters as the German ones. */
import type { Messages } from "../types";

const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`).join(", ");

export const catalogue = {
  line: (line: number) => `line ${line}`,
  errorCount: (count: number) => `The catalogue has ${count} ${count === 1 ? "error" : "errors"}:`,
  andMore: (count: number) => `… and ${count} more`,

  /** A sheet chosen as the catalogue's table is no longer in the workbook (the pane). */
  sheetGone: "The sheet does not exist (any more)",
  fileEmpty: "The file is empty",
  tooLarge: (size: number, max: number) => {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: 1 });
    return `The file is too large (${mb(size)} MB; at most ${mb(max)} MB)`;
  },
  invalidUtf8AfterBom: "The file starts with a UTF-8 mark (BOM) but contains invalid UTF-8",
  notTextFile: "not a text file (it contains binary data or is UTF-16 without a byte order mark)",
  notTextZip:
    "not a text file (the file is an Excel workbook or ZIP file; in Excel please choose “Save As → CSV UTF-8”)",
  notTextXls: "not a text file (the file is an old Excel file (.xls); please save it as CSV)",
  notTextPdf: "not a text file (the file is a PDF)",

  jsonTooDeep: (max: number, column: number) =>
    `the JSON is nested deeper than the catalogue format allows (at most ${max} levels), column ${column}`,
  jsonInvalid: (column: number, reason: string) => `invalid JSON in column ${column}: ${reason}`,
  jsonNotValid: "not valid JSON",
  jsonEndsEarly: "The file ends in the middle of the JSON",
  jsonComment: "Comments are not allowed in JSON",
  jsonUnexpected: (char: string) => `unexpected character “${char}”`,
  jsonExpected: (found: string, expected: string) => `${found}, expected ${expected}`,
  jsonExpectedValue: 'a value (text in "…", number, true, false, null, { or [)',
  jsonExpectedKey: 'a field name in "…"',
  jsonExpectedColon: "“:” after the field name",
  jsonExpectedCommaOrBrace: "“,” or “}”",
  jsonExpectedCommaOrBracket: "“,” or “]”",
  jsonBadEscape: "invalid escape sequence in a text",
  jsonControlCharacter: "control character (e.g. a line break) in a text; please write it as \\n",
  jsonUnclosedString: "text without a closing quotation mark",
  jsonTrailingCommaBrace: "comma before “}” (not allowed in JSON)",
  jsonTrailingCommaBracket: "comma before “]” (not allowed in JSON)",
  jsonAfterEnd: (found: string) => `${found} after the end of the JSON value`,

  csvUnclosedQuote: "quotation mark not closed: the field runs to the end of the file",
  csvQuoteInField: 'quotation mark inside a field; a " in a text must be doubled ("")',
  csvError: (reason: string) => `CSV error: ${reason}`,

  what: {
    remark: "Remark",
    measure: "Measure",
    unit: "Organisational unit",
    unitSource: "Source of the organisational unit",
    goalDescription: "Goal description",
    challenge: "Challenge",
    actionField: "Action field",
    title: "Title",
    version: "Version",
    source: "Source",
    publisher: "Publisher",
    note: "Note",
    actionFieldId: "Action field ID",
    goalNumber: "Goal number",
    measureId: "Measure ID",
  },
  mustBeText: (what: string) => `${what} must be a text`,
  mustNotBeEmpty: (what: string) => `${what} must not be empty`,
  longerThan: (what: string, max: number, why: string) =>
    `${what} is longer than ${max.toLocaleString("en-GB")} characters (${why})`,
  cellLimit: "the limit of an Excel cell",
  fieldNameLimit: "the name stands in one Excel cell together with “Handlungsfeld „…““ or its number",
  unstorable: (what: string, where: string) =>
    `${what} contains a character an Excel cell cannot store (${where})`,
  unstorableAt: (code: string, position: number) => `U+${code} at position ${position}`,
  controlCharacter: "control character",
  measureIdPattern: "Measure ID may contain only letters, digits, '.', '_' and '-' (at most 64 characters)",
  levelOneOf: (codes: string) => `Level of goal achievement must be one of ${codes}`,
  taskTypePR: "Task must be P (statutory task) or R (routine)",
  goalNumberNumber: "Goal number must be a number",
  goalNumberInteger: "Goal number must be a whole number",
  goalNumberPositive: "Goal number must be greater than 0",
  goalWithoutMeasure: "Goal has no measure",
  challengeWithoutGoal: "Challenge has no goal",
  badActionFieldId: "invalid action field ID",
  actionFieldWithoutChallenge: "Action field has no challenge",
  badCatalogueId: "invalid catalogue ID",
  dateFormat: "date in the format YYYY-MM-DD",
  catalogueWithoutField: "Catalogue has no action field",
  duplicate: (what: string, key: string, first: string) => `${what} ${key} twice (first at ${first})`,
  unitCaseTwin: (unit: string, first: string, firstPath: string) =>
    `Organisational unit “${unit}” differs from “${first}” (at ${firstPath}) only in upper/lower case; Excel counts both as one unit. Please write them the same way.`,
  unknownField: (key: string) => `unknown field “${key}”`,
  requiredFieldMissing: "required field missing",
  type: {
    string: "a text",
    number: "a number",
    boolean: "true or false",
    object: "an object { … }",
    array: "a list [ … ]",
    null: "null",
  },
  mustBeType: (expected: string, found: string) => `must be ${expected}, not ${found}`,
  listEmpty: "must not be empty",
  atLeast: (minimum: string) => `must be at least ${minimum}`,
  textLongerThan: (maximum: string) => `is longer than ${maximum} characters`,
  atMost: (maximum: string) => `must be at most ${maximum}`,
  oneOf: (values: string) => `must be one of ${values}`,
  badFormat: "has an invalid format",

  tableEmpty: "The table is empty (no header row)",
  tableOnlyHeader: "The table has no measure (only the header row)",
  misspeltRatingColumn: (column: string, meant: string) =>
    `column ${column} looks like the rating column “${meant}” but is spelt differently; its values ` +
    `would be lost – please change the header to “${meant}”`,
  unknownColumnSkipped: (column: string) => `unknown column ${column} is skipped (its values are not read)`,
  unknownColumn: (column: string, allowed: string) =>
    `unknown column ${column} (allowed: ${allowed}); please rename or delete it`,
  duplicateColumn: (column: string, first: string) => `column ${column} twice (already in column ${first})`,
  requiredColumnMissing: (missing: string, required: string, optional: string) =>
    `required column missing: ${missing}. Expected headers: ${required} (required); ${optional} (optional)`,
  goalWithoutMeasureRow: (goal: number) => `goal ${goal} has no measure (one row per measure)`,
  valueWithoutHeader: (column: string) =>
    `value in column ${column} without a header (further rows of this column not reported)`,
  goalNumberTwice: (goal: number, line: number, field: string, challenge: string) =>
    `goal number ${goal} twice: already in line ${line} (action field “${field}”, challenge “${challenge}”)`,
  goalDescriptionsDiffer: (goal: number, line: number, first: string, otherLine: number, other: string) =>
    `contradicting descriptions of goal ${goal}: line ${line} “${first}”, line ${otherLine} “${other}”`,
  badMeasureId: (id: string) =>
    `invalid measure ID “${id}”: only letters, digits, '.', '_' and '-' (at most 64 characters)`,
  measureIdTwice: (id: string, line: number) => `measure ID ${id} twice (first in line ${line})`,
  sameMeasureTwice: (line: number, id: string) =>
    `the same measure is already in line ${line} under the same goal (derived ID ${id} twice; a column Maßnahmen-ID tells them apart)`,
  catalogueEntry: (path: string, problem: string) => `catalogue entry ${path}: ${problem}`,
  cellEmpty: "must not be empty",
  cellTooLong: (length: number) =>
    `is ${length.toLocaleString("en-GB")} characters long (at most 32,767, the limit of an Excel cell)`,
  unknownLevel: (text: string, allowed: readonly string[]) =>
    `unknown level of goal achievement “${text}” (allowed: ${quoted(allowed)} or empty)`,
  unknownTaskType: (text: string, allowed: readonly string[]) =>
    `unknown task “${text}” (allowed: ${allowed.join(" or ")} or empty)`,
  unknownFlag: (text: string, allowed: readonly string[]) =>
    `unknown value “${text}” (allowed: ${quoted(allowed)} or empty)`,
  notAGoalNumber: (text: string) => `“${text}” is not a goal number (expected a whole number from 1)`,
} satisfies Messages["catalogue"];
