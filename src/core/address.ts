/** A1 address arithmetic, shared by the layout and both writers. */

export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`Column index must be ≥ 1, got ${index}`);
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0) - 64;
    if (code < 1 || code > 26) throw new RangeError(`Not a column: ${letters}`);
    index = index * 26 + code;
  }
  return index;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** Reads "B7", "$B$7" or "b7" (1–3 letters, then digits) by character codes: writers parse every range. */
export function parseCell(address: string): CellRef {
  let i = address.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersStart = i;
  let column = 0;
  for (; i < address.length && isLetter(address.charCodeAt(i)); i++)
    column = column * 26 + (address.charCodeAt(i) | LOWER_CASE) - 96;
  const letters = i - lettersStart;
  if (address.charCodeAt(i) === DOLLAR) i++;
  const digitsStart = i;
  while (i < address.length && isDigit(address.charCodeAt(i))) i++;
  if (letters < 1 || letters > 3 || i === digitsStart || i !== address.length)
    throw new RangeError(`Not a cell address: ${address}`);
  return { column, row: Number(address.slice(digitsStart)) };
}

const DOLLAR = 36;
/** Setting this bit turns an ASCII capital into its small letter. */
const LOWER_CASE = 0x20;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseRange(range: string): RangeRef {
  const [from = "", to = from] = range.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const from = cellAddress(top, left);
  const to = cellAddress(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

/** Quote a sheet name for use in a formula reference: 'Leben & Wohnen'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
