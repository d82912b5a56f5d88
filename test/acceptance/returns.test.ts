/**
 * The department round trip in a real spreadsheet application: per-unit files filled with exceljs (own
 * rows, a stray edit in another unit's row, an invalid paste, a disagreeing second file), merged by the
 * CLI, every cached result poisoned, recalculated by LibreOffice — the summary must show exactly what
 * the merge took. And the annex PDF through LibreOffice.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { runAnnexCli } from "../../src/cli/annex";
import { runMergeCli } from "../../src/cli/merge";
import { label } from "../../src/layout/labels";
import { SUMMARY_COLUMNS, SUMMARY_FIRST_ROW } from "../../src/layout/summarySheet";
import { sheetByName, valueAt, type SheetSnapshot } from "../../src/layout/snapshot";
import { LEVELS } from "../../src/scheme/ratingScheme";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import { fillFile, ownMeasures, unitFile, writeScenario, type Scenario } from "../returns/departmentFiles";
import { fillAndPoison, formulaErrors, POISON } from "./workbookFiles";

const run = promisify(execFile);
const MZ = "Migrationszentrum";
const VHS = "VHS Osnabrücker Land";
const quiet = { out: () => undefined, err: (l: string) => console.error(l) };

function rowWithLabel(sheet: SheetSnapshot, text: string, below: number): number {
  for (let row = below + 1; row <= sheet.values.length; row++)
    if (valueAt(sheet, row, 1) === text) return row;
  throw new Error(`no row "${text}" below row ${below}`);
}

describe("merged returns, recalculated by LibreOffice", () => {
  let s: Scenario;
  let merged: string;

  beforeAll(async () => {
    s = await writeScenario();
    const mz = ownMeasures(s, MZ);
    const vhs = ownMeasures(s, VHS);
    const m = unitFile(s, MZ);
    await fillFile(m.file, m.locations, [
      { measureId: mz[0]!, key: "level", value: "hoch" },
      { measureId: mz[1]!, key: "level", value: "mittel" },
      { measureId: mz[2]!, key: "level", value: "gering" },
      { measureId: mz[3]!, key: "level", value: "unklar" },
      { measureId: mz[3]!, key: "weiterfuehrungsbedarf", value: "ja" },
      { measureId: mz[4]!, key: "level", value: "sehr gut" }, // invalid paste: refused
      { measureId: ownMeasures(s, "Bildungsmanagement")[0]!, key: "level", value: "hoch" }, // stray edit
    ]);
    const second = path.join(s.dir, "Migrationszentrum-zweite-Fassung.xlsx");
    await fs.copyFile(m.file, second);
    await fillFile(second, m.locations, [{ measureId: mz[1]!, key: "level", value: "hoch" }]); // disagrees
    const v = unitFile(s, VHS);
    await fillFile(
      v.file,
      v.locations,
      vhs.map((id) => ({ measureId: id, key: "level" as const, value: "hoch" })),
    );
    merged = path.join(s.dir, "Zusammengefuehrt.xlsx");
    expect(await runMergeCli([s.master, m.file, second, v.file, "--out", merged], quiet)).toBe(0);
  });

  it("shows in the summary exactly the ratings the merge took, no formula error", async () => {
    const poisoned = await fillAndPoison(new Uint8Array(await fs.readFile(merged)), []);
    const snapshot = await readXlsx(await convertWithLibreOffice(poisoned, "xlsx", "always"));
    expect(formulaErrors(snapshot)).toEqual([]);
    const summary = sheetByName(snapshot, label("summarySheet", "de"))!;
    const total = SUMMARY_FIRST_ROW + s.catalogue.actionFields.length;
    const at = (row: number, column: number) => valueAt(summary, row, column);
    // Taken: Migrationszentrum hoch, gering, unklar (mittel/hoch disagree, "sehr gut" refused); VHS hoch ×2.
    expect(
      [SUMMARY_COLUMNS.measures, SUMMARY_COLUMNS.rated, SUMMARY_COLUMNS.open, SUMMARY_COLUMNS.invalid].map(
        (c) => at(total, c),
      ),
    ).toEqual([s.ownerOf.size, 5, s.ownerOf.size - 5, 0]);
    expect(LEVELS.map((_, i) => at(total, SUMMARY_COLUMNS.level + i))).toEqual([3, 0, 1, 1]);
    const units = rowWithLabel(summary, label("perUnitHeading", "de"), total);
    const unitRow = (unit: string) => [2, 3, 4, 5].map((c) => at(rowWithLabel(summary, unit, units), c));
    expect(unitRow(MZ)).toEqual([ownMeasures(s, MZ).length, 3, ownMeasures(s, MZ).length - 3, 0]);
    expect(unitRow(VHS)).toEqual([2, 2, 0, 0]);
    expect(unitRow("Bildungsmanagement")).toEqual([1, 0, 1, 0]);
    expect(at(total, SUMMARY_COLUMNS.rated)).not.toBe(POISON);
  });

  it("prints the annex of the merged workbook as PDF through LibreOffice", async () => {
    const pdf = path.join(s.dir, "Anlage.pdf");
    expect(await runAnnexCli([merged, "--pdf", pdf], quiet)).toBe(0);
    const bytes = await fs.readFile(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
    const firstMeasure = s.catalogue.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.title;
    expect(stdout).toContain(firstMeasure);
    expect(stdout).toContain(s.catalogue.actionFields[8]!.name);
    expect(stdout).not.toContain(label("perUnitHeading", "de")); // the summary is not part of the annex
    expect(stdout).not.toMatch(/_Zielbild|catalogueChunks/);
  });
});
