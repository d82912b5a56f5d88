/**
 * Protection as written, read back: every sheet protected, and exactly the input cells unlocked — the
 * rating fields and the unit of every measure in the full workbook; in a per-unit workbook only that
 * unit's rating fields. The expected cells come from the catalogue and the measure locations, not from
 * the plan's styles. Both writers: the .xlsx (readXlsxDetails) and the open workbook (Office.js fake).
 * LibreOffice's view: test/acceptance/hostile.libreoffice.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCatalogueJson } from "../../src/catalogue/readJson";
import type { Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { PlanOptions } from "../../src/layout/plan";
import { readXlsxDetails } from "../writers/xlsx/readXlsxDetails";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { writtenInFreshHost } from "../writers/excel/helpers";
import { cellAddress } from "../../src/core/address";
import { baseCatalogue, BUILT_AT } from "../fixtures/hostile/workbooks";
import { expectedInputCells } from "../fixtures/hostile/inputCells";
import { MAX_COLUMNS } from "../excel-host/state";

jest.setTimeout(120_000);

const SEED = path.resolve(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");
const bundled = (): Catalogue => parseCatalogueJson(readFileSync(SEED, "utf8"), "seed");

const CASES: [string, () => Catalogue, Partial<PlanOptions>][] = [
  ["hostile base catalogue", baseCatalogue, {}],
  ["bundled catalogue (89 goals), with password", bundled, { password: "geheim" }],
  ["per-unit workbook (Jobcenter)", baseCatalogue, { unit: "Jobcenter" }],
];

describe.each(CASES)("%s", (_, catalogue, extra) => {
  const source = catalogue();
  const plan = buildPlan(source, { language: "de", builtAt: BUILT_AT, ...extra });
  const expected = expectedInputCells(plan, source, extra.unit);

  it("the .xlsx: every sheet protected, only the input cells unlocked", async () => {
    expect(expected.length).toBeGreaterThan(0);
    const details = await readXlsxDetails(await writeXlsxBuffer(plan));
    expect(details.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const sheet of details.sheets) {
      expect(sheet.protection).toMatchObject({ sheet: true, hasPassword: extra.password !== undefined });
      expect(sheet.protection).toMatchObject({ sort: false, autoFilter: false });
    }
    const unlocked = details.sheets.flatMap((s) => [...s.unlockedCells].map((cell) => `${s.name}!${cell}`));
    expect(unlocked.sort()).toEqual(expected);
  });

  it("the open workbook (Office.js): every sheet protected, only the input cells unlocked", async () => {
    const fake = await writtenInFreshHost(plan);
    const unlocked: string[] = [];
    for (const sheet of fake.state.sheets) {
      expect(sheet.protection.protected).toBe(true);
      for (const [key, cell] of sheet.cells)
        if (!cell.locked) unlocked.push(`${sheet.name}!${addressOfKey(key)}`);
    }
    expect(unlocked.sort()).toEqual(expected);
  });
});

/** The inverse of the fake's cellKey (row * (MAX_COLUMNS + 1) + column). */
function addressOfKey(key: number): string {
  const width = MAX_COLUMNS + 1;
  return cellAddress(Math.floor(key / width), key % width);
}
