/** Small node helpers shared by the CLIs: reading input files with clear German messages, exit codes. */
import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** A wrong call (unknown option, missing file): the CLI prints the message and exits with EXIT_USAGE. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * `npm run x -- FILE` runs in the package root; npm keeps the caller's directory in INIT_CWD, so a
 * relative FILE is taken from where the user typed it.
 */
export function callerPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

const PACKAGE_ROOT = resolve(__dirname, "../..");

/**
 * Every CLI's entry point calls this first. `npm run x` starts the CLI in the package root; then relative
 * paths, read and written (--out, reports), mean where the user typed the command, as in any command-line
 * tool. Started anywhere else (tsx directly), the CLI stays where it was started. Defaults inside the
 * package (the bundled catalogue) are absolute and stay put.
 */
export function workInCallerDirectory(): void {
  const caller = callerPath(".");
  if (resolve(process.cwd()) === PACKAGE_ROOT && caller !== resolve(process.cwd())) process.chdir(caller);
}

export function readInputFile(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(callerPath(path));
    if (!stat.isFile()) throw new UsageError(`${path} ist keine Datei`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Datei nicht gefunden: ${path}`);
  }
  const bytes = readFileSync(callerPath(path));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(size, bytes.byteLength));
}

/** Splits argv into positional arguments and --options (boolean flags or --name value / --name=value). */
export function parseArgs(
  argv: readonly string[],
  flags: readonly string[],
  valued: readonly string[],
): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name) && inline === undefined) options.set(name, true);
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} braucht einen Wert`);
      options.set(name, value);
    } else throw new UsageError(`unbekannte Option --${name}`);
  }
  return { positional, options };
}

/** Left-aligned text columns, right-aligned numbers. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...String(cell)].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = " ".repeat((widths[i] ?? 0) - [...String(cell)].length);
          return typeof cell === "number" ? pad + String(cell) : String(cell) + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
