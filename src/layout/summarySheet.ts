/**
 * Übersicht: live counts per action field and in total, and per organisational unit. Every number is a
 * formula over the field sheets' hidden Status column, so rated + open + invalid = measures by construction.
 */
import { INPUT_FIELDS, LEVELS, symbolByCode, TASK_TYPES, YES } from "../scheme/ratingScheme";
import { columnLetter, rangeAddress } from "../core/address";
import { MARGINS, protection, type PlanContext } from "./context";
import { INPUT_LETTER, LETTER } from "./fieldLayout";
import { label } from "./labels";
import type { ChartPlan, ConditionalFormatPlan, SheetPlan } from "./plan";
import { headerFooter, SheetGrid, str } from "./sheetGrid";
import { PALETTE } from "./styles";
import { ROUND_TABLE_COLUMNS, writeRoundTables, type RoundTablesResult } from "./roundTables";
import { columnRange, unitCount, unitProgressFormula, type FieldRange } from "./unitProgress";

export interface SummaryField extends FieldRange {
  readonly fieldName: string;
}

const NAME_WIDTH = 46;
export const SUMMARY_GROUP_ROW = 4;
export const SUMMARY_HEADER_ROW = 5;
export const SUMMARY_FIRST_ROW = 6;

/** Column numbers of the per-field block. */
export const SUMMARY_COLUMNS = (() => {
  const level = 7;
  const share = level + LEVELS.length;
  const symbol = share + LEVELS.length;
  return { name: 1, goals: 2, measures: 3, rated: 4, open: 5, invalid: 6, level, share, symbol };
})();

/** The symbols counted on the summary, in the scheme's order: task types, then flags. */
export function summarySymbols(
  lang: "de" | "en",
): { glyph: string; label: string; letter: string; value: string }[] {
  const taskTypes = TASK_TYPES.map((t) => {
    const symbol = symbolByCode(t.symbol);
    return { glyph: symbol.glyph, label: symbol.label[lang], letter: INPUT_LETTER.taskType, value: t.code };
  });
  // The input's header is the short form of the symbol's label ("Zuständigkeit fraglich").
  const flags = INPUT_FIELDS.filter((f) => f.kind === "flag" && f.symbol).map((f) => {
    const symbol = symbolByCode(f.symbol!);
    return { glyph: symbol.glyph, label: f.header[lang], letter: INPUT_LETTER[f.key], value: YES[lang] };
  });
  return [...taskTypes, ...flags];
}

export interface SummaryResult {
  readonly sheet: SheetPlan;
  /** Row of each field (by sheet name), of the total, and of each unit (by unit, "" for none). */
  readonly fieldRows: ReadonlyMap<string, number>;
  readonly totalRow: number;
  readonly unitRows: ReadonlyMap<string, number>;
  readonly unitTotalRow: number;
  /** From the second round on: the per-round level table (header and body rows), the chart's source. */
  readonly roundTable?: RoundTablesResult["rounds"];
}

