/**
 * 150 action fields: the Übersicht's per-unit counts add up partial counts over batches of field sheets
 * (hidden columns), and the per-unit progress line reads the unit's row. LibreOffice must compute them
 * from a file whose cached values are poisoned.
 */
import { buildPlan } from "../../src/layout/buildPlan";
import { sheetByName, valueAt } from "../../src/layout/snapshot";
import { UNIT_COLUMNS } from "../../src/layout/summarySheet";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import { fixtureOptions, manyFieldsCatalogue, UNITS } from "../layout/fixtures";
import { fillAndPoison, formulaErrors, type Entry } from "./workbookFiles";

describe("LibreOffice computes a workbook with 150 action fields", () => {
  it("per-unit counts and the progress line, without a formula error", async () => {
    const catalogue = manyFieldsCatalogue(150);
    const unit = UNITS[0];
    const plan = buildPlan(catalogue, fixtureOptions({ unit }));
    const owned = new Set(
      catalogue.actionFields.flatMap((f) =>
        f.challenges.flatMap((c) =>
          c.goals.flatMap((g) => g.measures.filter((m) => m.unit === unit).map((m) => m.id)),
        ),
      ),
    );
    const mine = plan.measures.filter((m) => owned.has(m.measureId));
    const rated = mine.filter((_, i) => i % 3 === 0);
    const entries: Entry[] = rated.map((m) => ({
      sheet: m.sheetName,
      address: `${m.inputColumns.level}${m.row}`,
      value: "hoch",
    }));
    const filled = await fillAndPoison(await writeXlsxBuffer(plan), entries);
    const snapshot = await readXlsx(await convertWithLibreOffice(filled, "xlsx", "always"));
    expect(formulaErrors(snapshot)).toEqual([]);
    const summary = sheetByName(snapshot, plan.sheets.find((s) => s.role === "summary")!.name)!;
    expect(valueAt(summary, 3, 1)).toBe(
      `Ihre Maßnahmen (${unit}): ${rated.length} von ${mine.length} bewertet`,
    );
    const row = summary.values.findIndex((r) => r[0] === unit) + 1;
    expect(row).toBeGreaterThan(0);
    expect(valueAt(summary, row, UNIT_COLUMNS.measures)).toBe(mine.length);
    expect(valueAt(summary, row, UNIT_COLUMNS.rated)).toBe(rated.length);
    expect(valueAt(summary, row, UNIT_COLUMNS.open)).toBe(mine.length - rated.length);
  });
});
