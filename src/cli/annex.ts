/**
 * The annex as PDF: the legend and the action-field sheets in the report's layout, through LibreOffice.
 *
 *   npm run annex -- DATEI.xlsx --pdf [AUS.pdf]
 *
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
import { UsageError, workInCallerDirectory } from "./io";
import {
  cliMessage,
  consoleIo,
  FailedError,
  readIntactWorkbook,
  replaceExtension,
  writeAllAtomically,
  type Io,
} from "./returnsIo";

const run = promisify(execFile);
export const EXIT_NO_LIBREOFFICE = 3;
const USAGE = "Aufruf: npm run annex -- DATEI.xlsx --pdf [AUS.pdf]";
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
): Promise<number> {
  try {
    if (argv.includes("--help") || argv.includes("-h")) {
      io.out(USAGE);
      return 0;
    }
    const unknown = argv.find((a) => a.startsWith("--") && a !== "--pdf");
    if (unknown) throw new UsageError(`Unbekannte Option ${unknown}.`);
    if (!argv.includes("--pdf")) throw new UsageError("--pdf angeben (die Anlage wird als PDF erzeugt).");
    const [file, out, ...extra] = argv.filter((a) => a !== "--pdf");
    if (!file || extra.length > 0)
      throw new UsageError("Eine Arbeitsmappe und höchstens eine Zieldatei angeben.");
    const target = out ?? replaceExtension(file, ".pdf");
    if (path.extname(target).toLowerCase() !== ".pdf")
      throw new UsageError(`Die Zieldatei muss auf .pdf enden: ${target}`);
    const soffice = findOnPath("soffice", env) ?? findOnPath("libreoffice", env);
    if (!soffice) {
      io.err(NO_LIBREOFFICE_MESSAGE);
      return EXIT_NO_LIBREOFFICE;
    }
    const { workbook } = await readIntactWorkbook(file);
    const pdf = await convertToPdf(soffice, await writeXlsxBuffer(annexPlan(workbook)), env);
    await writeAllAtomically([{ path: target, bytes: pdf }]);
    io.out(`Geschrieben: ${path.resolve(target)} (${Math.round(pdf.length / 1024)} KB)`);
    return 0;
  } catch (error) {
    const { text, code } = cliMessage(error, USAGE);
    io.err(text);
    return code;
  }
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

if (require.main === module) {
  workInCallerDirectory();
  void runAnnexCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
