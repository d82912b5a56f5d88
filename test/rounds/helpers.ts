/** Rounds without files: a plan's snapshot with entries typed in, read back, the next round started. */
import type { Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureInputs, PlanOptions, WorkbookPlan } from "../../src/layout/plan";
import { columnIndex } from "../../src/core/address";
import type { CellValue, WorkbookSnapshot } from "../../src/layout/snapshot";
import { readZielbildWorkbook, type ZielbildWorkbook } from "../../src/returns/readWorkbook";
import { nextRound, type NextRoundRequest } from "../../src/returns/rounds";
import { snapshotFromPlan } from "../fakes/synthetic";

export type Entry = Readonly<Partial<Record<keyof MeasureInputs, CellValue>>>;

/** The snapshot of `plan` with these values typed into the measures' input cells. */
export function typedInto(plan: WorkbookPlan, entries: ReadonlyMap<string, Entry>): WorkbookSnapshot {
  const snapshot = snapshotFromPlan(plan);
  for (const [id, entry] of entries) {
    const location = plan.measures.find((m) => m.measureId === id);
    if (!location) throw new Error(`no measure ${id}`);
    const sheet = snapshot.sheets.find((s) => s.name === location.sheetName)!;
    for (const [key, value] of Object.entries(entry)) {
      const letter =
        key === "unit"
          ? location.unitColumn
          : location.inputColumns[key as keyof typeof location.inputColumns];
      const column = columnIndex(letter);
      while (sheet.values.length < location.row) sheet.values.push([]);
      const row = sheet.values[location.row - 1]!;
      while (row.length < column) row.push(null);
      row[column - 1] = value ?? null;
    }
  }
  return snapshot;
}

export function readBack(snapshot: WorkbookSnapshot): ZielbildWorkbook {
  const read = readZielbildWorkbook(snapshot);
  if ("error" in read) throw new Error(read.error);
  return read.workbook;
}

/** Starts the next round on a read-back workbook; throws when the round is refused. */
export function startRound(
  snapshot: WorkbookSnapshot,
  request: Partial<NextRoundRequest> & { label: string },
  catalogue?: Catalogue,
  confirmed = false,
): WorkbookPlan {
  const workbook = readBack(snapshot);
  const result = nextRound(
    workbook,
    snapshot,
    { date: "2026-01-15", clear: false, builtAt: "2026-01-15T08:00:00.000Z", ...request },
    confirmed,
  );
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem).slice(0, 400)}`);
  return buildPlan(catalogue ?? workbook.catalogue, result.options as PlanOptions);
}
