/**
 * A sheet's contents as 2-D arrays over whole rectangles, and each column run of filled-down formulas as one
 * formula copied down the run. Nothing here syncs.
 */
import { joinWithin, MAX_AREAS_ADDRESS_CHARS } from "./areas";
import { operation, utf8Bytes, type Operation } from "./batch";
import type { CellBlock, CellContent } from "../../layout/plan";
import { parseCell, rangeAddress } from "../../core/address";
import { formulaRuns, type FormulaRun } from "../../layout/formulaRuns";
import { toR1C1 } from "../../layout/r1c1";

/** Largest slice of a block written in one operation, so a refused chunk can always be split further. */
export const MAX_BLOCK_SLICE_BYTES = 500_000;

/**
 * Catalogue text must stay text: a description beginning with "=", "+", "-" or "@" would become a formula,
 * and "0815" a number, if written as it is. Every text is therefore written with a leading apostrophe,
 * which Excel takes as typed input: it stores the text without it and marks the cell with the quote prefix
 * (the xf attribute quotePrefix, ECMA-376 Part 1 §18.8.45); `values` and `formulas` read the text back
 * without the apostrophe (office-js #6687 shows `formulas` returning such a cell's text without it). The
 * Text number format "@" is not used: Excel desktop shows "#####" for a text over 255 characters in it.
 *
 * A column run of filled-down formulas (src/layout/formulaRuns.ts, the same runs the .xlsx stores as
 * shared formulas) is sent once: its first cell's formula goes with the contents, and the rest of the run
 * is filled from that cell with `Range.copyFrom(cell, "Formulas")` (ExcelApi 1.9: "if the destination
 * range is an exact multiple greater than the source range in either rows or columns, then the source
 * content is replicated multiple times", relative references adjusted as when copying in Excel). That
 * takes the measure rows' formulas from one copy per cell (28 MB of requests at 100×) to one per run.
 * A single value for the whole run (`formulasR1C1 = "…"`) would be shorter still, but the reference types
 * these properties as 2-D arrays only (office-js-docs-reference #578, a product bug). Cells of a run
 * below its first are null in the block's array (null leaves a cell as it is).
 */
export function blockOperations(sheetName: string, block: CellBlock): Operation[] {
  const origin = parseCell(block.origin);
  return sliceRows(block.cells).flatMap(({ offset, rows }) => {
    const top = origin.row + offset;
    const width = rows[0]?.length ?? 0;
    const runs = filledRuns(rows, top, origin.column);
    const inRun = new Set<number>();
    for (const run of runs) for (let i = run.top + 1; i <= run.bottom; i++) inRun.add(i * width + run.column);
    for (const run of runs) for (const i of run.blanks) inRun.delete(i * width + run.column);
    const contents = rows.map((row, i) =>
      row.map((cell, j) => (inRun.has(i * width + j) ? null : cellInput(cell))),
    );
    const writes = contentRectangles(contents).map((rect) => {
      // An empty plan cell inside a rectangle is sent as "" (two bytes, "null" is four): "Empty strings
      // clear or reset property values" ("Blank and null values in Excel add-ins"), and every sheet written
      // here is new, so clearing an empty cell changes nothing. Formula-run cells stay null: they are
      // written after this, but null is what leaves a cell alone.
      const cells = contents
        .slice(rect.top, rect.bottom + 1)
        .map((row, i) =>
          row
            .slice(rect.left, rect.right + 1)
            .map((input, j) =>
              input === null && !inRun.has((rect.top + i) * width + rect.left + j) ? "" : input,
            ),
        );
      const target = rangeAddress(
        top + rect.top,
        origin.column + rect.left,
        top + rect.bottom,
        origin.column + rect.right,
      );
      const hasFormula = cells.some((row) =>
        row.some((input) => typeof input === "string" && input.startsWith("=")),
      );
      return operation(
        `${sheetName}: Inhalte ${target}`,
        [target, cells],
        (_, get) => {
          const range = get(sheetName).getRange(target);
          if (hasFormula) range.formulas = cells;
          else range.values = cells;
        },
        3,
      );
    });
    return [
      ...writes,
      ...runs.map((run) => {
        const column = origin.column + run.column;
        const source = rangeAddress(top + run.top, column, top + run.top, column);
        const target = rangeAddress(top + run.top + 1, column, top + run.bottom, column);
        return operation(`${sheetName}: Formeln ${target}`, [source, target], (_, get) => {
          get(sheetName).getRange(target).copyFrom(source, "Formulas");
        });
      }),
      ...blankClearing(sheetName, runs, top, origin.column),
    ];
  });
}

/**
 * A run passes the empty cells between two goals' measure rows (a challenge heading's row): it is written over
 * them and they are emptied again afterwards, all of a slice's in one multi-area call
 * (RangeAreas.clear(applyTo), ExcelApi 1.9: "clears values, format, fill, border, and other properties on
 * each of the areas"; "Contents" clears values and formulas only). One run per column instead of one per
 * challenge: with the bundled catalogue's 41 challenges that is what keeps a 100× build at a few syncs.
 */
