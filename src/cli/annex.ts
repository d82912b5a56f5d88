/**
 * The annex of a filled-in workbook:
 *
 *   npm run annex -- DATEI.xlsx --pdf [AUS.pdf]              the workbook's annex sheets through LibreOffice
 *   npm run annex -- DATEI.xlsx --docx [AUS.docx]            the annex as a Word document (no LibreOffice)
 *   npm run annex -- DATEI.xlsx --sachstand [AUS.docx]       the Sachstand working document per action field
 *   with --fields 1,3 (only these action fields) for the Word documents; --lang en gives English messages
 *   and, for the Word documents, English labels (without it they take the workbook's language).
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
import { localIsoDate } from "../core/dates";
import { promisify } from "node:util";
import { buildPlan } from "../layout/buildPlan";
import { optionsOfWorkbook } from "../layout/planOfWorkbook";
import type { SheetPlan, WorkbookPlan } from "../layout/plan";
import type { ZielbildWorkbook } from "../returns/readWorkbook";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import { annexDocx } from "../annex/annexDocx";
import { AnnexSelectionError, buildAnnex } from "../annex/model";
import { sachstandDocx } from "../annex/sachstandDocx";
import { messagesFor, type Language, type Messages } from "../core/messages";
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
export const ANNEX_COMMAND: CommandInfo = {
  name: "annex",
  usage: (m) => m.cli.annex.usage,
  help: (m) => m.cli.annex.help,
};
export const NO_LIBREOFFICE_MESSAGE = messagesFor("de").cli.annex.noLibreOffice;

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
  return runCommand(ANNEX_COMMAND, argv, io, async (m, lang) => {
    const t = m.cli.annex;
    const { positional, options } = parseArgs(argv, ["pdf", "docx", "sachstand"], ["fields"], m);
    const kinds = (["pdf", "docx", "sachstand"] as const).filter((k) => options.has(k));
    if (kinds.length !== 1)
      throw new UsageError(
        kinds.length === 0 ? t.whichKind : t.onlyOneKind(kinds.map((k) => `--${k}`).join(", ")),
      );
    const kind = kinds[0]!;
    const [file, out, ...extra] = positional;
    if (!file || extra.length > 0) throw new UsageError(t.fileAndTarget);
    if (kind === "pdf") {
      if (options.has("fields")) throw new UsageError(t.fieldsOnlyForWord);
      return await writePdf(file, out, io, env, m, lang);
    }
    const fieldsText = stringOption(options, "fields");
    const fields = fieldsText !== undefined ? parseFields(fieldsText, m) : undefined;
    // --lang given: the document's labels too; without it they follow the workbook's language.
    const language = options.has("lang") ? lang : undefined;
    const target = out ?? replaceExtension(file, kind === "docx" ? "-Anlage.docx" : "-Sachstand.docx");
    if (path.extname(target).toLowerCase() !== ".docx") throw new UsageError(t.targetMustBe(".docx", target));
    const { workbook } = await readIntactWorkbook(file, m, lang);
    let annex;
    try {
      annex = buildAnnex(
        workbook,
        {
          date: localIsoDate(now),
          ...(fields ? { fields } : {}),
          ...(language ? { language } : {}),
        },
        lang,
      );
    } catch (error) {
      if (error instanceof AnnexSelectionError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    const bytes = kind === "docx" ? await annexDocx(annex) : await sachstandDocx(annex);
    await writeAllAtomically([{ path: target, bytes }], m);
    io.out(m.cli.writtenSize(path.resolve(target), String(Math.round(bytes.length / 1024))));
    return 0;
  });
}

async function writePdf(
  file: string,
  out: string | undefined,
  io: Io,
  env: NodeJS.ProcessEnv,
  m: Messages,
  lang: Language = "de",
): Promise<number> {
  const t = m.cli.annex;
  const target = out ?? replaceExtension(file, ".pdf");
  if (path.extname(target).toLowerCase() !== ".pdf") throw new UsageError(t.targetMustBe(".pdf", target));
  const soffice = findOnPath("soffice", env) ?? findOnPath("libreoffice", env);
  if (!soffice) throw new MissingToolError(t.noLibreOffice);
  io.progress?.(t.progressReading(path.basename(file)));
  const { workbook } = await readIntactWorkbook(file, m, lang);
  io.progress?.(t.progressConverting);
  const pdf = await convertToPdf(soffice, await writeXlsxBuffer(annexPlan(workbook)), env, m);
  await writeAllAtomically([{ path: target, bytes: pdf }], m);
  io.progress?.("");
  io.out(m.cli.writtenSize(path.resolve(target), String(Math.round(pdf.length / 1024))));
  return 0;
}

/** "1,3" or "1, 3" → [1, 3]; anything else is a wrong call naming the part that is not a number. */
export function parseFields(text: string, m: Messages = messagesFor("de")): number[] {
  const parts = text.split(",").map((p) => p.trim());
  const numbers: number[] = [];
  for (const part of parts) {
    if (!/^[1-9]\d*$/.test(part)) throw new UsageError(m.cli.annex.badFields(part));
    const n = Number(part);
    if (!numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

/**
 * The workbook rebuilt as it stands, with only the legend and the action-field sheets visible. The
 * summary is left out rather than hidden: LibreOffice prints a hidden sheet when it is the first one.
 */
export function annexPlan(workbook: ZielbildWorkbook): WorkbookPlan {
  const plan = buildPlan(workbook.catalogue, {
    ...optionsOfWorkbook(workbook.meta, { history: workbook.history }),
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

async function convertToPdf(
  soffice: string,
  xlsx: Uint8Array,
  env: NodeJS.ProcessEnv,
  m: Messages,
): Promise<Uint8Array> {
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
      throw new FailedError(m.cli.annex.libreOfficeFailed((error as Error).message));
    }
    try {
      return new Uint8Array(await fs.readFile(path.join(work, "Anlage.pdf")));
    } catch {
      throw new FailedError(m.cli.annex.libreOfficeNoPdf);
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
