/**
 * One measurement in a fresh process, so that its peak memory (the kernel's max RSS of this process,
 * getrusage via process.resourceUsage) belongs to that measurement alone and JIT state is that of a CLI run.
 *   tsx bench/child.ts CASE SCALE WORKDIR  →  prints one line "BENCH {json}"
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { FloorSheet } from "./baseline";
import type { MergeFiles } from "./merge";

// Cases import what they measure lazily: a module another engineer is editing breaks only its own case.
const layout = () => import("../src/layout/buildPlan");
const xlsx = () => import("../src/writers/xlsx/writeXlsx");
const baseline = () => import("./baseline");
const inputs = () => import("./inputs");

export const VALIDATION_MEASURES = 25_000;
const WARM_VALIDATIONS = 5;

type Figures = Record<string, number | string>;

const CASES: Record<string, (scale: number, dir: string) => Promise<Figures>> = {
  async prepare(scale, dir) {
    const { floorContents, countCells } = await baseline();
    const { planAt } = await inputs();
    const { prepareMergeFiles } = await import("./merge");
    const floor = floorContents(planAt(scale));
    await fs.writeFile(floorFile(dir, scale), JSON.stringify(floor));
    if (scale === 1)
      await fs.writeFile(path.join(dir, "merge.json"), JSON.stringify(await prepareMergeFiles(dir)));
    return { cells: countCells(floor) };
  },

  async headless(scale) {
    const [{ buildPlan }, { writeXlsxBuffer }, { catalogueAt, PLAN_OPTIONS }] = await Promise.all([
      layout(),
      xlsx(),
      inputs(),
    ]);
    const catalogue = catalogueAt(scale);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const plan = buildPlan(catalogue, PLAN_OPTIONS);
    const planned = performance.now();
    const planCpuMs = cpuMsSince(cpu);
    const bytes = await writeXlsxBuffer(plan);
    const end = performance.now();
    return {
      ms: end - start,
      cpuMs: cpuMsSince(cpu),
      planMs: planned - start,
      planCpuMs,
      writeMs: end - planned,
      bytes: bytes.length,
      measures: plan.measures.length,
    };
  },

  floor: (scale, dir) => floor(scale, dir, false),

  floorShared: (scale, dir) => floor(scale, dir, true),

  async excel(scale) {
    const { excelBuild } = await import("./excelBuild");
    return { ...(await excelBuild(scale)) };
  },

  async excelBundled(scale) {
    const { excelBuild } = await import("./excelBuild");
    return { ...(await excelBuild(scale, "bundled")) };
  },

  async validation() {
    const { validateWorkbook } = await import("../src/validation");
    const { largeValidationInput } = await import("../test/fakes/synthetic");
    const { catalogue, plan, snapshot } = largeValidationInput(VALIDATION_MEASURES);
    const validate = () => validateWorkbook(plan, snapshot, { mode: "abgabe", catalogue });
    const start = performance.now();
    const findings = validate().length;
    const coldMs = performance.now() - start;
    const warm: number[] = [];
    for (let i = 0; i < WARM_VALIDATIONS; i++) {
      const t = performance.now();
      validate();
      warm.push(performance.now() - t);
    }
    return { ms: coldMs, warmMs: Math.min(...warm), measures: plan.measures.length, findings };
  },

  async merge(_scale, dir) {
    const files = JSON.parse(await fs.readFile(path.join(dir, "merge.json"), "utf8")) as MergeFiles;
    const { runMergeCli } = await import("../src/cli/merge");
    const out = path.join(dir, `merged-${process.pid}.xlsx`);
    const lines: string[] = [];
    const io = { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(l) };
    const start = performance.now();
    const code = await runMergeCli([files.master, ...files.returns, "--out", out], io);
    const ms = performance.now() - start;
    if (code !== 0) throw new Error(`merge CLI exit ${code}: ${lines.join("\n")}`);
    return {
      ms,
      mergeOnlyMs: await pureMergeMs(files),
      returns: files.returns.length,
      report: lines.slice(2).join(" "),
    };
  },
};

async function floor(scale: number, dir: string, shareFormulas: boolean): Promise<Figures> {
  const { writeFloorXlsx, countCells } = await baseline();
  const sheets = JSON.parse(await fs.readFile(floorFile(dir, scale), "utf8")) as FloorSheet[];
  const cpu = process.cpuUsage();
  const start = performance.now();
  const bytes = await writeFloorXlsx(sheets, { shareFormulas });
  return {
    ms: performance.now() - start,
    cpuMs: cpuMsSince(cpu),
    bytes: bytes.length,
    cells: countCells(sheets),
  };
}

/** mergeReturns alone, over returns already read and assessed. */
async function pureMergeMs(files: MergeFiles): Promise<number> {
  const { readIntactWorkbook, readSnapshot } = await import("../src/cli/returnsIo");
  const { assessReturn } = await import("../src/returns/assessReturn");
  const { mergeReturns } = await import("../src/returns/merge");
  type ReturnInputs = import("../src/returns/merge").ReturnInputs;
  const master = await readIntactWorkbook(files.master);
  const accepted: ReturnInputs[] = [];
  for (const file of files.returns) {
    const read = await readSnapshot(file);
    if ("error" in read) throw new Error(read.error);
    const assessed = assessReturn(master.workbook, path.basename(file), read.snapshot);
    if ("accepted" in assessed) accepted.push(assessed.accepted);
  }
  const start = performance.now();
  mergeReturns({ catalogue: master.workbook.catalogue, inputs: master.workbook.inputs }, accepted, []);
  return performance.now() - start;
}

/** CPU time (user + system, all threads of this process) since `since`: less disturbed by a busy machine than wall time. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function floorFile(dir: string, scale: number): string {
  return path.join(dir, `floor-${scale}.json`);
}

async function main(): Promise<void> {
  const [name = "", scaleText = "1", dir = ""] = process.argv.slice(2);
  const run = CASES[name];
  if (!run) throw new Error(`unknown case "${name}" (have ${Object.keys(CASES).join(", ")})`);
  const figures = await run(Number(scaleText), dir);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`BENCH ${JSON.stringify({ ...figures, peakRssMb })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
