/**
 * English texts of the writers: the Office.js adapter's errors (src/writers/excel) and the .xlsx reader's
 * refusals (src/writers/xlsx). The names of Excel's menus are those of the English Excel.
 */
const REPORT = "If the error happens again, please pass the technical details on to the add-in's support.";

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: 0 })} MB`;

export const writers = {
  action: {
    build: "Create overview",
    inspect: "Inspect workbook",
    read: "Read workbook",
    readIdentity: "Read the workbook's identification",
    selectCell: (sheet: string, address: string) => `Select cell ${sheet}!${address}`,
    removeFilter: "Remove filter",
    filterTo: (unit: string) => `Filter to “${unit}”`,
    removeBackups: "Remove backup sheets",
  },

  protectionStateRefused:
    "Excel refused to turn the sheet protection off or back on. This is not caused by your sheet protection " +
    "or password: some Excel versions refuse this step when the sheet is already protected or already " +
    "unprotected (a known Excel bug). Please start again; if that does not help, update Excel or use Excel " +
    `on the web. ${REPORT}`,
  payloadTooLarge:
    "Excel on the web accepts at most about 5 MB per request, and a part of the overview is larger even on " +
    "its own. Please create the overview in Excel for Windows or Mac, where this limit does not apply. " +
    REPORT,
  responseTooLarge:
    "Excel's answer would be too large: Excel on the web gives an add-in at most 5 MB at a time, and the " +
    "workbook is too large to be read that way. Please open the workbook in Excel for Windows or Mac and " +
    `try again there. ${REPORT}`,
  apiNotSupported: (code: string, place: string, required: string) =>
    `This Excel version does not support a function the add-in needs (${code}${place}). ` +
    `At least the requirement set ExcelApi ${required} is needed. Please update Excel or open the ` +
    "workbook in Excel on the web.",
  placeAt: (location: string) => ` at ${location}`,
  workbookProtected:
    "Excel refuses the change. Usually a sheet or the workbook structure is protected, or the file is open " +
    "read-only. Please check the protection under Review → “Protect Sheet” or “Protect Workbook”, open the " +
    "file for editing and try again.",
  wrongPassword:
    "The password for the sheet protection is wrong. Please enter under “Settings” the password the " +
    "overview's sheets were protected with (ask the planning office) and try again.",
  cellEditMode: "A cell is being edited in Excel. Please finish the entry with Enter or Esc and try again.",
  invalidOperation:
    "Excel refused a step that is not allowed in the workbook's current state – such as deleting a very " +
    "hidden sheet or hiding the last visible sheet. Please look under “Check” whether sheets of the " +
    `overview are missing or left over, and try again. ${REPORT}`,
  itemAlreadyExists:
    "A sheet or name the add-in wanted to create already exists in the workbook – perhaps hidden. Please " +
    "rename a sheet of your own with the same name (right-click on a sheet tab → “Unhide” shows hidden " +
    "sheets) and try again.",
  itemNotFound:
    "A sheet or range the add-in expects does not exist (any more) – perhaps it was just renamed or " +
    "deleted. Please have the workbook checked under “Check” and try again.",
  invalidArgument:
    "Excel refused a value given by the add-in as invalid. This is caused by the add-in, not by your " +
    `workbook or your entries. ${REPORT}`,
  generalException:
    "Excel reports an error without naming its cause. Please save the workbook, restart Excel and try " +
    `again. ${REPORT}`,
  unknownExcelError: `Excel reports an error the add-in does not know. Please try again. ${REPORT}`,
  unexpectedError: `An unexpected error occurred. Please try again. ${REPORT}`,
  detailAt: (location: string) => `at ${location}`,
  detailStatement: (statement: string) => `Statement: ${statement}`,
  detailUndo: (detail: string) => `Undoing: ${detail}`,

  excelApi19Hosts:
    "Excel on the web, Excel for Microsoft 365, or a retail version from Version 1903 (Windows) or 16.24 " +
    "(Mac); with volume licences only Office 2021 or newer – volume-licensed Office 2019 and 2016 are not " +
    "enough",
  apiSetMissing: (version: string, hosts: string) =>
    `This Excel version does not support the requirement set ExcelApi ${version} that the add-in needs. ` +
    (hosts ? `It is included in: ${hosts}. ` : "") +
    `Please update Excel (File → Account → Update Options) or open the workbook in Excel on the web. ` +
    `The workbook itself works without the add-in too.`,

  planInvalid: (problems: readonly string[]) =>
    `The description of the workbook is faulty:\n  ${problems.join("\n  ")}`,
  badSheetName: (sheet: string) =>
    `Sheet “${sheet}”: invalid sheet name (at most 31 characters, none of []:*?/\\)`,
  sheetNameTwice: (sheet: string) => `Sheet “${sheet}”: the name occurs twice`,
  styleMissing: (sheet: string, range: string, style: string) =>
    `Sheet “${sheet}”, ${range}: format “${style}” is missing`,
  rowWidth: (sheet: string, origin: string, row: number, cells: number, width: number) =>
    `Sheet “${sheet}”, block ${origin}: row ${row} has ${cells} instead of ${width} cells`,
  cellTextTooLong: (sheet: string, cell: string, length: number, max: number) =>
    `Sheet “${sheet}”, cell ${cell}: text of ${length} characters, Excel allows ${max}`,
  listValueComma: (sheet: string, range: string, value: string) =>
    `Sheet “${sheet}”, ${range}: list value “${value}” contains a comma`,

  workbookStructureProtected:
    "The workbook structure is protected: sheets can neither be added nor replaced. Please remove the " +
    "workbook protection (Review → Protect Workbook) and create again.",
  sheetNameConflict: (sheets: readonly string[]) =>
    `The workbook is not a Zielbild overview but already contains sheets named ` +
    `${sheets.map((n) => `“${n}”`).join(", ")}. So that nothing is overwritten, please create it in a new ` +
    `workbook or rename those sheets.`,
  oldIdentityNotRead: "The workbook's old identification was not read before the error",
  stepTooLarge: (step: string) => `A single step (“${step}”) is too large for Excel, even after splitting.`,
  cellResponseTooLarge: (sheet: string) =>
    `A single cell of “${sheet}” is too large for an answer from Excel.`,
  rowResponseTooLarge: (sheet: string) => `A row of “${sheet}” is too large for an answer from Excel.`,

  catalogueFile: "Catalogue",
  cannotRebuild: (reason: string) => `The open workbook cannot be rebuilt: ${reason}.`,
  otherCatalogue: (workbookCatalogue: string, catalogue: string) =>
    `The open overview belongs to the catalogue “${workbookCatalogue}”, not to “${catalogue}”. ` +
    `Please create a new workbook for this catalogue.`,
  cannotStartRound: (reason: string) => `No new round can begin in the open workbook: ${reason}.`,
  measureSheetMissing: (sheet: string, measure: string) =>
    `the sheet “${sheet}” is missing (measure ${measure})`,
  measureIdGone: (measure: string, column: string, sheet: string) =>
    `measure ${measure} no longer stands in column ${column} of “${sheet}”`,
  measureIdTwice: (measure: string, sheet: string, rows: readonly number[]) =>
    `measure ${measure} stands more than once on “${sheet}” (rows ${rows.join(", ")})`,
  structureChanged: (shown: readonly string[], more: number) =>
    `The overview is not rebuilt, because not every rating can safely be assigned to its measure: ` +
    `${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}. The workbook is unchanged. Please undo the ` +
    `change (restore deleted rows or sheets, remove copied rows) and then rebuild; “Check” shows what was ` +
    `changed in the layout.`,

  xlsxEncrypted:
    "The file is not a readable .xlsx workbook: it is encrypted with a password to open, or an old .xls file. Please save it as .xlsx without a password to open.",
  xlsxNotZip: "The file is not an Excel workbook (.xlsx): it is not a ZIP archive.",
  xlsxUnreadable: (reason: string) => `The file is not a readable Excel workbook (.xlsx): ${reason}`,
  xlsxNoSheet: "The file is not an Excel workbook (.xlsx): it contains no worksheet.",
  xlsxMacros: (entry: string) =>
    `The file contains macros (${entry}) and is not read. Please save it in Excel as “Excel Workbook (.xlsx)” without macros.`,
  zipRefused: (reason: string) =>
    `The file is not read: ${reason} – no Zielbild workbook is that large (suspected “ZIP bomb”).`,
  zipTooManyEntries: (entries: number, max: number) =>
    `it contains ${entries.toLocaleString("en-GB")} entries (at most ${max.toLocaleString("en-GB")})`,
  zipDeclaredSize: (bytes: number) => `unpacked it would be ${megabytes(bytes)}`,
  zipLargerThan: (bytes: number) => `unpacked it would be larger than ${megabytes(bytes)}`,
  zip64: "it is a ZIP64 archive (for over 4 GB)",
};
