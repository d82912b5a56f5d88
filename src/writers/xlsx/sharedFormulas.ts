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
import { cut, movesTo, shareable, type Template } from "../../layout/formulaRuns";

/** The pure part (cutting and comparing formulas) lives in src/layout/formulaRuns.ts, shared with the Office.js writer. */
export { cut, movesTo };

interface Group {
  readonly master: string;
  readonly row: number;
  readonly template: Template;
  lastRow: number;
}

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
