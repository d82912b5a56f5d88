/**
 * Merges returned workbooks into the master and writes the merged workbook plus a report.
 *
 *   npm run merge -- MASTER.xlsx RETURN.xlsx… --out MERGED.xlsx [--report BERICHT.md] [--password PW]
 *
 * The merged workbook is rebuilt from the master's catalogue with the merged inputs (never patched).
 * The report goes to BERICHT.md and BERICHT.csv (default: beside --out). Exit 0 merged (conflicts are
 * in the report), 1 failed (nothing written), 2 wrong call.
 */
import path from "node:path";
import { buildPlan } from "../layout/buildPlan";
import { assessReturn } from "../returns/assessReturn";
import { mergeReturns, type RefusedReturn, type ReturnInputs, type MergeResult } from "../returns/merge";
import { mergeReportCsv, mergeReportMarkdown, OUTCOME_LABEL } from "../returns/mergeReport";
import { keepClearedUnits } from "../returns/ratingFields";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { parseArgs, UsageError, workInCallerDirectory } from "./io";
import {
  cliMessage,
  consoleIo,
  FailedError,
  readIntactWorkbook,
  readSnapshot,
  replaceExtension,
  writeAllAtomically,
  type Io,
} from "./returnsIo";

const USAGE =
  "Aufruf: npm run merge -- HAUPTDATEI.xlsx RÜCKLAUF.xlsx… --out ERGEBNIS.xlsx [--report BERICHT.md] [--password KENNWORT]";

export interface MergeArgs {
  readonly master: string;
  readonly returns: readonly string[];
  readonly out: string;
  readonly report: string;
  readonly password?: string;
}

export function parseMergeArgs(argv: readonly string[]): MergeArgs | "help" {
  if (argv.includes("--help") || argv.includes("-h")) return "help";
  const { positional, options } = parseArgs(argv, [], ["out", "report", "password"]);
  const [master, ...returns] = positional;
  if (!master || returns.length === 0) throw new UsageError("Hauptdatei und mindestens ein Rücklauf nötig.");
  const out = options.get("out");
  if (typeof out !== "string") throw new UsageError("--out ERGEBNIS.xlsx fehlt.");
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`--out muss auf .xlsx enden: ${out}`);
  const report = options.get("report");
  const password = options.get("password");
  return {
    master,
    returns,
    out,
    report: typeof report === "string" ? report : replaceExtension(out, "-Bericht.md"),
    ...(typeof password === "string" && { password }),
  };
}

export async function runMergeCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now = () => new Date(),
): Promise<number> {
  try {
    const args = parseMergeArgs(argv);
    if (args === "help") {
      io.out(USAGE);
      return 0;
    }
    const master = await readIntactWorkbook(args.master);
    if (master.workbook.meta.unit !== undefined)
      throw new FailedError(
        `${args.master} ist die Datei der Organisationseinheit „${master.workbook.meta.unit}“, keine Hauptdatei.`,
      );
    const accepted: ReturnInputs[] = [];
    const refused: RefusedReturn[] = [];
    for (const file of args.returns) {
      const name = path.basename(file);
      const read = await readSnapshot(file);
      const assessed =
        "error" in read
          ? { refused: { file: name, reason: read.error } }
          : assessReturn(master.workbook, name, read.snapshot);
      if ("accepted" in assessed) accepted.push(assessed.accepted);
      else refused.push(assessed.refused);
    }
    const { catalogue, meta, archive } = master.workbook;
    const result = mergeReturns({ catalogue, inputs: master.workbook.inputs }, accepted, refused);
    const createdAt = now().toISOString();
    const plan = buildPlan(catalogue, {
      language: meta.language,
      title: meta.title,
      builtAt: createdAt,
      inputs: keepClearedUnits(result.inputs),
      ...(archive.length > 0 && { archive }),
      ...(args.password !== undefined && { password: args.password }),
    });
    const context = { master: args.master, out: args.out, returns: args.returns, createdAt };
    await writeAllAtomically([
      { path: args.out, bytes: await writeXlsxBuffer(plan) },
      { path: args.report, bytes: mergeReportMarkdown(result, context) },
      { path: replaceExtension(args.report, ".csv"), bytes: mergeReportCsv(result) },
    ]);
    summarize(io, args, result, refused);
    return 0;
  } catch (error) {
    const { text, code } = cliMessage(error, USAGE);
    io.err(text);
    return code;
  }
}

function summarize(io: Io, args: MergeArgs, result: MergeResult, refused: readonly RefusedReturn[]): void {
  io.out(`Geschrieben: ${path.resolve(args.out)}`);
  io.out(`Bericht:     ${path.resolve(args.report)} (und .csv)`);
  for (const outcome of ["applied", "unchanged", "conflict", "refused"] as const)
    io.out(`  ${OUTCOME_LABEL[outcome].padEnd(12)} ${result.counts[outcome]}`);
  for (const r of refused) io.out(`  Abgelehnt: ${r.file} – ${r.reason}`);
  if (result.counts.conflict > 0)
    io.out("Konflikte: die Hauptdatei behält ihre Werte; bitte den Bericht prüfen und entscheiden.");
}

if (require.main === module) {
  workInCallerDirectory();
  void runMergeCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
