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
import {
  consoleIo,
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
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

export const USAGE =
  "Aufruf: npm run check -- DATEI.xlsx [--mode entwurf|abgabe] [--json] [--lang de|en]\n" +
  "        npm run check -- --rules [--lang de|en]   (listet, was geprüft wird)";

export const CHECK_COMMAND: CommandInfo = {
  name: "check",
  usage: USAGE,
  help: `Zielbild – ausgefüllte Arbeitsmappe prüfen

${USAGE}

Prüft eine zurückgegebene Arbeitsmappe gegen den Plan, aus dem sie gebaut wurde (docs/pruefregeln.md):
Fehler, Warnungen und Hinweise mit Blatt, Zelle und Maßnahme.

Optionen:
  --mode entwurf|abgabe  Prüfstrenge: „abgabe“ verlangt vollständige Bewertungen (Vorgabe: entwurf)
  --json                 Ausgabe als JSON (für andere Programme)
  --lang de|en           Sprache der Meldungen (Vorgabe: de)
  --rules                listet die Prüfregeln
  --help, -h             diese Hilfe

Beispiel:
  npm run check -- Bewertung-Migrationszentrum.xlsx --mode abgabe

Exit-Code: 0 keine Fehler (Warnungen erlaubt), 1 Fehler gefunden, 2 falscher Aufruf, Datei nicht gefunden
oder keine Zielbild-Arbeitsmappe.
`,
};

export function parseCheckArgs(argv: readonly string[]): CheckArgs | { rules: Language } {
  const { positional: files, options } = parseArgs(argv, ["json", "rules"], ["mode", "lang"]);
  const mode = stringOption(options, "mode") ?? "entwurf";
  const lang = stringOption(options, "lang") ?? "de";
  if (!LANGUAGES.includes(lang as Language))
    throw new UsageError(`--lang muss „de“ oder „en“ sein, nicht „${lang}“.`);
  if (options.has("rules") && files.length === 0) return { rules: lang as Language };
  if (files.length !== 1)
    throw new UsageError(
      files.length === 0 ? "Bitte eine .xlsx-Datei angeben." : "Bitte genau eine Datei angeben.",
    );
  if (!VALIDATION_MODES.includes(mode as ValidationMode))
    throw new UsageError(`--mode muss „entwurf“ oder „abgabe“ sein, nicht „${mode}“.`);
  return { file: files[0]!, mode: mode as ValidationMode, json: options.has("json"), lang: lang as Language };
}

export async function runCheckCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(CHECK_COMMAND, argv, io, () => check(argv, io));
}

/** Texts here end with a newline; Io prints lines. */
function text(value: string): string {
  return value.replace(/\n$/, "");
}

async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCheckArgs(argv);
  if ("rules" in args) {
    io.out(text(rulesMarkdown(args.rules)));
    return EXIT_OK;
  }
  const loaded = await load(args.file, args.lang);
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
        `${heading(args, plan.meta.title, plan.meta.unit)}\n${formatTable(
          findings,
          args.lang,
          snapshot.sheets.map((s) => s.name),
        )}`,
      ),
    );
  return hasErrors(findings) ? EXIT_ERRORS : EXIT_OK;
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

if (require.main === module) startCli(runCheckCli);
