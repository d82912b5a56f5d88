/** English texts of the rounds' command-line tools. */
import type { Messages } from "../types";

const ROUND_USAGE =
  'Usage: npm run round -- FILE.xlsx --label "LABEL" --out NEW.xlsx [--date YYYY-MM-DD] [--clear] [--force]\n' +
  "       [--all-units FOLDER] [--password PASSWORD]";

const COMPARE_USAGE = "Usage: npm run compare -- OLD.xlsx NEW.xlsx [--csv OUT.csv] [--md OUT.md]";

export const rounds: Messages["rounds"] = {
  round: {
    usage: ROUND_USAGE,
    help: `Zielbild – start a new round

${ROUND_USAGE}

Records the inputs of every measure of the running round on the "History" sheet (read-only, by measure
ID) and writes the workbook of the next round. The inputs stay as its starting point; with --clear the
ratings are cleared (the responsible units stay). Beside each measure, "Previous level" and "Change" show
what moved since the last round; the summary counts it per action field. The input file is not changed.

Options:
  --label LABEL          name of the new round, e.g. "Status 2025" (required)
  --out FILE.xlsx        the workbook of the new round (required)
  --date YYYY-MM-DD      reference date of the new round (default: today)
  --clear                clear the ratings instead of keeping them
  --force                start even with invalid entries (they are recorded as they are)
  --all-units FOLDER     also one workbook of the new round per organisational unit, to send out
                         (they show the kept inputs; the merge judges returns against them)
  --password PASSWORD    sheet protection password of the new workbook
  --lang de|en           language of the messages
  --help, -h             this help

Example:
  npm run round -- Evaluation-2024.xlsx --label "Status 2025" --out Evaluation-2025.xlsx

Exit code: 0 written, 1 problem in the file or invalid entries (nothing written), 2 wrong call.
`,
    oneWorkbook: "Name exactly one workbook.",
    unitProgress: (done: number, total: number, file: string) => `Workbook ${done}/${total}: ${file}`,
    labelMissing: 'Please name the new round: --label "Status 2025".',
    outMissing: "Please say where to write the workbook of the new round: --out NEW.xlsx.",
    badDate: (value: string) => `“${value}” is not a date in the form YYYY-MM-DD.`,
    unitWorkbook: (unit: string) =>
      `The file is the workbook of the organisational unit “${unit}”. A new round starts in the main file.`,
    invalid: (count: number, findings: string) =>
      `The workbook has ${count} invalid ${count === 1 ? "entry" : "entries"}: ${findings}. ` +
      `Please correct ${count === 1 ? "it" : "them"} — or start with --force; the history then records what is entered.`,
    structure: (findings: string) =>
      `The structure of the file was changed; the inputs cannot be read safely: ${findings}.`,
    started: (number: number, label: string, date: string) =>
      `Round ${number} “${label}” (as of ${date}) started.`,
    frozen: (count: number, previous: string) =>
      `${count} measures recorded with their inputs in the history (${previous}).`,
    kept: "The inputs stand as the starting point of the new round.",
    cleared: "The ratings are cleared; the responsible units stay.",
    forced: (count: number) =>
      `Warning: ${count} invalid ${count === 1 ? "entry was" : "entries were"} recorded as ${count === 1 ? "it is" : "they are"}.`,
  },
  compare: {
    usage: COMPARE_USAGE,
    help: `Zielbild – compare two rounds

${COMPARE_USAGE}

Compares two workbooks of the same catalogue (e.g. the rounds of two years kept as separate files), per
measure by its ID: better, worse, unchanged, from/to unclear, newly rated, no longer rated, new in
catalogue (high > medium > low; a change from or to "unclear" is counted apart). Works across catalogue
versions; measures in only one file are named. Prints the counts per action field; writes nothing when a
file cannot be read.

Options:
  --csv FILE.csv       one row per measure (separator ;, UTF-8 with BOM)
  --md FILE.md         report in Markdown
  --lang de|en         language of the messages
  --help, -h           this help

Example:
  npm run compare -- Evaluation-2024.xlsx Evaluation-2025.xlsx --md Comparison.md

Exit code: 0 compared, 1 file unreadable or another catalogue (nothing written), 2 wrong call.
`,
    twoWorkbooks: "Name exactly two workbooks: the older and the newer one.",
    otherCatalogue: (older: string, newer: string) =>
      `The files belong to different catalogues (“${older}” and “${newer}”) and cannot be compared.`,
    heading: (older: string, newer: string) => `Comparison: ${older} → ${newer}`,
    actionField: "Action field",
    onlyInOlder: (count: number) => `${count} measures are only in the older file.`,
  },
};
