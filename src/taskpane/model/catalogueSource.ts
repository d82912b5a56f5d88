/**
 * The three catalogue sources of the Erstellen panel — the bundled catalogue, a file from disk, a table on
 * a sheet of the open workbook — each into a catalogue or the full list of issues. Nothing partial.
 */
import { CatalogueError, type CatalogueIssue } from "../../catalogue/errors";
import { catalogueMessages } from "../../core/messages/sections";
import type { Language } from "../../core/messages";
import { summarize, type Catalogue, type CatalogueSummary } from "../../catalogue/model";
import { loadCatalogue } from "../../catalogue/load";
import { parseCatalogueJson } from "../../catalogue/readJson";
import { catalogueFromTable } from "../../catalogue/table";
import { META_SHEET_NAME } from "../../layout/metaSheet";
import type { WorkbookSnapshot } from "../../layout/snapshot";

export const BUNDLED_FILE_NAME = "konzept-migration-integration-2018-2022.json";

export type LoadedSource =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly summary: CatalogueSummary }
  | { readonly ok: false; readonly issues: readonly CatalogueIssue[] };

/** `lang`: the pane's language, for the catalogue's errors and warnings (German by default). */
export function fromBytes(bytes: Uint8Array, fileName: string, lang: Language = "de"): LoadedSource {
  return attempt(fileName, () => loadCatalogue(bytes, fileName, {}, lang));
}

/** The bundled catalogue is a separate chunk, fetched on first use, and checked like any other file. */
export async function bundledCatalogue(lang: Language = "de"): Promise<LoadedSource> {
  const module = await import("../../../seeds/konzept-migration-integration-2018-2022.json");
  return attempt(BUNDLED_FILE_NAME, () =>
    parseCatalogueJson(JSON.stringify(module.default), BUNDLED_FILE_NAME, lang),
  );
}

export function fromSheet(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  lang: Language = "de",
): LoadedSource {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return { ok: false, issues: [{ file: sheetName, message: catalogueMessages(lang).sheetGone }] };
  return attempt(sheetName, () => catalogueFromTable(sheet.values, sheetName, 1, {}, lang));
}

/** Visible sheets with contents that are not part of a Zielbild overview: candidates for a catalogue table. */
export function tableSheets(snapshot: WorkbookSnapshot, ownSheets: ReadonlySet<string>): string[] {
  return snapshot.sheets
    .filter((s) => s.visibility === "visible" && s.name !== META_SHEET_NAME && !ownSheets.has(s.name))
    .filter((s) => s.values.some((row) => row.some((v) => v !== null && v !== "")))
    .map((s) => s.name);
}

function attempt(file: string, load: () => Catalogue): LoadedSource {
  try {
    const catalogue = load();
    return { ok: true, catalogue, summary: summarize(catalogue) };
  } catch (error) {
    if (error instanceof CatalogueError) return { ok: false, issues: error.issues };
    return { ok: false, issues: [{ file, message: error instanceof Error ? error.message : String(error) }] };
  }
}
