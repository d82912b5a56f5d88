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
import { optionsOfWorkbook } from "../layout/planOfWorkbook";
import { assessReturn } from "../returns/assessReturn";
import { mergeReturns, type RefusedReturn, type ReturnInputs, type MergeResult } from "../returns/merge";
import { mergeReportCsv, mergeReportMarkdown } from "../returns/mergeReport";
import { keepClearedUnits } from "../returns/ratingFields";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { messagesFor, type Messages } from "../core/messages";
import {
  consoleIo,
  FailedError,
  parseArgs,
  runCommand,
  startCli,
  stringOption,
  UsageError,
  writeAllAtomically,
  type CommandInfo,
  type Io,
} from "./io";
import { readIntactWorkbook, readSnapshot, replaceExtension } from "./returnsIo";

export const MERGE_COMMAND: CommandInfo = {
  name: "merge",
  usage: (m) => m.cli.merge.usage,
  help: (m) => m.cli.merge.help,
};

export interface MergeArgs {
  readonly master: string;
  readonly returns: readonly string[];
  readonly out: string;
  readonly report: string;
  readonly password?: string;
}

export function parseMergeArgs(argv: readonly string[], m: Messages = messagesFor("de")): MergeArgs {
  const { positional, options } = parseArgs(argv, [], ["out", "report", "password"], m);
  const t = m.cli.merge;
  const [master, ...returns] = positional;
  if (!master || returns.length === 0) throw new UsageError(t.masterAndReturns);
  const out = stringOption(options, "out");
  if (out === undefined) throw new UsageError(t.outMissing);
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new UsageError(t.outMustBeXlsx(out));
  const password = stringOption(options, "password");
  return {
    master,
    returns,
    out,
    report: stringOption(options, "report") ?? replaceExtension(out, "-Bericht.md"),
    ...(password !== undefined && { password }),
  };
}

export async function runMergeCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now = () => new Date(),
): Promise<number> {
  return runCommand(MERGE_COMMAND, argv, io, async (m, lang) => {
    const args = parseMergeArgs(argv, m);
    const t = m.cli.merge;
    io.progress?.(t.progressMaster(path.basename(args.master)));
    const master = await readIntactWorkbook(args.master, m, lang);
    if (master.workbook.meta.unit !== undefined)
      throw new FailedError(t.notMaster(args.master, master.workbook.meta.unit));
    const accepted: ReturnInputs[] = [];
    const refused: RefusedReturn[] = [];
    for (const [i, file] of args.returns.entries()) {
      const name = path.basename(file);
      io.progress?.(t.progressReturn(i + 1, args.returns.length, name));
      const read = await readSnapshot(file, m);
      const assessed =
        "error" in read
          ? { refused: { file: name, reason: read.error } }
          : assessReturn(master.workbook, name, read.snapshot, lang);
      if ("accepted" in assessed) accepted.push(assessed.accepted);
      else refused.push(assessed.refused);
    }
    const { catalogue, meta, archive, history } = master.workbook;
    const result = mergeReturns({ catalogue, inputs: master.workbook.inputs }, accepted, refused, lang);
    const createdAt = now().toISOString();
    const plan = buildPlan(catalogue, {
      ...optionsOfWorkbook(meta, { archive, history }),
      builtAt: createdAt,
      inputs: keepClearedUnits(result.inputs),
      ...(args.password !== undefined && { password: args.password }),
    });
    io.progress?.(t.progressWriting);
    const context = { master: args.master, out: args.out, returns: args.returns, createdAt };
    await writeAllAtomically(
      [
        { path: args.out, bytes: await writeXlsxBuffer(plan) },
        { path: args.report, bytes: mergeReportMarkdown(result, context, lang) },
        { path: replaceExtension(args.report, ".csv"), bytes: mergeReportCsv(result, lang) },
      ],
      m,
    );
    io.progress?.("");
    summarize(io, m, args, result, refused);
    return 0;
  });
}

function summarize(
  io: Io,
  m: Messages,
  args: MergeArgs,
  result: MergeResult,
  refused: readonly RefusedReturn[],
): void {
  const t = m.cli.merge;
  io.out(m.cli.written(path.resolve(args.out)));
  io.out(t.report(path.resolve(args.report)));
  for (const outcome of ["applied", "unchanged", "conflict", "refused"] as const)
    io.out(`  ${m.returns.outcome[outcome].padEnd(12)} ${result.counts[outcome]}`);
  for (const r of refused) io.out(t.refused(r.file, r.reason));
  if (result.counts.conflict > 0) io.out(t.conflicts);
}

if (require.main === module) startCli(runMergeCli);
