/**
 * Turns one SheetPlan into queued operations: contents as 2-D arrays over whole blocks, styles over style
 * ranges, conditional formats, validations, layout, print settings and protection. Nothing here syncs.
 */
import type { RangeFormatApi, WorksheetApi } from "./api";
import { operation, utf8Bytes, type Operation } from "./batch";
import type {
  CellBlock,
  CellContent,
  CellStyle,
  ConditionalFormatPlan,
  DataValidationPlan,
  PrintPlan,
  SheetPlan,
  WorkbookPlan,
} from "../../layout/plan";
import { cellAddress, columnLetter, parseCell, parseRange, rangeAddress } from "../../core/address";
import { styleBlocks } from "./styleBlocks";
import { formulaRuns, type FormulaRun } from "../../layout/formulaRuns";
import { toR1C1 } from "../../layout/r1c1";

/** Largest slice of a block written in one operation, so a refused chunk can always be split further. */
export const MAX_BLOCK_SLICE_BYTES = 500_000;

/**
 * Every sheet of the plan, added empty under its final name. They are queued before any content: Excel
 * resolves a sheet name when a formula, a list source, a rule or a chart source is entered, and a name
 * that does not exist yet becomes an external reference that is not re-bound later (issue 14, finding 2).
 */
export function addSheetOperations(plan: WorkbookPlan): Operation[] {
  return plan.sheets.map(addSheet);
}

/** A sheet's contents and settings; the sheet itself is added by addSheetOperations, earlier. */
export function sheetOperations(plan: WorkbookPlan, sheet: SheetPlan): Operation[] {
  return [
    ...columnOperations(sheet),
    ...rowOperations(sheet),
    ...styleOperations(plan, sheet),
    ...sheet.blocks.flatMap((block) => blockOperations(sheet.name, block)),
    ...conditionalFormatOperations(sheet),
    ...sheet.dataValidations.map((dv) => dataValidationOperation(sheet.name, dv)),
    ...freezeOperations(sheet),
    ...(sheet.print ? [printOperation(sheet.name, sheet.print)] : []),
  ];
}

/** Visibility and protection come last, after every write to the sheet. */
export function finishSheetOperations(sheet: SheetPlan): Operation[] {
  const ops: Operation[] = [];
  if (sheet.visibility !== "visible") {
    const visibility = sheet.visibility === "hidden" ? "Hidden" : "VeryHidden";
    ops.push(
      operation(
        `${sheet.name}: Sichtbarkeit`,
        visibility,
        (_, get) => (get(sheet.name).visibility = visibility),
      ),
    );
  }
  if (sheet.protection.protected) ops.push(protectOperation(sheet));
  return ops;
}

function addSheet(sheet: SheetPlan): Operation {
  return operation(`${sheet.name}: anlegen`, [sheet.name, sheet.tabColor], (context) => {
    const added = context.workbook.worksheets.add(sheet.name);
    if (sheet.tabColor) added.tabColor = `#${sheet.tabColor}`;
  });
}

/** Excel character units → points (Calibri 11: 7 px per character plus 5 px padding, 0.75 pt per px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * One operation per distinct width (all its column runs as one multi-area address for getRanges), and one
 * per run of hidden columns (RangeAreas has no columnHidden).
 */
function columnOperations(sheet: SheetPlan): Operation[] {
  const areasByWidth = new Map<number, string[]>();
  const hidden: string[] = [];
  for (const run of runsOf(sheet.columns, (c) => `${columnWidthPoints(c.width)}|${c.hidden === true}`)) {
    const first = run[0]!;
    const address = `${columnLetter(first.index)}:${columnLetter(run[run.length - 1]!.index)}`;
    const points = columnWidthPoints(first.width);
    areasByWidth.set(points, [...(areasByWidth.get(points) ?? []), address]);
    if (first.hidden) hidden.push(address);
  }
  return [
    ...[...areasByWidth].flatMap(([points, areas]) =>
      joinWithin(areas, MAX_AREAS_ADDRESS_CHARS).map((address) =>
        operation(`${sheet.name}: Spalten ${address}`, [address, points], (_, get) => {
          get(sheet.name).getRanges(address).format.columnWidth = points;
        }),
      ),
    ),
    ...hidden.map((address) =>
      operation(`${sheet.name}: Spalten ${address} ausblenden`, address, (_, get) => {
        get(sheet.name).getRange(address).columnHidden = true;
      }),
    ),
  ];
}

