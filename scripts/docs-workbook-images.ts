/**
 * The workbook pictures of docs/runden.md: three rounds of the bundled catalogue, run as the planning
 * office runs them (round 1 built, ratings entered, the next round started as `npm run round` does,
 * ratings changed), rendered by LibreOffice (recalculated) to PDF and by pdftoppm to PNG:
 *   docs/images/runden-uebersicht.png  the Übersicht: per-field summary, change table, per-round table
 *   docs/images/runden-feldblatt.png   a field sheet with "Stufe Vorrunde" and "Veränderung" beside the
 *                                      annex (a cut-out: only the columns that matter are shown)
 * The ratings are made up (seeded), not the county's. Needs soffice and pdftoppm/pdftotext (poppler-utils).
 *
 *   npm run docs:images [-- OUTDIR]
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { loadCatalogue } from "../src/catalogue/load";
import type { Catalogue } from "../src/catalogue/model";
import { buildPlan } from "../src/layout/buildPlan";
import { COL_CHANGE, COL_FIRST_INPUT, COL_PREVIOUS, COL_RATING } from "../src/layout/fieldLayout";
import { prng } from "../test/layout/random";
import type { PlanOptions, RoundInfo, WorkbookPlan } from "../src/layout/plan";
import { readZielbildWorkbook } from "../src/returns/readWorkbook";
import { nextRound } from "../src/returns/rounds";
import { readXlsx } from "../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../src/writers/xlsx/writeXlsx";
import { convertWithLibreOffice } from "./libreoffice/soffice";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..");
const SEED = path.join(ROOT, "seeds/konzept-migration-integration-2018-2022.json");
const ROUNDS: readonly RoundInfo[] = [
  { number: 1, label: "Sachstand 2023", date: "2023-12-01" },
  { number: 2, label: "Sachstand 2024", date: "2024-12-01" },
  { number: 3, label: "Sachstand 2025", date: "2025-12-01" },
];
const LEVELS = ["gering", "mittel", "hoch"] as const;
const DPI = 110;

type Level = string | null;

/** Made-up levels per round: most stay, some move a step (more often up), some are rated for the first time. */
function levelsPerRound(ids: readonly string[]): Map<string, Level>[] {
  const next = prng(2025); // seeded: the same pictures on every run
  const rounds: Map<string, Level>[] = [];
  let previous = new Map<string, Level>();
  for (let r = 0; r < ROUNDS.length; r++) {
    const current = new Map<string, Level>();
    for (const id of ids) {
      const before = previous.get(id) ?? null;
      const roll = next();
      let level: Level = before;
      if (before === null) level = roll < (r === 0 ? 0.75 : 0.5) ? LEVELS[Math.floor(next() * 3)]! : null;
      else if (roll < 0.08) level = "unklar";
      else if (roll < 0.12) level = null;
      else if (before !== "unklar" && roll < 0.35) {
        const rank = LEVELS.indexOf(before as (typeof LEVELS)[number]);
        level = LEVELS[Math.max(0, Math.min(2, rank + (next() < 0.7 ? 1 : -1)))]!;
      } else if (before === "unklar" && roll < 0.6) level = LEVELS[Math.floor(next() * 3)]!;
      current.set(id, level);
    }
    rounds.push(current);
    previous = current;
  }
  return rounds;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs reads "$A$1:$D$9" back as "A1:D9" and would write it relative; keep it absolute.
  workbook.eachSheet((sheet) => {
    const area = sheet.pageSetup.printArea;
    if (area) sheet.pageSetup.printArea = area.replace(/\$?([A-Z]+)\$?(\d+)/g, "$$$1$$$2");
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Types each measure's level into the file, as a department does in Excel. */
async function enter(bytes: Uint8Array, plan: WorkbookPlan, levels: Map<string, Level>): Promise<Uint8Array> {
  const workbook = await load(bytes);
  for (const at of plan.measures)
    workbook.getWorksheet(at.sheetName)!.getCell(`${at.inputColumns.level}${at.row}`).value =
      levels.get(at.measureId) ?? null;
  return save(workbook);
}

/** The next round's workbook, as `npm run round -- FILE --label … --date …` writes it. */
async function startRound(bytes: Uint8Array, round: RoundInfo): Promise<WorkbookPlan> {
  const snapshot = await readXlsx(bytes);
  const read = readZielbildWorkbook(snapshot);
  if ("error" in read) throw new Error(read.error);
  const next = nextRound(read.workbook, snapshot, {
    label: round.label,
    date: round.date,
    clear: false,
    builtAt: `${round.date}T09:00:00.000Z`,
  });
  if (!next.ok) throw new Error(`Runde nicht begonnen: ${JSON.stringify(next.problem).slice(0, 300)}`);
  return buildPlan(read.workbook.catalogue, next.options as PlanOptions);
}

/** A copy in which only `sheetName` is visible and printed (rows 1…lastRow, columns as given), on one page. */
async function onlySheet(
  bytes: Uint8Array,
  sheetName: string,
  lastRow: number,
  lastColumn: number,
  hiddenColumns: readonly number[] = [],
): Promise<Uint8Array> {
  const workbook = await load(bytes);
  workbook.eachSheet((sheet) => {
    if (sheet.name !== sheetName) {
      if (sheet.state === "visible") sheet.state = "hidden";
      return;
    }
    sheet.state = "visible";
    for (const column of hiddenColumns) sheet.getColumn(column).hidden = true;
    sheet.pageSetup.printArea = `A1:${columnName(lastColumn)}${lastRow}`;
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    sheet.pageSetup.fitToHeight = 1;
    sheet.pageSetup.orientation = "landscape";
  });
  workbook.views = [{ activeTab: workbook.worksheets.findIndex((s) => s.name === sheetName) } as never];
  return save(workbook);
}

function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Renders page 1 of the PDF to a PNG, cut below the last line of text. */
async function renderFirstPage(pdf: Uint8Array, out: string): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-docs-"));
  try {
    const file = path.join(work, "page.pdf");
    await fs.writeFile(file, pdf);
    const { stdout } = await run("pdftotext", ["-f", "1", "-l", "1", "-bbox", file, "-"]);
    const boxes = [...stdout.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)];
    if (boxes.length === 0) throw new Error("Die PDF-Seite enthält keinen Text");
    const left = Math.min(...boxes.map((b) => Number(b[1])));
    const top = Math.min(...boxes.map((b) => Number(b[2])));
    const right = Math.max(...boxes.map((b) => Number(b[3])));
    const bottom = Math.max(...boxes.map((b) => Number(b[4])));
    const px = (pt: number) => Math.round((pt * DPI) / 72);
    const margin = 12;
    await run("pdftoppm", [
      ...["-f", "1", "-l", "1", "-r", String(DPI), "-png", "-singlefile"],
      ...["-x", String(px(Math.max(0, left - margin))), "-y", String(px(Math.max(0, top - margin)))],
      ...["-W", String(px(right - left + 2 * margin)), "-H", String(px(bottom - top + 2 * margin))],
      file,
      out.replace(/\.png$/, ""),
    ]);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

async function main(args: readonly string[]): Promise<void> {
  const outDir = path.resolve(args[0] ?? path.join(ROOT, "docs/images"));
  const catalogue: Catalogue = loadCatalogue(new Uint8Array(await fs.readFile(SEED)), SEED);
  const plan1 = buildPlan(catalogue, {
    language: "de",
    builtAt: `${ROUNDS[0]!.date}T09:00:00.000Z`,
    round: ROUNDS[0]!,
  });
  const levels = levelsPerRound(plan1.measures.map((m) => m.measureId));
  let plan = plan1;
  let bytes = await enter(await writeXlsxBuffer(plan1), plan1, levels[0]!);
  for (let r = 1; r < ROUNDS.length; r++) {
    plan = await startRound(bytes, ROUNDS[r]!);
    bytes = await enter(await writeXlsxBuffer(plan), plan, levels[r]!);
  }
  await fs.mkdir(outDir, { recursive: true });

  // Übersicht: from the title to the end of the per-round table.
  const summary = plan.sheets.find((s) => s.role === "summary")!;
  const summarySheet = (await readXlsx(bytes)).sheets.find((s) => s.name === summary.name)!;
  const roundHeader = summarySheet.values.findIndex((row) => row[1] === "Runde") + 1;
  const roundRows = (catalogue.actionFields.length + 1) * ROUNDS.length;
  const summaryColumns = Math.max(...summarySheet.values.slice(0, 30).map((row) => row.length));
  const uebersicht = await onlySheet(bytes, summary.name, roundHeader + roundRows, summaryColumns);
  await renderFirstPage(
    await convertWithLibreOffice(uebersicht, "pdf"),
    path.join(outDir, "runden-uebersicht.png"),
  );

  // A field sheet: the annex (A:D), the level entered (F) and the two round columns (P, Q).
  const field = plan.sheets.find((s) => s.role === "field")!;
  const rows = Math.max(...plan.measures.filter((m) => m.sheetName === field.name).map((m) => m.row));
  const hidden = [];
  for (let c = COL_RATING + 1; c < COL_PREVIOUS; c++) if (c !== COL_FIRST_INPUT) hidden.push(c);
  const feldblatt = await onlySheet(bytes, field.name, rows, COL_CHANGE, hidden);
  await renderFirstPage(
    await convertWithLibreOffice(feldblatt, "pdf"),
    path.join(outDir, "runden-feldblatt.png"),
  );
  console.log(`${path.join(outDir, "runden-uebersicht.png")} und runden-feldblatt.png geschrieben`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
