/**
 * What the engine needs from a plan, indexed once per plan object (a plan is immutable, and the task
 * pane checks the same plan again and again): measures per sheet, the IDs, and the cells whose
 * contents the structure rule compares.
 */
import type { MeasureLocation, SheetPlan, WorkbookPlan } from "../layout/plan";
import { parseCell } from "../core/address";
import { columnIndex } from "./columns";

/** The plan cells of one sheet to compare, in parallel arrays; `texts[i]` null means a formula cell. */
export interface CellsToCheck {
  readonly rows: readonly number[];
  readonly columns: readonly number[];
  readonly texts: readonly (string | null)[];
}

export interface PlanIndex {
  /** Per sheet key, sorted by row. */
  readonly measuresBySheet: ReadonlyMap<string, readonly MeasureLocation[]>;
  readonly ids: ReadonlySet<string>;
  /** Measure ID → position in plan.measures. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Per sheet key: positions in plan.measures of the sheet's measures, sorted by row. */
  readonly positionsBySheet: ReadonlyMap<string, readonly number[]>;
  /** Per sheet key: the (1-based) columns holding measure IDs. */
  readonly idColumns: ReadonlyMap<string, readonly number[]>;
  readonly cellsToCheck: ReadonlyMap<string, CellsToCheck>;
}

const cache = new WeakMap<WorkbookPlan, PlanIndex>();

export function planIndex(plan: WorkbookPlan): PlanIndex {
  let index = cache.get(plan);
  if (!index) cache.set(plan, (index = buildIndex(plan)));
  return index;
}

function buildIndex(plan: WorkbookPlan): PlanIndex {
  const measuresBySheet = new Map<string, MeasureLocation[]>();
  for (const m of plan.measures) {
    const list = measuresBySheet.get(m.sheetKey);
    if (list) list.push(m);
    else measuresBySheet.set(m.sheetKey, [m]);
  }
  for (const list of measuresBySheet.values()) list.sort((a, b) => a.row - b.row);
  const idColumns = new Map(
    [...measuresBySheet].map(([key, list]) => [key, [...new Set(list.map((l) => columnIndex(l.idColumn)))]]),
  );
  const cellsToCheck = new Map(
    plan.sheets.map((sheet) => [sheet.key, cellsOf(sheet, measuresBySheet.get(sheet.key) ?? [])]),
  );
  const positionOf = new Map(plan.measures.map((m, i) => [m.measureId, i]));
  const positionsBySheet = new Map(
    [...measuresBySheet].map(([key, list]) => [key, list.map((m) => positionOf.get(m.measureId)!)]),
  );
  return {
    measuresBySheet,
    ids: new Set(positionOf.keys()),
    positionOf,
    positionsBySheet,
    idColumns,
    cellsToCheck,
  };
}

/**
 * Every formula cell; on field sheets also every text cell except those departments fill in (inputs,
 * unit) and the ID (the ID is matched on its own).
 */
function cellsOf(sheet: SheetPlan, measures: readonly MeasureLocation[]): CellsToCheck {
  const measureRows = new Set(measures.map((m) => m.row));
  const letters = new Set<string>();
  for (const m of measures) {
    for (const letter of Object.values(m.inputColumns)) letters.add(letter);
    letters.add(m.unitColumn);
    letters.add(m.idColumn);
  }
  const inputColumns = new Set([...letters].map(columnIndex));
  const withTexts = sheet.role === "field";
  const rows: number[] = [];
  const columns: number[] = [];
  const texts: (string | null)[] = [];
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    for (let r = 0; r < block.cells.length; r++) {
      const cells = block.cells[r]!;
      const row = origin.row + r;
      const measureRow = measureRows.has(row);
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell || "number" in cell) continue;
        const column = origin.column + c;
        const isText = "text" in cell;
        if (isText && (!withTexts || (measureRow && inputColumns.has(column)))) continue;
        rows.push(row);
        columns.push(column);
        texts.push(isText ? cell.text : null);
      }
    }
  }
  return { rows, columns, texts };
}
