import { measureEntries } from "../../src/catalogue/model";
import { parseRange } from "../../src/core/address";
import { FIELD_PROGRESS_ROW } from "../../src/layout/fieldLayout";
import type { SheetPlan, WorkbookPlan } from "../../src/layout/plan";
import {
  allUnitWorkbooks,
  unitFileName,
  unitWorkbook,
  UnknownUnitError,
  unitsOf,
} from "../../src/returns/unitWorkbooks";
import { catalogueWithUnitRenamed, fixtureCatalogue, fixtureOptions, UNITS } from "../layout/fixtures";
import { textLiterals } from "../layout/formulaText";
import { loadPlan, valueOf } from "../layout/engine";

/** The style names that apply to a cell, in the order the writers apply them (later wins). */
function stylesAt(sheet: SheetPlan, row: number, column: number): string[] {
  return sheet.styleRanges
    .filter((s) => {
      const r = parseRange(s.range);
      return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
    })
    .map((s) => s.style);
}

function lockedAt(plan: WorkbookPlan, sheet: SheetPlan, address: { row: number; column: number }): boolean {
  const styles = stylesAt(sheet, address.row, address.column).map((s) => plan.styles[s]!);
  return styles.reduce<boolean>((locked, style) => style.locked ?? locked, true);
}

describe("per-unit workbooks", () => {
  const catalogue = fixtureCatalogue();
  const options = fixtureOptions();
  const unitOfMeasure = new Map([...measureEntries(catalogue)].map((e) => [e.measure.id, e.measure.unit]));

  it("unlocks exactly the unit's own input cells and marks the other rows", () => {
    const { plan, measures } = unitWorkbook(catalogue, UNITS[0], options);
    expect(plan.meta.unit).toBe(UNITS[0]);
    expect(measures).toBe([...unitOfMeasure.values()].filter((u) => u === UNITS[0]).length);
    for (const location of plan.measures) {
      const sheet = plan.sheets.find((s) => s.name === location.sheetName)!;
      const own = unitOfMeasure.get(location.measureId) === UNITS[0];
      for (const column of Object.values(location.inputColumns)) {
        const cell = parseRange(`${column}${location.row}`);
        expect(lockedAt(plan, sheet, { row: location.row, column: cell.left })).toBe(!own);
      }
      expect(stylesAt(sheet, location.row, parseRange(`${location.unitColumn}1`).left)).not.toContain(
        "unitInput",
      );
      expect(sheet.protection.protected).toBe(true);
    }
  });

  it("shows the unit's progress at the top of the summary and of each field sheet, computed by a real engine", () => {
    const { plan } = unitWorkbook(catalogue, UNITS[2], options);
    const own = plan.measures.filter((m) => unitOfMeasure.get(m.measureId) === UNITS[2]);
    const rated = own.slice(0, 2);
    const entries = new Map<string, Map<string, string>>();
    for (const m of rated) {
      const sheetEntries = entries.get(m.sheetName) ?? new Map<string, string>();
      sheetEntries.set(`${m.inputColumns.level}${m.row}`, "hoch");
      entries.set(m.sheetName, sheetEntries);
    }
    const hf = loadPlan(plan, entries);
    const summary = plan.sheets.find((s) => s.role === "summary")!;
    expect(String(valueOf(hf, summary.name, "A3"))).toMatch(
      new RegExp(`\\(${UNITS[2]}\\): 2 .* ${own.length} `),
    );
    const firstSheet = own[0]!.sheetName;
    const ownOnSheet = own.filter((m) => m.sheetName === firstSheet);
    const ratedOnSheet = rated.filter((m) => m.sheetName === firstSheet).length;
    expect(String(valueOf(hf, firstSheet, `B${FIELD_PROGRESS_ROW}`))).toMatch(
      new RegExp(`: ${ratedOnSheet} .* ${ownOnSheet.length} `),
    );
  });

  it("shows the progress of a unit whose name is longer than a formula's text literal may be", () => {
    const long = `Fachbereich „Integration“ ${"und Teilhabe ".repeat(25)}(Stabsstelle)`;
    expect(long.length).toBeGreaterThan(300);
    const { catalogue: renamed } = catalogueWithUnitRenamed(UNITS[0], long);
    const { plan } = unitWorkbook(renamed, long, options);
    for (const sheet of plan.sheets)
      for (const cells of sheet.blocks.flatMap((b) => b.cells))
        for (const cell of cells)
          if (cell && "formula" in cell)
            for (const literal of textLiterals(cell.formula)) expect(literal.length).toBeLessThanOrEqual(255);
    const own = plan.measures.filter((m) => unitOfMeasure.get(m.measureId) === UNITS[0]);
    const hf = loadPlan(plan);
    const summary = plan.sheets.find((s) => s.role === "summary")!;
    expect(String(valueOf(hf, summary.name, "A3"))).toBe(
      `Ihre Maßnahmen (${long}): 0 von ${own.length} bewertet`,
    );
  });

  it("builds one file per unit with distinct safe names, and refuses a unit without measures", () => {
    const all = allUnitWorkbooks(catalogue, options);
    expect(all.map((w) => w.unit)).toEqual([...unitsOf(catalogue, options).keys()]);
    expect(new Set(all.map((w) => w.fileName.toLowerCase())).size).toBe(all.length);
    expect(all.find((w) => w.unit === "Amt für Wohnen*")!.fileName).toBe("Bewertung - Amt für Wohnen_.xlsx");
    expect(() => unitWorkbook(catalogue, "Gibt es nicht", options)).toThrow(UnknownUnitError);
    expect(() => unitWorkbook(catalogue, "Gibt es nicht", options)).toThrow(
      /Vorhandene Einheiten: „Amt für Wohnen\*“/,
    );
  });

  it.each([
    ["a/b\\c:d", "Bewertung - a_b_c_d.xlsx"],
    ["  ..Team..  ", "Bewertung - Team.xlsx"],
    ["CON", "Bewertung - CON_.xlsx"],
    ["Amt\tNord\n\u0001", "Bewertung - Amt Nord _.xlsx"],
    ["???", "Bewertung - Einheit.xlsx"],
    ["x".repeat(200), `Bewertung - ${"x".repeat(80)}.xlsx`],
  ])("file name for %j is %j", (unit, expected) => {
    expect(unitFileName(unit)).toBe(expected);
  });

  it("keeps names apart that only differ in case or forbidden characters", () => {
    const catalogue2 = {
      ...catalogue,
      actionFields: catalogue.actionFields.map((f, i) =>
        i > 0
          ? f
          : {
              ...f,
              challenges: f.challenges.map((c) => ({
                ...c,
                goals: c.goals.map((g, j) => ({
                  ...g,
                  measures: g.measures.map((m) => ({ ...m, unit: j === 0 ? "Amt: A" : "Amt? A" })),
                })),
              })),
            },
      ),
    };
    const names = allUnitWorkbooks(catalogue2, options).map((w) => w.fileName);
    expect(names).toContain("Bewertung - Amt_ A.xlsx");
    expect(names).toContain("Bewertung - Amt_ A (2).xlsx");
  });
});
