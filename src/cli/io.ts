/**
 * The small frame every CLI in src/cli runs in: one argument parser (node:util), one UsageError, one Io,
 * one atomic write, one way of printing errors, --help, and the same exit codes everywhere:
 *
 *   0 ok · 1 problems in the data (nothing written) · 2 wrong call · 3 a missing external tool
 */
import { promises as fs, readFileSync, statSync } from "node:fs";
import path, { isAbsolute, resolve } from "node:path";
import { parseArgs as nodeParseArgs } from "node:util";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_MISSING_TOOL = 3;

/** A wrong call (unknown option, missing argument or file): the CLI prints it with the usage, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** An extra line printed under the message (e.g. the options the command knows). */
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** A failure that is not the user's call (bad data, a file that cannot be written): exit 1, nothing written. */
export class FailedError extends Error {}

/** An external program the command needs is not installed (LibreOffice for --pdf): exit 3. */
export class MissingToolError extends Error {}

/** Where a CLI writes: result lines to out, messages to err, progress only on a terminal. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Progress of long work; absent (or silent) when stderr is no terminal, e.g. in CI. */
  readonly progress?: (line: string) => void;
}

/** Progress on one terminal line, rewritten in place; nothing at all when the stream is not a TTY. */
export function terminalProgress(
  stream: NodeJS.WriteStream = process.stderr,
): ((line: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (line) => stream.write(`\r\x1b[K${line}`);
}

const progress = terminalProgress();

/** The real console: stdout and stderr; progress only when stderr is a terminal. */
export const consoleIo: Io = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ...(progress && { progress }),
};

/** What the frame needs to know about a command: its npm name, the one-line usage, the German help. */
export interface CommandInfo {
  /** `npm run NAME` */
  readonly name: string;
  /** "Aufruf: npm run …" lines, printed under every wrong call. */
  readonly usage: string;
  /** The full --help text: usage, options, an example. */
  readonly help: string;
}

/** --help / -h anywhere before a "--" asks for help. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/**
 * Runs one command: --help prints the help (exit 0); otherwise the body runs and every error it throws
 * is printed the same way with its exit code. Progress on a terminal is cleared at the end.
 */
export async function runCommand(
  command: CommandInfo,
  argv: readonly string[],
  io: Io,
  body: () => Promise<number> | number,
): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(command.help.trimEnd());
    return EXIT_OK;
  }
  try {
    return await body();
  } catch (error) {
    const { text, code } = errorReport(error, command);
    io.err(text);
    return code;
  } finally {
    io.progress?.("");
  }
}

/** The one way errors are printed: German, the place first, then what to do; and the exit code. */
export function errorReport(error: unknown, command: CommandInfo): { text: string; code: number } {
  if (error instanceof UsageError) {
    const lines = [`Fehler: ${error.message}`, ...(error.detail ? [error.detail] : [])];
    lines.push(command.usage, `Hilfe: npm run ${command.name} -- --help`);
    return { text: lines.join("\n"), code: EXIT_USAGE };
  }
  if (error instanceof MissingToolError) return { text: `Fehler: ${error.message}`, code: EXIT_MISSING_TOOL };
  const message = error instanceof Error ? error.message : String(error);
  return { text: `Fehler: ${message}\nEs wurde keine Datei geschrieben.`, code: EXIT_ERRORS };
}

/** The entry point of every CLI file: relative paths from the caller's folder, run, set the exit code. */
export function startCli(run: (argv: readonly string[], io: Io) => Promise<number>): void {
  workInCallerDirectory();
  void run(process.argv.slice(2), consoleIo).then((code) => {
    process.exitCode = code;
  });
}

/**
 * `npm run x -- FILE` runs in the package root; npm keeps the caller's directory in INIT_CWD, so a
 * relative FILE is taken from where the user typed it.
 */
export function callerPath(file: string): string {
  return isAbsolute(file) ? file : resolve(process.env.INIT_CWD ?? process.cwd(), file);
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

export function readInputFile(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(callerPath(file));
    if (!stat.isFile()) throw new UsageError(`${file} ist keine Datei`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Datei nicht gefunden: ${file}`);
  }
  const bytes = readFileSync(callerPath(file));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(size, bytes.byteLength));
}

/**
 * The one argument parser: node:util's parseArgs, with German messages. Positional arguments, boolean
 * flags and --name value / --name=value; a value may not start with "--" unless written --name=--x.
 * "--help" and "-h" are known to every command (the frame answers them).
 */
export function parseArgs(
  argv: readonly string[],
  flags: readonly string[],
  valued: readonly string[],
): { positional: string[]; options: Map<string, string | true> } {
  const known = [...flags, ...valued, "help"];
  const { tokens } = nodeParseArgs({
    args: [...argv],
    options: {
      ...Object.fromEntries(flags.map((f) => [f, { type: "boolean" as const }])),
      ...Object.fromEntries(valued.map((v) => [v, { type: "string" as const }])),
      help: { type: "boolean", short: "h" },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const allowed = `Erlaubte Optionen: ${known.map((k) => `--${k}`).join(", ")}.`;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option") continue;
    const name = token.name;
    if (!known.includes(name))
      throw new UsageError(
        `Unbekannte Option „${token.rawName}“.`,
        `Aufruf nicht verstanden (unbekannte Option ${token.rawName}). ${allowed}`,
      );
    if (!valued.includes(name)) {
      if (token.value !== undefined) throw new UsageError(`Option ${token.rawName} nimmt keinen Wert.`);
      options.set(name, true);
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      throw new UsageError(`Option --${name} braucht einen Wert.`);
    }
    options.set(name, token.value);
  }
  return { positional, options };
}

/** The value of a --name VALUE option, or undefined. */
export function stringOption(options: ReadonlyMap<string, string | true>, name: string): string | undefined {
  const value = options.get(name);
  return typeof value === "string" ? value : undefined;
}

export interface OutFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/**
 * The one atomic write: every file goes to a temporary name beside its target first and is renamed only
 * when all were written, so a failure leaves no partial result (and no half of a set of files).
 */
export async function writeAllAtomically(files: readonly OutFile[]): Promise<void> {
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = path.resolve(file.path);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      temps.push({ temp, target });
      await fs.writeFile(temp, file.bytes);
    }
    for (const { temp, target } of temps) await fs.rename(temp, target);
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => fs.rm(temp, { force: true })));
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === "EBUSY" || code === "EPERM" ? " (ist die Datei noch in Excel geöffnet?)" : "";
    throw new FailedError(`Konnte nicht schreiben: ${(error as Error).message}${hint}`);
  }
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
