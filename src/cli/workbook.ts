/**
 * The headless main job: catalogue → overview workbook (.xlsx).
 *
 *   npm run workbook -- [--catalogue FILE] [--out FILE] [--lang de|en] [--password PW] [--title T]
 *                       [--unit NAME | --all-units DIR]
 *   npm run workbook -- --from OVERVIEW.xlsx (--unit NAME | --all-units DIR)
 *
 * --from makes the per-unit workbooks of a running overview (its catalogue, round and entries), so that a
 * round's files can be sent out at any time, not only when it starts.
 * Writes to a temporary file beside the target and renames it only on success, so a failed run never
 * leaves a partial or stale-looking workbook behind. --lang is the workbook's language and the messages'.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { loadCatalogueDetailed, type LoadedCatalogue } from "../catalogue/load";
import { issueFormatter } from "../catalogue/errors";
import { summarize, type Catalogue } from "../catalogue/model";
import { buildPlan } from "../layout/buildPlan";
import { firstRound } from "../layout/rounds";
import type { WorkbookPlan } from "../layout/plan";
import type { Language } from "../scheme/ratingScheme";
import { messagesFor, type Messages } from "../core/messages";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { allUnitWorkbooks, unitFileName, unitWorkbook, type UnitWorkbook } from "../returns/unitWorkbooks";
import { optionsOfWorkbook } from "../layout/planOfWorkbook";
import { readIntactWorkbook, writeUnitWorkbooks } from "./returnsIo";
import {
  consoleIo,
  FailedError,
  parseArgs as parseCommandLine,
  languageOf,
  runCommand,
  startCli,
  UsageError,
  writeAllAtomically,
  type CommandInfo,
  type Io,
} from "./io";

export const DEFAULT_CATALOGUE = path.resolve(
  __dirname,
  "../../seeds/konzept-migration-integration-2018-2022.json",
);
export const DEFAULT_OUT = path.join("out", "Bewertungsuebersicht.xlsx");

export interface WorkbookArgs {
  readonly catalogue: string;
  readonly out: string;
  readonly language: Language;
  readonly password?: string;
  readonly title?: string;
  /** Label of round 1 (default: from the catalogue). */
  readonly round?: string;
  /** Per-unit workbook: only this unit's input cells are unlocked. */
  readonly unit?: string;
  /** One per-unit workbook for every responsible unit, into this folder. */
  readonly allUnitsDir?: string;
  /** A running overview (.xlsx) to make the per-unit workbooks from, instead of the catalogue. */
  readonly from?: string;
}

export const WORKBOOK_COMMAND: CommandInfo = {
  name: "workbook",
  usage: (m) => m.cli.workbook.usage,
  help: (m) => m.cli.workbook.help(DEFAULT_OUT),
};

const OPTIONS = [
  "catalogue",
  "out",
  "lang",
  "password",
  "title",
  "round",
  "unit",
  "all-units",
  "from",
] as const;

export function parseArgs(argv: readonly string[]): WorkbookArgs {
  const language = languageOf(argv);
  const m = messagesFor(language).cli;
  const { positional, options } = parseCommandLine(argv, [], OPTIONS, messagesFor(language));
  if (positional.length > 0) throw new UsageError(m.workbook.unexpectedArgument(positional[0]!));
  const values = new Map([...options].map(([name, value]) => [`--${name}`, String(value)]));
  const out = values.get("--out") ?? DEFAULT_OUT;
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new UsageError(m.workbook.outMustBeXlsx(out));
  const title = values.get("--title");
  if (title !== undefined && title.trim() === "") throw new UsageError(m.workbook.titleEmpty);
  const round = values.get("--round");
  if (round !== undefined && round.trim() === "") throw new UsageError(m.workbook.roundEmpty);
  const unit = values.get("--unit");
  const allUnitsDir = values.get("--all-units");
  if (unit !== undefined && allUnitsDir !== undefined) throw new UsageError(m.workbook.unitOrAllUnits);
  if (unit !== undefined && unit.trim() === "") throw new UsageError(m.workbook.unitNeedsName);
  const from = values.get("--from");
  if (from !== undefined) {
    const excluded = ["catalogue", "title", "round"].find((name) => values.has(`--${name}`));
    if (excluded) throw new UsageError(m.workbook.fromExcludes(excluded));
    if (unit === undefined && allUnitsDir === undefined) throw new UsageError(m.workbook.fromNeedsUnits);
  }
  return {
    catalogue: values.get("--catalogue") ?? DEFAULT_CATALOGUE,
    out: unit !== undefined && !values.has("--out") ? path.join("out", unitFileName(unit)) : out,
    ...(unit !== undefined && { unit }),
    ...(allUnitsDir !== undefined && { allUnitsDir }),
    ...(from !== undefined && { from }),
    language,
    ...(values.has("--password") && { password: values.get("--password")! }),
    ...(title !== undefined && { title }),
    ...(round !== undefined && { round: round.trim() }),
  };
}

