/**
 * The Übersicht's round tables, from the second round on: per action field and in total, how many
 * measures moved how since the previous round (counted over the field sheets' change marks), and the
 * level counts and shares per round (closed rounds from the Verlauf sheet, the current one from the
 * summary's own counts). Live formulas throughout.
 */
import { columnLetter } from "../core/address";
import { allowedValues, CHANGES, LEVELS, type Language } from "../scheme/ratingScheme";
import type { PlanContext } from "./context";
import { LETTER } from "./fieldLayout";
import { CONSTRAINED_FIELDS } from "./formulas";
import type { HistoryRefs } from "./historySheet";
import { label } from "./labels";
import type { PastRound, RoundInfo } from "./plan";
import { SheetGrid, str } from "./sheetGrid";
import { columnRange, type FieldRange } from "./unitProgress";

export interface RoundTableField extends FieldRange {
  readonly fieldName: string;
  /** Row of the field on the summary's per-field table. */
  readonly summaryRow: number;
}

export interface RoundTablesResult {
  readonly lastRow: number;
  /** The per-round table (for the chart): header row, first and last body row. */
  readonly rounds: { readonly headerRow: number; readonly firstRow: number; readonly lastRow: number };
  /** Header rows of both tables (their texts wrap onto two lines). */
  readonly headerRows: readonly number[];
  /** Width (character units) the round column needs for the longest round label. */
  readonly roundColumnWidth: number;
}

export const ROUND_TABLE_COLUMNS = { field: 1, round: 2, level: 3, share: 3 + LEVELS.length } as const;

export function writeRoundTables(
  grid: SheetGrid,
  top: number,
  fields: readonly RoundTableField[],
  summary: { readonly totalRow: number; readonly levelColumn: number },
  history: HistoryRefs,
  past: readonly PastRound[],
  ctx: PlanContext,
): RoundTablesResult {
  const afterChanges = writeChangeTable(grid, top, fields, ctx, past[past.length - 1]!);
  const rounds = [...past, ctx.round];
  const table = writeRoundTable(grid, afterChanges + 2, fields, summary, history, rounds, ctx);
  const longest = Math.max(...rounds.map((r) => [...r.label].length));
  return {
    ...table,
    headerRows: [top + 1, table.rounds.headerRow],
    roundColumnWidth: Math.min(40, Math.ceil(longest * 1.1) + 2),
  };
}

function writeChangeTable(
  grid: SheetGrid,
  top: number,
  fields: readonly RoundTableField[],
  ctx: PlanContext,
  previous: RoundInfo,
): number {
  const lang = ctx.lang;
  grid.text(top, 1, `${label("changesHeading", lang)} (${previous.label})`);
  grid.style(top, 1, top, 1, "subtitle");
  const headerRow = top + 1;
  grid.text(headerRow, 1, label("actionField", lang));
  CHANGES.forEach((change, i) => grid.text(headerRow, 2 + i, change.mark[lang]));
  grid.style(headerRow, 1, headerRow, 1 + CHANGES.length, "header");
  fields.forEach((field, f) => {
    const row = headerRow + 1 + f;
    grid.formula(row, 1, `=$A$${field.summaryRow}`);
    const marks = columnRange(field, LETTER.change, true);
    CHANGES.forEach((change, i) => grid.formula(row, 2 + i, `=COUNTIF(${marks},${str(change.mark[lang])})`));
    grid.style(row, 1, row, 1, "rowLabel");
    grid.style(row, 2, row, 1 + CHANGES.length, "count");
  });
  const totalRow = headerRow + 1 + fields.length;
  grid.text(totalRow, 1, label("total", lang));
  CHANGES.forEach((_, i) => {
    const letter = columnLetter(2 + i);
    grid.formula(totalRow, 2 + i, `=SUM(${letter}${headerRow + 1}:${letter}${totalRow - 1})`);
  });
  grid.style(totalRow, 1, totalRow, 1, "totalLabel");
  grid.style(totalRow, 2, totalRow, 1 + CHANGES.length, "totalCount");
  return totalRow;
}

