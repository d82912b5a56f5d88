/**
 * The department round trip on real files: a master and per-unit workbooks from the bundled catalogue,
 * filled with exceljs the way departments do it — own rows, a stray edit in another unit's row, an
 * invalid paste. Shared by the CLI tests and the LibreOffice acceptance test.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadCatalogue } from "../../src/catalogue/load";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureLocation } from "../../src/layout/plan";
import { allUnitWorkbooks, type UnitWorkbook } from "../../src/returns/unitWorkbooks";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { writeUnitWorkbooks } from "../../src/cli/returnsIo";

export const SEED = path.resolve(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");
export const BUILT_AT = "2025-03-01T09:00:00.000Z";

export async function seedCatalogue(): Promise<Catalogue> {
  return loadCatalogue(new Uint8Array(await fs.readFile(SEED)), SEED);
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "zielbild-returns-"));
}

export type Edit = {
  measureId: string;
  key: keyof MeasureLocation["inputColumns"] | "unit";
  value: string | number;
};

/** Writes values into a workbook file with exceljs, as a department (or Excel) would save it. */
export async function fillFile(
  file: string,
  locations: readonly MeasureLocation[],
  edits: readonly Edit[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const edit of edits) {
    const location = locations.find((l) => l.measureId === edit.measureId);
    if (!location) throw new Error(`no measure ${edit.measureId}`);
    const sheet = workbook.getWorksheet(location.sheetName)!;
    const column = edit.key === "unit" ? location.unitColumn : location.inputColumns[edit.key];
    sheet.getCell(`${column}${location.row}`).value = edit.value;
  }
  await workbook.xlsx.writeFile(file);
}

export interface Scenario {
  readonly dir: string;
  readonly catalogue: Catalogue;
  readonly master: string;
  readonly units: readonly UnitWorkbook[];
  readonly unitFiles: readonly string[];
  readonly ownerOf: ReadonlyMap<string, string | undefined>;
}

export async function writeScenario(): Promise<Scenario> {
  const dir = await tempDir();
  const catalogue = await seedCatalogue();
  const master = path.join(dir, "Hauptdatei.xlsx");
  await fs.writeFile(
    master,
    await writeXlsxBuffer(buildPlan(catalogue, { language: "de", builtAt: BUILT_AT })),
  );
  const units = allUnitWorkbooks(catalogue, { language: "de", builtAt: BUILT_AT });
  const unitFiles = await writeUnitWorkbooks(path.join(dir, "einheiten"), units);
  const ownerOf = new Map([...measureEntries(catalogue)].map((e) => [e.measure.id, e.measure.unit]));
  return { dir, catalogue, master, units, unitFiles, ownerOf };
}

export function ownMeasures(scenario: Scenario, unit: string): string[] {
  return [...scenario.ownerOf].filter(([, u]) => u === unit).map(([id]) => id);
}

export function unitFile(
  scenario: Scenario,
  unit: string,
): { file: string; locations: readonly MeasureLocation[] } {
  const index = scenario.units.findIndex((u) => u.unit === unit);
  return { file: scenario.unitFiles[index]!, locations: scenario.units[index]!.plan.measures };
}
