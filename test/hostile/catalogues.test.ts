/**
 * The hostile catalogue corpus (test/fixtures/hostile/cases.ts), walked three ways: the loader, the CLI
 * (`npm run workbook`) and the task pane's path into the open workbook (Office.js writer on the fake).
 * A refused case names its place and writes nothing — no file, no temp file, not one cell of the open
 * workbook. An accepted case's texts stand unchanged, as plain text, in both writers' output.
 */
import { readdirSync, promises as fs } from "node:fs";
import path from "node:path";
import { formatIssue, loadCatalogue, CatalogueError } from "../../src/catalogue";
import { runWorkbookCli } from "../../src/cli/workbook";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { readXlsxDetails } from "../writers/xlsx/readXlsxDetails";
import { fromBytes } from "../../src/taskpane/model/catalogueSource";
import { officeWorkbookService } from "../../src/taskpane/services/officeWorkbookService";
import { createExcelHost, type ExcelHost } from "../excel-host";
import {
  CATALOGUE_CASES,
  catalogueBytes,
  isRefused,
  type AcceptedCatalogue,
  type RefusedCatalogue,
} from "../fixtures/hostile/cases";
import { HOSTILE_DIR } from "../fixtures/hostile/workbooks";
import { capture, fakeTextCells, filesIn, plainTextCells, populate, tempDir } from "./helpers";

const refused = CATALOGUE_CASES.filter(isRefused);
const accepted = CATALOGUE_CASES.filter((c): c is AcceptedCatalogue => !isRefused(c));
const EXCEL_HEADER_LIMIT = 255;

function formattedIssues(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof CatalogueError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error("the catalogue was accepted");
}

function expectInOrder(lines: readonly string[], expected: readonly string[]): void {
  expect(lines).toHaveLength(expected.length);
  expected.forEach((substring, i) => expect(lines[i]).toContain(substring));
}

let dir: string;
beforeEach(async () => {
  dir = await tempDir("hostile");
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Runs `npm run workbook` on the case's bytes; returns exit code, output and the files in the out folder. */
async function runCli(c: RefusedCatalogue | AcceptedCatalogue) {
  const input = path.join(dir, "in", c.file);
  await fs.mkdir(path.dirname(input), { recursive: true });
  await fs.writeFile(input, catalogueBytes(c));
  const outDir = path.join(dir, "out");
  const out = path.join(outDir, "Übersicht.xlsx");
  const captured = capture();
  const code = await runWorkbookCli(["--catalogue", input, "--out", out], captured.io);
  return { code, captured, out, written: await filesIn(outDir) };
}

/** The task pane's path: file bytes → catalogue → build in the open workbook (only when loaded). */
async function paneBuild(fake: ExcelHost, c: RefusedCatalogue | AcceptedCatalogue) {
  const loaded = fromBytes(catalogueBytes(c), c.file);
  if (!loaded.ok) return loaded;
  const uninstall = fake.install();
  try {
    await officeWorkbookService().build({ catalogue: loaded.catalogue, language: "de" });
  } finally {
    uninstall();
  }
  return loaded;
}

describe("refused catalogues name the place and write nothing", () => {
  it.each(refused.map((c) => [c.file, c] as const))("%s", async (_, c) => {
    const lines = formattedIssues(() => loadCatalogue(catalogueBytes(c), c.file));
    expectInOrder(lines, c.refused);

    const cli = await runCli(c);
    expect(cli.code).toBe(1);
    expect(cli.captured.err.join("\n")).toContain(c.refused[0]!.split(": ").slice(1).join(": ").slice(0, 40));
    expect(cli.captured.err.join("\n")).toContain("Es wurde keine Datei geschrieben.");
    expect(cli.written).toEqual([]);

    const fake = createExcelHost();
    populate(fake);
    const before = fake.dump();
    const pane = await paneBuild(fake, c);
    expect(pane.ok).toBe(false);
    if (!pane.ok) expectInOrder(pane.issues.map(formatIssue), c.refused);
    expect(fake.dump()).toEqual(before);
  });
});

describe("accepted catalogues keep every text intact in both writers", () => {
  it.each(accepted.map((c) => [c.file, c] as const))("%s", async (_, c) => {
    const cli = await runCli(c);
    expect(cli.captured.err).toEqual([]);
    expect(cli.code).toBe(0);
    expect(cli.written).toEqual(["Übersicht.xlsx"]);
    const bytes = new Uint8Array(await fs.readFile(cli.out));
    const snapshot = await readXlsx(bytes);
    for (const text of c.accepted.survives) expect(plainTextCells(snapshot, text).length).toBeGreaterThan(0);
    const fieldSheets = snapshot.sheets.map((s) => s.name).filter((name) => /^\d+ /.test(name));
    if (c.accepted.fieldSheets) expect(fieldSheets).toEqual(c.accepted.fieldSheets);
    for (const name of fieldSheets) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    const details = await readXlsxDetails(bytes);
    for (const sheet of details.sheets)
      for (const text of [sheet.print.header, sheet.print.footer])
        expect((text ?? "").length).toBeLessThanOrEqual(EXCEL_HEADER_LIMIT);

    const fake = createExcelHost();
    const pane = await paneBuild(fake, c);
    expect(pane.ok).toBe(true);
    for (const text of c.accepted.survives) {
      const hits = fakeTextCells(fake, text);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.quotePrefix).toBe(true);
    }
    if (c.accepted.fieldSheets)
      expect(fake.state.sheets.map((s) => s.name).filter((name) => /^\d+ /.test(name))).toEqual(
        c.accepted.fieldSheets,
      );
  });
});

describe("the corpus", () => {
  it("has a case for every committed file and at least 40 cases with the returned workbooks", async () => {
    const files = readdirSync(path.join(HOSTILE_DIR, "catalogues")).sort();
    const committed = CATALOGUE_CASES.filter((c) => !c.generate).map((c) => c.file);
    expect(files).toEqual([...committed].sort());
    const { WORKBOOK_CASES } = await import("../fixtures/hostile/cases");
    expect(CATALOGUE_CASES.length + WORKBOOK_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CATALOGUE_CASES.map((c) => c.file)).size).toBe(CATALOGUE_CASES.length);
  });
});
