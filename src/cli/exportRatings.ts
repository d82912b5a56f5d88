/**
 * Exports a workbook's ratings: as CSV (";" UTF-8 with BOM, CRLF, the catalogue reader's German headers)
 * and/or as JSON in the catalogue format with ratings — both importable as the next round's catalogue.
 *
 *   npm run export -- DATEI.xlsx [--csv AUS.csv] [--json AUS.json] [--version V]
 *
 * Values outside the scheme are not exported; each is named on stderr. Exit 0, 1 failed, 2 wrong call.
 */
import path from "node:path";
import { describeWarning, ratedCatalogue, ratedCatalogueJson, ratingsCsv } from "../returns/exportRatings";
import {
  consoleIo,
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
import { readIntactWorkbook } from "./returnsIo";

const USAGE = "Aufruf: npm run export -- DATEI.xlsx [--csv AUS.csv] [--json AUS.json] [--version VERSION]";

export const EXPORT_COMMAND: CommandInfo = {
  name: "export",
  usage: USAGE,
  help: `Zielbild – Bewertungen exportieren

${USAGE}

Schreibt die Bewertungen einer Arbeitsmappe als CSV (Trennzeichen ;, UTF-8 mit BOM) und/oder als
Katalog-JSON mit Bewertungen – beides lässt sich als Katalog der nächsten Runde einlesen. Werte außerhalb
des Bewertungsschemas werden nicht exportiert und einzeln als Warnung genannt.

Optionen:
  --csv DATEI.csv      Bewertungen als CSV
  --json DATEI.json    Katalog mit Bewertungen als JSON
  --version VERSION    Version des exportierten Katalogs
  --help, -h           diese Hilfe
  (mindestens eine von --csv und --json)

Beispiel:
  npm run export -- Bewertung-2024.xlsx --csv bewertungen.csv --json katalog-2025.json --version 2025

Exit-Code: 0 geschrieben, 1 Fehler in den Daten (nichts geschrieben), 2 falscher Aufruf.
`,
};

export async function runExportCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(EXPORT_COMMAND, argv, io, async () => {
    const { positional, options } = parseArgs(argv, [], ["csv", "json", "version"]);
    const [file, ...extra] = positional;
    const csv = stringOption(options, "csv");
    const json = stringOption(options, "json");
    const version = stringOption(options, "version");
    if (!file || extra.length > 0) throw new UsageError("Genau eine Arbeitsmappe angeben.");
    if (csv === undefined && json === undefined) throw new UsageError("--csv oder --json angeben.");
    const { workbook } = await readIntactWorkbook(file);
    const rated = ratedCatalogue(workbook.catalogue, workbook.inputs, workbook.meta.language, {
      ...(version !== undefined && { version }),
    });
    const files: OutFile[] = [];
    if (csv !== undefined) files.push({ path: csv, bytes: ratingsCsv(rated.catalogue) });
    if (json !== undefined) files.push({ path: json, bytes: ratedCatalogueJson(rated.catalogue) });
    await writeAllAtomically(files);
    for (const f of files) io.out(`Geschrieben: ${path.resolve(f.path)}`);
    for (const w of rated.warnings) io.err(`Warnung: ${describeWarning(w)}`);
    return 0;
  });
}

if (require.main === module) startCli(runExportCli);
