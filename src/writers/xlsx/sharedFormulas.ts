/**
 * Filled-down formulas as shared formulas, the way Excel stores a column it filled: the first cell holds
 * the formula, the cells below only point to it. A field sheet's measure rows repeat two long formulas that
 * differ only in their row; sharing them takes about two thirds off the sheet XML.
 *
 * A cell joins the group above it only when exceljs' translation of the group's formula to that cell
 * (the same translation exceljs applies when reading the file back) gives exactly the cell's formula, so
 * the file means what the plan says. Formulas whose translation Excel could read differently — text
 * literals that look like references, whole-row ranges — are never shared.
 */
import type ExcelJS from "exceljs";
import { slideFormula } from "exceljs/lib/utils/shared-formula";

interface Group {
  readonly master: string;
  readonly formula: string;
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
    if (
      group &&
      group.lastRow === row - 1 &&
      slideFormula(group.formula, group.master, address) === formula
    ) {
      group.lastRow = row;
      return { sharedFormula: group.master, date1904: false } as ExcelJS.CellSharedFormulaValue;
    }
    if (shareable(formula)) this.groups.set(column, { master: address, formula, lastRow: row });
    else this.groups.delete(column);
    return { formula, date1904: false };
  }
}

function shareable(formula: string): boolean {
  const literals = formula.match(TEXT_LITERAL) ?? [];
  if (literals.some((literal) => LOOKS_LIKE_REFERENCE.test(literal))) return false;
  return !ROW_RANGE.test(formula.replace(TEXT_LITERAL, '""'));
}
