/** Reads a catalogue from JSON text: syntax errors with line and column, schema issues with JSON path and line. */
import { CatalogueError, type CatalogueIssue } from "./errors";
import type { Catalogue } from "./model";
import { firstTooDeep, pathKey, positionAt, positions, scanJson } from "./jsonLocate";
import { checkCatalogue, formatPath, type SchemaProblem } from "./validate";
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

/** Larger inputs are refused before parsing; the real catalogue is about 150 KB. */
export const MAX_CATALOGUE_CHARS = 20 * 1024 * 1024;

/** catalogue { actionFields [ field { challenges [ challenge { goals [ goal { measures [ measure { rating { */
export const MAX_JSON_DEPTH = 10;

export function parseCatalogueJson(text: string, file: string, lang: Language = "de"): Catalogue {
  const m = catalogueMessages(lang);
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (source.length > MAX_CATALOGUE_CHARS) throw tooLarge(file, source.length, lang);
  if (source.trim() === "") throw new CatalogueError([{ file, message: m.fileEmpty }], lang);
  const tooDeep = firstTooDeep(source, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    const { line, column } = positionAt(source, tooDeep);
    throw new CatalogueError([{ file, line, message: m.jsonTooDeep(MAX_JSON_DEPTH, column) }], lang);
  }
  const raw = parseOrExplain(source, file, lang);
  const result = checkCatalogue(raw, lang);
  if ("catalogue" in result) return result.catalogue;
  throw new CatalogueError(locate(result.problems, source, file, lang), lang);
}

function parseOrExplain(source: string, file: string, lang: Language): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch {
    const m = catalogueMessages(lang);
    const scanned = scanJson(source, lang);
    const error = "error" in scanned ? scanned.error : { offset: 0, message: m.jsonNotValid };
    const { line, column } = positionAt(source, error.offset);
    throw new CatalogueError([{ file, line, message: m.jsonInvalid(column, error.message) }], lang);
  }
}

function locate(
  problems: readonly SchemaProblem[],
  source: string,
  file: string,
  lang: Language,
): CatalogueIssue[] {
  const scanned = scanJson(source, lang);
  const offsets = "offsets" in scanned ? scanned.offsets : new Map<string, number>();
  const positionOf = positions(source);
  const issues = problems.map((problem): CatalogueIssue => {
    const offset = nearestOffset(offsets, problem.path);
    const field = formatPath(problem.path);
    return {
      file,
      ...(offset !== undefined ? { line: positionOf(offset).line } : {}),
      ...(field ? { field } : {}),
      message: problem.message,
    };
  });
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The value's own offset, or its parent's for a missing field. */
function nearestOffset(offsets: Map<string, number>, path: readonly (string | number)[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const offset = offsets.get(pathKey(path.slice(0, length)));
    if (offset !== undefined) return offset;
  }
  return undefined;
}

export function tooLarge(file: string, size: number, lang: Language = "de"): CatalogueError {
  return new CatalogueError(
    [{ file, message: catalogueMessages(lang).tooLarge(size, MAX_CATALOGUE_CHARS) }],
    lang,
  );
}
