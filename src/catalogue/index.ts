/** Public API of the catalogue: model, schema, readers. */
export * from "./model";
export { catalogueSchema, MEASURE_ID_PATTERN, type CatalogueInput } from "./schema";
export {
  CatalogueError,
  formatIssue,
  issueFormatter,
  type CatalogueIssue,
  type CatalogueWarning,
} from "./errors";
export { decodeText, type DecodedText, type TextEncoding } from "./decode";
export { parseCatalogueJson, MAX_CATALOGUE_CHARS, MAX_JSON_DEPTH } from "./readJson";
export { readCsv, parseCatalogueCsv, parseCatalogueCsvDetailed, detectDelimiter } from "./readCsv";
export {
  catalogueFromTable,
  catalogueFromRows,
  defaultMeta,
  type Cell,
  type CatalogueMeta,
  type TableRow,
} from "./table";
export { COLUMNS, columnByHeader, type ColumnKey, type ColumnSpec } from "./csvColumns";
export { derivedMeasureId, DERIVED_ID_PREFIX } from "./stableId";
export {
  loadCatalogue,
  loadCatalogueDetailed,
  formatOf,
  type CatalogueFormat,
  type LoadedCatalogue,
} from "./load";
