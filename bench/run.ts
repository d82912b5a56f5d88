/**
 * npm run bench [-- --scales=1,10,100 --runs=5 --docs]   the full bench (about 10 minutes)
 * npm run bench:ci                                       1× only, one run each: keeps the bench from rotting
 *
 * Prints one table and writes the same numbers as JSON (bench/results/latest.json; --ci: ci.json).
 * Every measurement runs in a fresh child process (bench/child.ts). Never fails: a case that cannot run
 * (e.g. a module mid-change) is reported as n/a and the exit code stays 0.
 */
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeMachine, machine } from "./machine";
import { existingTaskPaneSize, freshTaskPaneSize, type TaskPaneResult } from "./taskPane";
import { renderMarkdown, rowsOf, type CaseResult, type ChildFigures, type Results } from "./report";

const ROOT = path.resolve(__dirname, "..");
const CHILD = path.join(__dirname, "child.ts");
const CHILD_TIMEOUT_MS = 15 * 60_000;

interface Args {
  readonly ci: boolean;
  readonly scales: number[];
  readonly runs: number;
  readonly docs: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const ci = argv.includes("--ci");
  return {
    ci,
    scales: (value("scales") ?? (ci ? "1" : "1,10,100")).split(",").map(Number),
    runs: Number(value("runs") ?? (ci ? 1 : 5)),
    docs: argv.includes("--docs"),
  };
}

/** Fewer runs at 100×, where one run takes half a minute. */
function runsAt(scale: number, args: Args): number {
  return scale >= 100 ? Math.min(args.runs, 3) : args.runs;
}

function runChild(name: string, scale: number, dir: string): Promise<ChildFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, name, String(scale), dir], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: CHILD_TIMEOUT_MS,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => {
      const line = stdout.split("\n").find((l) => l.startsWith("BENCH "));
      if (code === 0 && line) resolve(JSON.parse(line.slice(6)) as ChildFigures);
      else reject(new Error(firstErrorLine(stderr) ?? `exit ${code}`));
    });
  });
}

function firstErrorLine(stderr: string): string | undefined {
  const lines = stderr.split("\n").map((l) => l.trim());
  return lines.find((l) => /error/i.test(l) && !l.startsWith("at ")) ?? lines.find((l) => l !== "");
}

/** Runs the given cases `runs` times, interleaved (a, b, a, b, …) so that load changes hit them alike. */
async function repeat(
  names: readonly string[],
  scale: number,
  runs: number,
  dir: string,
): Promise<CaseResult[]> {
  const results: ChildFigures[][] = names.map(() => []);
  const errors: (string | undefined)[] = names.map(() => undefined);
  for (let run = 0; run < runs; run++)
    for (const [i, name] of names.entries()) {
      if (errors[i]) continue;
      progress(`${name} ${scale}× run ${run + 1}/${runs}`);
      try {
        results[i]!.push(await runChild(name, scale, dir));
      } catch (error) {
        errors[i] = (error as Error).message;
      }
    }
  return names.map((_, i) => (errors[i] ? { error: errors[i]! } : { runs: results[i]! }));
}

function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const info = machine();
  process.stderr.write(`Zielbild bench on ${describeMachine(info)}\n`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-bench-"));
  try {
    const prepared = new Map<number, CaseResult>();
    for (const scale of new Set([1, ...args.scales]))
      prepared.set(scale, (await repeat(["prepare"], scale, 1, dir))[0]!);

    const headless = [];
    for (const scale of args.scales) {
      const [ours, floor, floorShared] = await repeat(
        ["headless", "floor", "floorShared"],
        scale,
        runsAt(scale, args),
        dir,
      );
      headless.push({ scale, ours: ours!, floor: floor!, floorShared: floorShared! });
    }
    const excel = [];
    const excelBundled = [];
    for (const scale of args.scales) {
      const [synthetic, bundled] = await repeat(["excel", "excelBundled"], scale, 1, dir);
      excel.push({ scale, result: synthetic! });
      excelBundled.push({ scale, result: bundled! });
    }
    const [validation] = await repeat(["validation"], 1, args.runs, dir);
    const [merge] = await repeat(["merge"], 1, args.runs, dir);
    progress("task pane production build");
    const taskPane: TaskPaneResult = args.ci
      ? await existingTaskPaneSize(path.join(ROOT, "dist"))
      : await freshTaskPaneSize(ROOT, path.join(dir, "dist"));

    const results: Results = {
      generatedAt: new Date().toISOString(),
      machine: info,
      mode: args.ci ? "ci" : "full",
      runs: args.runs,
      prepared: Object.fromEntries(prepared),
      headless,
      excel,
      excelBundled,
      validation: validation!,
      merge: merge!,
      taskPane,
    };
    const rows = rowsOf(results);
    const markdown = renderMarkdown(results, rows);
    process.stdout.write(`${markdown}\n`);
    await writeResults(args, { ...results, table: rows }, markdown);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function writeResults(args: Args, json: unknown, markdown: string): Promise<void> {
  const out = path.join(__dirname, "results", args.ci ? "ci.json" : "latest.json");
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, `${JSON.stringify(json, null, 2)}\n`);
  process.stderr.write(`Wrote ${path.relative(ROOT, out)}\n`);
  if (args.docs) await updateDocs(markdown);
}

const DOCS = path.join(ROOT, "docs", "benchmarks.md");
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the generated part of docs/benchmarks.md (between the markers), keeping the prose around it. */
async function updateDocs(markdown: string): Promise<void> {
  const doc = await fs.readFile(DOCS, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOCS}: markers ${START} … ${END} missing`);
  await fs.writeFile(DOCS, `${doc.slice(0, start + START.length)}\n${markdown}\n${doc.slice(end)}`);
  process.stderr.write(`Updated ${path.relative(ROOT, DOCS)}\n`);
}

main().catch((error: unknown) => {
  // The bench never fails CI: report and exit 0.
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
});
