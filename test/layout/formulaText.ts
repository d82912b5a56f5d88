/** The text literals of a formula, as Excel counts them ("" is one quote). */
export function textLiterals(formula: string): string[] {
  return (formula.match(/"(?:[^"]|"")*"/g) ?? []).map((l) => l.slice(1, -1).replace(/""/g, '"'));
}
