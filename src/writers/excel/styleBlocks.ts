/**
 * Style ranges → few disjoint rectangles. The plan lists style assignments in order (later wins); a cell's
 * final look is the composition of every style assigned to it, in order. Cells with the same sequence of
 * styles are gathered into rectangles (runs along a row, then equal runs stacked over consecutive rows),
 * so a field sheet needs a handful of format calls per column band instead of several per row.
 */
import type { CellStyle, SheetPlan, WorkbookPlan } from "../../layout/plan";
import { parseRange, rangeAddress } from "../../core/address";

export interface StyleBlock {
  readonly range: string;
  readonly style: CellStyle;
}

export function styleBlocks(plan: WorkbookPlan, sheet: SheetPlan): StyleBlock[] {
  const perCell = styleKeysPerCell(sheet);
  const rectangles = stackRuns(rowRuns(perCell));
  const composed = new Map<string, CellStyle>();
  return rectangles.map(({ top, left, bottom, right, key }) => {
    let style = composed.get(key);
    if (!style) composed.set(key, (style = compose(key.split("\u0000").map((name) => styleOf(plan, name)))));
    return { range: rangeAddress(top, left, bottom, right), style };
  });
}

function styleOf(plan: WorkbookPlan, name: string): CellStyle {
  const style = plan.styles[name];
  if (!style) throw new Error(`Plan: style "${name}" is not defined`);
  return style;
}

/** Row → column → the names of the styles assigned to that cell, in plan order, joined. */
function styleKeysPerCell(sheet: SheetPlan): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  for (const { range, style } of sheet.styleRanges) {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) {
      let columns = rows.get(row);
      if (!columns) rows.set(row, (columns = new Map()));
      for (let column = r.left; column <= r.right; column++) {
        const before = columns.get(column);
        columns.set(column, before === undefined ? style : `${before}\u0000${style}`);
      }
    }
  }
  return rows;
}

interface Run {
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly key: string;
}

function rowRuns(perCell: Map<number, Map<number, string>>): Run[] {
  const runs: Run[] = [];
  for (const row of [...perCell.keys()].sort((a, b) => a - b)) {
    const columns = perCell.get(row)!;
    const sorted = [...columns.keys()].sort((a, b) => a - b);
    let start: number | undefined;
    sorted.forEach((column, i) => {
      start ??= column;
      const next = sorted[i + 1];
      const key = columns.get(column)!;
      if (next !== column + 1 || columns.get(next) !== key) {
        runs.push({ row, left: start, right: column, key });
        start = undefined;
      }
    });
  }
  return runs;
}

interface Rectangle {
  top: number;
  bottom: number;
  readonly left: number;
  readonly right: number;
  readonly key: string;
}

/** Runs with the same columns and styles in consecutive rows become one rectangle. */
function stackRuns(runs: readonly Run[]): Rectangle[] {
  const open = new Map<string, Rectangle>();
  const done: Rectangle[] = [];
  for (const run of runs) {
    const id = `${run.left}:${run.right}:${run.key}`;
    const rectangle = open.get(id);
    if (rectangle && rectangle.bottom === run.row - 1) rectangle.bottom = run.row;
    else {
      if (rectangle) done.push(rectangle);
      open.set(id, { top: run.row, bottom: run.row, left: run.left, right: run.right, key: run.key });
    }
  }
  return [...done, ...open.values()];
}

/** Later styles override only the properties they set (fonts property by property). */
export function compose(styles: readonly CellStyle[]): CellStyle {
  return styles.reduce<CellStyle>((merged, next) => {
    const font = merged.font || next.font ? { ...merged.font, ...definedOnly(next.font ?? {}) } : undefined;
    return { ...merged, ...definedOnly(next), ...(font ? { font } : {}) };
  }, {});
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