/**
 * Row heights as few and short multi-area addresses for worksheet.getRanges (ExcelApi 1.9): the sheet's most
 * common height is set first over every run of consecutive rows that have a height ("6:19"), then each
 * other height over its own runs — so only the rows that differ from the common height are listed one by
 * one. A single row is addressed by its first cell ("A6"): rowHeight is "the height of all rows in the
 * range". Excel refuses some long area addresses (from about 8,000 characters, office-js #5198), so each
 * address is kept under MAX_AREAS_ADDRESS_CHARS.
 */
function rowOperations(sheet: SheetPlan): Operation[] {
  const counts = new Map<number, number>();
  for (const row of sheet.rows) counts.set(row.height, (counts.get(row.height) ?? 0) + 1);
  const base = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (base === undefined) return [];
  const area = (run: readonly { readonly index: number }[]) => {
    const first = run[0]!.index;
    const last = run[run.length - 1]!.index;
    return first === last ? `A${first}` : `${first}:${last}`;
  };
  const areasByHeight = new Map<number, string[]>([[base, runsOf(sheet.rows, () => "").map(area)]]);
  for (const run of runsOf(sheet.rows, (r) => String(r.height))) {
    const height = run[0]!.height;
    if (height === base) continue;
    areasByHeight.set(height, [...(areasByHeight.get(height) ?? []), area(run)]);
  }
  return [...areasByHeight].flatMap(([height, areas]) =>
    joinWithin(areas, MAX_AREAS_ADDRESS_CHARS).map((address) =>
      operation(
        `${sheet.name}: Zeilenhöhe ${height} (${address.split(",")[0]}…)`,
        [address, height],
        (_, get) => {
          get(sheet.name).getRanges(address).format.rowHeight = height;
        },
      ),
    ),
  );
}

export const MAX_AREAS_ADDRESS_CHARS = 4_000;

/** Comma-joined addresses, cut so that no joined string exceeds `limit` characters. */
export function joinWithin(areas: readonly string[], limit: number): string[] {
  const joined: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + 1 + area.length > limit) {
      joined.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") joined.push(current);
  return joined;
}

