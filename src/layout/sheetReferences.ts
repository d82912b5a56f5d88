/**
 * Which formulas name a sheet: `=Übersicht!C5`, `='1 Ankommen & Aufenthalt'!A1`, `=SUM(übersicht!C5:C9)` —
 * quoted (with '' for an apostrophe in the name) or not, ignoring case, as Excel compares sheet names.
 * A text literal that happens to contain "Name!" counts too; callers only use a match to re-enter the same
 * formula text, which changes nothing when the match was a literal.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function escape(text: string): string {
  return text.replace(SPECIAL, "\\$&");
}

/** A test for "this formula names one of these sheets"; compiled once for many formulas. */
export function sheetReferenceTest(sheetNames: readonly string[]): (formula: string) => boolean {
  if (sheetNames.length === 0) return () => false;
  const quoted = sheetNames.map((name) => `'${escape(name.replace(/'/g, "''"))}'!`);
  // Unquoted, a name must not continue a longer name or a workbook reference before it.
  const plain = sheetNames.map((name) => `(?<![\\p{L}\\p{N}_.'\\]])${escape(name)}!`);
  const pattern = new RegExp([...quoted, ...plain].join("|"), "iu");
  return (formula) => pattern.test(formula);
}
