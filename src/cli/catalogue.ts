/**
 * npm run catalogue -- check [FILE] [--json] [--id ID --title TITEL --version V]
 * Checks a catalogue (JSON or CSV) and prints a summary or every error with its place.
 */
import { resolve } from "node:path";
import {
  CatalogueError,
  issueFormatter,
  loadCatalogueDetailed,
  summarize,
  type CatalogueMeta,
  type LoadedCatalogue,
} from "../catalogue";
import type { Language, Messages } from "../core/messages";
import {
  consoleIo,
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  parseArgs,
  readInputFile,
  runCommand,
  startCli,
  table,
  type CommandInfo,
  type Io,
} from "./io";

export const DEFAULT_CATALOGUE = "seeds/konzept-migration-integration-2018-2022.json";

export const CATALOGUE_COMMAND: CommandInfo = {
  name: "catalogue",
  usage: (m) => m.cli.catalogue.usage,
  help: (m) => m.cli.catalogue.help(DEFAULT_CATALOGUE),
};

export async function runCatalogueCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(CATALOGUE_COMMAND, argv, io, (m, lang) => {
    const { positional, options } = parseArgs(argv, ["json"], ["id", "title", "version"], m);
    const [command, ...files] = positional;
    if (command === "help" || command === undefined) {
      io.out(CATALOGUE_COMMAND.help(m).trimEnd());
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command !== "check") throw new UsageError(m.cli.catalogue.unknownCommand(command));
    if (files.length > 1) throw new UsageError(m.cli.catalogue.oneFile);
    return check(
      files[0] ?? resolve(__dirname, "../..", DEFAULT_CATALOGUE),
      metaFrom(options),
      options.has("json"),
      io,
      m,
      lang,
    );
  });
}

function metaFrom(options: Map<string, string | true>): CatalogueMeta {
  const meta: Record<string, string> = {};
  for (const key of ["id", "title", "version"]) {
    const value = options.get(key);
    if (typeof value === "string") meta[key] = value;
  }
  return meta;
}

function check(
  file: string,
  meta: CatalogueMeta,
  json: boolean,
  io: Io,
  m: Messages,
  lang: Language,
): number {
  const bytes = readInputFile(file, m);
  let loaded: LoadedCatalogue;
  try {
    loaded = loadCatalogueDetailed(bytes, file, meta, lang);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    if (json) io.out(JSON.stringify({ ok: false, file, issues: error.issues }, null, 2));
    else io.err(issuesText(file, error, m, lang));
    return EXIT_ERRORS;
  }
  for (const warning of loaded.warnings) io.err(m.cli.warning(issueFormatter(lang)(warning)));
  const summary = summarize(loaded.catalogue);
  if (json) {
    const { id, title, version } = loaded.catalogue;
    io.out(
      JSON.stringify(
        {
          ok: true,
          file,
          format: loaded.format,
          encoding: loaded.encoding,
          catalogue: { id, title, version },
          summary,
          warnings: loaded.warnings,
        },
        null,
        2,
      ),
    );
  } else io.out(summaryText(file, loaded, summary, m));
  return EXIT_OK;
}

/** Thousands of errors (a wrong file) help nobody on a terminal; --json still lists all. */
const MAX_PRINTED_ISSUES = 200;

function issuesText(file: string, error: CatalogueError, m: Messages, lang: Language): string {
  const shown = error.issues.slice(0, MAX_PRINTED_ISSUES).map(issueFormatter(lang));
  const rest = error.issues.length - shown.length;
  if (rest > 0) shown.push(m.cli.catalogue.moreErrors(rest));
  return `${m.cli.catalogue.errorCount(file, error.issues.length)}\n${shown.join("\n")}`;
}

function summaryText(
  file: string,
  loaded: LoadedCatalogue,
  summary: ReturnType<typeof summarize>,
  m: Messages,
): string {
  const { catalogue } = loaded;
  const t = m.cli.catalogue;
  const head = [
    t.summaryCatalogue(catalogue.title, catalogue.version, catalogue.id),
    t.summaryFile(file, loaded.format.toUpperCase(), loaded.encoding),
    "",
    table([
      [t.actionFields, summary.actionFields],
      [t.challenges, summary.challenges],
      [t.goals, summary.goals],
      [t.measures, summary.measures],
      [t.units, summary.units.length],
    ]),
    "",
    "",
  ];
  const perField = table([
    [t.number, t.actionField, t.goals, t.measures],
    ...summary.perField.map(
      (f, i) => [String(i + 1), shorten(f.name), f.goals, f.measures] as (string | number)[],
    ),
  ]);
  const n = loaded.warnings.length;
  const warned = n === 0 ? "" : t.warningsOnStderr(n);
  return head.join("\n") + perField + `\n\n${t.noErrors}${warned}`;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 60 ? oneLine.slice(0, 59) + "…" : oneLine;
}

if (require.main === module) startCli(runCatalogueCli);