/** Consecutive items (by index) with the same key, so equal widths/heights are set once per run. */
function runsOf<T extends { readonly index: number }>(items: readonly T[], key: (item: T) => string): T[][] {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.index + 1 === item.index && key(last) === key(item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

const HORIZONTAL: Record<NonNullable<CellStyle["horizontal"]>, RangeFormatApi["horizontalAlignment"]> = {
  left: "Left",
  center: "Center",
  right: "Right",
  centerContinuous: "CenterAcrossSelection",
};
const VERTICAL: Record<NonNullable<CellStyle["vertical"]>, RangeFormatApi["verticalAlignment"]> = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
};
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/**
 * The sheet's style blocks (disjoint rectangles, styleBlocks.ts) grouped by what they set, each group one
 * multi-area range (Worksheet.getRanges, ExcelApi 1.9; a property set on a RangeAreas is set on each of its
 * areas): one operation per distinct look (font, fill, alignment, wrap, lock), one per border colour and
 * shape (the inside edges exist only in areas of more than one row or column), and the number formats per
 * block (RangeAreas has no numberFormat). That is a few operations per sheet instead of several per block.
 */
function styleOperations(plan: WorkbookPlan, sheet: SheetPlan): Operation[] {
  const looks = new Map<string, { style: CellStyle; areas: string[] }>();
  const bordered = new Map<string, string[]>();
  const numberFormats: Operation[] = [];
  for (const block of styleBlocks(plan, sheet)) {
    const { border, numberFormat, ...look } = block.style;
    if (setsAnything(look)) {
      const key = JSON.stringify(look);
      const group = looks.get(key) ?? { style: look, areas: [] as string[] };
      group.areas.push(block.range);
      looks.set(key, group);
    }
    if (border !== undefined) bordered.set(border, [...(bordered.get(border) ?? []), block.range]);
    if (numberFormat !== undefined)
      numberFormats.push(numberFormatOperation(sheet.name, block.range, numberFormat));
  }
  const borders = new Map<string, { color: string; edges: Edge[]; areas: string[] }>();
  for (const [color, areas] of bordered)
    for (const area of coveringRectangles(areas)) {
      const edges = edgesOf(area);
      const key = `${color}|${edges.join(",")}`;
      const group = borders.get(key) ?? { color, edges, areas: [] as string[] };
      group.areas.push(area);
      borders.set(key, group);
    }
  const grouped = <G extends { areas: string[] }>(
    groups: Map<string, G>,
    op: (group: G, address: string) => Operation,
  ): Operation[] =>
    [...groups.values()].flatMap((group) =>
      joinWithin(group.areas, MAX_AREAS_ADDRESS_CHARS).map((address) => op(group, address)),
    );
  return [
    ...grouped(looks, ({ style }, address) =>
      operation(
        `${sheet.name}: Format ${address.split(",")[0]}…`,
        [address, style],
        (_, get) => applyStyle(get(sheet.name).getRanges(address).format, style, []),
        3 + styleActions(style, 0),
      ),
    ),
    ...grouped(borders, ({ color, edges }, address) =>
      operation(
        `${sheet.name}: Rahmen ${address.split(",")[0]}…`,
        [address, color],
        (_, get) => applyStyle(get(sheet.name).getRanges(address).format, { border: color }, edges),
        3 + styleActions({ border: color }, edges.length),
      ),
    ),
    ...numberFormats,
  ];
}

/**
 * The cells of `areas` as few rectangles: each column's rows as intervals, neighbouring columns with the same
 * intervals joined. Every cell of a bordered block has its own grid (all four edges), so a larger rectangle
 * with its outside and inside edges draws exactly the same lines — and a field sheet's border is then two
 * areas instead of one per block between challenge headings (thousands at 100×, each in the request).
 */
export function coveringRectangles(areas: readonly string[]): string[] {
  const rowsByColumn = new Map<number, [number, number][]>();
  for (const area of areas) {
    const r = parseRange(area);
    for (let c = r.left; c <= r.right; c++)
      rowsByColumn.set(c, [...(rowsByColumn.get(c) ?? []), [r.top, r.bottom]]);
  }
  const columns = [...rowsByColumn.keys()].sort((a, b) => a - b);
  const intervals = new Map(columns.map((c) => [c, mergedIntervals(rowsByColumn.get(c)!)]));
  const rectangles: string[] = [];
  for (let i = 0; i < columns.length;) {
    const left = columns[i]!;
    const key = JSON.stringify(intervals.get(left));
    let right = left;
    while (columns[i + 1] === right + 1 && JSON.stringify(intervals.get(right + 1)) === key) {
      right++;
      i++;
    }
    i++;
    for (const [top, bottom] of intervals.get(left)!) rectangles.push(rangeAddress(top, left, bottom, right));
  }
  return rectangles;
}

/** Sorted intervals with overlapping and touching ones joined. */
function mergedIntervals(intervals: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [top, bottom] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && top <= last[1] + 1) last[1] = Math.max(last[1], bottom);
    else merged.push([top, bottom]);
  }
  return merged;
}

function setsAnything(style: CellStyle): boolean {
  return Object.values(style).some((value) =>
    typeof value === "object" && value !== null
      ? Object.values(value).some((v) => v !== undefined)
      : value !== undefined,
  );
}

function numberFormatOperation(sheetName: string, address: string, numberFormat: string): Operation {
  const formats = filled(address, numberFormat);
  return operation(`${sheetName}: Zahlenformat ${address}`, [address, formats], (_, get) => {
    get(sheetName).getRange(address).numberFormat = formats;
  });
}

type Edge = (typeof EDGES)[number];

/** Inside edges exist only where the range has more than one row or column. */
function edgesOf(address: string): Edge[] {
  const r = parseRange(address);
  return EDGES.filter(
    (edge) =>
      (edge !== "InsideHorizontal" || r.bottom > r.top) && (edge !== "InsideVertical" || r.right > r.left),
  );
}

/** Property sets that applyStyle queues (each one action in the request). */
function styleActions(style: CellStyle, edges: number): number {
  const font = Object.values(style.font ?? {}).filter((v) => v !== undefined).length;
  const plain = [style.fill, style.horizontal, style.vertical, style.wrap, style.locked].filter(
    (v) => v !== undefined,
  );
  return font + plain.length + (style.border !== undefined ? edges * 4 : 0);
}

function applyStyle(
  format: RangeFormatApi,
  style: CellStyle,
  edges: readonly (typeof EDGES)[number][],
): void {
  const font = style.font;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.color !== undefined) format.font.color = `#${font.color}`;
  if (font?.name !== undefined) format.font.name = font.name;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  if (style.border !== undefined) {
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = `#${style.border}`;
    }
  }
}

