/**
 * Checks a returned overview workbook against the rules (src/validation) — for the planning office.
 *
 *   npm run check -- FILE.xlsx [--mode entwurf|abgabe] [--json] [--lang de|en]
 *
 * Exit codes: 0 no errors (warnings and notes allowed), 1 errors found, 2 wrong call or not a Zielbild
 * workbook.
 */
import { promises as fs } from "node:fs";
import type { Language } from "../scheme/ratingScheme";
import { messagesFor, type Messages } from "../core/messages";
import { readXlsx } from "../writers/xlsx/readXlsx";
import { expectedPlan } from "../validation/expectedPlan";
import { rulesMarkdown } from "../validation/describe";
import { formatJson, formatTable, hasErrors, validateWorkbook, VALIDATION_MODES } from "../validation";
import type { ValidationMode } from "../validation";
import {
  consoleIo,
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  languageOf,
  parseArgs,
  runCommand,
  startCli,
  stringOption,
  UsageError,
  type CommandInfo,
  type Io,
} from "./io";

export interface CheckArgs {
  readonly file: string;
  readonly mode: ValidationMode;
  readonly json: boolean;
  readonly lang: Language;
}

export const CHECK_COMMAND: CommandInfo = {
  name: "check",
  usage: (m) => m.cli.check.usage,
  help: (m) => m.cli.check.help,
};

export function parseCheckArgs(argv: readonly string[]): CheckArgs | { rules: Language } {
  const lang = languageOf(argv);
  const m = messagesFor(lang);
  const { positional: files, options } = parseArgs(argv, ["json", "rules"], ["mode"], m);
  const mode = stringOption(options, "mode") ?? "entwurf";
  if (options.has("rules") && files.length === 0) return { rules: lang };
  if (files.length !== 1) throw new UsageError(files.length === 0 ? m.cli.check.noFile : m.cli.check.oneFile);
  if (!VALIDATION_MODES.includes(mode as ValidationMode)) throw new UsageError(m.cli.check.badMode(mode));
  return { file: files[0]!, mode: mode as ValidationMode, json: options.has("json"), lang };
}

export async function runCheckCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(CHECK_COMMAND, argv, io, (m) => check(argv, io, m));
}

/** Texts here end with a newline; Io prints lines. */
function text(value: string): string {
  return value.replace(/\n$/, "");
}

async function check(argv: readonly string[], io: Io, m: Messages): Promise<number> {
  const args = parseCheckArgs(argv);
  if ("rules" in args) {
    io.out(text(rulesMarkdown(args.rules)));
    return EXIT_OK;
  }
  const loaded = await load(args.file, args.lang, m);
  if ("error" in loaded) {
    // Not a readable Zielbild workbook: check has always answered this as a wrong call.
    io.err(`${loaded.error}`);
    return EXIT_USAGE;
  }
  const { plan, catalogue, snapshot } = loaded;
  const findings = validateWorkbook(plan, snapshot, { mode: args.mode, catalogue });
  if (args.json) io.out(text(formatJson(findings, { file: args.file, mode: args.mode })));
  else
    io.out(
      text(
        `${heading(args, plan.meta.title, plan.meta.unit, m)}\n${formatTable(
          findings,
          args.lang,
          snapshot.sheets.map((s) => s.name),
        )}`,
      ),
    );
  return hasErrors(findings) ? EXIT_ERRORS : EXIT_OK;
}

async function load(file: string, lang: Language, m: Messages) {
  const t = m.cli.check;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: t.unreadable(file, code === "ENOENT" ? t.fileNotFound : `${String(code)}.`) };
  }
  try {
    const snapshot = await readXlsx(bytes, m.writers);
    const expected = expectedPlan(snapshot);
    if ("error" in expected) return { error: t.unreadable(file, expected.error[lang]) };
    return { ...expected, snapshot };
  } catch (error) {
    return { error: t.unreadable(file, (error as Error).message) };
  }
}

function heading(args: CheckArgs, title: string, unit: string | undefined, m: Messages): string {
  const t = m.cli.check;
  const mode = args.mode === "abgabe" ? t.modeSubmit : t.modeDraft;
  return t.heading(args.file, title, unit ? t.forUnit(unit) : "", mode);
}

if (require.main === module) startCli(runCheckCli);
