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
import { parseArgs, UsageError, workInCallerDirectory } from "./io";
import {
  cliMessage,
  consoleIo,
  readIntactWorkbook,
  writeAllAtomically,
  type Io,
  type OutFile,
} from "./returnsIo";

const USAGE = "Aufruf: npm run export -- DATEI.xlsx [--csv AUS.csv] [--json AUS.json] [--version VERSION]";

export async function runExportCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  try {
    if (argv.includes("--help") || argv.includes("-h")) {
      io.out(USAGE);
      return 0;
    }
    const { positional, options } = parseArgs(argv, [], ["csv", "json", "version"]);
    const [file, ...extra] = positional;
    const csv = options.get("csv");
    const json = options.get("json");
    const version = options.get("version");
    if (!file || extra.length > 0) throw new UsageError("Genau eine Arbeitsmappe angeben.");
    if (typeof csv !== "string" && typeof json !== "string")
      throw new UsageError("--csv oder --json angeben.");
    const { workbook } = await readIntactWorkbook(file);
    const rated = ratedCatalogue(workbook.catalogue, workbook.inputs, workbook.meta.language, {
      ...(typeof version === "string" && { version }),
    });
    const files: OutFile[] = [];
    if (typeof csv === "string") files.push({ path: csv, bytes: ratingsCsv(rated.catalogue) });
    if (typeof json === "string") files.push({ path: json, bytes: ratedCatalogueJson(rated.catalogue) });
    await writeAllAtomically(files);
    for (const f of files) io.out(`Geschrieben: ${path.resolve(f.path)}`);
    for (const w of rated.warnings) io.err(`Warnung: ${describeWarning(w)}`);
    return 0;
  } catch (error) {
    const { text, code } = cliMessage(error, USAGE);
    io.err(text);
    return code;
  }
}

if (require.main === module) {
  workInCallerDirectory();
  void runExportCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
