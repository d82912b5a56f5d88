/**
 * The Office.js build, read-back and rebuild of a plan through Microsoft's client library over the simulated
 * Excel host (test/excel-host): round trips, actions, request and response bytes as the library sends them.
 */
import { summarize } from "../src/catalogue/model";
import { buildPlan } from "../src/layout/buildPlan";
import { writePlanToWorkbook } from "../src/writers/excel/writePlan";
import { rebuildWorkbook } from "../src/writers/excel/rebuild";
import { readWorkbook } from "../src/writers/excel/readWorkbook";
import { createExcelHost, type SyncRecord } from "../test/excel-host";
import { bundledAt, catalogueAt, PLAN_OPTIONS } from "./inputs";

export type ExcelInput = "synthetic" | "bundled";

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
  readonly largestResponseBytes: number;
  readonly readSyncs: number;
  readonly readLargestResponseBytes: number;
  readonly rebuildSyncs: number;
  readonly rebuildTotalBytes: number;
  readonly rebuildLargestBytes: number;
  readonly rebuildLargestResponseBytes: number;
  readonly ms: number;
}

const largest = (syncs: readonly SyncRecord[], key: "bytes" | "responseBytes") =>
  Math.max(0, ...syncs.map((s) => s[key]));
const total = (syncs: readonly SyncRecord[]) => syncs.reduce((sum, s) => sum + s.bytes, 0);

export async function excelBuild(scale: number, input: ExcelInput = "synthetic"): Promise<ExcelBuildFigures> {
  const catalogue = input === "bundled" ? bundledAt(scale) : catalogueAt(scale);
  const plan = buildPlan(catalogue, PLAN_OPTIONS);
  const fake = createExcelHost();
  const uninstall = fake.install();
  try {
    const start = performance.now();
    await writePlanToWorkbook(plan);
    const ms = performance.now() - start;
    const build = [...fake.syncs];
    fake.resetCounters();
    await readWorkbook();
    const read = [...fake.syncs];
    fake.resetCounters();
    await rebuildWorkbook(catalogue, PLAN_OPTIONS);
    const rebuild = [...fake.syncs];
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
      syncs: build.length,
      refusedSyncs: build.filter((s) => s.failed).length,
      proxyCalls: fake.actions,
      largestRequestBytes: largest(build, "bytes"),
      totalBytes: total(build),
      largestResponseBytes: largest(build, "responseBytes"),
      readSyncs: read.length,
      readLargestResponseBytes: largest(read, "responseBytes"),
      rebuildSyncs: rebuild.length,
      rebuildTotalBytes: total(rebuild),
      rebuildLargestBytes: largest(rebuild, "bytes"),
      rebuildLargestResponseBytes: largest(rebuild, "responseBytes"),
      ms,
    };
  } finally {
    uninstall();
  }
}
