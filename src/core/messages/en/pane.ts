/** English texts of the task pane. Same keys and parameters as the German ones (checked by the type). */
import type { Messages } from "../types";

export const pane = {
  appTitle: "Zielbild",
  appTagline: "Create, check and evaluate the rating overview from the goal catalogue.",
  tabsLabel: "Sections of the add-in",
  tabCreate: "Create",
  tabCheck: "Check",
  tabOverview: "Overview",
  tabUnits: "Organisational units",
  tabRounds: "Rounds",
  tabSettings: "Settings",
  tabUnitsShort: "Units",
  moreTabs: "More",
  moreTabsLabel: (count: number) =>
    count === 1 ? "More: 1 further section" : `More: ${count} further sections`,

  notInExcelTitle: "Zielbild must run inside Excel.",
  notInExcelBody: "Open the add-in in Excel (desktop or on the web) via Home → Zielbild.",
  otherHostBody: "This add-in is made for Excel only, not for other Office applications.",

  loadingWorkbook: "Reading the workbook …",
  readError: "The workbook could not be read.",
  retry: "Try again",
  noOverviewTitle: "No rating overview yet",
  noOverviewBody: "This workbook has no Zielbild overview yet. Create it under “Create”.",
  goToCreate: "Go to “Create”",

  catalogueSource: "Goal catalogue",
  sourceBundled: "Bundled catalogue (integration concept 2018–2022)",
  sourceFile: "File from this computer (JSON or CSV)",
  sourceTable: "Table in this workbook",
  chooseFile: "Choose file",
  fileHint: "JSON in the catalogue format, or CSV with one row per measure.",
  noFileChosen: "No file chosen.",
  chosenFile: (name: string) => `Chosen: ${name}`,
  chooseSheet: "Sheet with the catalogue table",
  noTableSheets: "The workbook has no sheet with a table.",
  loadingCatalogue: "Loading the catalogue …",
  preview: "Preview",
  previewFields: "Action fields",
  previewGoals: "Goals",
  previewMeasures: "Measures",
  previewUnits: "Organisational units",
  importErrorsTitle: (count: number) =>
    count === 1
      ? "The catalogue has 1 error. Nothing was written."
      : `The catalogue has ${count} errors. Nothing was written.`,
  issueLine: (line: number) => `line ${line}`,
  issueField: (field: string) => `column/field ${field}`,
  unitWorkbook: "For one organisational unit (optional)",
  unitWorkbookAll: "All – complete overview",
  unitWorkbookHint: "Then only this unit's input cells are unlocked. Best created in a new, empty workbook.",
  build: "Create overview",
  rebuild: "Rebuild overview",
  rebuildNote:
    "This workbook already has an overview. Rebuilding keeps every rating entered; measures no longer in the catalogue move to the “Archive” sheet with their inputs.",
  building: "Writing the overview …",
  rebuilding: "Rebuilding the overview …",
  progressLabel: "Progress",
  phase: { prüfen: "Inspecting the workbook", schreiben: "Writing sheets", abschließen: "Finishing" },
  buildDone: (sheets: number) => `Done: ${sheets} sheets written.`,
  rebuildDone: (sheets: number, kept: number, archived: number) =>
    `Done: ${sheets} sheets rewritten, inputs of ${kept} measures kept` +
    (archived > 0 ? `, ${archived} moved to the archive.` : "."),
  buildFailed: "The overview was not created.",
  rebuildFailed: "The overview was not rebuilt.",
  stateUnchanged: "The workbook is unchanged.",
  stateRestored: {
    build: "The workbook is back as it was before; the sheets begun were removed.",
    rebuild:
      "The workbook is back as it was before the rebuild; the previous overview and everything entered in it are kept.",
    round:
      "The workbook is back as it was before the new round was started; the running round and everything entered in it are kept.",
  },
  stateIncomplete: {
    build: "The workbook could not be fully returned to its state before the build.",
    rebuild: "The workbook could not be fully returned to its state before the rebuild.",
    round: "The workbook could not be fully returned to its state before the new round was started.",
  },
  stateLeftovers: (names: string) => `These sheets are left over: ${names}.`,
  stateIncompleteNext:
    "Please change nothing else now. Safest is the last saved version: File → Info → Version History, or close the file without saving and open it again. Sheets whose names start with “~zb-alt-” hold the previous state with everything entered — do not delete them while the overview is incomplete. “Check” shows what is missing.",
  stateUnknown:
    "Whether the workbook is unchanged could not be determined. Please look under “Check” for missing sheets or left-over backup sheets (“~zb-alt-…”).",
  whatHappened: "What happened",
  technicalDetails: "Technical details (for the add-in's support)",

  mode: "Check mode",
  modeDraft: "Draft (still being filled in)",
  modeSubmit: "Submission (all rows complete)",
  runCheck: "Check now",
  autoCheckNote: "The check runs again by itself after every change in the overview.",
  checking: "Checking …",
  noFindings: "No findings: the overview follows the rating scheme.",
  findingsSummary: (errors: number, warnings: number, infos: number) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ` +
    `${infos} ${infos === 1 ? "note" : "notes"}`,
  severity: { error: "Errors", warning: "Warnings", info: "Notes" },
  severityOne: { error: "Error", warning: "Warning", info: "Note" },
  generalGroup: "Workbook",
  measureLabel: "Measure",
  goToCell: (place: string) => `Go to cell ${place}`,
  findingsList: "Findings",
  checkedAt: (time: string) => `As of ${time}`,
  leftoversTitle: (count: number) =>
    count === 1 ? "1 backup sheet is left over" : `${count} backup sheets are left over`,
  leftoversBody:
    "An interrupted rebuild of the overview created these sheets. They are hidden and hold an older state of the overview. Delete them only once the overview is complete and “Check” reports no structure errors.",
  removeBackups: "Remove backup sheets",
  removingBackups: "Removing backup sheets …",
  removedBackups: (count: number) =>
    count === 1 ? "1 backup sheet was removed." : `${count} backup sheets were removed.`,
  removeBackupsFailed: "The backup sheets could not be removed.",
  hiddenSheet: "hidden sheet",

  overviewHeading: "Goal achievement per action field",
  overviewTotal: "Total",
  open: "open",
  invalid: "invalid",
  ratedOf: (rated: number, total: number) => `${rated} of ${total} rated`,
  barLabel: (field: string, detail: string) => `${field}: ${detail}`,
  legendHeading: "Meaning",
  annexHeading: "Annex for the report",
  annexIntro:
    "Word documents from the workbook as it is now: the annex with one table per action field as in the report, and the status per action field with ratings and remarks as material for writing the report.",
  annexDocx: "Annex as Word",
  sachstandDocx: "Status as Word",
  annexRunning: (annex: boolean) => (annex ? "Creating the annex …" : "Creating the status document …"),
  annexDone: (fileName: string, kb: number) =>
    `The file “${fileName}” (${kb} KB) was created and is being downloaded.`,
  annexFailedTitle: (annex: boolean) =>
    annex ? "The annex was not created." : "The status document was not created.",
  annexNotZielbild:
    "The open workbook is not a Zielbild rating overview. Open the overview the document is to be made from, or create one under “Create”.",
  annexUnreadable: (detail: string) =>
    `The overview's identification in this workbook cannot be read: ${detail}.`,
  annexStructure: (detail: string) =>
    `The overview's layout was changed, so the ratings cannot be matched to their measures safely. Please look under “Check”. Found: ${detail}`,
  annexGenerationFailed: (detail: string) =>
    `Creating the document failed. Please try again; if it fails again, pass this on to whoever supports the add-in: ${detail}`,

  unitsHeading: "Progress per organisational unit",
  noUnit: "no unit assigned",
  filterToUnit: "Show only these rows",
  filterToUnitLabel: (unit: string) => `Show only these rows: ${unit}`,
  clearFilter: "Remove filter",
  filterActive: (unit: string) => `Filtered to: ${unit}`,
  filterFailed: "Filtering is not possible.",
  noUnits: "The catalogue names no organisational units.",

  roundsHeading: "Evaluation rounds",
  roundsCurrent: "Current round",
  roundName: (round: number, label: string) => `Round ${round}: ${label}`,
  roundAsOf: (isoDate: string) => `As of ${isoDate}`,
  roundsClosed: "Closed rounds",
  roundsNoneClosed:
    "No round has been closed yet. From the second round on, this shows what changed since the previous round.",
  roundsUnreadable: (detail: string) => `The rounds recorded in this workbook cannot be read: ${detail}.`,
  roundsUnitTitle: "Workbook of one organisational unit",
  roundsUnitBody: (unit: string) =>
    `This workbook was made for “${unit}”. A new round is started in the complete overview, where the units' returns are merged.`,
  changesHeading: (round: number, label: string) => `Changes since round ${round} (“${label}”)`,
  changesIntro:
    "Each measure's degree of goal achievement compared with the previous round. The figures follow the entries in the workbook.",
  changesTotal: "All action fields",
  changesByField: "Per action field",
  changesNothing: "no rated measures",
  newRoundHeading: "Start a new round",
  newRoundIntro: "Closes the current round and starts the next one in this workbook.",
  roundLabel: "Name of the new round",
  roundLabelHint:
    "For example “Status 2025”. Shown in the title rows, the header of every page and the summary.",
  roundLabelMissing: "Please enter a name for the new round.",
  roundDate: "Date (as of)",
  roundDateInvalid: "Please enter a valid date.",
  roundInputs: "For the new round",
  roundKeep: "Keep the entries as the starting point",
  roundClear: "Clear the ratings (responsible units stay)",
  roundHistoryNote: (sheet: string) =>
    `Every entry of the current round is first recorded in the “${sheet}” sheet; nothing entered is lost.`,
  startRound: "Start new round",
  startingRound: "Starting the new round …",
  roundStarted: (round: number, label: string, measures: number, closed: number, sheet: string) =>
    `Round ${round} “${label}” has started. The entries of ${measures} ${measures === 1 ? "measure" : "measures"} from round ${closed} are recorded in the “${sheet}” sheet.`,
  roundInvalidTitle: (count: number) =>
    count === 1 ? "The workbook has 1 invalid entry." : `The workbook has ${count} invalid entries.`,
  roundInvalidBody:
    "They would be recorded in the history as they stand. Best correct them first (under “Check”). You can also start the new round anyway.",
  roundInvalidList: "Invalid entries",
  roundInvalidMore: (count: number) => `… and ${count} more`,
  startAnyway: "Start anyway",
  roundStructureTitle: "The overview's layout was changed.",
  roundStructureBody:
    "A new round can only start once the ratings can be matched to their measures safely again. Please look under “Check” for what is missing, or rebuild the overview under “Create”.",
  roundUnitProblem:
    "This workbook belongs to one organisational unit. A new round is started in the complete overview.",
  roundFailed: "The new round was not started.",

  language: "Language",
  languageDe: "Deutsch",
  languageEn: "English",
  password: "Sheet protection password (optional)",
  passwordHint:
    "Used for sheet protection when creating. Stored only in this browser (localStorage), not in the file.",
  save: "Save",
  saved: "Saved.",
  removePassword: "Remove password",
  showPassword: "Show password",

  checkResult: {
    failed: "Check failed",
    noResult: "No check result",
    allFindingsInPane: "The task pane lists every finding under “Check”.",
    close: "Close",
  },
} satisfies Messages["pane"];
