/** Bytes + file name → Catalogue, JSON or CSV by extension or, failing that, by content. Pure. */
import { CatalogueError, type CatalogueWarning } from "./errors";
import type { Catalogue } from "./model";
import { decodeText, type TextEncoding } from "./decode";
import { MAX_CATALOGUE_CHARS, parseCatalogueJson, tooLarge } from "./readJson";
import { parseCatalogueCsvDetailed } from "./readCsv";
import type { CatalogueMeta } from "./table";
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

export type CatalogueFormat = "json" | "csv";

export interface LoadedCatalogue {
  readonly catalogue: Catalogue;
  readonly format: CatalogueFormat;
  readonly encoding: TextEncoding;
  /** What was skipped but did not stop the import (unknown CSV columns), each with file and column. */
  readonly warnings: readonly CatalogueWarning[];
}

/**
 * Throws CatalogueError with every issue found; never returns a partial catalogue. Errors and warnings are
 * worded in `lang` (German by default).
 */
export function loadCatalogue(
  bytes: Uint8Array,
  fileName: string,
  meta: CatalogueMeta = {},
  lang: Language = "de",
): Catalogue {
  return loadCatalogueDetailed(bytes, fileName, meta, lang).catalogue;
}

export function loadCatalogueDetailed(
  bytes: Uint8Array,
  fileName: string,
  meta: CatalogueMeta = {},
  lang: Language = "de",
): LoadedCatalogue {
  if (bytes.length > MAX_CATALOGUE_CHARS) throw tooLarge(fileName, bytes.length, lang);
  if (bytes.length === 0)
    throw new CatalogueError([{ file: fileName, message: catalogueMessages(lang).fileEmpty }], lang);
  const { text, encoding } = decodeText(bytes, fileName, lang);
  const format = formatOf(fileName, text);
  if (format === "json")
    return { catalogue: parseCatalogueJson(text, fileName, lang), format, encoding, warnings: [] };
  const { catalogue, warnings } = parseCatalogueCsvDetailed(text, fileName, meta, lang);
  return { catalogue, format, encoding, warnings };
}

export function formatOf(fileName: string, text: string): CatalogueFormat {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "csv" || extension === "tsv" || extension === "txt") return "csv";
  return /^\s*[{[]/.test(text) ? "json" : "csv";
}
