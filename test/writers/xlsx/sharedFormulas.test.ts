import fc from "fast-check";
import { slideFormula } from "exceljs/lib/utils/shared-formula";
import { buildPlan } from "../../../src/layout/buildPlan";
import { cut, movesTo, SharedFormulas } from "../../../src/writers/xlsx/sharedFormulas";
import { promises as fs } from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../../../src/catalogue/load";

type Written = { formula?: string; sharedFormula?: string };

/** Feeds one column's formulas (row → formula) through a fresh SharedFormulas, column D. */
function column(formulas: Record<number, string>): Record<number, Written> {
  const shared = new SharedFormulas();
  const result: Record<number, Written> = {};
  for (const [row, formula] of Object.entries(formulas).map(([r, f]) => [Number(r), f] as const))
    result[row] = shared.value(row, 4, `D${row}`, formula) as Written;
  return result;
}

describe("shared formulas", () => {
  it("stores a filled-down formula once and lets the rows below point to it", () => {
    const written = column({
      5: 'IF(N5="ungültig","ungültig",F5)&IF(EXACT(G5,"P")," P","")',
      6: 'IF(N6="ungültig","ungültig",F6)&IF(EXACT(G6,"P")," P","")',
      7: 'IF(N7="ungültig","ungültig",F7)&IF(EXACT(G7,"P")," P","")',
    });
    expect(written[5]).toMatchObject({
      formula: 'IF(N5="ungültig","ungültig",F5)&IF(EXACT(G5,"P")," P","")',
    });
    expect(written[6]).toMatchObject({ sharedFormula: "D5" });
    expect(written[7]).toMatchObject({ sharedFormula: "D5" });
  });

  it("keeps absolute references fixed when it shares", () => {
    const written = column({
      5: "COUNTIF($F$5:$F$9,F5)",
      6: "COUNTIF($F$5:$F$9,F6)",
      7: "COUNTIF($F$6:$F$9,F7)",
    });
    expect(written[6]).toMatchObject({ sharedFormula: "D5" });
    // Row 7's range moved: not the same formula filled down, so it is written in full and starts anew.
    expect(written[7]).toEqual({ formula: "COUNTIF($F$6:$F$9,F7)", date1904: false });
  });

  it("writes in full a formula that is not the one above filled down", () => {
    const written = column({ 5: "F5*2", 6: "F6*3", 7: "F7*3" });
    expect(written[6]).toMatchObject({ formula: "F6*3" });
    expect(written[7]).toMatchObject({ sharedFormula: "D6" });
  });

  it("starts a new group after a row without a formula", () => {
    const written = column({ 5: "F5*2", 6: "F6*2", 8: "F8*2", 9: "F9*2" });
    expect(written[8]).toMatchObject({ formula: "F8*2" });
    expect(written[9]).toMatchObject({ sharedFormula: "D8" });
  });

  it("never shares a formula whose text literal looks like a reference (Excel would not move it)", () => {
    const written = column({ 5: 'F5&"B5"', 6: 'F6&"B6"', 7: 'F7&"B7"' });
    expect(Object.values(written).map((w) => w.sharedFormula)).toEqual([undefined, undefined, undefined]);
  });

  it("never shares a formula with a whole-row range (exceljs would not move it, Excel would)", () => {
    const written = column({ 5: "SUM(5:5)", 6: "SUM(5:5)" });
    expect(written[6]).toMatchObject({ formula: "SUM(5:5)" });
  });
});

/** exceljs reads a shared formula back by moving the first cell's formula; ours must agree exactly. */
function exceljsMove(formula: string, column: string, from: number, to: number): string {
  return slideFormula(formula, `${column}${from}`, `${column}${to}`);
}

describe("moving a formula down agrees with exceljs' reading of shared formulas", () => {
  const tricky = [
    'IF(N5="ungültig","ungültig",F5)&IF(EXACT(G5,"P")," P","")',
    "COUNTIF($F$5:$F$9,f5)+LOG10(A5)+SUM(Listen!$A$2:A5)",
    "'Feld 1'!B5+Feld_2!C$7+XFE5+ABCD12+A1048575",
    'OR(F5="",EXACT(F5,"hoch"))*ROW(A5)+$B5',
    '"text only"',
  ];

  it.each(tricky)("%s", (formula) => {
    const template = cut(formula);
    for (const offset of [0, 1, 7, 1000]) {
      const moved = exceljsMove(formula, "D", 5, 5 + offset);
      expect(movesTo(template, offset, moved)).toBe(true);
      expect(movesTo(template, offset, moved + " ")).toBe(false);
    }
  });

  it("agrees on every formula of the bundled workbook, moved down or not", async () => {
    const file = path.resolve(__dirname, "../../../seeds/konzept-migration-integration-2018-2022.json");
    const catalogue = await loadCatalogue(new Uint8Array(await fs.readFile(file)), file);
    const plan = buildPlan(catalogue, { language: "de", builtAt: "2024-01-01T00:00:00.000Z" });
    const formulas = plan.sheets.flatMap((sheet) =>
      sheet.blocks.flatMap((block) =>
        block.cells.flat().flatMap((cell) => (cell && "formula" in cell ? [cell.formula.slice(1)] : [])),
      ),
    );
    expect(formulas.length).toBeGreaterThan(250);
    fc.assert(
      fc.property(
        fc.constantFrom(...formulas),
        fc.constantFrom(...formulas),
        fc.integer({ min: 1, max: 50 }),
        (master, other, offset) => {
          const template = cut(master);
          const moved = exceljsMove(master, "D", 5, 5 + offset);
          expect(movesTo(template, offset, moved)).toBe(true);
          expect(movesTo(template, offset, other)).toBe(other === moved);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
