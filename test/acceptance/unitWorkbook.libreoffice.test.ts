/**
 * A per-unit workbook for a unit whose name is longer than a formula's text literal may be, with quotes:
 * LibreOffice must compute the unit's progress line from the joined literals (HyperFormula cannot parse
 * "" inside a literal, so only a real spreadsheet application can check this).
 */
import { sheetByName, valueAt } from "../../src/layout/snapshot";
import { FIELD_PROGRESS_ROW } from "../../src/layout/fieldLayout";
import { unitWorkbook } from "../../src/returns/unitWorkbooks";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import { catalogueWithUnitRenamed, fixtureOptions, UNITS } from "../layout/fixtures";
import { fillAndPoison, formulaErrors, type Entry } from "./workbookFiles";

// Quotes just where a literal of 255 characters ends: a cut between the two halves of "" would show.
const LONG_UNIT = `Stabsstelle ${"x".repeat(238)}""""" Süd ${"und „Teilhabe“ ".repeat(5)}(Team "Nord")`;

describe("LibreOffice computes a per-unit workbook for a unit with a long name in quotes", () => {
  it("shows the unit's progress, with the name intact, and no formula error", async () => {
    expect(LONG_UNIT.length).toBeGreaterThan(300);
    const { catalogue, ids } = catalogueWithUnitRenamed(UNITS[0], LONG_UNIT);
    const { plan } = unitWorkbook(catalogue, LONG_UNIT, fixtureOptions());
    const own = plan.measures.filter((m) => ids.has(m.measureId));
    expect(own.length).toBeGreaterThan(1);
    const rated = own[0]!;
    const entries: Entry[] = [
      { sheet: rated.sheetName, address: `${rated.inputColumns.level}${rated.row}`, value: "hoch" },
    ];
    const filled = await fillAndPoison(await writeXlsxBuffer(plan), entries);
    const snapshot = await readXlsx(await convertWithLibreOffice(filled, "xlsx", "always"));
    expect(formulaErrors(snapshot)).toEqual([]);
    const summary = sheetByName(snapshot, plan.sheets.find((s) => s.role === "summary")!.name)!;
    expect(valueAt(summary, 3, 1)).toBe(`Ihre Maßnahmen (${LONG_UNIT}): 1 von ${own.length} bewertet`);
    const field = sheetByName(snapshot, rated.sheetName)!;
    expect(String(valueAt(field, FIELD_PROGRESS_ROW, 2))).toContain(`(${LONG_UNIT}): 1 von `);
  });
});
