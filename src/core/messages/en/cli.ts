/** English texts of the command-line tools (`--lang en`). Same keys and parameters as the German ones. */
import type { Messages } from "../types";

const WORKBOOK_USAGE =
  "Usage: npm run workbook -- [--catalogue FILE] [--out FILE.xlsx] [--lang de|en] [--password PASSWORD] [--title TITLE]\n" +
  "       [--round LABEL] [--unit UNIT | --all-units FOLDER]\n" +
  "       npm run workbook -- --from OVERVIEW.xlsx (--unit UNIT | --all-units FOLDER) [--out FILE.xlsx] [--password PASSWORD]";

const CATALOGUE_USAGE =
  "Usage: npm run catalogue -- check [FILE] [--json] [--id ID] [--title TITLE] [--version VERSION]";

const CHECK_USAGE =
  "Usage: npm run check -- FILE.xlsx [--mode entwurf|abgabe] [--json] [--lang de|en]\n" +
  "       npm run check -- --rules [--lang de|en]   (lists what is checked)";

const MERGE_USAGE =
  "Usage: npm run merge -- MASTER.xlsx RETURN.xlsx… --out MERGED.xlsx [--report REPORT.md] [--password PASSWORD]";

const UPDATE_USAGE =
  "Usage: npm run update -- OLD.xlsx --catalogue NEW.json|NEW.csv [--version V (CSV only)] --out NEW.xlsx [--report REPORT.md] [--password PASSWORD]";

const EXPORT_USAGE =
  "Usage: npm run export -- FILE.xlsx [--csv OUT.csv] [--json OUT.json] [--version VERSION]";

const ANNEX_USAGE = [
  "Usage: npm run annex -- FILE.xlsx --pdf [OUT.pdf]",
  "       npm run annex -- FILE.xlsx --docx [OUT.docx] [--fields 1,3] [--lang de|en]",
  "       npm run annex -- FILE.xlsx --sachstand [OUT.docx] [--fields 1,3] [--lang de|en]",
].join("\n");

