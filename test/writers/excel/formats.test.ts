/**
 * What the Office.js build draws, cell by cell, is what the plan's style ranges say (later ranges win,
 * property by property): fill, bold, wrap, and a thin line on all four sides of every bordered cell and on
 * no side of any other. The writer groups cells into multi-area ranges and joins bordered blocks into larger
 * rectangles; this holds it to the plan, on a catalogue with many challenge headings (3× the bundled one).
 */
import { parseRange, cellAddress } from "../../../src/core/address";
import { buildPlan } from "../../../src/layout/buildPlan";
import type { CellStyle, SheetPlan } from "../../../src/layout/plan";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { coveringRectangles } from "../../../src/writers/excel/styleOperations";
import { repeatedCatalogue } from "../../fakes/repeatedCatalogue";
import { MAX_COLUMNS, type CellFormat } from "../../excel-host/state";
import { BUILT_AT, bundledCatalogue, useExcelHost } from "./helpers";

const fake = useExcelHost();

/** A cell's look as the host holds it, with its lock and its one border colour on all four sides. */
type Expected = Omit<CellFormat, "borders"> & { locked?: boolean; border?: string };

/** Office.js's names for the plan's alignments (Excel.HorizontalAlignment, Excel.VerticalAlignment). */
const HORIZONTAL = {
  left: "Left",
  center: "Center",
  right: "Right",
  centerContinuous: "CenterAcrossSelection",
};
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" };

/** The plan's look of every styled cell, composed in plan order. */
function expectedLooks(sheet: SheetPlan, styles: Record<string, CellStyle>): Map<string, Expected> {
  const looks = new Map<string, Expected>();
  for (const { range, style: name } of sheet.styleRanges) {
    const style = styles[name]!;
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let column = r.left; column <= r.right; column++) {
        const key = cellAddress(row, column);
        const look = looks.get(key) ?? {};
        if (style.fill !== undefined) look.fill = `#${style.fill}`;
        if (style.font?.bold !== undefined) look.bold = style.font.bold;
        if (style.font?.italic !== undefined) look.italic = style.font.italic;
        if (style.font?.size !== undefined) look.fontSize = style.font.size;
        if (style.font?.color !== undefined) look.fontColor = `#${style.font.color}`;
        if (style.font?.name !== undefined) look.fontName = style.font.name;
        if (style.horizontal !== undefined) look.horizontal = HORIZONTAL[style.horizontal];
        if (style.vertical !== undefined) look.vertical = VERTICAL[style.vertical];
        if (style.wrap !== undefined) look.wrap = style.wrap;
        if (style.locked !== undefined) look.locked = style.locked;
        if (style.border !== undefined) look.border = `#${style.border}`;
        looks.set(key, look);
      }
  }
  return looks;
}

it.each([
  ["3× bundled", () => repeatedCatalogue(bundledCatalogue(), 3), undefined],
  ["per unit", () => bundledCatalogue(), "Migrationszentrum"],
])(
  "every cell of every sheet has the plan's look and borders on all four sides (%s)",
  async (_, catalogue, unit) => {
    const plan = buildPlan(catalogue(), { language: "de", builtAt: BUILT_AT, ...(unit ? { unit } : {}) });
    await writePlanToWorkbook(plan);
    let bordered = 0;
    for (const sheet of plan.sheets) {
      const looks = expectedLooks(sheet, plan.styles);
      const hostSheet = fake().sheet(sheet.name);
      const keys = new Set([...looks.keys()]);
      for (const key of hostSheet.cells.keys()) {
        const row = Math.floor(key / (MAX_COLUMNS + 1));
        keys.add(cellAddress(row, key - row * (MAX_COLUMNS + 1)));
      }
      for (const key of keys) {
        const want = looks.get(key) ?? {};
        const cell = fake().cell(sheet.name, key);
        const format = cell?.format ?? {};
        const sides = ["top", "bottom", "left", "right"].map((side) => format.borders?.[side]?.color);
        const got = {
          at: `${sheet.name}!${key}`,
          fill: format.fill,
          bold: format.bold,
          italic: format.italic,
          fontSize: format.fontSize,
          fontColor: format.fontColor,
          fontName: format.fontName,
          horizontal: format.horizontal,
          vertical: format.vertical,
          wrap: format.wrap,
          locked: cell?.locked ?? true,
          sides,
        };
        const border = want.border;
        expect(got).toEqual({
          at: `${sheet.name}!${key}`,
          fill: want.fill,
          bold: want.bold,
          italic: want.italic,
          fontSize: want.fontSize,
          fontColor: want.fontColor,
          fontName: want.fontName,
          horizontal: want.horizontal,
          vertical: want.vertical,
          wrap: want.wrap,
          locked: want.locked ?? true,
          sides: [border, border, border, border],
        });
        if (border) bordered++;
      }
    }
    expect(bordered).toBeGreaterThan(1000);
  },
);

describe("coveringRectangles", () => {
  it("joins blocks that tile a rectangle and keeps apart what does not touch", () => {
    expect(coveringRectangles(["A5:D5", "A6:A8", "B6:C8", "D6:D8", "A9:D9"])).toEqual(["A5:D9"]);
    expect(coveringRectangles(["A1:B2", "A4:B4", "D1"])).toEqual(["A1:B2", "A4:B4", "D1"]);
    expect(coveringRectangles(["A1:A3", "B2:B3"])).toEqual(["A1:A3", "B2:B3"]);
  });
});
