/**
 * The small frame every CLI in src/cli runs in: one argument parser (node:util), one UsageError, one Io,
 * one atomic write, one way of printing errors, --help, and the same exit codes everywhere:
 *
 *   0 ok · 1 problems in the data (nothing written) · 2 wrong call · 3 a missing external tool
 *
 * Every command knows --lang de|en for its messages (German by default); the texts come from the one
 * message catalogue (src/core/messages, `cli`). Where a command also writes a document (workbook, annex),
 * the same --lang chooses that document's language.
 */
import { promises as fs, readFileSync, statSync } from "node:fs";
import path, { isAbsolute, resolve } from "node:path";
import { parseArgs as nodeParseArgs } from "node:util";
import { LANGUAGES, messagesFor, type Language, type Messages } from "../core/messages";

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

/** What the frame needs to know about a command: its npm name, the usage and the help, in either language. */
export interface CommandInfo {
  /** `npm run NAME` */
  readonly name: string;
  /** "Aufruf: npm run …" lines, printed under every wrong call. */
  readonly usage: (m: Messages) => string;
  /** The full --help text: usage, options, an example. */
  readonly help: (m: Messages) => string;
}

/** The German messages: what every helper below speaks unless told otherwise. */
const GERMAN = messagesFor("de");

/** "de" or "en" from --lang, else a wrong call (told in German: the language asked for is unknown). */
export function parseLanguage(value: string): Language {
  const lang = LANGUAGES.find((l) => l === value);
  if (!lang) throw new UsageError(GERMAN.cli.badLanguage(value));
  return lang;
}

/** The language of the messages: --lang VALUE or --lang=VALUE before any "--"; German without it. */
export function languageOf(argv: readonly string[]): Language {
  const end = argv.indexOf("--");
  const args = end < 0 ? argv : argv.slice(0, end);
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === "--lang" && args[i + 1] !== undefined && !args[i + 1]!.startsWith("--")) value = args[i + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  return value === undefined ? "de" : parseLanguage(value);
}

/** --help / -h anywhere before a "--" asks for help. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/**
 * Runs one command: --lang chooses the messages, --help prints the help (exit 0); otherwise the body runs
 * with the messages and every error it throws is printed the same way with its exit code. Progress on a
 * terminal is cleared at the end.
 */
export async function runCommand(
  command: CommandInfo,
  argv: readonly string[],
  io: Io,
  body: (m: Messages, lang: Language) => Promise<number> | number,
): Promise<number> {
  let lang: Language = "de";
  try {
    lang = languageOf(argv);
  } catch (error) {
    io.err(errorReport(error, command).text);
    return EXIT_USAGE;
  }
  const m = messagesFor(lang);
  if (wantsHelp(argv)) {
    io.out(command.help(m).trimEnd());
    return EXIT_OK;
  }
  try {
    return await body(m, lang);
  } catch (error) {
    const { text, code } = errorReport(error, command, m);
    io.err(text);
    return code;
  } finally {
    io.progress?.("");
  }
}

/** The one way errors are printed: the place first, then what to do; and the exit code. */
export function errorReport(
  error: unknown,
  command: CommandInfo,
  m: Messages = GERMAN,
): { text: string; code: number } {
  if (error instanceof UsageError) {
    const lines = [m.cli.error(error.message), ...(error.detail ? [error.detail] : [])];
    lines.push(command.usage(m), m.cli.helpHint(command.name));
    return { text: lines.join("\n"), code: EXIT_USAGE };
  }
  if (error instanceof MissingToolError) return { text: m.cli.error(error.message), code: EXIT_MISSING_TOOL };
  const message = error instanceof Error ? error.message : String(error);
  return { text: `${m.cli.error(message)}\n${m.cli.nothingWritten}`, code: EXIT_ERRORS };
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

export function readInputFile(file: string, m: Messages = GERMAN): Uint8Array {
  let size: number;
  try {
    const stat = statSync(callerPath(file));
    if (!stat.isFile()) throw new UsageError(m.cli.notAFile(file));
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(m.cli.fileNotFound(file));
  }
  const bytes = readFileSync(callerPath(file));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(size, bytes.byteLength));
}

/**
 * The one argument parser: node:util's parseArgs, with the messages of the language asked for. Positional
 * arguments, boolean flags and --name value / --name=value; a value may not start with "--" unless written
 * --name=--x. "--help", "-h" and "--lang" are known to every command (the frame answers them).
 */
export function parseArgs(
  argv: readonly string[],
  flags: readonly string[],
  valued: readonly string[],
  m: Messages = GERMAN,
): { positional: string[]; options: Map<string, string | true> } {
  valued = valued.includes("lang") ? valued : [...valued, "lang"];
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
  const allowed = known.map((k) => `--${k}`).join(", ");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option") continue;
    const name = token.name;
    if (!known.includes(name))
      throw new UsageError(
        m.cli.unknownOption(token.rawName),
        m.cli.unknownOptionDetail(token.rawName, allowed),
      );
    if (!valued.includes(name)) {
      if (token.value !== undefined) throw new UsageError(m.cli.optionTakesNoValue(token.rawName));
      options.set(name, true);
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      throw new UsageError(m.cli.optionNeedsValue(name));
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
export async function writeAllAtomically(files: readonly OutFile[], m: Messages = GERMAN): Promise<void> {
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
    throw new FailedError(m.cli.cannotWrite((error as Error).message, code === "EBUSY" || code === "EPERM"));
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