function filled<T>(address: string, value: T): T[][] {
  const r = parseRange(address);
  return Array.from({ length: r.bottom - r.top + 1 }, () => Array<T>(r.right - r.left + 1).fill(value));
}

// ------------------------------------------------------------------------------------------ contents

/**
 * Catalogue text must stay text: a description beginning with "=", "+", "-" or "@" would become a formula,
 * and "0815" a number, if written as it is. Every text is therefore written with a leading apostrophe,
 * which Excel takes as typed input: it stores the text without it and marks the cell with the quote prefix
 * (the xf attribute quotePrefix, ECMA-376 Part 1 §18.8.45); `values` and `formulas` read the text back
 * without the apostrophe (office-js #6687 shows `formulas` returning such a cell's text without it). The
 * Text number format "@" is not used: Excel desktop shows "#####" for a text over 255 characters in it.
 *
 * A column run of filled-down formulas (src/layout/formulaRuns.ts, the same runs the .xlsx stores as
 * shared formulas) is written once: one R1C1 text assigned to the run's `formulasR1C1`, which Excel
 * applies to every cell — in R1C1 a filled-down formula is the same text in every cell (see api.ts for
 * the single value). That takes the measure rows' formulas from one copy per cell (28 MB of requests at
 * 100×) to one per run. Cells of a run are null in the block's array (null leaves a cell as it is).
 */
