/**
 * The headless main job: catalogue → overview workbook (.xlsx).
 *
 *   npm run workbook -- [--catalogue FILE] [--out FILE] [--lang de|en] [--password PW] [--title T]
 *                       [--unit NAME | --all-units DIR]
 *
 * Writes to a temporary file beside the target and renames it only on success, so a failed run never
 * leaves a partial or stale-looking workbook behind.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../catalogue/load";
import { CatalogueError } from "../catalogue/errors";
import { summarize, type Catalogue } from "../catalogue/model";
import { buildPlan } from "../layout/buildPlan";
import type { WorkbookPlan } from "../layout/plan";
import { LANGUAGES, type Language } from "../scheme/ratingScheme";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { allUnitWorkbooks, unitFileName, unitWorkbook } from "../returns/unitWorkbooks";
import { writeUnitWorkbooks } from "./returnsIo";
import { workInCallerDirectory } from "./io";

export const DEFAULT_CATALOGUE = path.resolve(
  __dirname,
  "../../seeds/konzept-migration-integration-2018-2022.json",
);
export const DEFAULT_OUT = path.join("out", "Bewertungsuebersicht.xlsx");

export interface WorkbookArgs {
  readonly catalogue: string;
  readonly out: string;
  readonly language: Language;
  readonly password?: string;
  readonly title?: string;
  /** Per-unit workbook: only this unit's input cells are unlocked. */
  readonly unit?: string;
  /** One per-unit workbook for every responsible unit, into this folder. */
  readonly allUnitsDir?: string;
}

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const USAGE =
  "Aufruf: npm run workbook -- [--catalogue DATEI] [--out DATEI.xlsx] [--lang de|en] [--password KENNWORT] [--title TITEL]\n" +
  "       [--unit ORGANISATIONSEINHEIT | --all-units ORDNER]";

/** Thrown for a wrong command line; the message is for the user. */
class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): WorkbookArgs | "help" {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg];
    if (!["--catalogue", "--out", "--lang", "--password", "--title", "--unit", "--all-units"].includes(flag!))
      throw new UsageError(`Unbekannte Option „${arg}“.`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--")))
      throw new UsageError(`Option ${flag} braucht einen Wert.`);
    values.set(flag!, value);
  }
  const language = values.get("--lang") ?? "de";
  if (!LANGUAGES.includes(language as Language))
    throw new UsageError(`--lang muss „de“ oder „en“ sein, nicht „${language}“.`);
  const out = values.get("--out") ?? DEFAULT_OUT;
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`--out muss auf .xlsx enden: ${out}`);
  const title = values.get("--title");
  if (title !== undefined && title.trim() === "") throw new UsageError("--title darf nicht leer sein.");
  const unit = values.get("--unit");
  const allUnitsDir = values.get("--all-units");
  if (unit !== undefined && allUnitsDir !== undefined)
    throw new UsageError("--unit und --all-units schließen einander aus.");
  if (unit !== undefined && unit.trim() === "")
    throw new UsageError("--unit braucht den Namen einer Organisationseinheit.");
  return {
    catalogue: values.get("--catalogue") ?? DEFAULT_CATALOGUE,
    out: unit !== undefined && !values.has("--out") ? path.join("out", unitFileName(unit)) : out,
    ...(unit !== undefined && { unit }),
    ...(allUnitsDir !== undefined && { allUnitsDir }),
    language: language as Language,
    ...(values.has("--password") && { password: values.get("--password")! }),
    ...(title !== undefined && { title }),
  };
}

export async function runWorkbookCli(
  argv: readonly string[],
  io: Io,
  now: () => number = Date.now,
): Promise<number> {
  const started = now();
  try {
    const args = parseArgs(argv);
    if (args === "help") {
      io.out(USAGE);
      return 0;
    }
    const catalogue = await readCatalogue(args.catalogue);
    const options = {
      language: args.language,
      builtAt: new Date().toISOString(),
      ...(args.password !== undefined && { password: args.password }),
      ...(args.title !== undefined && { title: args.title }),
    };
    if (args.allUnitsDir !== undefined) {
      const written = await writeUnitWorkbooks(args.allUnitsDir, allUnitWorkbooks(catalogue, options));
      io.out(
        `Geschrieben: ${written.length} Arbeitsmappen je Organisationseinheit in ${path.resolve(args.allUnitsDir)}`,
      );
      for (const file of written) io.out(`  ${path.basename(file)}`);
      return 0;
    }
    const plan =
      args.unit !== undefined
        ? unitWorkbook(catalogue, args.unit, options).plan
        : buildPlan(catalogue, options);
    const bytes = await writeXlsxBuffer(plan);
    const target = path.resolve(args.out);
    await writeAtomically(target, bytes);
    report(io, target, bytes.length, catalogue, plan, now() - started);
    return 0;
  } catch (error) {
    io.err(messageOf(error));
    return 1;
  }
}

async function readCatalogue(file: string): Promise<Catalogue> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "Datei nicht gefunden" : code === "EISDIR" ? "ist ein Ordner" : String(code);
    throw new UsageError(`Katalog ${file}: ${reason}.`);
  }
  return loadCatalogue(bytes, file);
}

async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === "EBUSY" || code === "EPERM" ? " (ist die Datei noch in Excel geöffnet?)" : "";
    throw new UsageError(`Konnte ${target} nicht schreiben: ${(error as Error).message}${hint}`);
  }
}

function report(
  io: Io,
  target: string,
  size: number,
  catalogue: Catalogue,
  plan: WorkbookPlan,
  ms: number,
): void {
  const summary = summarize(catalogue);
  const visible = plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name);
  io.out(`Geschrieben: ${target} (${formatNumber(Math.round(size / 1024))} KB)`);
  io.out(`  Katalog:   ${catalogue.title} (Version ${catalogue.version})`);
  io.out(`  Blätter:   ${plan.sheets.length} (sichtbar: ${visible.join(", ")})`);
  io.out(
    `  Inhalt:    ${summary.actionFields} Handlungsfelder, ${formatNumber(summary.goals)} Ziele, ${formatNumber(summary.measures)} Maßnahmen`,
  );
  io.out(
    `  Dauer:     ${(ms / 1000).toLocaleString("de-DE", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`,
  );
}

function formatNumber(n: number): string {
  return n.toLocaleString("de-DE");
}

function messageOf(error: unknown): string {
  if (error instanceof UsageError) return `Fehler: ${error.message}\n${USAGE}`;
  if (error instanceof CatalogueError) return `Fehler: ${error.message}\nEs wurde keine Datei geschrieben.`;
  return `Fehler: ${(error as Error).message ?? String(error)}\nEs wurde keine Datei geschrieben.`;
}

if (require.main === module) {
  workInCallerDirectory();
  void runWorkbookCli(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  }).then((code) => {
    process.exitCode = code;
  });
}
