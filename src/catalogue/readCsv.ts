/**
 * CSV catalogue lists: decode (BOM, UTF-16, Windows-1252) → papaparse → the table reader.
 * German Excel writes ";" as delimiter, English Excel ",", "Unicode-Text" exports use tabs.
 */
import Papa from "papaparse";
import { CatalogueError, type CatalogueIssue, type CatalogueWarning } from "./errors";
import type { Catalogue } from "./model";
import { restoreCsvText } from "./csvText";
import { decodeText } from "./decode";
import { MAX_CATALOGUE_CHARS, tooLarge } from "./readJson";
import { catalogueFromRows, type CatalogueMeta, type TableRow } from "./table";
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

export type Delimiter = ";" | "," | "\t";
const DELIMITERS: readonly Delimiter[] = [";", ",", "\t"];

export function readCsv(
  bytes: Uint8Array,
  file: string,
  meta: CatalogueMeta = {},
  lang: Language = "de",
): Catalogue {
  if (bytes.length > MAX_CATALOGUE_CHARS) throw tooLarge(file, bytes.length, lang);
  return parseCatalogueCsv(decodeText(bytes, file, lang).text, file, meta, lang);
}

export function parseCatalogueCsv(
  text: string,
  file: string,
  meta: CatalogueMeta = {},
  lang: Language = "de",
): Catalogue {
  return parseCatalogueCsvDetailed(text, file, meta, lang).catalogue;
}

/**
 * The catalogue and what was skipped on the way: an unknown column ("Lfd. Nr.") is a warning naming file
 * and column; a column that looks like a misspelt rating column still refuses the file (its values would
 * be lost).
 */
export function parseCatalogueCsvDetailed(
  text: string,
  file: string,
  meta: CatalogueMeta = {},
  lang: Language = "de",
): { catalogue: Catalogue; warnings: CatalogueWarning[] } {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (source.length > MAX_CATALOGUE_CHARS) throw tooLarge(file, source.length, lang);
  if (source.trim() === "")
    throw new CatalogueError([{ file, message: catalogueMessages(lang).fileEmpty }], lang);
  const warnings: CatalogueWarning[] = [];
  const catalogue = catalogueFromRows(csvRows(source, file, lang), file, meta, warnings, lang);
  return { catalogue, warnings };
}

/** Records with the physical line each starts on (a quoted field may span lines). */
export function csvRows(text: string, file: string, lang: Language = "de"): TableRow[] {
  const { delimiter, skipFirstLine } = detectDelimiter(text);
  const lineOf = lineCounter(text);
  const rows: TableRow[] = [];
  const issues: CatalogueIssue[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(start);
      start = result.meta.cursor;
      for (const error of result.errors) issues.push({ file, line, message: quoteMessage(error, lang) });
      if (skipFirstLine && rows.length === 0 && line === 1) return;
      rows.push({ cells: result.data.map(restoreCsvText), line });
    },
  });
  if (issues.length > 0) throw new CatalogueError(issues, lang);
  return rows;
}

function quoteMessage(error: Papa.ParseError, lang: Language): string {
  const m = catalogueMessages(lang);
  if (error.code === "MissingQuotes") return m.csvUnclosedQuote;
  if (error.code === "InvalidQuotes") return m.csvQuoteInField;
  return m.csvError(error.message);
}

/** "sep=;" (Excel's own hint) wins; otherwise the candidate most frequent in the header line, outside quotes. */
export function detectDelimiter(text: string): { delimiter: Delimiter; skipFirstLine: boolean } {
  const hint = /^sep=([;,\t])\s*(?:\r\n|\n|\r|$)/i.exec(text);
  if (hint) return { delimiter: hint[1] as Delimiter, skipFirstLine: true };
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== "") ?? "";
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
  }
  const best = DELIMITERS.reduce((a, b) => ((counts.get(b) ?? 0) > (counts.get(a) ?? 0) ? b : a));
  return { delimiter: best, skipFirstLine: false };
}

/** offset → 1-based line; offsets must not decrease between calls. Counts \r\n, \n and \r as one break. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let position = 0;
  return (offset) => {
    for (; position < offset && position < text.length; position++) {
      const char = text[position];
      if (char === "\n" || (char === "\r" && text[position + 1] !== "\n")) line++;
    }
    return line;
  };
}
