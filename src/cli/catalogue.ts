/**
 * npm run catalogue -- check [FILE] [--json] [--id ID --title TITEL --version V]
 * Checks a catalogue (JSON or CSV) and prints a summary or every error with its place.
 */
import { resolve } from "node:path";
import {
  CatalogueError,
  formatIssue,
  loadCatalogueDetailed,
  summarize,
  type CatalogueMeta,
  type LoadedCatalogue,
} from "../catalogue";
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

const HELP = `Zielbild – Zielkatalog prüfen

Aufruf: npm run catalogue -- check [DATEI] [--json] [--id ID] [--title TITEL] [--version VERSION]
        npm run catalogue -- help

check    Liest einen Zielkatalog (JSON oder CSV) und zeigt eine Übersicht: Handlungsfelder,
         Herausforderungen, Ziele, Maßnahmen, Organisationseinheiten und je Handlungsfeld
         die Zahl der Ziele und Maßnahmen. Enthält der Katalog Fehler, werden alle Fehler
         mit Datei, Zeile und Feld bzw. Spalte aufgeführt.
         Ohne DATEI wird der mitgelieferte Katalog geprüft: ${DEFAULT_CATALOGUE}

Optionen:
  --json             Ausgabe als JSON (für andere Programme)
  --id, --title, --version
                     Katalogangaben für CSV-Dateien (sonst aus dem Dateinamen abgeleitet)
  --help, -h         diese Hilfe

Warnungen (z. B. eine unbekannte Spalte wie „Lfd. Nr.“, die beim Einlesen übergangen wird) stehen
auf stderr und ändern den Exit-Code nicht; eine falsch geschriebene Bewertungsspalte ist ein Fehler.

Beispiel:
  npm run catalogue -- check katalog.csv --title "Konzept 2024" --version 2024

Formate: JSON nach seeds/catalogue.schema.json; CSV mit einer Zeile je Maßnahme
(Trennzeichen ; oder , oder Tab; UTF-8, UTF-16 oder Windows-1252). Siehe docs/catalogue-format.md.

Exit-Code: 0 Katalog in Ordnung, 1 Fehler im Katalog, 2 falscher Aufruf oder Datei nicht gefunden.
`;

export const CATALOGUE_COMMAND: CommandInfo = {
  name: "catalogue",
  usage: "Aufruf: npm run catalogue -- check [DATEI] [--json] [--id ID] [--title TITEL] [--version VERSION]",
  help: HELP,
};

export async function runCatalogueCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(CATALOGUE_COMMAND, argv, io, () => {
    const { positional, options } = parseArgs(argv, ["json"], ["id", "title", "version"]);
    const [command, ...files] = positional;
    if (command === "help" || command === undefined) {
      io.out(HELP.trimEnd());
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command !== "check") throw new UsageError(`unbekannter Befehl „${command}“ (erlaubt: check, help)`);
    if (files.length > 1) throw new UsageError("check prüft genau eine Datei");
    return check(
      files[0] ?? resolve(__dirname, "../..", DEFAULT_CATALOGUE),
      metaFrom(options),
      options.has("json"),
      io,
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

function check(file: string, meta: CatalogueMeta, json: boolean, io: Io): number {
  const bytes = readInputFile(file);
  let loaded: LoadedCatalogue;
  try {
    loaded = loadCatalogueDetailed(bytes, file, meta);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    if (json) io.out(JSON.stringify({ ok: false, file, issues: error.issues }, null, 2));
    else io.err(issuesText(file, error));
    return EXIT_ERRORS;
  }
  for (const warning of loaded.warnings) io.err(`Warnung: ${formatIssue(warning)}`);
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
  } else io.out(summaryText(file, loaded, summary));
  return EXIT_OK;
}

/** Thousands of errors (a wrong file) help nobody on a terminal; --json still lists all. */
const MAX_PRINTED_ISSUES = 200;

function issuesText(file: string, error: CatalogueError): string {
  const shown = error.issues.slice(0, MAX_PRINTED_ISSUES).map(formatIssue);
  const rest = error.issues.length - shown.length;
  if (rest > 0) shown.push(`… und ${rest} weitere Fehler (alle mit --json)`);
  return `${file}: ${error.issues.length} Fehler\n${shown.join("\n")}`;
}

function summaryText(file: string, loaded: LoadedCatalogue, summary: ReturnType<typeof summarize>): string {
  const { catalogue } = loaded;
  const head = [
    `Katalog:  ${catalogue.title} (Version ${catalogue.version}, ID ${catalogue.id})`,
    `Datei:    ${file} (${loaded.format.toUpperCase()}, ${loaded.encoding})`,
    "",
    table([
      ["Handlungsfelder", summary.actionFields],
      ["Herausforderungen", summary.challenges],
      ["Ziele", summary.goals],
      ["Maßnahmen", summary.measures],
      ["Organisationseinheiten", summary.units.length],
    ]),
    "",
    "",
  ];
  const perField = table([
    ["Nr.", "Handlungsfeld", "Ziele", "Maßnahmen"],
    ...summary.perField.map(
      (f, i) => [String(i + 1), shorten(f.name), f.goals, f.measures] as (string | number)[],
    ),
  ]);
  const n = loaded.warnings.length;
  const warned = n === 0 ? "" : ` ${n} ${n === 1 ? "Warnung" : "Warnungen"} (auf stderr).`;
  return head.join("\n") + perField + `\n\nKeine Fehler gefunden.${warned}`;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 60 ? oneLine.slice(0, 59) + "…" : oneLine;
}

if (require.main === module) startCli(runCatalogueCli);
