/**
 * CSV injection (OWASP): a spreadsheet reads a CSV cell that starts with =, +, -, @, tab or CR as a
 * formula (or a DDE call). Every CSV we write puts an apostrophe before such a text — the prefix Excel
 * and LibreOffice themselves use for "this is text" — and the catalogue's CSV reader removes exactly
 * that one apostrophe again. Texts that already start with apostrophes before such a character get one
 * more, so that export → import restores every text exactly.
 */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
const HAS_PREFIX = /^'+[=+\-@\t\r]/;

/** The text as a CSV cell that no spreadsheet opens as a formula. */
export function neutralizeCsvText(text: string): string {
  return NEEDS_PREFIX.test(text) ? `'${text}` : text;
}

/** The inverse of neutralizeCsvText: one leading apostrophe before =, +, -, @, tab or CR is removed. */
export function restoreCsvText(text: string): string {
  return HAS_PREFIX.test(text) ? text.slice(1) : text;
}