export function buildSummarySheet(
  name: string,
  fields: readonly SummaryField[],
  ctx: PlanContext,
): SummaryResult {
  const grid = new SheetGrid(name);
  const lastColumn = SUMMARY_COLUMNS.symbol + summarySymbols(ctx.lang).length - 1;
  grid.text(1, 1, `${ctx.title} – ${ctx.roundTitle}`);
  grid.style(1, 1, 1, 1, "title");
  grid.text(2, 1, label("summaryHeading", ctx.lang));
  grid.style(2, 1, 2, 1, "subtitle");
  writeFieldHeaders(grid, ctx, lastColumn);
  const fieldRows = new Map<string, number>();
  fields.forEach((field, i) => {
    const row = SUMMARY_FIRST_ROW + i;
    fieldRows.set(field.name, row);
    writeFieldRow(grid, row, field, ctx);
  });
  const totalRow = SUMMARY_FIRST_ROW + fields.length;
  writeTotalRow(grid, totalRow, lastColumn, ctx);
  const helperStart = lastColumn + 2;
  const roundTables = ctx.history
    ? writeRoundTables(
        grid,
        totalRow + 3,
        fields.map((field) => ({ ...field, summaryRow: fieldRows.get(field.name)! })),
        { totalRow, levelColumn: SUMMARY_COLUMNS.level },
        ctx.history,
        ctx.options.history ?? [],
        ctx,
      )
    : undefined;
  // Below the fixed-size tables: the unit block grows with the units entered, and nothing the check
  // compares may move when it does.
  const units = writeUnitBlock(grid, (roundTables?.lastRow ?? totalRow) + 3, fields, ctx, helperStart);
  if (ctx.options.unit !== undefined) {
    grid.formula(3, 1, progressFormula(fields, ctx, units));
    grid.style(3, 1, 3, 1, "subtitle");
  }
  const printedRows = units.totalRow;
  const sheet: SheetPlan = {
    key: "summary",
    name,
    role: "summary",
    visibility: "visible",
    tabColor: PALETTE.tabSummary,
    columns: [
      { index: 1, width: NAME_WIDTH },
      ...range(2, lastColumn).map((index) => ({
        index,
        width:
          index === ROUND_TABLE_COLUMNS.round && roundTables
            ? Math.max(12, roundTables.roundColumnWidth)
            : index >= SUMMARY_COLUMNS.symbol
              ? 15
              : 12,
      })),
      ...range(helperStart, helperStart + units.helperColumns - 1).map((index) => ({
        index,
        width: 12,
        hidden: true,
      })),
    ],
    rows: [
      { index: SUMMARY_GROUP_ROW, height: 30 },
      { index: SUMMARY_HEADER_ROW, height: 48 },
      ...[units.headerRow, ...(roundTables?.headerRows ?? [])].map((index) => ({ index, height: 30 })),
      ...grid
        .tallRows(1, NAME_WIDTH)
        .filter(
          (r) =>
            r.index > SUMMARY_HEADER_ROW &&
            r.index !== units.headerRow &&
            !roundTables?.headerRows.includes(r.index),
        ),
    ],
    blocks: grid.blocks(),
    styleRanges: grid.styleRanges,
    conditionalFormats: dataBars(fields.length, units),
    dataValidations: [],
    protection: protection(ctx.options),
    freeze: { rows: SUMMARY_HEADER_ROW, columns: 1 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      scale: "fitToWidth",
      printArea: rangeAddress(1, 1, printedRows, lastColumn),
      header: headerFooter({
        left: ctx.title,
        center: ctx.roundTitle,
        right: label("summarySheet", ctx.lang),
      }),
      footer: headerFooter(
        { left: `${ctx.catalogue.title} (${ctx.catalogue.version})` },
        { right: label("page", ctx.lang) },
      ),
      margins: MARGINS,
    },
    extent: grid.extent(),
    ...(roundTables ? { charts: [roundChart(roundTables.rounds, grid.maxRow, ctx)] } : {}),
  };
  return {
    sheet,
    fieldRows,
    totalRow,
    unitRows: units.rows,
    unitTotalRow: units.totalRow,
    ...(roundTables ? { roundTable: roundTables.rounds } : {}),
  };
}

export const ROUND_CHART_NAME = "Zielbild_Runden";

/**
 * Shares of hoch/mittel/gering/unklar per field and round, as 100 % stacked columns. It sits below the
 * space the Office.js writer keeps for the per-field chart (src/writers/excel/chart.ts).
 */
function roundChart(table: RoundTablesResult["rounds"], lastRow: number, ctx: PlanContext): ChartPlan {
  const c = ROUND_TABLE_COLUMNS;
  const top = lastRow + 22;
  return {
    name: ROUND_CHART_NAME,
    type: "ColumnStacked100",
    title: label("roundsHeading", ctx.lang),
    values: rangeAddress(table.headerRow, c.level, table.lastRow, c.level + LEVELS.length - 1),
    categories: rangeAddress(table.firstRow, c.field, table.lastRow, c.round),
    from: `A${top}`,
    to: `M${top + 24}`,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, i) => from + i);
}

function writeFieldHeaders(grid: SheetGrid, ctx: PlanContext, lastColumn: number): void {
  const c = SUMMARY_COLUMNS;
  const group = (column: number, width: number, text: string) => {
    grid.text(SUMMARY_GROUP_ROW, column, text);
    grid.style(SUMMARY_GROUP_ROW, column, SUMMARY_GROUP_ROW, column + width - 1, "groupHeader");
  };
  group(c.level, LEVELS.length, label("levelCounts", ctx.lang));
  group(c.share, LEVELS.length, label("levelShares", ctx.lang));
  group(c.symbol, lastColumn - c.symbol + 1, label("symbols", ctx.lang));
  const headers: [number, string][] = [
    [c.name, label("actionField", ctx.lang)],
    [c.goals, label("goals", ctx.lang)],
    [c.measures, label("measures", ctx.lang)],
    [c.rated, ctx.status.rated],
    [c.open, ctx.status.open],
    [c.invalid, ctx.status.invalid],
    ...LEVELS.map((level, i): [number, string] => [c.level + i, level.value[ctx.lang]]),
    ...LEVELS.map((level, i): [number, string] => [c.share + i, level.value[ctx.lang]]),
    ...summarySymbols(ctx.lang).map((s, i): [number, string] => [c.symbol + i, `${s.glyph} ${s.label}`]),
  ];
  for (const [column, text] of headers) grid.text(SUMMARY_HEADER_ROW, column, text);
  grid.style(SUMMARY_HEADER_ROW, 1, SUMMARY_HEADER_ROW, lastColumn, "header");
}

