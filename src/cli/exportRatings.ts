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

export const EXPORT_COMMAND: CommandInfo = {
  name: "export",
  usage: (m) => m.cli.export.usage,
  help: (m) => m.cli.export.help,
};

export async function runExportCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(EXPORT_COMMAND, argv, io, async (m, lang) => {
    const { positional, options } = parseArgs(argv, [], ["csv", "json", "version"], m);
    const [file, ...extra] = positional;
    const csv = stringOption(options, "csv");
    const json = stringOption(options, "json");
    const version = stringOption(options, "version");
    if (!file || extra.length > 0) throw new UsageError(m.cli.export.oneWorkbook);
    if (csv === undefined && json === undefined) throw new UsageError(m.cli.export.csvOrJson);
    const { workbook } = await readIntactWorkbook(file, m, lang);
    const rated = ratedCatalogue(workbook.catalogue, workbook.inputs, workbook.meta.language, {
      ...(version !== undefined && { version }),
    });
    const files: OutFile[] = [];
    if (csv !== undefined) files.push({ path: csv, bytes: ratingsCsv(rated.catalogue) });
    if (json !== undefined) files.push({ path: json, bytes: ratedCatalogueJson(rated.catalogue) });
    await writeAllAtomically(files, m);
    for (const f of files) io.out(m.cli.written(path.resolve(f.path)));
    for (const w of rated.warnings) io.err(m.cli.warning(describeWarning(w, lang)));
    return 0;
  });
}

if (require.main === module) startCli(runExportCli);
