/**
 * An A1 formula (en-US, as the plan holds it) in R1C1 notation, relative to the cell that holds it:
 * `=F6&"x"` in D6 reads `=RC[2]&"x"`, `=Listen!$A$2` reads `=Listen!R2C1`. In R1C1 a filled-down formula
 * is the same text in every cell of the column, so one text can stand for a whole run.
 *
 * Only what a cell reference can be is converted: `$`-absolute or relative column letters (A…XFD) and row
 * (1…1,048,576), alone or as either end of a range, after an optional sheet prefix. Text literals and
 * quoted sheet names are copied unchanged. A formula with whole-row or whole-column ranges, structured
 * references or an R1C1-looking name is not converted (undefined): the caller then writes it as A1.
 */

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;
/** Characters that continue a name: a reference must not be part of one (before or after it). */
const NAME_CHAR = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;

export function toR1C1(formula: string, row: number, column: number): string | undefined {
  if (/[[\]{}]/.test(stripLiterals(formula))) return undefined;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = closing(formula, i, ch);
      if (end < 0) return undefined;
      out += formula.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const before = i > 0 ? formula[i - 1]! : "";
    if (NAME_CHAR.test(before) || before === "$") {
      out += ch;
      i++;
      continue;
    }
    const match = CELL.exec(formula.slice(i, i + 12));
    if (match) {
      const after = formula[i + match[0].length] ?? "";
      if (NAME_CHAR.test(after) || after === "(" || after === "!") {
        // A name or function (LOG10(), a sheet called "AB1"): copy the whole name.
        const end = nameEnd(formula, i);
        out += formula.slice(i, end);
        i = end;
        continue;
      }
      const [whole, columnDollar, letters, rowDollar, digits] = match;
      const col = columnNumber(letters!);
      const r = Number(digits);
      if (col > MAX_COLUMN || r < 1 || r > MAX_ROW) return undefined;
      out += part("R", rowDollar === "$", r, row) + part("C", columnDollar === "$", col, column);
      i += whole.length;
      continue;
    }
    if (/[A-Za-z_\\]/.test(ch)) {
      const end = nameEnd(formula, i);
      const name = formula.slice(i, end);
      // Column-only ranges (A:A) and names that R1C1 would read as references are not converted.
      if (formula[end] === ":" || /^(R|C|RC)(\d*|\[-?\d+\])*$/i.test(name)) return undefined;
      out += name;
      i = end;
      continue;
    }
    // Row-only ranges (1:1): a number followed by ":" after no name.
    if (/[0-9]/.test(ch)) {
      const digits = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/.exec(formula.slice(i))![0];
      if (formula[i + digits.length] === ":" || (formula[i - 1] === ":" && /^[0-9]+$/.test(digits)))
        return undefined;
      out += digits;
      i += digits.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function part(axis: "R" | "C", absolute: boolean, target: number, here: number): string {
  if (absolute) return `${axis}${target}`;
  const offset = target - here;
  return offset === 0 ? axis : `${axis}[${offset}]`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Index of the quote closing the literal or quoted name that opens at `start` (a doubled quote is kept). */
function closing(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  return -1;
}

function nameEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && (NAME_CHAR.test(text[end]!) || text[end] === "$")) end++;
  return end;
}

function stripLiterals(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, "");
}
