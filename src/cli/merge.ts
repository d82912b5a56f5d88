/**
 * Merges returned workbooks into the master and writes the merged workbook plus a report.
 *
 *   npm run merge -- MASTER.xlsx RETURN.xlsx… --out MERGED.xlsx [--report BERICHT.md] [--password PW]
 *
 * The merged workbook is rebuilt from the master's catalogue with the merged inputs (never patched).
 * The report goes to BERICHT.md and BERICHT.csv (default: beside --out). Exit 0 merged (conflicts are
 * in the report), 1 failed (nothing written), 2 wrong call.
 */
import path from "node:path";
import { buildPlan } from "../layout/buildPlan";
import { assessReturn } from "../returns/assessReturn";
import { mergeReturns, type RefusedReturn, type ReturnInputs, type MergeResult } from "../returns/merge";
import { mergeReportCsv, mergeReportMarkdown, OUTCOME_LABEL } from "../returns/mergeReport";
import { keepClearedUnits } from "../returns/ratingFields";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import {
  consoleIo,
  FailedError,
  parseArgs,
  runCommand,
  startCli,
  stringOption,
  UsageError,
  writeAllAtomically,
  type CommandInfo,
  type Io,
} from "./io";
import { readIntactWorkbook, readSnapshot, replaceExtension } from "./returnsIo";

const USAGE =
  "Aufruf: npm run merge -- HAUPTDATEI.xlsx RÜCKLAUF.xlsx… --out ERGEBNIS.xlsx [--report BERICHT.md] [--password KENNWORT]";

export const MERGE_COMMAND: CommandInfo = {
  name: "merge",
  usage: USAGE,
  help: `Zielbild – Rückläufe zusammenführen

${USAGE}

Führt die Rückläufe der Organisationseinheiten nach Maßnahmen-ID in die Hauptdatei zusammen. Jede
Rücklaufdatei wird an dem gemessen, was sie beim Versand zeigte: ein Feld, das niemand geändert hat, ist
nie ein Konflikt. Echte Konflikte stehen im Bericht; die Hauptdatei behält dann ihren Wert.

Optionen:
  --out DATEI.xlsx     die zusammengeführte Arbeitsmappe (Pflicht)
  --report DATEI.md    der Bericht (dazu DATEI.csv); Vorgabe: neben --out, „…-Bericht.md“
  --password KENNWORT  Blattschutz-Kennwort der neuen Arbeitsmappe
  --help, -h           diese Hilfe

Beispiel:
  npm run merge -- Hauptdatei.xlsx rueckläufe/*.xlsx --out Zusammengefuehrt.xlsx

Exit-Code: 0 zusammengeführt (Konflikte stehen im Bericht), 1 Fehler in den Daten (nichts geschrieben),
2 falscher Aufruf.
`,
};

export interface MergeArgs {
  readonly master: string;
  readonly returns: readonly string[];
  readonly out: string;
  readonly report: string;
  readonly password?: string;
}

export function parseMergeArgs(argv: readonly string[]): MergeArgs {
  const { positional, options } = parseArgs(argv, [], ["out", "report", "password"]);
  const [master, ...returns] = positional;
  if (!master || returns.length === 0) throw new UsageError("Hauptdatei und mindestens ein Rücklauf nötig.");
  const out = stringOption(options, "out");
  if (out === undefined) throw new UsageError("--out ERGEBNIS.xlsx fehlt.");
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`--out muss auf .xlsx enden: ${out}`);
  const password = stringOption(options, "password");
  return {
    master,
    returns,
    out,
    report: stringOption(options, "report") ?? replaceExtension(out, "-Bericht.md"),
    ...(password !== undefined && { password }),
  };
}

export async function runMergeCli(
  argv: readonly string[],
  io: Io = consoleIo,
  now = () => new Date(),
): Promise<number> {
  return runCommand(MERGE_COMMAND, argv, io, async () => {
    const args = parseMergeArgs(argv);
    io.progress?.(`Hauptdatei: ${path.basename(args.master)}`);
    const master = await readIntactWorkbook(args.master);
    if (master.workbook.meta.unit !== undefined)
      throw new FailedError(
        `${args.master} ist die Datei der Organisationseinheit „${master.workbook.meta.unit}“, keine Hauptdatei.`,
      );
    const accepted: ReturnInputs[] = [];
    const refused: RefusedReturn[] = [];
    for (const [i, file] of args.returns.entries()) {
      const name = path.basename(file);
      io.progress?.(`Rücklauf ${i + 1}/${args.returns.length}: ${name}`);
      const read = await readSnapshot(file);
      const assessed =
        "error" in read
          ? { refused: { file: name, reason: read.error } }
          : assessReturn(master.workbook, name, read.snapshot);
      if ("accepted" in assessed) accepted.push(assessed.accepted);
      else refused.push(assessed.refused);
    }
    const { catalogue, meta, archive } = master.workbook;
    const result = mergeReturns({ catalogue, inputs: master.workbook.inputs }, accepted, refused);
    const createdAt = now().toISOString();
    const plan = buildPlan(catalogue, {
      language: meta.language,
      title: meta.title,
      builtAt: createdAt,
      inputs: keepClearedUnits(result.inputs),
      ...(archive.length > 0 && { archive }),
      ...(args.password !== undefined && { password: args.password }),
    });
    io.progress?.("Schreibe die zusammengeführte Arbeitsmappe …");
    const context = { master: args.master, out: args.out, returns: args.returns, createdAt };
    await writeAllAtomically([
      { path: args.out, bytes: await writeXlsxBuffer(plan) },
      { path: args.report, bytes: mergeReportMarkdown(result, context) },
      { path: replaceExtension(args.report, ".csv"), bytes: mergeReportCsv(result) },
    ]);
    io.progress?.("");
    summarize(io, args, result, refused);
    return 0;
  });
}

function summarize(io: Io, args: MergeArgs, result: MergeResult, refused: readonly RefusedReturn[]): void {
  io.out(`Geschrieben: ${path.resolve(args.out)}`);
  io.out(`Bericht:     ${path.resolve(args.report)} (und .csv)`);
  for (const outcome of ["applied", "unchanged", "conflict", "refused"] as const)
    io.out(`  ${OUTCOME_LABEL[outcome].padEnd(12)} ${result.counts[outcome]}`);
  for (const r of refused) io.out(`  Abgelehnt: ${r.file} – ${r.reason}`);
  if (result.counts.conflict > 0)
    io.out("Konflikte: die Hauptdatei behält ihre Werte; bitte den Bericht prüfen und entscheiden.");
}

if (require.main === module) startCli(runMergeCli);
