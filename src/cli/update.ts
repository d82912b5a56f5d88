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
import { optionsOfWorkbook } from "../layout/planOfWorkbook";
import { catalogueUpdateMarkdown, updateCatalogue } from "../returns/catalogueUpdate";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { issueFormatter, type CatalogueWarning } from "../catalogue/errors";
import type { Language, Messages } from "../core/messages";
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

export const UPDATE_COMMAND: CommandInfo = {
  name: "update",
  usage: (m) => m.cli.update.usage,
  help: (m) => m.cli.update.help,
};

export async function runUpdateCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now = () => new Date(),
): Promise<number> {
  return runCommand(UPDATE_COMMAND, argv, io, async (m, lang) => {
    const { positional, options } = parseArgs(
      argv,
      [],
      ["catalogue", "out", "report", "password", "version"],
      m,
    );
    const t = m.cli.update;
    const [oldFile, ...extra] = positional;
    const catalogueFile = stringOption(options, "catalogue");
    const out = stringOption(options, "out");
    if (!oldFile || extra.length > 0) throw new UsageError(t.oneWorkbook);
    if (catalogueFile === undefined) throw new UsageError(t.catalogueMissing);
    if (out === undefined || path.extname(out).toLowerCase() !== ".xlsx") throw new UsageError(t.outMissing);
    const reportFile = stringOption(options, "report") ?? replaceExtension(out, "-Aktualisierung.md");
    const password = stringOption(options, "password");

    const { workbook } = await readIntactWorkbook(oldFile, m, lang);
    const newCatalogue = loadNewCatalogue(
      await readBytes(catalogueFile, m),
      catalogueFile,
      workbook.catalogue,
      stringOption(options, "version"),
      (warning) => io.err(m.cli.warning(issueFormatter(lang)(warning))),
      m,
      lang,
    );
    if (newCatalogue.id !== workbook.catalogue.id)
      throw new FailedError(t.otherCatalogue(newCatalogue.id, workbook.catalogue.id));
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
      ...optionsOfWorkbook(workbook.meta, { archive: result.archive, history: workbook.history }),
      builtAt,
      inputs: result.inputs,
      ...(password !== undefined && { password }),
    });
    await writeAllAtomically(
      [
        { path: out, bytes: await writeXlsxBuffer(plan) },
        { path: reportFile, bytes: catalogueUpdateMarkdown(result.report, lang) },
      ],
      m,
    );
    const r = result.report;
    io.out(t.written(path.resolve(out), r.from.version, r.to.version));
    io.out(t.report(path.resolve(reportFile)));
    io.out(
      t.counts(
        r.kept.length,
        r.keptWithRating,
        r.moved.length,
        r.added.length,
        r.archived.length,
        r.restored.length,
      ),
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
  m: Messages,
  lang: Language,
): Catalogue {
  const isJson = formatOf(file, new TextDecoder().decode(bytes.slice(0, 64))) === "json";
  if (isJson) {
    if (version !== undefined) throw new UsageError(m.cli.update.versionOnlyForCsv);
    return loadCatalogue(bytes, file, {}, lang);
  }
  if (version === undefined) throw new UsageError(m.cli.update.csvNeedsVersion);
  const loaded = loadCatalogueDetailed(
    bytes,
    file,
    {
      id: old.id,
      title: old.title,
      version,
      ...(old.source && { source: old.source }),
    },
    lang,
  );
  loaded.warnings.forEach(warn);
  return loaded.catalogue;
}

if (require.main === module) startCli(runUpdateCli);
