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

export function parseCell(address: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new RangeError(`Not a cell address: ${address}`);
  return { column: columnIndex(match[1]!), row: Number(match[2]) };
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