export async function runWorkbookCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now: () => number = Date.now,
): Promise<number> {
  const started = now();
  return runCommand(WORKBOOK_COMMAND, argv, io, async (m, lang) => {
    const args = parseArgs(argv);
    if (args.from !== undefined) return unitWorkbooksFromOverview({ ...args, from: args.from }, io, m, lang);
    const { catalogue, warnings } = await readCatalogue(args.catalogue, args.language, m);
    for (const warning of warnings) io.err(m.cli.warning(issueFormatter(args.language)(warning)));
    const builtAt = new Date().toISOString();
    const options = {
      language: args.language,
      builtAt,
      ...(args.password !== undefined && { password: args.password }),
      ...(args.title !== undefined && { title: args.title }),
      ...(args.round !== undefined && {
        round: { ...firstRound(catalogue, builtAt, args.language), label: args.round },
      }),
    };
    if (args.allUnitsDir !== undefined) {
      io.progress?.(m.cli.workbook.buildingUnitWorkbooks);
      return writeUnitFiles(args.allUnitsDir, allUnitWorkbooks(catalogue, options), io, m);
    }
    const plan =
      args.unit !== undefined
        ? unitWorkbook(catalogue, args.unit, options, lang).plan
        : buildPlan(catalogue, options);
    const bytes = await writeXlsxBuffer(plan);
    const target = path.resolve(args.out);
    await writeAllAtomically([{ path: target, bytes }], m);
    report(io, m, target, bytes.length, catalogue, plan, now() - started);
    return 0;
  });
}

/**
 * Per-unit workbooks from a running overview: its catalogue, title, round, closed rounds, archive and entries
 * (entered units decide who is responsible). Each file records what it showed, so the merge later tells a
 * unit's own change from one made in the overview meanwhile.
 */
async function unitWorkbooksFromOverview(
  args: WorkbookArgs & { readonly from: string },
  io: Io,
  m: Messages,
  lang: Language,
): Promise<number> {
  const { workbook } = await readIntactWorkbook(args.from, m, lang);
  if (workbook.meta.unit !== undefined)
    throw new FailedError(m.cli.workbook.fromIsUnitWorkbook(args.from, workbook.meta.unit));
  const options = {
    ...optionsOfWorkbook(workbook.meta, { archive: workbook.archive, history: workbook.history }),
    builtAt: new Date().toISOString(),
    inputs: workbook.inputs,
    ...(args.password !== undefined && { password: args.password }),
  };
  if (args.allUnitsDir !== undefined) io.progress?.(m.cli.workbook.buildingUnitWorkbooks);
  const workbooks =
    args.unit !== undefined
      ? [unitWorkbook(workbook.catalogue, args.unit, options, lang)]
      : allUnitWorkbooks(workbook.catalogue, options);
  if (args.allUnitsDir === undefined) {
    const target = path.resolve(args.out);
    await writeAllAtomically([{ path: target, bytes: await writeXlsxBuffer(workbooks[0]!.plan) }], m);
    io.out(m.cli.written(target));
    return 0;
  }
  return writeUnitFiles(args.allUnitsDir, workbooks, io, m);
}

/** Writes the per-unit workbooks into the folder (all or none) and lists them. */
async function writeUnitFiles(
  dir: string,
  workbooks: readonly UnitWorkbook[],
  io: Io,
  m: Messages,
): Promise<number> {
  const written = await writeUnitWorkbooks(dir, workbooks, io.progress, m);
  io.progress?.("");
  io.out(m.cli.workbook.writtenUnitWorkbooks(written.length, path.resolve(dir)));
  for (const file of written) io.out(`  ${path.basename(file)}`);
  return 0;
}

async function readCatalogue(file: string, language: Language, m: Messages): Promise<LoadedCatalogue> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const t = m.cli.workbook;
    throw new UsageError(
      code === "ENOENT"
        ? t.catalogueNotFound(file)
        : code === "EISDIR"
          ? t.catalogueIsFolder(file)
          : t.catalogueUnreadable(file, String(code)),
    );
  }
  return loadCatalogueDetailed(bytes, file, {}, language);
}

function report(
  io: Io,
  m: Messages,
  target: string,
  size: number,
  catalogue: Catalogue,
  plan: WorkbookPlan,
  ms: number,
): void {
  const summary = summarize(catalogue);
  const visible = plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name);
  const t = m.cli.workbook;
  io.out(m.cli.writtenSize(target, m.cli.number(Math.round(size / 1024))));
  io.out(t.summaryCatalogue(catalogue.title, catalogue.version));
  io.out(t.summarySheets(plan.sheets.length, visible.join(", ")));
  io.out(t.summaryContent(summary.actionFields, m.cli.number(summary.goals), m.cli.number(summary.measures)));
  io.out(t.summaryDuration(m.cli.seconds(ms)));
}

if (require.main === module) startCli((argv, io) => runWorkbookCli(argv, io));