export function blockOperations(sheetName: string, block: CellBlock): Operation[] {
  const origin = parseCell(block.origin);
  return sliceRows(block.cells).flatMap(({ offset, rows }) => {
    const top = origin.row + offset;
    const width = rows[0]?.length ?? 0;
    const runs = r1c1Runs(rows, top, origin.column);
    const inRun = new Set<number>();
    for (const run of runs) for (let i = run.top; i <= run.bottom; i++) inRun.add(i * width + run.column);
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
        const target = rangeAddress(
          top + run.top,
          origin.column + run.column,
          top + run.bottom,
          origin.column + run.column,
        );
        return operation(
          `${sheetName}: Formeln ${target}`,
          [target, run.r1c1],
          (_, get) => {
            get(sheetName).getRange(target).formulasR1C1 = run.r1c1;
          },
          3,
        );
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
  runs: readonly (FormulaRun & { readonly r1c1: string })[],
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
 * The block's formula runs with their one R1C1 text. A run is taken only when its first and its last
 * formula read the same in R1C1 (the two ways of reading a fill-down agree); otherwise its cells are
 * written one by one, as before.
 */
function r1c1Runs(
  rows: readonly (readonly CellContent[])[],
  top: number,
  left: number,
): (FormulaRun & { readonly r1c1: string })[] {
  return formulaRuns(rows, { acrossBlanks: true }).flatMap((run) => {
    const formulaAt = (i: number) => (rows[i]![run.column] as { readonly formula: string }).formula;
    const r1c1 = toR1C1(formulaAt(run.top), top + run.top, left + run.column);
    const last = toR1C1(formulaAt(run.bottom), top + run.bottom, left + run.column);
    return r1c1 !== undefined && r1c1 === last ? [{ ...run, r1c1 }] : [];
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

// ----------------------------------------------------------------------------- rules and validations

/**
 * Rules are cleared over the sheet and re-created, never read back (reading them can throw, office-js
 * #6827). Excel puts each new rule on top, so rules are added from the lowest precedence to the highest,
 * and each is explicitly moved to the top: the result is the plan's order whichever way a build inserts.
 */
function conditionalFormatOperations(sheet: SheetPlan): Operation[] {
  const ordered = [...sheet.conditionalFormats].sort((a, b) => b.priority - a.priority);
  const clear = operation(`${sheet.name}: Regeln leeren`, sheet.extent, (_, get) =>
    get(sheet.name).getRange(sheet.extent).conditionalFormats.clearAll(),
  );
  return [clear, ...ordered.map((rule) => conditionalFormatOperation(sheet.name, rule))];
}

function conditionalFormatOperation(sheetName: string, rule: ConditionalFormatPlan): Operation {
  return operation(
    `${sheetName}: Regel ${rule.range}`,
    rule,
    (_, get, shared) => {
      // Rules on the same range share its range and collection objects within a request.
      const rules = shared(
        `Regeln ${sheetName}!${rule.range}`,
        () => get(sheetName).getRange(rule.range).conditionalFormats,
      );
      if (rule.kind === "expression") {
        const cf = rules.add("Custom");
        cf.custom.rule.formula = rule.formula;
        if (rule.fill !== undefined) cf.custom.format.fill.color = `#${rule.fill}`;
        if (rule.fontColor !== undefined) cf.custom.format.font.color = `#${rule.fontColor}`;
        if (rule.bold !== undefined) cf.custom.format.font.bold = rule.bold;
        cf.priority = 0;
      } else {
        const cf = rules.add("DataBar");
        cf.dataBar.positiveFormat.fillColor = `#${rule.color}`;
        cf.dataBar.positiveFormat.gradientFill = false;
        cf.priority = 0;
      }
    },
    8,
  );
}

function dataValidationOperation(sheetName: string, dv: DataValidationPlan): Operation {
  const source =
    "source" in dv.list ? dv.list.source : inlineList(dv.list.values, `${sheetName}!${dv.range}`);
  return operation(
    `${sheetName}: Auswahlliste ${dv.range}`,
    [dv, source],
    (_, get) => {
      const validation = get(sheetName).getRange(dv.range).dataValidation;
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.ignoreBlanks = dv.allowBlank;
      validation.prompt = { showPrompt: true, title: dv.prompt.title, message: dv.prompt.message };
      validation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: dv.error.title,
        message: dv.error.message,
      };
    },
    7,
  );
}

/** A list given inline is a comma-separated string in Office.js; a value containing a comma cannot be listed. */
export function inlineList(values: readonly string[], where: string): string {
  const bad = values.find((v) => v.includes(","));
  if (bad !== undefined) throw new Error(`Plan: Listenwert „${bad}“ in ${where} enthält ein Komma`);
  return values.join(",");
}

function freezeOperations(sheet: SheetPlan): Operation[] {
  const freeze = sheet.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return [];
  return [
    operation(`${sheet.name}: fixieren`, freeze, (_, get) => {
      const panes = get(sheet.name).freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0)
        panes.freezeAt(`A1:${cellAddress(freeze.rows, freeze.columns)}`);
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    }),
  ];
}

function printOperation(sheetName: string, print: PrintPlan): Operation {
  return operation(
    `${sheetName}: Druck`,
    print,
    (_, get) => {
      const layout = get(sheetName).pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      // One page wide, as many pages tall as needed. Excel.PageLayoutZoomOptions documents a page count
      // (or `scale` 10–400) — 0 is not a documented value — so only the width is set: our sheets are always
      // new (worksheets.add), and a new sheet's height is "Automatisch", which is what the .xlsx writer
      // stores as fitToHeight="0". office-js #1860 reports hosts that ignore fit-to-pages unless the Page
      // Layout tab is showing; then the print falls back to 100 %, which still gets one page wide: the
      // print area is A:D of a field sheet, about 582 pt at 100 % (columnWidthPoints of 6+48+36+18
      // characters) against 784 pt of A4 landscape between margins of 0.4 in. The header row repeats on
      // every page either way (setPrintTitleRows).
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
      layout.setPrintArea(print.printArea);
      if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
      layout.setPrintMargins("Inches", { ...print.margins });
      const page = layout.headersFooters.defaultForAllPages;
      page.leftHeader = print.header.left ?? "";
      page.centerHeader = print.header.center ?? "";
      page.rightHeader = print.header.right ?? "";
      page.leftFooter = print.footer.left ?? "";
      page.centerFooter = print.footer.center ?? "";
      page.rightFooter = print.footer.right ?? "";
      // Worksheet.horizontalPageBreaks.add (ExcelApi 1.9): a break before the range's top-left cell.
      const breaks = get(sheetName).horizontalPageBreaks;
      for (const row of print.breaksBefore ?? []) if (row > 1) breaks.add(`A${row}`);
    },
    16 + 3 * (print.breaksBefore?.length ?? 0),
  );
}

export function protectionOptions(sheet: SheetPlan): Excel.WorksheetProtectionOptions {
  return {
    allowFormatColumns: sheet.protection.allowFormatColumns,
    allowAutoFilter: sheet.protection.allowAutoFilter,
    allowSort: sheet.protection.allowSort,
    selectionMode: "Normal",
  };
}

/** Only for a sheet this build just created: a new sheet is never protected, so protect() cannot throw. */
function protectOperation(sheet: SheetPlan): Operation {
  return operation(`${sheet.name}: schützen`, protectionOptions(sheet), (_, get) =>
    get(sheet.name).protection.protect(protectionOptions(sheet), sheet.protection.password),
  );
}

export type { WorksheetApi };
