/** The Office.js build of a plan through the typed in-memory Excel fake: round trips, proxy calls, payload. */
import { summarize } from "../src/catalogue/model";
import { buildPlan } from "../src/layout/buildPlan";
import { writePlanToWorkbook } from "../src/writers/excel/writePlan";
import { createFakeExcel } from "../test/fakes/excel";
import { catalogueAt, PLAN_OPTIONS } from "./inputs";

export interface ExcelBuildFigures {
  readonly measures: number;
  readonly sheets: number;
  /** Challenges: the sections of the field sheets (they stay 22 at every scale). */
  readonly sections: number;
  readonly goals: number;
  readonly cells: number;
  readonly syncs: number;
  /** Syncs the fake refused (as Excel would: payload over 5 MB); the writer retries them as halves. */
  readonly refusedSyncs: number;
  readonly proxyCalls: number;
  readonly largestRequestBytes: number;
  readonly totalBytes: number;
  readonly ms: number;
}

export async function excelBuild(scale: number): Promise<ExcelBuildFigures> {
  const catalogue = catalogueAt(scale);
  const plan = buildPlan(catalogue, PLAN_OPTIONS);
  const fake = createFakeExcel();
  const uninstall = fake.install();
  try {
    const start = performance.now();
    await writePlanToWorkbook(plan);
    const ms = performance.now() - start;
    const summary = summarize(catalogue);
    return {
      measures: summary.measures,
      sheets: plan.sheets.length,
      sections: summary.challenges,
      goals: summary.goals,
      cells: plan.sheets.reduce(
        (sum, s) =>
          sum +
          s.blocks.reduce((n, b) => n + b.cells.reduce((m, row) => m + row.filter(Boolean).length, 0), 0),
        0,
      ),
      syncs: fake.syncs.length,
      refusedSyncs: fake.syncs.filter((s) => s.failed).length,
      proxyCalls: fake.actions,
      largestRequestBytes: Math.max(...fake.syncs.map((s) => s.bytes)),
      totalBytes: fake.syncs.reduce((sum, s) => sum + s.bytes, 0),
      ms,
    };
  } finally {
    uninstall();
  }
}
