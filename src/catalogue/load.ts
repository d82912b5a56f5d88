/** Bytes + file name → Catalogue, JSON or CSV by extension or, failing that, by content. Pure. */
import { CatalogueError, type CatalogueWarning } from "./errors";
import type { Catalogue } from "./model";
import { decodeText, type TextEncoding } from "./decode";
import { MAX_CATALOGUE_CHARS, parseCatalogueJson, tooLarge } from "./readJson";
import { parseCatalogueCsvDetailed } from "./readCsv";
import type { CatalogueMeta } from "./table";

export type CatalogueFormat = "json" | "csv";

export interface LoadedCatalogue {
  readonly catalogue: Catalogue;
  readonly format: CatalogueFormat;
  readonly encoding: TextEncoding;
  /** What was skipped but did not stop the import (unknown CSV columns), each with file and column. */
  readonly warnings: readonly CatalogueWarning[];
}

/** Throws CatalogueError with every issue found; never returns a partial catalogue. */
export function loadCatalogue(bytes: Uint8Array, fileName: string, meta: CatalogueMeta = {}): Catalogue {
  return loadCatalogueDetailed(bytes, fileName, meta).catalogue;
}

export function loadCatalogueDetailed(
  bytes: Uint8Array,
  fileName: string,
  meta: CatalogueMeta = {},
): LoadedCatalogue {
  if (bytes.length > MAX_CATALOGUE_CHARS) throw tooLarge(fileName, bytes.length);
  if (bytes.length === 0) throw new CatalogueError([{ file: fileName, message: "Die Datei ist leer" }]);
  const { text, encoding } = decodeText(bytes, fileName);
  const format = formatOf(fileName, text);
  if (format === "json")
    return { catalogue: parseCatalogueJson(text, fileName), format, encoding, warnings: [] };
  const { catalogue, warnings } = parseCatalogueCsvDetailed(text, fileName, meta);
  return { catalogue, format, encoding, warnings };
}

export function formatOf(fileName: string, text: string): CatalogueFormat {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "csv" || extension === "tsv" || extension === "txt") return "csv";
  return /^\s*[{[]/.test(text) ? "json" : "csv";
}
