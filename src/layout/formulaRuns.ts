/**
 * Filled-down formulas: a column run of cells whose formulas are the first one moved down row by row, the
 * way Excel fills (or copies) a formula down. Both writers use it: the .xlsx stores such a run as one shared
 * formula (src/writers/xlsx/sharedFormulas.ts, from the same template and comparison), the Office.js writer
 * sends the first formula and copies it down the run (Range.copyFrom; across the empty cells of heading
 * rows, which it empties again).
 *
 * A cell belongs to the run above it only when the run's first formula, moved down to that cell the way
 * exceljs moves it when reading the file back (`slideFormula`), is exactly the cell's formula — so what is
 * written means what the plan says. Formulas whose move could be read differently (text literals that look
 * like references, whole-row ranges) never start or join a run.
 */
import type { CellContent } from "./plan";

/** The reference candidates and cell references of exceljs' slideFormula (lib/utils/shared-formula.js). */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A formula cut at the row numbers that move when it is filled down; fixed text in between. */
export interface Template {
  readonly fixed: readonly string[];
  readonly rows: readonly number[];
}

const TEXT_LITERAL = /"(?:[^"]|"")*"/g;
const LOOKS_LIKE_REFERENCE = /[A-Za-z]{1,3}\$?\d/;
const ROW_RANGE = /(^|[^A-Za-z$\d])\$?\d+:\$?\d+/;

/** Whether a formula may start or join a run (see the file comment). */
export function shareable(formula: string): boolean {
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

/** The template moved down `offset` rows, as text (what a copy of the first cell reads `offset` rows below). */
export function movedDown(template: Template, offset: number): string {
  let text = "";
  template.rows.forEach((row, i) => (text += template.fixed[i]! + String(row + offset)));
  return text + template.fixed[template.rows.length]!;
}

/**
 * A run of filled-down formulas in one column of a block: rows `top`…`bottom` (0-based, top < bottom).
 * `blanks`: rows inside the run whose plan cell is empty (only when runs may pass empty cells).
 */
export interface FormulaRun {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
  readonly blanks: readonly number[];
}

export interface RunOptions {
  /**
   * Whether a run goes on over empty cells (a challenge heading between two goals' measure rows) to the next
   * formula that is the first one moved down. The Office.js writer then writes the run once and clears the
   * empty cells again.
   */
  readonly acrossBlanks?: boolean;
}

/**
 * Every run of at least two filled-down formulas per column of a block of cells (0-based positions). The
 * formulas below a run's first row are exactly the first row's formula moved down.
 */
export function formulaRuns(
  rows: readonly (readonly CellContent[])[],
  options: RunOptions = {},
): FormulaRun[] {
  const runs: FormulaRun[] = [];
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width; column++) {
    let top = -1;
    let last = -1;
    let blanks: number[] = [];
    let template: Template | undefined;
    const close = () => {
      if (template && last > top)
        runs.push({ column, top, bottom: last, blanks: blanks.filter((b) => b < last) });
      template = undefined;
      blanks = [];
    };
    rows.forEach((row, i) => {
      const cell = row[column] ?? null;
      if (cell === null && template && options.acrossBlanks) {
        blanks.push(i);
        return;
      }
      const formula = cell !== null && "formula" in cell ? cell.formula : undefined;
      if (formula !== undefined && template && movesTo(template, i - top, formula)) {
        last = i;
        return;
      }
      close();
      if (formula !== undefined && shareable(formula)) {
        top = last = i;
        template = cut(formula);
      }
    });
    close();
  }
  return runs;
}
