/** English texts of the task pane. Same keys as the German dictionary (checked by the type). */
import type { Messages } from "./messages";

export const en: Messages = {
  appTitle: "Zielbild",
  appTagline: "Create, check and evaluate the rating overview from the goal catalogue.",
  tabsLabel: "Sections of the add-in",
  tabCreate: "Create",
  tabCheck: "Check",
  tabOverview: "Overview",
  tabUnits: "Organisational units",
  tabSettings: "Settings",

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
  progressLabel: "Progress",
  phase: { prüfen: "Inspecting the workbook", schreiben: "Writing sheets", abschließen: "Finishing" },
  buildDone: (sheets: number) => `Done: ${sheets} sheets written.`,
  rebuildDone: (sheets: number, kept: number, archived: number) =>
    `Done: ${sheets} sheets rewritten, inputs of ${kept} measures kept` +
    (archived > 0 ? `, ${archived} moved to the archive.` : "."),
  buildFailed: "The overview was not created. The workbook is unchanged.",

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

  overviewHeading: "Goal achievement per action field",
  overviewTotal: "Total",
  open: "open",
  invalid: "invalid",
  ratedOf: (rated: number, total: number) => `${rated} of ${total} rated`,
  barLabel: (field: string, detail: string) => `${field}: ${detail}`,
  legendHeading: "Meaning",

  unitsHeading: "Progress per organisational unit",
  noUnit: "no unit assigned",
  filterToUnit: "Show only these rows",
  filterToUnitLabel: (unit: string) => `Show only these rows: ${unit}`,
  clearFilter: "Remove filter",
  filterActive: (unit: string) => `Filtered to: ${unit}`,
  filterFailed: "Filtering is not possible.",
  noUnits: "The catalogue names no organisational units.",

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
};