export const cli = {
  error: (message: string) => `Error: ${message}`,
  warning: (message: string) => `Warning: ${message}`,
  nothingWritten: "No file was written.",
  helpHint: (command: string) => `Help: npm run ${command} -- --help`,
  unknownOption: (option: string) => `Unknown option “${option}”.`,
  unknownOptionDetail: (option: string, allowed: string) =>
    `Call not understood (unknown option ${option}). Allowed options: ${allowed}.`,
  optionTakesNoValue: (option: string) => `Option ${option} takes no value.`,
  optionNeedsValue: (name: string) => `Option --${name} needs a value.`,
  badLanguage: (value: string) => `--lang must be “de” or “en”, not “${value}”.`,
  notAFile: (file: string) => `${file} is not a file`,
  fileNotFound: (file: string) => `File not found: ${file}`,
  cannotWrite: (reason: string, maybeOpenInExcel: boolean) =>
    `Could not write: ${reason}${maybeOpenInExcel ? " (is the file still open in Excel?)" : ""}`,
  written: (file: string) => `Written: ${file}`,
  writtenSize: (file: string, kb: string) => `Written: ${file} (${kb} KB)`,
  number: (n: number) => n.toLocaleString("en-GB"),
  seconds: (ms: number) =>
    `${(ms / 1000).toLocaleString("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`,

  structureChanged: (file: string, findings: string) =>
    `${file}: the file's layout was changed – ${findings}`,
  unitWorkbookProgress: (index: number, total: number, file: string) => `Workbook ${index}/${total}: ${file}`,

  workbook: {
    usage: WORKBOOK_USAGE,
    help: (defaultOut: string) => `Zielbild – create the rating overview

${WORKBOOK_USAGE}

Builds the rating overview as an Excel workbook from a goal catalogue (JSON or CSV). Without options:
the bundled catalogue → ${defaultOut}. Warnings about the catalogue (e.g. a skipped column) go to
stderr.

Options:
  --catalogue FILE             the goal catalogue, JSON or CSV (default: the bundled one)
  --out FILE.xlsx              the workbook (default: ${defaultOut})
  --lang de|en                 language of the workbook's labels and of the messages (default: de)
  --password PASSWORD          sheet protection password
  --title TITLE                title on the overview
  --round LABEL                label of the first round, e.g. "Overall evaluation 2022"
                               (default: "Evaluation" and the catalogue version; dated today)
  --unit UNIT                  workbook for this organisational unit only: only its input cells are unlocked
  --all-units FOLDER           one workbook per organisational unit into this folder
  --from OVERVIEW.xlsx         the per-unit workbooks from a running overview instead of the catalogue: with
                               its catalogue, its round and everything already entered in it (with --unit
                               or --all-units; without --catalogue, --title, --round). "npm run merge"
                               brings the returns back into the overview.
  --help, -h                   this help

Example:
  npm run workbook -- --catalogue katalog.csv --out Bewertung-2024.xlsx --title "Bewertung 2024"

Exit code: 0 written, 1 errors in the catalogue (nothing written), 2 wrong call or catalogue not
found.
`,
    unexpectedArgument: (argument: string) =>
      `Unexpected argument “${argument}” (give files with --catalogue or --out).`,
    outMustBeXlsx: (out: string) => `--out must end in .xlsx: ${out}`,
    titleEmpty: "--title must not be empty.",
    roundEmpty: "--round must not be empty.",
    unitOrAllUnits: "--unit and --all-units exclude each other.",
    unitNeedsName: "--unit needs the name of an organisational unit.",
    fromNeedsUnits: "--from writes per-unit workbooks: please give --unit NAME or --all-units FOLDER.",
    fromExcludes: (option: string) =>
      `--from and --${option} exclude each other: the catalogue, title and round come from the overview.`,
    fromIsUnitWorkbook: (file: string, unit: string) =>
      `${file} is itself the workbook of the unit “${unit}”. Per-unit workbooks are made from the whole overview.`,
    catalogueNotFound: (file: string) => `Catalogue ${file}: file not found.`,
    catalogueIsFolder: (file: string) => `Catalogue ${file}: is a folder.`,
    catalogueUnreadable: (file: string, code: string) => `Catalogue ${file}: ${code}.`,
    buildingUnitWorkbooks: "Building the workbooks per organisational unit …",
    writtenUnitWorkbooks: (count: number, dir: string) =>
      `Written: ${count} workbooks per organisational unit in ${dir}`,
    summaryCatalogue: (title: string, version: string) => `  Catalogue: ${title} (version ${version})`,
    summarySheets: (count: number, visible: string) => `  Sheets:    ${count} (visible: ${visible})`,
    summaryContent: (fields: number, goals: string, measures: string) =>
      `  Content:   ${fields} action fields, ${goals} goals, ${measures} measures`,
    summaryDuration: (duration: string) => `  Time:      ${duration}`,
  },

  catalogue: {
    usage: CATALOGUE_USAGE,
    help: (defaultCatalogue: string) => `Zielbild – check a goal catalogue

Usage: npm run catalogue -- check [FILE] [--json] [--id ID] [--title TITLE] [--version VERSION]
       npm run catalogue -- help

check    Reads a goal catalogue (JSON or CSV) and shows a summary: action fields, challenges,
         goals, measures, organisational units and, per action field, the number of goals
         and measures. If the catalogue has errors, every error is listed with its file,
         line and field or column.
         Without FILE the bundled catalogue is checked: ${defaultCatalogue}

Options:
  --json             output as JSON (for other programs)
  --id, --title, --version
                     catalogue details for CSV files (otherwise derived from the file name)
  --lang de|en       language of the messages (default: de)
  --help, -h         this help

Warnings (e.g. an unknown column such as “Lfd. Nr.”, skipped while reading) go to stderr and
do not change the exit code; a misspelt rating column is an error.

Example:
  npm run catalogue -- check katalog.csv --title "Konzept 2024" --version 2024

Formats: JSON as in seeds/catalogue.schema.json; CSV with one row per measure
(delimiter ; or , or tab; UTF-8, UTF-16 or Windows-1252). See docs/catalogue-format.md.

Exit code: 0 catalogue fine, 1 errors in the catalogue, 2 wrong call or file not found.
`,
    unknownCommand: (command: string) => `unknown command “${command}” (allowed: check, help)`,
    oneFile: "check checks exactly one file",
    errorCount: (file: string, count: number) => `${file}: ${count} ${count === 1 ? "error" : "errors"}`,
    moreErrors: (count: number) => `… and ${count} more errors (all of them with --json)`,
    summaryCatalogue: (title: string, version: string, id: string) =>
      `Catalogue: ${title} (version ${version}, ID ${id})`,
    summaryFile: (file: string, format: string, encoding: string) =>
      `File:      ${file} (${format}, ${encoding})`,
    actionFields: "Action fields",
    challenges: "Challenges",
    goals: "Goals",
    measures: "Measures",
    units: "Organisational units",
    number: "No.",
    actionField: "Action field",
    noErrors: "No errors found.",
    warningsOnStderr: (count: number) => ` ${count} ${count === 1 ? "warning" : "warnings"} (on stderr).`,
  },

  check: {
    usage: CHECK_USAGE,
    help: `Zielbild – check a filled-in workbook

${CHECK_USAGE}

Checks a returned workbook against the plan it was built from (docs/pruefregeln.md): errors,
warnings and notes with sheet, cell and measure.

Options:
  --mode entwurf|abgabe  strictness: “abgabe” (submission) requires complete ratings (default: entwurf, draft)
  --json                 output as JSON (for other programs)
  --lang de|en           language of the messages (default: de)
  --rules                lists the check rules
  --help, -h             this help

Example:
  npm run check -- Bewertung-Migrationszentrum.xlsx --mode abgabe

Exit code: 0 no errors (warnings allowed), 1 errors found, 2 wrong call, file not found
or not a Zielbild workbook.
`,
    noFile: "Please give an .xlsx file.",
    oneFile: "Please give exactly one file.",
    badMode: (mode: string) => `--mode must be “entwurf” or “abgabe”, not “${mode}”.`,
    unreadable: (file: string, reason: string) => `Error: ${file}: ${reason}`,
    fileNotFound: "file not found.",
    modeDraft: "draft",
    modeSubmit: "submission",
    forUnit: (unit: string) => `, unit “${unit}”`,
    heading: (file: string, title: string, forUnit: string, mode: string) =>
      `Check of ${file} (“${title}”${forUnit}), mode: ${mode}\n`,
  },

  merge: {
    usage: MERGE_USAGE,
    help: `Zielbild – merge returns

${MERGE_USAGE}

Merges the organisational units' returns into the master file by measure ID. Each return is judged
against what it showed when it was sent out: a field nobody changed is never a conflict. Real
conflicts are listed in the report; the master file then keeps its value.

Options:
  --out FILE.xlsx      the merged workbook (required)
  --report FILE.md     the report (plus FILE.csv); default: beside --out, “…-Bericht.md”
  --password PASSWORD  sheet protection password of the new workbook
  --lang de|en         language of the messages (default: de)
  --help, -h           this help

Example:
  npm run merge -- Hauptdatei.xlsx rueckläufe/*.xlsx --out Zusammengefuehrt.xlsx

Exit code: 0 merged (conflicts are in the report), 1 errors in the data (nothing written),
2 wrong call.
`,
    masterAndReturns: "A master file and at least one return are needed.",
    outMissing: "--out MERGED.xlsx is missing.",
    outMustBeXlsx: (out: string) => `--out must end in .xlsx: ${out}`,
    notMaster: (file: string, unit: string) =>
      `${file} is the file of the organisational unit “${unit}”, not a master file.`,
    progressMaster: (file: string) => `Master file: ${file}`,
    progressReturn: (index: number, total: number, file: string) => `Return ${index}/${total}: ${file}`,
    progressWriting: "Writing the merged workbook …",
    report: (file: string) => `Report:      ${file} (and .csv)`,
    refused: (file: string, reason: string) => `  Refused: ${file} – ${reason}`,
    conflicts: "Conflicts: the master file keeps its values; please check the report and decide.",
  },

  update: {
    usage: UPDATE_USAGE,
    help: `Zielbild – move a workbook to a new catalogue

${UPDATE_USAGE}

Rebuilds the workbook from a newer version of the catalogue; every rating is kept by its measure ID.
Measures no longer in the catalogue move with their inputs to the “Archiv” sheet.

Options:
  --catalogue FILE     the new catalogue, JSON or CSV (required)
  --version VERSION    version of a CSV catalogue (CSV only; JSON carries its own version)
  --out FILE.xlsx      the new workbook (required)
  --report FILE.md     the report; default: beside --out, “…-Aktualisierung.md”
  --password PASSWORD  sheet protection password of the new workbook
  --lang de|en         language of the messages (default: de)
  --help, -h           this help

Example:
  npm run update -- Bewertung-2024.xlsx --catalogue katalog-2025.json --out Bewertung-2025.xlsx

Exit code: 0 written, 1 errors in the data (nothing written), 2 wrong call.
`,
    oneWorkbook: "Give exactly one previous workbook.",
    catalogueMissing: "--catalogue NEW.json is missing.",
    outMissing: "--out NEW.xlsx is missing or does not end in .xlsx.",
    otherCatalogue: (newId: string, oldId: string) =>
      `The new catalogue “${newId}” is not the workbook's catalogue (“${oldId}”).`,
    versionOnlyForCsv: "--version applies to a CSV catalogue only; JSON carries its own version.",
    csvNeedsVersion: "A CSV catalogue carries no version: please give --version.",
    written: (file: string, from: string, to: string) => `Written: ${file} (catalogue ${from} → ${to})`,
    report: (file: string) => `Report:      ${file}`,
    counts: (kept: number, rated: number, moved: number, added: number, archived: number, restored: number) =>
      `  kept ${kept} (with rating ${rated}), moved ${moved}, ` +
      `new ${added}, archived ${archived}, restored ${restored}`,
  },

  export: {
    usage: EXPORT_USAGE,
    help: `Zielbild – export ratings

${EXPORT_USAGE}

Writes a workbook's ratings as CSV (delimiter ;, UTF-8 with BOM) and/or as catalogue JSON with
ratings – both can be read as the next round's catalogue. Values outside the rating scheme are not
exported; each is named in a warning.

Options:
  --csv FILE.csv       ratings as CSV
  --json FILE.json     catalogue with ratings as JSON
  --version VERSION    version of the exported catalogue
  --lang de|en         language of the messages (default: de)
  --help, -h           this help
  (at least one of --csv and --json)

Example:
  npm run export -- Bewertung-2024.xlsx --csv bewertungen.csv --json katalog-2025.json --version 2025

Exit code: 0 written, 1 errors in the data (nothing written), 2 wrong call.
`,
    oneWorkbook: "Give exactly one workbook.",
    csvOrJson: "Give --csv or --json.",
  },

  annex: {
    usage: ANNEX_USAGE,
    help: `Zielbild – annex of a filled-in workbook

${ANNEX_USAGE}

Makes the annex of a filled-in workbook: as a Word document (--docx, no LibreOffice), as the status
per action field (--sachstand) or as PDF through LibreOffice (--pdf). Without OUT the file is written
beside FILE.xlsx (“…-Anlage.docx”, “…-Sachstand.docx”, “….pdf”).

Options:
  --docx               the annex as a Word document
  --sachstand          the status per action field as a Word document
  --pdf                the annex as PDF (needs LibreOffice, “soffice” on the search path)
  --fields 1,3         only these action fields (--docx and --sachstand only)
  --lang de|en         language of the messages (default: de) and of the Word documents' labels
                       (default there: the workbook's language)
  --help, -h           this help

Example:
  npm run annex -- Bewertung-2024.xlsx --docx Anlage.docx --fields 1,3

Exit code: 0 written, 1 errors in the data (nothing written), 2 wrong call,
3 LibreOffice is not installed (--pdf).
`,
    noLibreOffice:
      "LibreOffice is not installed: the program “soffice” was not found on the search path (PATH). " +
      "For the PDF annex please install LibreOffice (e.g. “apt install libreoffice-calc-nogui”) or open the " +
      "workbook in Excel and save it with File → Export as PDF. No file was written.",
    whichKind: "Give --pdf, --docx or --sachstand (which annex to make).",
    onlyOneKind: (options: string) => `Give only one of the options ${options}.`,
    fileAndTarget: "Give one workbook and at most one target file.",
    fieldsOnlyForWord: "--fields applies to --docx and --sachstand only.",
    targetMustBe: (extension: string, target: string) =>
      `The target file must end in ${extension}: ${target}`,
    badFields: (part: string) => `--fields expects action field numbers such as “1,3”; “${part}” is none.`,
    progressReading: (file: string) => `Reading ${file} …`,
    progressConverting: "LibreOffice is converting the annex to PDF …",
    libreOfficeFailed: (reason: string) => `LibreOffice failed to convert: ${reason}`,
    libreOfficeNoPdf: "LibreOffice made no PDF file.",
  },
} satisfies Messages["cli"];
