/**
 * Rebuilds a workbook from a newer catalogue version, keeping every rating by stable ID.
 *
 *   npm run update -- ALT.xlsx --catalogue NEU.json --out NEU.xlsx [--report BERICHT.md] [--password PW]
 *
 * Measures that left the catalogue go with their inputs to the Archiv sheet; new ones arrive empty; the
 * report (default: beside --out) says what moved. Exit 0 written, 1 failed (nothing written), 2 wrong call.
 */
import path from "node:path";
import { formatOf, loadCatalogue, loadCatalogueDetailed } from "../catalogue/load";
import type { Catalogue } from "../catalogue/model";
import { buildPlan } from "../layout/buildPlan";
import { catalogueUpdateMarkdown, updateCatalogue } from "../returns/catalogueUpdate";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { formatIssue, type CatalogueWarning } from "../catalogue/errors";
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
import { readBytes, readIntactWorkbook, replaceExtension } from "./returnsIo";

const USAGE =
  "Aufruf: npm run update -- ALT.xlsx --catalogue NEU.json|NEU.csv [--version V (nur CSV)] --out NEU.xlsx [--report BERICHT.md] [--password KENNWORT]";

export const UPDATE_COMMAND: CommandInfo = {
  name: "update",
  usage: USAGE,
  help: `Zielbild – Arbeitsmappe auf einen neuen Katalog umstellen

${USAGE}

Baut die Arbeitsmappe aus einer neueren Katalogfassung neu; jede Bewertung bleibt über die Maßnahmen-ID
erhalten. Maßnahmen, die nicht mehr im Katalog stehen, kommen mit ihren Eingaben auf das Blatt „Archiv“.

Optionen:
  --catalogue DATEI    der neue Katalog, JSON oder CSV (Pflicht)
  --version VERSION    Version eines CSV-Katalogs (nur CSV; JSON trägt seine Version selbst)
  --out DATEI.xlsx     die neue Arbeitsmappe (Pflicht)
  --report DATEI.md    der Bericht; Vorgabe: neben --out, „…-Aktualisierung.md“
  --password KENNWORT  Blattschutz-Kennwort der neuen Arbeitsmappe
  --help, -h           diese Hilfe

Beispiel:
  npm run update -- Bewertung-2024.xlsx --catalogue katalog-2025.json --out Bewertung-2025.xlsx

Exit-Code: 0 geschrieben, 1 Fehler in den Daten (nichts geschrieben), 2 falscher Aufruf.
`,
};

export async function runUpdateCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now = () => new Date(),
): Promise<number> {
  return runCommand(UPDATE_COMMAND, argv, io, async () => {
    const { positional, options } = parseArgs(
      argv,
      [],
      ["catalogue", "out", "report", "password", "version"],
    );
    const [oldFile, ...extra] = positional;
    const catalogueFile = stringOption(options, "catalogue");
    const out = stringOption(options, "out");
    if (!oldFile || extra.length > 0) throw new UsageError("Genau eine bisherige Arbeitsmappe angeben.");
    if (catalogueFile === undefined) throw new UsageError("--catalogue NEU.json fehlt.");
    if (out === undefined || path.extname(out).toLowerCase() !== ".xlsx")
      throw new UsageError("--out NEU.xlsx fehlt oder endet nicht auf .xlsx.");
    const reportFile = stringOption(options, "report") ?? replaceExtension(out, "-Aktualisierung.md");
    const password = stringOption(options, "password");

    const { workbook } = await readIntactWorkbook(oldFile);
    const newCatalogue = loadNewCatalogue(
      await readBytes(catalogueFile),
      catalogueFile,
      workbook.catalogue,
      stringOption(options, "version"),
      (warning) => io.err(`Warnung: ${formatIssue(warning)}`),
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
      ...(password !== undefined && { password }),
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
  });
}

/** A CSV list carries no ID or version: it takes the workbook's catalogue ID and --version. */
function loadNewCatalogue(
  bytes: Uint8Array,
  file: string,
  old: Catalogue,
  version: string | undefined,
  warn: (warning: CatalogueWarning) => void,
): Catalogue {
  const isJson = formatOf(file, new TextDecoder().decode(bytes.slice(0, 64))) === "json";
  if (isJson) {
    if (version !== undefined)
      throw new UsageError("--version gilt nur für einen CSV-Katalog; JSON trägt seine Version selbst.");
    return loadCatalogue(bytes, file);
  }
  if (version === undefined)
    throw new UsageError("Ein CSV-Katalog trägt keine Version: bitte --version angeben.");
  const loaded = loadCatalogueDetailed(bytes, file, {
    id: old.id,
    title: old.title,
    version,
    ...(old.source && { source: old.source }),
  });
  loaded.warnings.forEach(warn);
  return loaded.catalogue;
}

if (require.main === module) startCli(runUpdateCli);
