/**
 * A sheet's looks as few multi-area format calls: the style blocks grouped by what they set (each look
 * painted over the rows of the looks that cover it, see underpaint), borders as covering rectangles per
 * colour, number formats per block. Nothing here syncs.
 */
import type { RangeFormatApi } from "./api";
import { joinWithin, MAX_AREAS_ADDRESS_CHARS } from "./areas";
import { operation, type Operation } from "./batch";
import { styleBlocks } from "./styleBlocks";
import type { CellStyle, SheetPlan, WorkbookPlan } from "../../layout/plan";
import { parseRange, rangeAddress } from "../../core/address";

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
export function styleOperations(plan: WorkbookPlan, sheet: SheetPlan): Operation[] {
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
    ...grouped(underpaint([...looks.values()]), ({ style }, address) =>
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

type Look = Omit<CellStyle, "border" | "numberFormat">;
interface LookGroup {
  readonly style: Look;
  readonly areas: string[];
}

/**
 * The look groups in painting order, each widened over the cells of the looks painted after it that set
 * everything it sets. A challenge heading sets every property the measure rows around it set, so "top,
 * wrapped" goes on a column from the first measure to the last in one area, and the heading row painted
 * afterwards takes its own values back — instead of one area per block between two headings (thousands at
 * 100×, each in the request). A look is painted before the looks that set more properties; where it is
 * widened, the later look sets each of its properties again, so every cell ends with the look the plan gives.
 */
function underpaint(groups: readonly LookGroup[]): Map<string, LookGroup> {
  const ordered = groups
    .map((group) => ({ group, properties: propertiesOf(group.style), key: JSON.stringify(group.style) }))
    .sort(
      (a, b) => a.properties.length - b.properties.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const owners = ownersByColumn(ordered.map(({ group }) => group));
  const covers = (later: number, earlier: number) =>
    later > earlier && ordered[earlier]!.properties.every((p) => ordered[later]!.properties.includes(p));
  const painted = new Map<string, LookGroup>();
  ordered.forEach(({ group, key }, rank) => {
    const widened = new Map<number, [number, number][]>();
    for (const [column, intervals] of intervalsByColumn(group.areas)) {
      const rows = owners.get(column)!;
      const joined: [number, number][] = [];
      for (const [top, bottom] of intervals) {
        const last = joined[joined.length - 1];
        if (last && gapCovered(rows, last[1] + 1, top - 1, (other) => covers(other, rank))) last[1] = bottom;
        else joined.push([top, bottom]);
      }
      widened.set(column, joined);
    }
    painted.set(key, { style: group.style, areas: rectanglesOf(widened) });
  });
  return painted;
}

/** Column → row → the index of the group whose areas hold that cell. */
function ownersByColumn(groups: readonly LookGroup[]): Map<number, Map<number, number>> {
  const owners = new Map<number, Map<number, number>>();
  groups.forEach((group, index) => {
    for (const area of group.areas) {
      const r = parseRange(area);
      for (let c = r.left; c <= r.right; c++) {
        let rows = owners.get(c);
        if (!rows) owners.set(c, (rows = new Map()));
        for (let row = r.top; row <= r.bottom; row++) rows.set(row, index);
      }
    }
  });
  return owners;
}

function gapCovered(
  rows: ReadonlyMap<number, number>,
  from: number,
  to: number,
  paintedOver: (rank: number) => boolean,
): boolean {
  for (let row = from; row <= to; row++) {
    const rank = rows.get(row);
    if (rank === undefined || !paintedOver(rank)) return false;
  }
  return true;
}

/** The format properties a look sets, by name ("font.bold", "fill", …). */
function propertiesOf(style: Look): string[] {
  const properties = Object.entries(style)
    .filter(([name, value]) => name !== "font" && value !== undefined)
    .map(([name]) => name);
  for (const [name, value] of Object.entries(style.font ?? {}))
    if (value !== undefined) properties.push(`font.${name}`);
  return properties;
}

/**
 * The cells of `areas` as few rectangles: each column's rows as intervals, neighbouring columns with the same
 * intervals joined. Every cell of a bordered block has its own grid (all four edges), so a larger rectangle
 * with its outside and inside edges draws exactly the same lines — and a field sheet's border is then two
 * areas instead of one per block between challenge headings (thousands at 100×, each in the request).
 */
export function coveringRectangles(areas: readonly string[]): string[] {
  return rectanglesOf(intervalsByColumn(areas));
}

/** Each column's rows of `areas` as sorted intervals, touching and overlapping ones joined. */
function intervalsByColumn(areas: readonly string[]): Map<number, [number, number][]> {
  const rowsByColumn = new Map<number, [number, number][]>();
  for (const area of areas) {
    const r = parseRange(area);
    for (let c = r.left; c <= r.right; c++) {
      let rows = rowsByColumn.get(c);
      if (!rows) rowsByColumn.set(c, (rows = []));
      rows.push([r.top, r.bottom]);
    }
  }
  return new Map([...rowsByColumn].map(([c, rows]) => [c, mergedIntervals(rows)]));
}

/** Column intervals as rectangles, neighbouring columns with the same intervals joined. */
function rectanglesOf(intervals: ReadonlyMap<number, [number, number][]>): string[] {
  const columns = [...intervals.keys()].sort((a, b) => a - b);
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
