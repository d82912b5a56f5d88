/**
 * Filled-down formulas as shared formulas, the way Excel stores a column it filled: the first cell holds
 * the formula, the cells below only point to it. A field sheet's measure rows repeat two long formulas that
 * differ only in their row; sharing them takes about two thirds off the sheet XML.
 *
 * A cell joins the group above it only when the group's formula, moved down to that cell the way exceljs
 * moves it when reading the file back (`slideFormula`), is exactly the cell's formula — so the file means
 * what the plan says. Formulas whose move Excel could read differently (text literals that look like
 * references, whole-row ranges) are never shared.
 */
import type ExcelJS from "exceljs";

/** The reference candidates and cell references of exceljs' slideFormula (lib/utils/shared-formula.js). */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A formula cut at the row numbers that move when it is filled down; fixed text in between. */
interface Template {
  readonly fixed: readonly string[];
  readonly rows: readonly number[];
}

interface Group {
  readonly master: string;
  readonly row: number;
  readonly template: Template;
  lastRow: number;
}

const TEXT_LITERAL = /"(?:[^"]|"")*"/g;
const LOOKS_LIKE_REFERENCE = /[A-Za-z]{1,3}\$?\d/;
const ROW_RANGE = /(^|[^A-Za-z$\d])\$?\d+:\$?\d+/;

export class SharedFormulas {
  private readonly groups = new Map<number, Group>();

  /** The value for a formula cell: the formula itself, or a reference to the group's first cell. */
  value(row: number, column: number, address: string, formula: string): ExcelJS.CellValue {
    const group = this.groups.get(column);
    if (group && group.lastRow === row - 1 && movesTo(group.template, row - group.row, formula)) {
      group.lastRow = row;
      return { sharedFormula: group.master, date1904: false } as ExcelJS.CellSharedFormulaValue;
    }
    if (shareable(formula))
      this.groups.set(column, { master: address, row, template: cut(formula), lastRow: row });
    else this.groups.delete(column);
    return { formula, date1904: false };
  }
}

function shareable(formula: string): boolean {
  const literals = formula.match(TEXT_LITERAL) ?? [];
  if (literals.some((literal) => LOOKS_LIKE_REFERENCE.test(literal))) return false;
  return !ROW_RANGE.test(formula.replace(TEXT_LITERAL, '""'));
}

/**
 * Cuts a formula the way slideFormula reads it: every relative row of a cell reference is a place that
 * moves; everything else, re-rendered as slideFormula renders it (column letters in capitals), is fixed.
 * Within one column the letters never move, so only rows are cut out.
 */
export function cut(formula: string): Template {
  const fixed: string[] = [];
  const rows: number[] = [];
  let text = "";
  let last = 0;
  for (const match of formula.matchAll(CANDIDATE)) {
    const [whole, sheet = "", , candidate = "", paren] = match;
    const reference = paren ? null : CELL_REFERENCE.exec(candidate);
    const letters = reference?.[2]!.toUpperCase() ?? "";
    text += formula.slice(last, match.index);
    last = match.index + whole.length;
    if (!reference || letters.length > 3 || (letters.length === 3 && letters > "XFD")) {
      text += whole;
      continue;
    }
    const [, columnDollar = "", , rowDollar = "", rowText] = reference;
    text += `${sheet}${columnDollar}${letters}${rowDollar}`;
    if (rowDollar) text += String(parseInt(rowText!, 10));
    else {
      fixed.push(text);
      rows.push(parseInt(rowText!, 10));
      text = "";
    }
  }
  fixed.push(text + formula.slice(last));
  return { fixed, rows };
}

/** Whether the template, moved down `offset` rows, reads exactly `formula` (compared in place). */
export function movesTo(template: Template, offset: number, formula: string): boolean {
  let position = 0;
  for (let i = 0; i < template.rows.length; i++) {
    const fixed = template.fixed[i]!;
    if (!formula.startsWith(fixed, position)) return false;
    position += fixed.length;
    const row = String(template.rows[i]! + offset);
    if (!formula.startsWith(row, position)) return false;
    position += row.length;
  }
  const tail = template.fixed[template.rows.length]!;
  return formula.startsWith(tail, position) && position + tail.length === formula.length;
}
