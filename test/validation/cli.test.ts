/** `npm run check` as a planning office uses it: a real process, real files, exit codes and JSON. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildPlan } from "../../src/layout/buildPlan";
import { levelByCode } from "../../src/scheme/ratingScheme";
import type { JsonReport } from "../../src/validation";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { fixtureCatalogue } from "./fixtures";

const plan = buildPlan(fixtureCatalogue(), { language: "de", builtAt: "2024-01-01T00:00:00.000Z" });
let dir: string;
const file = (name: string) => path.join(dir, name);

function check(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "src/cli/check.ts", ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "zielbild-check-"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await writeXlsxBuffer(plan)) as never);
  for (const m of plan.measures)
    workbook.getWorksheet(m.sheetName)!.getCell(`${m.inputColumns.level}${m.row}`).value =
      levelByCode("mittel").value.de;
  await workbook.xlsx.writeFile(file("ok.xlsx"));
  const first = plan.measures[0]!;
  workbook.getWorksheet(first.sheetName)!.getCell(`${first.inputColumns.level}${first.row}`).value = "Hoch";
  await workbook.xlsx.writeFile(file("invalid.xlsx"));
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet("Tabelle1").getCell("A1").value = "irgendwas";
  await foreign.xlsx.writeFile(file("foreign.xlsx"));
  writeFileSync(file("text.xlsx"), "kein Excel");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a clean file: exit 0, no findings", () => {
  const { code, out } = check(file("ok.xlsx"));
  expect(code).toBe(0);
  expect(out).toContain("Keine Befunde.");
});

test("an invalid value: exit 1, the table names sheet, cell and measure", () => {
  const { code, out } = check(file("invalid.xlsx"), "--mode", "abgabe");
  const first = plan.measures[0]!;
  expect(code).toBe(1);
  expect(out).toContain("Fehler (1)");
  expect(out).toContain(`Blatt „${first.sheetName}“`);
  expect(out).toMatch(new RegExp(`${first.inputColumns.level}${first.row}\\s+value-outside-scheme\\s+M1`));
});

test("--json prints the findings with both languages and the counts", () => {
  const { code, out } = check(file("invalid.xlsx"), "--json", "--mode=entwurf");
  expect(code).toBe(1);
  const report = JSON.parse(out) as JsonReport;
  expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  expect(report.mode).toBe("entwurf");
  expect(report.findings[0]).toMatchObject({
    ruleId: "value-outside-scheme",
    measureId: "M1",
    measureTitle: "Titel M1",
  });
  expect(report.findings[0]!.message.en).toContain("Invalid value");
});

test("--lang en prints English", () => {
  const { out } = check(file("invalid.xlsx"), "--lang", "en");
  expect(out).toContain("Errors (1)");
  expect(out).toContain("1 error, 0 warnings, 0 notes");
});

test.each([
  [["--mode", "fertig", "x.xlsx"], "--mode"],
  [[], "Bitte eine .xlsx-Datei angeben"],
  [["a.xlsx", "b.xlsx"], "genau eine Datei"],
  [["--bogus", "a.xlsx"], "Unbekannte Option"],
])("usage error %p: exit 2 with a message", (args, message) => {
  const { code, err } = check(...args);
  expect(code).toBe(2);
  expect(err).toContain(message);
  expect(err).toContain("Aufruf: npm run check");
});

test.each([
  ["foreign.xlsx", "keine Zielbild-Arbeitsmappe"],
  ["text.xlsx", "keine Excel-Arbeitsmappe"],
  ["missing.xlsx", "Datei nicht gefunden"],
])("%s: exit 2 with a clear message", (name, message) => {
  const { code, err, out } = check(file(name));
  expect(code).toBe(2);
  expect(err).toContain(message);
  expect(out).toBe("");
});