function writeRoundTable(
  grid: SheetGrid,
  top: number,
  fields: readonly RoundTableField[],
  summary: { readonly totalRow: number; readonly levelColumn: number },
  history: HistoryRefs,
  rounds: readonly RoundInfo[],
  ctx: PlanContext,
): Pick<RoundTablesResult, "lastRow" | "rounds"> {
  const lang = ctx.lang;
  const c = ROUND_TABLE_COLUMNS;
  grid.text(top, 1, label("roundsHeading", lang));
  grid.style(top, 1, top, 1, "subtitle");
  const headerRow = top + 1;
  grid.text(headerRow, c.field, label("actionField", lang));
  grid.text(headerRow, c.round, label("round", lang));
  LEVELS.forEach((level, i) => {
    grid.text(headerRow, c.level + i, level.value[lang]);
    grid.text(headerRow, c.share + i, `${label("share", lang)} ${level.value[lang]}`);
  });
  const lastColumn = c.share + LEVELS.length - 1;
  grid.style(headerRow, 1, headerRow, lastColumn, "header");
  let row = headerRow + 1;
  const groups = [
    ...fields.map((field) => ({
      name: `$A$${field.summaryRow}`,
      currentRow: field.summaryRow,
      total: false,
    })),
    { name: str(label("total", lang)), currentRow: summary.totalRow, total: true },
  ];
  for (const group of groups) {
    rounds.forEach((round, r) => {
      if (r === 0) grid.formula(row, c.field, `=${group.name}`);
      grid.text(row, c.round, round.label);
      LEVELS.forEach((level, i) => {
        const current = r === rounds.length - 1;
        const formula = current
          ? `=${columnLetter(summary.levelColumn + i)}$${group.currentRow}`
          : pastCount(history, r, group.total ? undefined : group.name, level.value[lang], lang);
        grid.formula(row, c.level + i, formula);
      });
      writeShares(grid, row);
      grid.style(row, c.field, row, c.field, group.total ? "totalLabel" : "rowLabel");
      // One line: the column is as wide as the longest label (a wrapped label would be cut).
      grid.style(row, c.round, row, c.round, group.total ? "totalLabel" : "roundLabel");
      grid.style(row, c.level, row, c.share - 1, group.total ? "totalCount" : "count");
      grid.style(row, c.share, row, lastColumn, group.total ? "totalPercent" : "percent");
      row++;
    });
  }
  return { lastRow: row - 1, rounds: { headerRow, firstRow: headerRow + 1, lastRow: row - 1 } };
}

/**
 * Measures of closed round `index` with this level (in this field), counted as the running round counts
 * them (the Übersicht's level columns: rated rows only): the level exactly this value (EXACT, as the
 * change marks compare: "Hoch" is no level) and every other constrained input blank or within the scheme.
 */
function pastCount(
  history: HistoryRefs,
  index: number,
  field: string | undefined,
  level: string,
  lang: Language,
): string {
  const valid = CONSTRAINED_FIELDS.filter((f) => f.kind !== "level").map((f) => {
    const cells = history.inputs(index, f.key);
    const exact = allowedValues(f, lang).map((value) => `EXACT(${cells},${str(value)})`);
    return `((${cells}="")+${exact.join("+")}>0)`;
  });
  const factors = [
    ...(field === undefined ? [] : [`(${history.fields}=${field})`]),
    `EXACT(${history.levels(index)},${str(level)})`,
    ...valid,
  ];
  return `=SUMPRODUCT(${factors.join("*")})`;
}

function writeShares(grid: SheetGrid, row: number): void {
  const c = ROUND_TABLE_COLUMNS;
  const first = columnLetter(c.level);
  const last = columnLetter(c.level + LEVELS.length - 1);
  LEVELS.forEach((_, i) => {
    const count = `${columnLetter(c.level + i)}${row}`;
    grid.formula(
      row,
      c.share + i,
      `=IF(SUM($${first}${row}:$${last}${row})=0,0,${count}/SUM($${first}${row}:$${last}${row}))`,
    );
  });
}
