import fc from "fast-check";
import { parseRange } from "../../src/core/address";
import { HyperFormula } from "hyperformula";
import { MAX_FORMULA_LITERAL, SheetGrid, str } from "../../src/layout/sheetGrid";
import type { StyleKey } from "../../src/layout/styles";
import type { StyleRange } from "../../src/layout/plan";
import { textLiterals } from "./formulaText";

interface Call {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
  readonly style: StyleKey;
}

/** Row:column → the styles assigned to that cell, in the order they apply. */
function stylesPerCell(ranges: readonly StyleRange[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const { range, style } of ranges) {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let column = r.left; column <= r.right; column++) {
        const key = `${row}:${column}`;
        cells.set(key, [...(cells.get(key) ?? []), style]);
      }
  }
  return cells;
}

function gridOf(calls: readonly Call[]): SheetGrid {
  const grid = new SheetGrid("Test");
  for (const c of calls) grid.style(c.top, c.left, c.top + c.height, c.left + c.width, c.style);
  return grid;
}

const STYLES: StyleKey[] = ["input", "inputOther", "goalText", "locked"];

describe("SheetGrid style assignments", () => {
  it("gathers a column of per-row assignments into one range", () => {
    const grid = new SheetGrid("Test");
    for (let row = 7; row <= 2000; row++) {
      grid.style(row, 1, row, 1, "goalNumber");
      grid.style(row, 6, row, 11, "input");
    }
    expect(grid.styleRanges).toEqual([
      { range: "A7:A2000", style: "goalNumber" },
      { range: "F7:K2000", style: "input" },
    ]);
  });

  it("starts a new range where another style interrupts the column", () => {
    const grid = new SheetGrid("Test");
    grid.style(7, 6, 7, 11, "input");
    grid.style(8, 6, 8, 11, "inputOther");
    grid.style(9, 6, 9, 11, "input");
    expect(grid.styleRanges.map((r) => r.range)).toEqual(["F7:K7", "F8:K8", "F9:K9"]);
  });

  it("does not extend a range past an assignment that reaches further down in its columns", () => {
    const grid = new SheetGrid("Test");
    grid.style(5, 2, 5, 2, "goalText");
    grid.style(5, 1, 9, 3, "locked");
    grid.style(6, 2, 6, 2, "goalText");
    const styles = stylesPerCell(grid.styleRanges);
    expect(styles.get("6:2")).toEqual(["locked", "goalText"]);
  });

  it("gives every cell the same styles in the same order as one range per call would", () => {
    const call = fc.record({
      top: fc.integer({ min: 1, max: 12 }),
      left: fc.integer({ min: 1, max: 5 }),
      height: fc.integer({ min: 0, max: 2 }),
      width: fc.integer({ min: 0, max: 2 }),
      style: fc.constantFrom(...STYLES),
    });
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        const oneEach = calls.map((c) => ({
          range: `${"ABCDEFGH"[c.left - 1]}${c.top}:${"ABCDEFGH"[c.left + c.width - 1]}${c.top + c.height}`,
          style: c.style,
        }));
        const grid = gridOf(calls);
        expect(stylesPerCell(grid.styleRanges)).toEqual(stylesPerCell(oneEach));
        expect(grid.styleRanges.length).toBeLessThanOrEqual(calls.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("text literals in formulas", () => {
  const evaluate = (formula: string) => {
    const hf = HyperFormula.buildFromArray([[formula]], { licenseKey: "gpl-v3" });
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
    hf.destroy();
    return value;
  };

  // HyperFormula cannot parse "" inside a literal (Excel and LibreOffice can), so these texts have none.
  it.each(["a short text", "ä".repeat(300), "emoji 👍🏽 at every length ".repeat(40)])(
    "keeps every literal within Excel's 255 characters and computes the same text (%#)",
    (text) => {
      const formula = `=${str(text)}`;
      for (const literal of textLiterals(formula))
        expect(literal.length).toBeLessThanOrEqual(MAX_FORMULA_LITERAL);
      expect(evaluate(formula)).toBe(text);
    },
  );

  it("splits a long text with quotes between characters, each literal within 255 characters", () => {
    const text = `"${"Team „Süd“ ".repeat(20)}" ${'"'.repeat(150)} 👍🏽`;
    const literals = textLiterals(str(text));
    expect(literals.length).toBeGreaterThan(1);
    for (const literal of literals) expect(literal.length).toBeLessThanOrEqual(MAX_FORMULA_LITERAL);
    expect(literals.join("")).toBe(text);
  });

  it("refuses a formula Excel would refuse, naming sheet, row and column", () => {
    const grid = new SheetGrid("Übersicht");
    expect(() => grid.formula(3, 2, `=${"A1+".repeat(3000)}1`)).toThrow(
      /Blatt „Übersicht“, Zeile 3, Spalte 2: Formel mit 9002 Zeichen ist länger als die 8192 Zeichen/,
    );
  });
});
