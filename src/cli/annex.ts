/**
 * The annex of a filled-in workbook:
 *
 *   npm run annex -- DATEI.xlsx --pdf [AUS.pdf]              the workbook's annex sheets through LibreOffice
 *   npm run annex -- DATEI.xlsx --docx [AUS.docx]            the annex as a Word document (no LibreOffice)
 *   npm run annex -- DATEI.xlsx --sachstand [AUS.docx]       the Sachstand working document per action field
 *   with --fields 1,3 (only these action fields) and --lang en (English labels) for the Word documents.
 *
 * PDF:
 * Works on a fresh copy rebuilt from the workbook's catalogue and inputs (so a lock file or stray edits
 * in the original cannot interfere), in a throwaway folder with a throwaway LibreOffice profile that
 * recalculates on load. Exit 0 written, 1 failed, 2 wrong call, 3 LibreOffice is not installed.
 */
import { execFile } from "node:child_process";
import { accessSync, constants, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { buildPlan } from "../layout/buildPlan";
import type { SheetPlan, WorkbookPlan } from "../layout/plan";
import type { ZielbildWorkbook } from "../returns/readWorkbook";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { annexDocx } from "../annex/annexDocx";
import { AnnexSelectionError, buildAnnex } from "../annex/model";
import { sachstandDocx } from "../annex/sachstandDocx";
import { LANGUAGES, type Language } from "../scheme/ratingScheme";
import {
  consoleIo,
  EXIT_MISSING_TOOL,
  FailedError,
  MissingToolError,
  parseArgs,
  runCommand,
  startCli,
  stringOption,
  UsageError,
  writeAllAtomically,
  type CommandInfo,
  type Io,
} from "./io";
import { readIntactWorkbook, replaceExtension } from "./returnsIo";

const run = promisify(execFile);
export const EXIT_NO_LIBREOFFICE = EXIT_MISSING_TOOL;
const USAGE = [
  "Aufruf: npm run annex -- DATEI.xlsx --pdf [AUS.pdf]",
  "        npm run annex -- DATEI.xlsx --docx [AUS.docx] [--fields 1,3] [--lang de|en]",
  "        npm run annex -- DATEI.xlsx --sachstand [AUS.docx] [--fields 1,3] [--lang de|en]",
].join("\n");

export const ANNEX_COMMAND: CommandInfo = {
  name: "annex",
  usage: USAGE,
  help: `Zielbild – Anlage einer ausgefüllten Arbeitsmappe

${USAGE}

Erzeugt aus einer ausgefüllten Arbeitsmappe die Anlage: als Word-Dokument (--docx, ohne LibreOffice), als
Sachstand je Handlungsfeld (--sachstand) oder als PDF über LibreOffice (--pdf). Ohne AUS wird die Datei
neben DATEI.xlsx geschrieben („…-Anlage.docx“, „…-Sachstand.docx“, „….pdf“).

Optionen:
  --docx               die Anlage als Word-Dokument
  --sachstand          der Sachstand je Handlungsfeld als Word-Dokument
  --pdf                die Anlage als PDF (braucht LibreOffice, „soffice“ im Suchpfad)
  --fields 1,3         nur diese Handlungsfelder (nur --docx und --sachstand)
  --lang de|en         Sprache der Beschriftungen (nur --docx und --sachstand)
  --help, -h           diese Hilfe

Beispiel:
  npm run annex -- Bewertung-2024.xlsx --docx Anlage.docx --fields 1,3

Exit-Code: 0 geschrieben, 1 Fehler in den Daten (nichts geschrieben), 2 falscher Aufruf,
3 LibreOffice ist nicht installiert (--pdf).
`,
};
export const NO_LIBREOFFICE_MESSAGE =
  "LibreOffice ist nicht installiert: das Programm „soffice“ wurde im Suchpfad (PATH) nicht gefunden. " +
  "Für die PDF-Anlage bitte LibreOffice installieren (z. B. „apt install libreoffice-calc-nogui“) oder die " +
  "Arbeitsmappe in Excel öffnen und über Datei → Exportieren als PDF speichern. Es wurde keine Datei geschrieben.";

/** The first executable of that name on PATH (PATHEXT on Windows), or undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean))
    for (const ext of extensions) {
      const candidate = path.join(dir, name + ext);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  return undefined;
}

export async function runAnnexCli(
  argv: readonly string[],
  io: Io = consoleIo,
  env = process.env,
  now: Date = new Date(),
): Promise<number> {
  return runCommand(ANNEX_COMMAND, argv, io, async () => {
    const { positional, options } = parseArgs(argv, ["pdf", "docx", "sachstand"], ["fields", "lang"]);
    const kinds = (["pdf", "docx", "sachstand"] as const).filter((k) => options.has(k));
    if (kinds.length !== 1)
      throw new UsageError(
        kinds.length === 0
          ? "--pdf, --docx oder --sachstand angeben (welche Anlage erzeugt werden soll)."
          : `Nur eine der Optionen ${kinds.map((k) => `--${k}`).join(", ")} angeben.`,
      );
    const kind = kinds[0]!;
    const [file, out, ...extra] = positional;
    if (!file || extra.length > 0)
      throw new UsageError("Eine Arbeitsmappe und höchstens eine Zieldatei angeben.");
    if (kind === "pdf") {
      if (options.has("fields") || options.has("lang"))
        throw new UsageError("--fields und --lang gelten nur für --docx und --sachstand.");
      return await writePdf(file, out, io, env);
    }
    const fieldsText = stringOption(options, "fields");
    const langText = stringOption(options, "lang");
    const fields = fieldsText !== undefined ? parseFields(fieldsText) : undefined;
    const language = langText !== undefined ? parseLanguage(langText) : undefined;
    const target = out ?? replaceExtension(file, kind === "docx" ? "-Anlage.docx" : "-Sachstand.docx");
    if (path.extname(target).toLowerCase() !== ".docx")
      throw new UsageError(`Die Zieldatei muss auf .docx enden: ${target}`);
    const { workbook } = await readIntactWorkbook(file);
    let annex;
    try {
      annex = buildAnnex(workbook, {
        date: localDate(now),
        ...(fields ? { fields } : {}),
        ...(language ? { language } : {}),
      });
    } catch (error) {
      if (error instanceof AnnexSelectionError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    const bytes = kind === "docx" ? await annexDocx(annex) : await sachstandDocx(annex);
    await writeAllAtomically([{ path: target, bytes }]);
    io.out(`Geschrieben: ${path.resolve(target)} (${Math.round(bytes.length / 1024)} KB)`);
    return 0;
  });
}

async function writePdf(
  file: string,
  out: string | undefined,
  io: Io,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const target = out ?? replaceExtension(file, ".pdf");
  if (path.extname(target).toLowerCase() !== ".pdf")
    throw new UsageError(`Die Zieldatei muss auf .pdf enden: ${target}`);
  const soffice = findOnPath("soffice", env) ?? findOnPath("libreoffice", env);
  if (!soffice) throw new MissingToolError(NO_LIBREOFFICE_MESSAGE);
  io.progress?.(`Lese ${path.basename(file)} …`);
  const { workbook } = await readIntactWorkbook(file);
  io.progress?.("LibreOffice wandelt die Anlage in PDF um …");
  const pdf = await convertToPdf(soffice, await writeXlsxBuffer(annexPlan(workbook)), env);
  await writeAllAtomically([{ path: target, bytes: pdf }]);
  io.progress?.("");
  io.out(`Geschrieben: ${path.resolve(target)} (${Math.round(pdf.length / 1024)} KB)`);
  return 0;
}

/** "1,3" or "1, 3" → [1, 3]; anything else is a wrong call naming the part that is not a number. */
export function parseFields(text: string): number[] {
  const parts = text.split(",").map((p) => p.trim());
  const numbers: number[] = [];
  for (const part of parts) {
    if (!/^[1-9]\d*$/.test(part))
      throw new UsageError(`--fields erwartet Nummern von Handlungsfeldern wie „1,3“; „${part}“ ist keine.`);
    const n = Number(part);
    if (!numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

function parseLanguage(text: string): Language {
  const lang = LANGUAGES.find((l) => l === text);
  if (!lang) throw new UsageError(`--lang erwartet ${LANGUAGES.join(" oder ")}, nicht „${text}“.`);
  return lang;
}

/** Today as YYYY-MM-DD in local time (the date a user reads on the calendar). */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The workbook rebuilt as it stands, with only the legend and the action-field sheets visible. The
 * summary is left out rather than hidden: LibreOffice prints a hidden sheet when it is the first one.
 */
export function annexPlan(workbook: ZielbildWorkbook): WorkbookPlan {
  const plan = buildPlan(workbook.catalogue, {
    language: workbook.meta.language,
    title: workbook.meta.title,
    builtAt: workbook.meta.builtAt,
    inputs: workbook.inputs,
  });
  const inAnnex = (sheet: SheetPlan) => sheet.role === "legend" || sheet.role === "field";
  return {
    ...plan,
    sheets: plan.sheets
      .filter((sheet) => sheet.role !== "summary")
      .map((sheet) =>
        inAnnex(sheet) || sheet.visibility === "veryHidden"
          ? sheet
          : { ...sheet, visibility: "hidden" as const },
      ),
  };
}

async function convertToPdf(soffice: string, xlsx: Uint8Array, env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-annex-"));
  try {
    const input = path.join(work, "Anlage.xlsx");
    const profile = path.join(work, "profile");
    await fs.writeFile(input, xlsx);
    await writeRecalculatingProfile(profile);
    try {
      await run(
        soffice,
        [
          `-env:UserInstallation=file://${profile.split(path.sep).map(encodeURIComponent).join("/")}`,
          "--headless",
          "--invisible",
          "--norestore",
          "--nolockcheck",
          "--convert-to",
          "pdf:calc_pdf_Export",
          "--outdir",
          work,
          input,
        ],
        { timeout: 180000, env },
      );
    } catch (error) {
      throw new FailedError(`LibreOffice ist bei der Umwandlung gescheitert: ${(error as Error).message}`);
    }
    try {
      return new Uint8Array(await fs.readFile(path.join(work, "Anlage.pdf")));
    } catch {
      throw new FailedError("LibreOffice hat keine PDF-Datei erzeugt.");
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** LibreOffice shows cached results unless told to recalculate; our files carry none. */
async function writeRecalculatingProfile(dir: string): Promise<void> {
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  await fs.mkdir(path.join(dir, "user"), { recursive: true });
  await fs.writeFile(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${item("OOXMLRecalcMode")}\n${item("ODFRecalcMode")}\n</oor:items>\n`,
  );
}

if (require.main === module) startCli((argv, io) => runAnnexCli(argv, io));