function writeFieldRow(grid: SheetGrid, row: number, field: SummaryField, ctx: PlanContext): void {
  const c = SUMMARY_COLUMNS;
  const col = (letter: string) => columnRange(field, letter, true);
  const status = col(LETTER.status);
  grid.text(row, c.name, field.fieldName);
  grid.formula(row, c.goals, `=COUNT(${col(LETTER.goal)})`);
  grid.formula(row, c.measures, `=COUNTA(${col(LETTER.id)})`);
  grid.formula(row, c.rated, `=COUNTIF(${status},${str(ctx.status.rated)})`);
  grid.formula(row, c.open, `=COUNTIF(${status},${str(ctx.status.open)})`);
  grid.formula(row, c.invalid, `=COUNTIF(${status},${str(ctx.status.invalid)})`);
  LEVELS.forEach((level, i) => {
    const value = str(level.value[ctx.lang]);
    grid.formula(
      row,
      c.level + i,
      `=COUNTIFS(${col(INPUT_LETTER.level)},${value},${status},${str(ctx.status.rated)})`,
    );
  });
  writeShares(grid, row);
  // A symbol counts on rows that are not invalid: there the case-insensitive COUNTIFS match is exact.
  summarySymbols(ctx.lang).forEach((s, i) => {
    const counted = [ctx.status.rated, ctx.status.open].map(
      (st) => `COUNTIFS(${col(s.letter)},${str(s.value)},${status},${str(st)})`,
    );
    grid.formula(row, c.symbol + i, `=${counted.join("+")}`);
  });
  grid.style(row, c.name, row, c.name, "rowLabel");
  grid.style(row, c.goals, row, c.share - 1, "count");
  grid.style(row, c.share, row, c.symbol - 1, "percent");
  grid.style(row, c.symbol, row, c.symbol + summarySymbols(ctx.lang).length - 1, "count");
}

function writeShares(grid: SheetGrid, row: number): void {
  const c = SUMMARY_COLUMNS;
  const rated = `$${columnLetter(c.rated)}${row}`;
  LEVELS.forEach((_, i) => {
    const count = `${columnLetter(c.level + i)}${row}`;
    grid.formula(row, c.share + i, `=IF(${rated}=0,0,${count}/${rated})`);
  });
}

function writeTotalRow(grid: SheetGrid, row: number, lastColumn: number, ctx: PlanContext): void {
  const c = SUMMARY_COLUMNS;
  grid.text(row, c.name, label("total", ctx.lang));
  for (const column of range(c.goals, lastColumn)) {
    if (column >= c.share && column < c.symbol) continue;
    const letter = columnLetter(column);
    grid.formula(row, column, `=SUM(${letter}${SUMMARY_FIRST_ROW}:${letter}${row - 1})`);
  }
  writeShares(grid, row);
  grid.style(row, c.name, row, c.name, "totalLabel");
  grid.style(row, c.goals, row, lastColumn, "totalCount");
  grid.style(row, c.share, row, c.symbol - 1, "totalPercent");
}

export const UNIT_COLUMNS = { name: 1, measures: 2, rated: 3, open: 4, invalid: 5, share: 6 } as const;

interface UnitBlock {
  readonly headerRow: number;
  readonly rows: Map<string, number>;
  readonly firstRow: number;
  readonly totalRow: number;
  /** Hidden columns right of the print area holding partial counts (0 for up to FIELDS_PER_FORMULA fields). */
  readonly helperColumns: number;
}

/**
 * A unit's count over this many field sheets fits one formula with room to spare (a term is at most about
 * 200 characters with a 31-character quoted sheet name; Excel allows 8,192). With more action fields each
 * unit row adds up partial counts over batches of fields, kept in hidden columns of its own row, so the
 * number of action fields is limited by Excel's sheet count, not by the length of a formula.
 */
