/** Every command-line tool of src/cli, and running one as a process the way `npm run NAME` does. */
import { spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** The files in src/cli that are commands (`npm run export` is exportRatings.ts). */
export const CLIS = [
  "workbook",
  "catalogue",
  "check",
  "merge",
  "update",
  "exportRatings",
  "annex",
  "round",
  "compare",
] as const;

export function runCli(cli: string, ...args: string[]) {
  const result = spawnSync(TSX, [path.join("src", "cli", `${cli}.ts`), ...args], {
    cwd: ROOT,
    encoding: "utf-8",
    timeout: 60_000,
    env: { ...process.env, INIT_CWD: ROOT },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