function blankClearing(
  sheetName: string,
  runs: readonly FormulaRun[],
  top: number,
  left: number,
): Operation[] {
  const areas = runs.flatMap((run) =>
    consecutive(run.blanks).map(([from, to]) =>
      rangeAddress(top + from, left + run.column, top + to, left + run.column),
    ),
  );
  return joinWithin(areas, MAX_AREAS_ADDRESS_CHARS).map((address) =>
    operation(`${sheetName}: Leerzellen ${address.split(",")[0]}…`, address, (_, get) => {
      get(sheetName).getRanges(address).clear("Contents");
    }),
  );
}

/** Sorted row numbers as [first, last] of each run of consecutive numbers. */
function consecutive(rows: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const row of rows) {
    const span = spans[spans.length - 1];
    if (span && span[1] + 1 === row) span[1] = row;
    else spans.push([row, row]);
  }
  return spans;
}

interface Rectangle {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Rectangles (0-based, within the slice) that together hold every non-null input: each column from its first
 * to its last non-null row, neighbouring columns with the same rows joined. Columns that are empty below a
 * header (the input columns of a field sheet) then cost nothing: a null in a 2-D array is a cell left alone,
 * but it still travels in the request.
 */
export function contentRectangles(contents: readonly (readonly unknown[])[]): Rectangle[] {
  const width = contents[0]?.length ?? 0;
  const filled = (i: number, j: number) => contents[i]?.[j] !== null && contents[i]?.[j] !== undefined;
  const spans: ({ top: number; bottom: number } | undefined)[] = [];
  for (let j = 0; j < width; j++) {
    let first = -1;
    let last = -1;
    contents.forEach((_, i) => {
      if (!filled(i, j)) return;
      if (first < 0) first = i;
      last = i;
    });
    spans.push(first < 0 ? undefined : { top: first, bottom: last });
  }
  // Request bytes a rectangle costs beyond its contents: per row "[", "]" and "," and a comma between
  // cells; per empty cell "" (two bytes).
  const cost = (r: Rectangle) => {
    let empty = 0;
    for (let i = r.top; i <= r.bottom; i++)
      for (let j = r.left; j <= r.right; j++) if (!filled(i, j)) empty++;
    return (r.bottom - r.top + 1) * (3 + r.right - r.left) + 2 * empty;
  };
  const rectangles: Rectangle[] = [];
  for (let j = 0; j < width; j++) {
    const span = spans[j];
    if (!span) continue;
    const column = { top: span.top, left: j, bottom: span.bottom, right: j };
    const previous = rectangles[rectangles.length - 1];
    // A neighbouring column joins the rectangle before it when one rectangle costs fewer bytes than two.
    const joined = previous &&
      previous.right === j - 1 && {
        top: Math.min(previous.top, span.top),
        left: previous.left,
        bottom: Math.max(previous.bottom, span.bottom),
        right: j,
      };
    if (joined && cost(joined) <= cost(previous) + cost(column)) rectangles[rectangles.length - 1] = joined;
    else rectangles.push(column);
  }
  return rectangles;
}

/**
 * The block's formula runs of more than one cell that a copy of their first formula fills: taken only
 * when the first and the last formula read the same in R1C1 (the two ways of reading a fill-down agree);
 * otherwise the cells are written one by one.
 */
function filledRuns(rows: readonly (readonly CellContent[])[], top: number, left: number): FormulaRun[] {
  return formulaRuns(rows, { acrossBlanks: true }).filter((run) => {
    const formulaAt = (i: number) => (rows[i]![run.column] as { readonly formula: string }).formula;
    const r1c1 = toR1C1(formulaAt(run.top), top + run.top, left + run.column);
    const last = toR1C1(formulaAt(run.bottom), top + run.bottom, left + run.column);
    return run.bottom > run.top && r1c1 !== undefined && r1c1 === last;
  });
}

/** null leaves a cell untouched (Office.js), which is what an empty plan cell on a new sheet means. */
function cellInput(cell: CellContent): string | number | null {
  if (cell === null) return null;
  if ("text" in cell) return `'${cell.text}`;
  if ("number" in cell) return cell.number;
  return cell.formula;
}

/**
 * What a row costs in a slice, in UTF-8 bytes: its texts and numbers as sent; a formula only as much as a
 * run's share (most formulas of a field sheet are runs, sent once per run, not per cell) — a slice is cut
 * so that a refused chunk can be split, and cutting it by formula text that is never sent would only break
 * the runs (and the rectangles) into more pieces.
 */
function sliceBytes(row: readonly CellContent[]): number {
  return row.reduce((sum, cell) => {
    if (cell === null) return sum + 3;
    if ("formula" in cell) return sum + 16;
    return sum + utf8Bytes(cellInput(cell)) + 1;
  }, 2);
}

function sliceRows(
  rows: readonly (readonly CellContent[])[],
): { offset: number; rows: (readonly CellContent[])[] }[] {
  const slices: { offset: number; rows: (readonly CellContent[])[] }[] = [];
  let current: (readonly CellContent[])[] = [];
  let bytes = 0;
  let offset = 0;
  rows.forEach((row, index) => {
    const rowBytes = sliceBytes(row);
    if (current.length > 0 && bytes + rowBytes > MAX_BLOCK_SLICE_BYTES) {
      slices.push({ offset, rows: current });
      current = [];
      bytes = 0;
      offset = index;
    }
    current.push(row);
    bytes += rowBytes;
  });
  if (current.length > 0) slices.push({ offset, rows: current });
  return slices;
}
