/**
 * The writer's output in a real spreadsheet application, with a hand-written plan: LibreOffice must
 * recalculate the formulas (not show cached values) and compute the same counts as we do.
 */
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { sheetByName, valueAt } from "../../src/layout/snapshot";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import { FIELD_SHEET, FIRST_MEASURE_ROW, LEVEL_VALUES, fixturePlan } from "../writers/xlsx/fixturePlan";
import { fillAndPoison, formulaErrors, pick, POISON, random, type Entry } from "./workbookFiles";

const MEASURES = 60;
const INVALID = ["sehr gut", "x", 7];

function randomRatings(seed: number): {
  entries: Entry[];
  levels: (string | number | null)[];
  weiter: number;
} {
  const next = random(seed);
  const entries: Entry[] = [];
  const levels: (string | number | null)[] = [];
  let weiter = 0;
  for (let i = 0; i < MEASURES; i++) {
    const row = FIRST_MEASURE_ROW + i;
    const roll = next();
    const level = roll < 0.25 ? null : roll < 0.35 ? pick(next, INVALID) : pick(next, LEVEL_VALUES);
    levels.push(level);
    if (level !== null) entries.push({ sheet: FIELD_SHEET, address: `E${row}`, value: level });
    if (next() < 0.4) {
      entries.push({ sheet: FIELD_SHEET, address: `G${row}`, value: "ja" });
      weiter++;
    }
  }
  return { entries, levels, weiter };
}

function independentCount(levels: readonly (string | number | null)[]) {
  const perLevel = LEVEL_VALUES.map((v) => levels.filter((l) => l === v).length);
  const rated = perLevel.reduce((a, b) => a + b, 0);
  const open = levels.filter((l) => l === null).length;
  return { measures: levels.length, rated, open, invalid: levels.length - rated - open, perLevel };
}

describe("LibreOffice recalculates a written workbook (hand-written plan)", () => {
  it.each([1, 2, 3])("summary equals an independent count of random ratings, seed %i", async (seed) => {
    const { entries, levels, weiter } = randomRatings(seed);
    const filled = await fillAndPoison(await writeXlsxBuffer(fixturePlan({ measures: MEASURES })), entries);
    const snapshot = await readXlsx(await convertWithLibreOffice(filled, "xlsx", "always"));
    expect(formulaErrors(snapshot)).toEqual([]);
    const summary = sheetByName(snapshot, "Übersicht")!;
    const expected = independentCount(levels);
    expect([2, 3, 4, 5].map((row) => valueAt(summary, row, 2))).toEqual([
      expected.measures,
      expected.rated,
      expected.open,
      expected.invalid,
    ]);
    expect([6, 7, 8, 9].map((row) => valueAt(summary, row, 2))).toEqual(expected.perLevel);
    expect(valueAt(summary, 10, 2)).toBe(weiter);
    const field = sheetByName(snapshot, FIELD_SHEET)!;
    levels.forEach((level, i) => {
      const shown = valueAt(field, FIRST_MEASURE_ROW + i, 4);
      const expectedText =
        level === null ? "offen" : LEVEL_VALUES.includes(level as never) ? level : "ungültig";
      expect(String(shown).startsWith(String(expectedText))).toBe(true);
    });
  });

  it("shows the poisoned cached values when told not to recalculate (the control)", async () => {
    const { entries } = randomRatings(1);
    const filled = await fillAndPoison(await writeXlsxBuffer(fixturePlan({ measures: MEASURES })), entries);
    const snapshot = await readXlsx(await convertWithLibreOffice(filled, "xlsx", "never"));
    const summary = sheetByName(snapshot, "Übersicht")!;
    expect(valueAt(summary, 2, 2)).toBe(POISON);
    expect(valueAt(summary, 3, 2)).toBe(POISON);
  });
});
