/**
 * What the host needs to know about a formula's text, as Excel treats it: which sheets it names, how it
 * reads when a sheet is renamed or deleted, and R1C1 ↔ A1 for a formula set once over a whole range.
 * String literals are skipped everywhere: text inside quotes is never a reference.
 */
import { cellAddress, columnIndex, quoteSheet } from "../../src/core/address";

interface Piece {
  readonly text: string;
  readonly literal: boolean;
}

/** Splits a formula into string literals ("…", with "" inside) and the code between them. */
function pieces(formula: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < formula.length) {
    const quote = formula.indexOf('"', i);
    if (quote < 0) {
      out.push({ text: formula.slice(i), literal: false });
      break;
    }
    if (quote > i) out.push({ text: formula.slice(i, quote), literal: false });
    let end = quote + 1;
    for (;;) {
      const next = formula.indexOf('"', end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === '"') end = next + 2;
      else {
        end = next + 1;
        break;
      }
    }
    out.push({ text: formula.slice(quote, end), literal: true });
    i = end;
  }
  return out;
}

/** A sheet prefix: 'quoted name'! or bare name! (not preceded by a name character). */
const SHEET_PREFIX =
  /'((?:[^']|'')+)'!|(?<![\w.'\u00C0-\uFFFF])([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/g;

function mapSheetPrefixes(formula: string, map: (sheet: string) => string | undefined): string {
  return pieces(formula)
    .map((piece) =>
      piece.literal
        ? piece.text
        : piece.text.replace(SHEET_PREFIX, (whole, quoted?: string, bare?: string) => {
            const name = quoted !== undefined ? quoted.replace(/''/g, "'") : bare!;
            return map(name) ?? whole;
          }),
    )
    .join("");
}

/** Every sheet name a formula refers to, as written. */
export function sheetsNamed(formula: string): string[] {
  const names: string[] = [];
  mapSheetPrefixes(formula, (name) => {
    names.push(name);
    return undefined;
  });
  return names;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `${quoteSheet(name)}!`;
}

/** Excel rewrites every reference to a renamed sheet (cells, names, rules, validations). */
export function renameSheetIn(formula: string, from: string, to: string): string {
  const wanted = from.toLowerCase();
  return mapSheetPrefixes(formula, (name) => (name.toLowerCase() === wanted ? sheetPrefix(to) : undefined));
}

const AFTER_PREFIX =
  /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?|^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|^\$?\d+:\$?\d+/;

/** A reference to a deleted sheet becomes #REF! (the prefix and the address it qualified). */
export function deleteSheetIn(formula: string, deleted: string): string {
  const wanted = deleted.toLowerCase();
  return pieces(formula)
    .map((piece) => {
      if (piece.literal) return piece.text;
      let text = piece.text;
      let match: RegExpExecArray | null;
      SHEET_PREFIX.lastIndex = 0;
      while ((match = SHEET_PREFIX.exec(text))) {
        const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
        if (name.toLowerCase() !== wanted) continue;
        const rest = text.slice(match.index + match[0].length);
        const address = AFTER_PREFIX.exec(rest)?.[0] ?? "";
        text = `${text.slice(0, match.index)}#REF!${rest.slice(address.length)}`;
        SHEET_PREFIX.lastIndex = match.index + 5;
      }
      return text;
    })
    .join("");
}

/** A sheet that does not exist when the formula is entered becomes an external link, as Excel makes it. */
export function externalLinkFor(formula: string, missing: (name: string) => boolean): string {
  return mapSheetPrefixes(formula, (name) => (missing(name) ? `[1]${sheetPrefix(name)}` : undefined));
}

// ------------------------------------------------------------------------------------------ R1C1

/** Quoted sheet names come first in each alternation, so that text inside them is never taken for a reference. */
const R1C1_REF =
  /('(?:[^']|'')*')|(?<![\w.$\u00C0-\uFFFF])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![\w(!\u00C0-\uFFFF])/g;

/** An R1C1 formula as it reads in A1 notation in the cell at (row, column). */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  const part = (spec: string | undefined, base: number): { value: number; absolute: boolean } => {
    if (spec === undefined) return { value: base, absolute: false };
    if (spec.startsWith("[")) return { value: base + Number(spec.slice(1, -1)), absolute: false };
    return { value: Number(spec), absolute: true };
  };
  return pieces(formula)
    .map((piece) =>
      piece.literal
        ? piece.text
        : piece.text.replace(R1C1_REF, (whole, quoted?: string, r?: string, c?: string) => {
            if (quoted !== undefined) return whole;
            const rr = part(r, row);
            const cc = part(c, column);
            if (rr.value < 1 || cc.value < 1) return "#REF!";
            const address = cellAddress(rr.value, cc.value);
            const letters = /^[A-Z]+/.exec(address)![0];
            return `${cc.absolute ? "$" : ""}${letters}${rr.absolute ? "$" : ""}${rr.value}`;
          }),
    )
    .join("");
}

const A1_REF =
  /('(?:[^']|'')*')|(?<![\w.$\u00C0-\uFFFF])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!\u00C0-\uFFFF])/g;

/** An A1 formula moved from (fromRow, fromColumn) to (row, column): relative parts shift, as on fill. */
export function moveA1(
  formula: string,
  fromRow: number,
  fromColumn: number,
  row: number,
  column: number,
): string {
  return pieces(formula)
    .map((piece) =>
      piece.literal
        ? piece.text
        : piece.text.replace(
            A1_REF,
            (whole, quoted?: string, colAbs = "", letters = "", rowAbs = "", digits = "") => {
              if (quoted !== undefined) return whole;
              const c = colAbs ? columnIndex(letters) : columnIndex(letters) + column - fromColumn;
              const r = rowAbs ? Number(digits) : Number(digits) + row - fromRow;
              if (c < 1 || r < 1) return "#REF!";
              const moved = cellAddress(r, c);
              const movedLetters = /^[A-Z]+/.exec(moved)![0];
              return `${colAbs}${movedLetters}${rowAbs}${r}`;
            },
          ),
    )
    .join("");
}

/** The cell's own A1 formula written as R1C1 (what Range.formulasR1C1 reads back). */
export function a1ToR1C1(formula: string, row: number, column: number): string {
  return pieces(formula)
    .map((piece) =>
      piece.literal
        ? piece.text
        : piece.text.replace(
            A1_REF,
            (whole, quoted?: string, colAbs = "", letters = "", rowAbs = "", digits = "") => {
              if (quoted !== undefined) return whole;
              const c = columnIndex(letters);
              const r = Number(digits);
              const rPart = rowAbs ? `R${r}` : r === row ? "R" : `R[${r - row}]`;
              const cPart = colAbs ? `C${c}` : c === column ? "C" : `C[${c - column}]`;
              return rPart + cPart;
            },
          ),
    )
    .join("");
}
