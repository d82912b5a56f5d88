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
import { loadCatalogueDetailed, type LoadedCatalogue } from "../catalogue/load";
import { formatIssue } from "../catalogue/errors";
import { summarize, type Catalogue } from "../catalogue/model";
import { buildPlan } from "../layout/buildPlan";
import type { WorkbookPlan } from "../layout/plan";
import { LANGUAGES, type Language } from "../scheme/ratingScheme";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { allUnitWorkbooks, unitFileName, unitWorkbook } from "../returns/unitWorkbooks";
import { writeUnitWorkbooks } from "./returnsIo";
import {
  consoleIo,
  parseArgs as parseCommandLine,
  runCommand,
  startCli,
  UsageError,
  writeAllAtomically,
  type CommandInfo,
  type Io,
} from "./io";

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

const USAGE =
  "Aufruf: npm run workbook -- [--catalogue DATEI] [--out DATEI.xlsx] [--lang de|en] [--password KENNWORT] [--title TITEL]\n" +
  "       [--unit ORGANISATIONSEINHEIT | --all-units ORDNER]";

export const WORKBOOK_COMMAND: CommandInfo = {
  name: "workbook",
  usage: USAGE,
  help: `Zielbild – Bewertungsübersicht erstellen

${USAGE}

Baut aus einem Zielkatalog (JSON oder CSV) die Bewertungsübersicht als Excel-Arbeitsmappe. Ohne Optionen:
der mitgelieferte Katalog → ${DEFAULT_OUT}. Warnungen zum Katalog (z. B. eine übergangene Spalte) stehen
auf stderr.

Optionen:
  --catalogue DATEI            der Zielkatalog, JSON oder CSV (Vorgabe: der mitgelieferte)
  --out DATEI.xlsx             die Arbeitsmappe (Vorgabe: ${DEFAULT_OUT})
  --lang de|en                 Sprache der Beschriftungen (Vorgabe: de)
  --password KENNWORT          Blattschutz-Kennwort
  --title TITEL                Titel auf der Übersicht
  --unit ORGANISATIONSEINHEIT  Arbeitsmappe nur für diese Einheit: nur ihre Eingabezellen sind frei
  --all-units ORDNER           je Organisationseinheit eine Arbeitsmappe in diesen Ordner
  --help, -h                   diese Hilfe

Beispiel:
  npm run workbook -- --catalogue katalog.csv --out Bewertung-2024.xlsx --title "Bewertung 2024"

Exit-Code: 0 geschrieben, 1 Fehler im Katalog (nichts geschrieben), 2 falscher Aufruf oder Katalog nicht
gefunden.
`,
};

const OPTIONS = ["catalogue", "out", "lang", "password", "title", "unit", "all-units"] as const;

export function parseArgs(argv: readonly string[]): WorkbookArgs {
  const { positional, options } = parseCommandLine(argv, [], OPTIONS);
  if (positional.length > 0)
    throw new UsageError(
      `Unerwartetes Argument „${positional[0]}“ (Dateien mit --catalogue bzw. --out angeben).`,
    );
  const values = new Map([...options].map(([name, value]) => [`--${name}`, String(value)]));
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
  io: Io = consoleIo,
  now: () => number = Date.now,
): Promise<number> {
  const started = now();
  return runCommand(WORKBOOK_COMMAND, argv, io, async () => {
    const args = parseArgs(argv);
    const { catalogue, warnings } = await readCatalogue(args.catalogue);
    for (const warning of warnings) io.err(`Warnung: ${formatIssue(warning)}`);
    const options = {
      language: args.language,
      builtAt: new Date().toISOString(),
      ...(args.password !== undefined && { password: args.password }),
      ...(args.title !== undefined && { title: args.title }),
    };
    if (args.allUnitsDir !== undefined) {
      io.progress?.("Baue die Arbeitsmappen je Organisationseinheit …");
      const workbooks = allUnitWorkbooks(catalogue, options);
      const written = await writeUnitWorkbooks(args.allUnitsDir, workbooks, io.progress);
      io.progress?.("");
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
    await writeAllAtomically([{ path: target, bytes }]);
    report(io, target, bytes.length, catalogue, plan, now() - started);
    return 0;
  });
}

async function readCatalogue(file: string): Promise<LoadedCatalogue> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "Datei nicht gefunden" : code === "EISDIR" ? "ist ein Ordner" : String(code);
    throw new UsageError(`Katalog ${file}: ${reason}.`);
  }
  return loadCatalogueDetailed(bytes, file);
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

if (require.main === module) startCli((argv, io) => runWorkbookCli(argv, io));
