/**
 * Checks a returned overview workbook against the rules (src/validation) — for the planning office.
 *
 *   npm run check -- FILE.xlsx [--mode entwurf|abgabe] [--json] [--lang de|en]
 *
 * Exit codes: 0 no errors (warnings and notes allowed), 1 errors found, 2 wrong call or not a Zielbild
 * workbook.
 */
import { promises as fs } from "node:fs";
import { LANGUAGES, type Language } from "../scheme/ratingScheme";
import { readXlsx } from "../writers/xlsx/readXlsx";
import { expectedPlan } from "../validation/expectedPlan";
import { rulesMarkdown } from "../validation/describe";
import { formatJson, formatTable, hasErrors, validateWorkbook, VALIDATION_MODES } from "../validation";
import type { ValidationMode } from "../validation";
import { workInCallerDirectory } from "./io";

export interface CheckArgs {
  readonly file: string;
  readonly mode: ValidationMode;
  readonly json: boolean;
  readonly lang: Language;
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const USAGE =
  "Aufruf: npm run check -- DATEI.xlsx [--mode entwurf|abgabe] [--json] [--lang de|en]\n" +
  "        npm run check -- --rules [--lang de|en]   (listet, was geprüft wird)";

class UsageError extends Error {}

export function parseCheckArgs(argv: readonly string[]): CheckArgs | "help" | { rules: Language } {
  const files: string[] = [];
  let mode: string = "entwurf";
  let lang: string = "de";
  let json = false;
  let rules = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`Option ${flag} braucht einen Wert.`);
      return v;
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--json") json = true;
    else if (flag === "--rules") rules = true;
    else if (flag === "--mode") mode = value();
    else if (flag === "--lang") lang = value();
    else if (flag!.startsWith("-")) throw new UsageError(`Unbekannte Option „${arg}“.`);
    else files.push(arg);
  }
  if (!LANGUAGES.includes(lang as Language))
    throw new UsageError(`--lang muss „de“ oder „en“ sein, nicht „${lang}“.`);
  if (rules && files.length === 0) return { rules: lang as Language };
  if (files.length !== 1)
    throw new UsageError(
      files.length === 0 ? "Bitte eine .xlsx-Datei angeben." : "Bitte genau eine Datei angeben.",
    );
  if (!VALIDATION_MODES.includes(mode as ValidationMode))
    throw new UsageError(`--mode muss „entwurf“ oder „abgabe“ sein, nicht „${mode}“.`);
  if (!LANGUAGES.includes(lang as Language))
    throw new UsageError(`--lang muss „de“ oder „en“ sein, nicht „${lang}“.`);
  return { file: files[0]!, mode: mode as ValidationMode, json, lang: lang as Language };
}

export async function runCheckCli(argv: readonly string[], io: Io): Promise<number> {
  let args: ReturnType<typeof parseCheckArgs>;
  try {
    args = parseCheckArgs(argv);
  } catch (error) {
    io.err(`Fehler: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args === "help") {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if ("rules" in args) {
    io.out(rulesMarkdown(args.rules));
    return 0;
  }
  const loaded = await load(args.file, args.lang);
  if ("error" in loaded) {
    io.err(`${loaded.error}\n`);
    return 2;
  }
  const { plan, catalogue, snapshot } = loaded;
  const findings = validateWorkbook(plan, snapshot, { mode: args.mode, catalogue });
  if (args.json) io.out(formatJson(findings, { file: args.file, mode: args.mode }));
  else
    io.out(
      `${heading(args, plan.meta.title, plan.meta.unit)}\n${formatTable(
        findings,
        args.lang,
        snapshot.sheets.map((s) => s.name),
      )}`,
    );
  return hasErrors(findings) ? 1 : 0;
}

async function load(file: string, lang: Language) {
  const prefix = lang === "de" ? "Fehler" : "Error";
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? (lang === "de" ? "Datei nicht gefunden" : "file not found") : String(code);
    return { error: `${prefix}: ${file}: ${reason}.` };
  }
  try {
    const snapshot = await readXlsx(bytes);
    const expected = expectedPlan(snapshot);
    if ("error" in expected) return { error: `${prefix}: ${file}: ${expected.error[lang]}` };
    return { ...expected, snapshot };
  } catch (error) {
    return { error: `${prefix}: ${file}: ${(error as Error).message}` };
  }
}

function heading(args: CheckArgs, title: string, unit: string | undefined): string {
  const de = args.lang === "de";
  const mode = args.mode === "abgabe" ? (de ? "Abgabe" : "submission") : de ? "Entwurf" : "draft";
  const forUnit = unit ? (de ? `, Organisationseinheit „${unit}“` : `, unit “${unit}”`) : "";
  return de
    ? `Prüfung von ${args.file} („${title}“${forUnit}), Modus: ${mode}\n`
    : `Check of ${args.file} (“${title}”${forUnit}), mode: ${mode}\n`;
}

if (require.main === module) {
  workInCallerDirectory();
  void runCheckCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
