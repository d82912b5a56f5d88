/**
 * Rebuilds a workbook from a newer catalogue version, keeping every rating by stable ID.
 *
 *   npm run update -- ALT.xlsx --catalogue NEU.json --out NEU.xlsx [--report BERICHT.md] [--password PW]
 *
 * Measures that left the catalogue go with their inputs to the Archiv sheet; new ones arrive empty; the
 * report (default: beside --out) says what moved. Exit 0 written, 1 failed (nothing written), 2 wrong call.
 */
import path from "node:path";
import { formatOf, loadCatalogue } from "../catalogue/load";
import type { Catalogue } from "../catalogue/model";
import { buildPlan } from "../layout/buildPlan";
import { catalogueUpdateMarkdown, updateCatalogue } from "../returns/catalogueUpdate";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { parseArgs, UsageError, workInCallerDirectory } from "./io";
import {
  cliMessage,
  consoleIo,
  FailedError,
  readBytes,
  readIntactWorkbook,
  replaceExtension,
  writeAllAtomically,
  type Io,
} from "./returnsIo";

const USAGE =
  "Aufruf: npm run update -- ALT.xlsx --catalogue NEU.json|NEU.csv [--version V (nur CSV)] --out NEU.xlsx [--report BERICHT.md] [--password KENNWORT]";

export async function runUpdateCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now = () => new Date(),
): Promise<number> {
  try {
    if (argv.includes("--help") || argv.includes("-h")) {
      io.out(USAGE);
      return 0;
    }
    const { positional, options } = parseArgs(
      argv,
      [],
      ["catalogue", "out", "report", "password", "version"],
    );
    const [oldFile, ...extra] = positional;
    const catalogueFile = options.get("catalogue");
    const out = options.get("out");
    if (!oldFile || extra.length > 0) throw new UsageError("Genau eine bisherige Arbeitsmappe angeben.");
    if (typeof catalogueFile !== "string") throw new UsageError("--catalogue NEU.json fehlt.");
    if (typeof out !== "string" || path.extname(out).toLowerCase() !== ".xlsx")
      throw new UsageError("--out NEU.xlsx fehlt oder endet nicht auf .xlsx.");
    const reportFile =
      (options.get("report") as string | undefined) ?? replaceExtension(out, "-Aktualisierung.md");
    const password = options.get("password");

    const { workbook } = await readIntactWorkbook(oldFile);
    const newCatalogue = loadNewCatalogue(
      await readBytes(catalogueFile),
      catalogueFile,
      workbook.catalogue,
      options.get("version"),
    );
    if (newCatalogue.id !== workbook.catalogue.id)
      throw new FailedError(
        `Der neue Katalog „${newCatalogue.id}“ ist nicht der Katalog der Arbeitsmappe („${workbook.catalogue.id}“).`,
      );
    const builtAt = now().toISOString();
    const result = updateCatalogue({
      oldCatalogue: workbook.catalogue,
      newCatalogue,
      language: workbook.meta.language,
      inputs: workbook.inputs,
      archive: workbook.archive,
      archivedAt: builtAt,
    });
    const plan = buildPlan(newCatalogue, {
      language: workbook.meta.language,
      title: workbook.meta.title,
      builtAt,
      inputs: result.inputs,
      ...(workbook.meta.unit !== undefined && { unit: workbook.meta.unit }),
      ...(result.archive.length > 0 && { archive: result.archive }),
      ...(typeof password === "string" && { password }),
    });
    await writeAllAtomically([
      { path: out, bytes: await writeXlsxBuffer(plan) },
      { path: reportFile, bytes: catalogueUpdateMarkdown(result.report) },
    ]);
    const r = result.report;
    io.out(`Geschrieben: ${path.resolve(out)} (Katalog ${r.from.version} → ${r.to.version})`);
    io.out(`Bericht:     ${path.resolve(reportFile)}`);
    io.out(
      `  übernommen ${r.kept.length} (mit Bewertung ${r.keptWithRating}), verschoben ${r.moved.length}, ` +
        `neu ${r.added.length}, archiviert ${r.archived.length}, zurückgeholt ${r.restored.length}`,
    );
    return 0;
  } catch (error) {
    const { text, code } = cliMessage(error, USAGE);
    io.err(text);
    return code;
  }
}

/** A CSV list carries no ID or version: it takes the workbook's catalogue ID and --version. */
function loadNewCatalogue(
  bytes: Uint8Array,
  file: string,
  old: Catalogue,
  version: string | true | undefined,
): Catalogue {
  const isJson = formatOf(file, new TextDecoder().decode(bytes.slice(0, 64))) === "json";
  if (isJson) {
    if (version !== undefined)
      throw new UsageError("--version gilt nur für einen CSV-Katalog; JSON trägt seine Version selbst.");
    return loadCatalogue(bytes, file);
  }
  if (typeof version !== "string")
    throw new UsageError("Ein CSV-Katalog trägt keine Version: bitte --version angeben.");
  return loadCatalogue(bytes, file, {
    id: old.id,
    title: old.title,
    version,
    ...(old.source && { source: old.source }),
  });
}

if (require.main === module) {
  workInCallerDirectory();
  void runUpdateCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