export const FIELDS_PER_FORMULA = 20;

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function writeUnitBlock(
  grid: SheetGrid,
  top: number,
  fields: readonly SummaryField[],
  ctx: PlanContext,
  helperStart: number,
): UnitBlock {
  const u = UNIT_COLUMNS;
  grid.text(top, 1, label("perUnitHeading", ctx.lang));
  grid.style(top, 1, top, 1, "subtitle");
  const headerRow = top + 1;
  const headers = [
    label("organisationalUnit", ctx.lang),
    label("measures", ctx.lang),
    ctx.status.rated,
    ctx.status.open,
    ctx.status.invalid,
    label("shareRated", ctx.lang),
  ];
  headers.forEach((text, i) => grid.text(headerRow, i + 1, text));
  grid.style(headerRow, 1, headerRow, headers.length, "header");
  const rows = new Map<string, number>();
  const units = [...ctx.units, ""];
  const groups = batches(fields, FIELDS_PER_FORMULA);
  const counts: [number, string, string][] = [
    [u.measures, LETTER.id, `<>""`],
    [u.rated, LETTER.status, `=${str(ctx.status.rated)}`],
    [u.open, LETTER.status, `=${str(ctx.status.open)}`],
    [u.invalid, LETTER.status, `=${str(ctx.status.invalid)}`],
  ];
  units.forEach((unit, i) => {
    const row = headerRow + 1 + i;
    rows.set(unit, row);
    // The unit's own cell is the criterion; the "no unit" row compares with "".
    const unitExpr = unit === "" ? `""` : `$A$${row}`;
    grid.text(row, u.name, unit === "" ? distinctLabel(label("noUnit", ctx.lang), ctx.units) : unit);
    counts.forEach(([column, letter, condition], m) => {
      if (groups.length === 1) {
        grid.formula(row, column, `=${unitCount(fields, unitExpr, letter, condition)}`);
        return;
      }
      const first = helperStart + m * groups.length;
      groups.forEach((group, b) =>
        grid.formula(row, first + b, `=${unitCount(group, unitExpr, letter, condition)}`),
      );
      const from = columnLetter(first);
      const to = columnLetter(first + groups.length - 1);
      grid.formula(row, column, `=SUM(${from}${row}:${to}${row})`);
    });
    grid.formula(row, u.share, `=IF(B${row}=0,0,C${row}/B${row})`);
    grid.style(row, u.name, row, u.name, "rowLabel");
    grid.style(row, u.measures, row, u.invalid, "count");
    grid.style(row, u.share, row, u.share, "percent");
  });
  const firstRow = headerRow + 1;
  const totalRow = firstRow + units.length;
  grid.text(totalRow, u.name, distinctLabel(label("total", ctx.lang), ctx.units));
  for (const column of [u.measures, u.rated, u.open, u.invalid]) {
    const letter = columnLetter(column);
    grid.formula(totalRow, column, `=SUM(${letter}${firstRow}:${letter}${totalRow - 1})`);
  }
  grid.formula(totalRow, u.share, `=IF(B${totalRow}=0,0,C${totalRow}/B${totalRow})`);
  grid.style(totalRow, u.name, totalRow, u.name, "totalLabel");
  grid.style(totalRow, u.measures, totalRow, u.invalid, "totalCount");
  grid.style(totalRow, u.share, totalRow, u.share, "totalPercent");
  const helperColumns = groups.length === 1 ? 0 : counts.length * groups.length;
  return { headerRow, rows, firstRow, totalRow, helperColumns };
}

/**
 * A label row's text that no unit row shows: a unit may be called "Gesamt" or "ohne Zuständigkeit"; then
 * the label row is set in parentheses (as often as needed) so the two cannot be mistaken for each other.
 */
function distinctLabel(text: string, units: readonly string[]): string {
  const taken = new Set(units.map((u) => u.trim().toLowerCase()));
  let result = text;
  while (taken.has(result.toLowerCase())) result = `(${result})`;
  return result;
}

/**
 * The per-unit workbook's progress line. With many action fields it reads the unit's row of the unit
 * block (the same counts) instead of adding up every field sheet once more.
 */
function progressFormula(fields: readonly SummaryField[], ctx: PlanContext, units: UnitBlock): string {
  const row = units.rows.get(ctx.options.unit ?? "");
  if (fields.length <= FIELDS_PER_FORMULA || row === undefined) return unitProgressFormula(fields, ctx, true);
  const u = UNIT_COLUMNS;
  const prefix = `${label("progressPrefix", ctx.lang)} (${ctx.options.unit ?? ""}): `;
  return `=${str(prefix)}&${columnLetter(u.rated)}${row}&${str(` ${label("progressOf", ctx.lang)} `)}&${columnLetter(u.measures)}${row}&${str(" " + label("rated", ctx.lang))}`;
}

function dataBars(fieldCount: number, units: UnitBlock): ConditionalFormatPlan[] {
  const c = SUMMARY_COLUMNS;
  const lastFieldRow = SUMMARY_FIRST_ROW + fieldCount - 1;
  const bars: ConditionalFormatPlan[] = LEVELS.map((level, i) => ({
    kind: "dataBar",
    range: rangeAddress(SUMMARY_FIRST_ROW, c.share + i, lastFieldRow, c.share + i),
    color: level.fill,
    priority: i + 1,
  }));
  bars.push({
    kind: "dataBar",
    range: rangeAddress(units.firstRow, UNIT_COLUMNS.share, units.totalRow - 1, UNIT_COLUMNS.share),
    color: PALETTE.tabField,
    priority: bars.length + 1,
  });
  return bars;
}
