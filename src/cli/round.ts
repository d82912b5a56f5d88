/**
 * Starts the next evaluation round headless: the inputs of the running round are recorded in the Verlauf,
 * the workbook of the next round is written (inputs kept, or ratings cleared with --clear).
 *
 *   npm run round -- DATEI.xlsx --label "Sachstand 2025" --out NEU.xlsx [--date JJJJ-MM-TT] [--clear] [--force]
 *
 * Exit 0 written, 1 a problem in the file or invalid entries (nothing written), 2 wrong call.
 */
import path from "node:path";
import { formatDate, localIsoDate } from "../core/dates";
import type { Language, Messages } from "../core/messages";
import { buildPlan } from "../layout/buildPlan";
import { roundTitle } from "../layout/rounds";
import { readZielbildWorkbook } from "../returns/readWorkbook";
import { allUnitWorkbooks } from "../returns/unitWorkbooks";
import type { Finding } from "../validation";
import { blockingFindings, nextRound, type NextRoundProblem } from "../returns/rounds";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
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
  type OutFile,
} from "./io";
import { readSnapshot } from "./returnsIo";

export const ROUND_COMMAND: CommandInfo = {
  name: "round",
  usage: (m) => m.rounds.round.usage,
  help: (m) => m.rounds.round.help,
};

export async function runRoundCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  return runCommand(ROUND_COMMAND, argv, io, async (m, lang) => {
    const { positional, options } = parseArgs(
      argv,
      ["clear", "force"],
      ["label", "out", "date", "password", "all-units"],
      m,
    );
    const [file, ...extra] = positional;
    if (!file || extra.length > 0) throw new UsageError(m.rounds.round.oneWorkbook);
    const label = stringOption(options, "label");
    const out = stringOption(options, "out");
    if (label === undefined || label.trim() === "") throw new UsageError(m.rounds.round.labelMissing);
    if (out === undefined) throw new UsageError(m.rounds.round.outMissing);
    const password = stringOption(options, "password");
    const date = stringOption(options, "date") ?? localIsoDate(now());
    const read = await readSnapshot(file, m);
    if ("error" in read) throw new FailedError(`${file}: ${read.error}`);
    const workbook = readZielbildWorkbook(read.snapshot, lang);
    if ("error" in workbook) throw new FailedError(`${file}: ${workbook.error}`);
    const request = { label, date, clear: options.has("clear"), builtAt: now().toISOString() };
    const next = nextRound(workbook.workbook, read.snapshot, request, options.has("force"));
    if (!next.ok)
      throw refusal(next.problem, { file, date, unit: workbook.workbook.meta.unit ?? "" }, m, lang);
    const planOptions = { ...next.options, ...(password !== undefined && { password }) };
    const plan = { options: planOptions, plan: buildPlan(workbook.workbook.catalogue, planOptions) };
    const unitsDir = stringOption(options, "all-units");
    const units = unitsDir === undefined ? [] : allUnitWorkbooks(workbook.workbook.catalogue, plan.options);
    const files: OutFile[] = [{ path: out, bytes: await writeXlsxBuffer(plan.plan) }];
    for (const [i, unit] of units.entries()) {
      io.progress?.(m.rounds.round.unitProgress(i + 1, units.length, unit.fileName));
      files.push({ path: path.join(unitsDir!, unit.fileName), bytes: await writeXlsxBuffer(unit.plan) });
    }
    await writeAllAtomically(files, m);
    const round = plan.plan.meta.round!;
    io.out(m.cli.written(path.resolve(out)));
    io.out(m.rounds.round.started(round.number, round.label, formatDate(round.date, lang)));
    io.out(m.rounds.round.frozen(next.closed.measures.length, roundTitle(next.closed, lang)));
    io.out(request.clear ? m.rounds.round.cleared : m.rounds.round.kept);
    if (unitsDir !== undefined) {
      io.out(m.cli.workbook.writtenUnitWorkbooks(units.length, path.resolve(unitsDir)));
      for (const unit of units) io.out(`  ${unit.fileName}`);
    }
    const forced = options.has("force") ? blockingFindings(workbook.workbook, read.snapshot).length : 0;
    if (forced > 0) io.err(m.rounds.round.forced(forced));
    return 0;
  });
}

/** "Maßnahme Z03-M1 (Blatt „…“, Zelle F9): …" for the first few findings, and how many more there are. */
function describe(findings: readonly Finding[], lang: Language, max = 5): string {
  const named = findings.slice(0, max).map((f) => {
    const place =
      lang === "de" ? `Blatt „${f.sheet}“, Zelle ${f.cell}` : `sheet “${f.sheet}”, cell ${f.cell}`;
    const what = f.measureId ? `${lang === "de" ? "Maßnahme" : "measure"} ${f.measureId} (${place})` : place;
    return `${what}: ${f.message[lang].replace(/\.$/, "")}`;
  });
  const more = findings.length - named.length;
  return (
    named.join(" | ") + (more > 0 ? (lang === "de" ? ` (und ${more} weitere)` : ` (and ${more} more)`) : "")
  );
}

function refusal(
  problem: NextRoundProblem,
  context: { file: string; date: string; unit: string },
  m: Messages,
  lang: Language,
): Error {
  switch (problem.kind) {
    case "label":
      return new UsageError(m.rounds.round.labelMissing);
    case "date":
      return new UsageError(m.rounds.round.badDate(context.date));
    case "unitWorkbook":
      return new FailedError(`${context.file}: ${m.rounds.round.unitWorkbook(context.unit)}`);
    case "invalid": {
      const findings = describe(problem.findings, lang);
      return new FailedError(
        `${context.file}: ` +
          (problem.findings.some((f) => f.ruleId === "structure")
            ? m.rounds.round.structure(findings)
            : m.rounds.round.invalid(problem.findings.length, findings)),
      );
    }
  }
}

if (require.main === module) startCli((argv, io) => runRoundCli(argv, io));
