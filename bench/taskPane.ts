/**
 * Gzipped size of the task pane's production JavaScript: a fresh production build (`npm run build`'s
 * webpack call) into a temporary folder, so the shared dist/ is left alone; or dist/ as found (--ci).
 * Counted: every emitted .js beside the pages (taskpane, commands, split chunks); not source maps, and
 * not office-js/ (Microsoft's Office.js, which production loads from its CDN). gzip -9, as the build report.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface TaskPaneSize {
  readonly source: string;
  readonly files: { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
}

export type TaskPaneResult = TaskPaneSize | { readonly unavailable: string };

export async function freshTaskPaneSize(root: string, outDir: string): Promise<TaskPaneResult> {
  const build = spawnSync(
    "npx",
    ["webpack", "--mode", "production", "--env", "officejs=cdn", "--output-path", outDir],
    { cwd: root, encoding: "utf8", timeout: 600_000 },
  );
  if (build.status !== 0) {
    const reason = `${build.stderr ?? ""}\n${build.stdout ?? ""}`.split("\n").find((l) => /error/i.test(l));
    return { unavailable: `production build failed${reason ? `: ${reason.trim().slice(0, 160)}` : ""}` };
  }
  return measureJs(outDir, "fresh production build (officejs=cdn)");
}

export async function existingTaskPaneSize(dist: string): Promise<TaskPaneResult> {
  try {
    return await measureJs(dist, "dist/ as found (not rebuilt)");
  } catch {
    return { unavailable: "no dist/ (run npm run build first)" };
  }
}

async function measureJs(dir: string, source: string): Promise<TaskPaneResult> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith(".js")).sort();
  if (names.length === 0) return { unavailable: `no JavaScript in ${dir}` };
  const files = await Promise.all(
    names.map(async (file) => {
      const content = await fs.readFile(path.join(dir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
  return { source, files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
