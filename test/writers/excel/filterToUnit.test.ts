/**
 * Filtering to a unit: the AutoFilter's range starts at the table's header row (the column titles), because
 * Excel takes the first row of the range as the header — its dropdowns sit there and it is never hidden.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import { FIELD_FIRST_ROW, FIELD_HEADER_ROW } from "../../../src/layout/fieldLayout";
import { label } from "../../../src/layout/labels";
import { excelWorkbook } from "../../../src/writers/excel";
import { decodeIdentity, encodeIdentity } from "../../../src/writers/excel/meta";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, useExcelHost } from "./helpers";

const fake = useExcelHost();
const catalogue = syntheticCatalogue();
const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
const unit = String(catalogue.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.unit);
const fieldSheets = plan.sheets.filter((s) => s.role === "field");

/** The 1-based first and last row of an A1 range, with or without sheet name and `$`. */
function rowsOf(range: string): [number, number] {
  const rows = [...range.replace(/^.*!/, "").matchAll(/\$?[A-Z]+\$?(\d+)/g)].map((m) => Number(m[1]));
  return [rows[0]!, rows[rows.length - 1]!];
}

function lastMeasureRow(sheetName: string): number {
  return Math.max(...plan.measures.filter((m) => m.sheetName === sheetName).map((m) => m.row));
}

it("filters every field sheet on a range whose first row is the header row of column titles", async () => {
  await writePlanToWorkbook(plan);
  expect(await excelWorkbook.filterToUnit(unit)).toBe(fieldSheets.length);
  for (const sheet of fieldSheets) {
    const filter = fake().sheet(sheet.name).autoFilter;
    expect(filter).not.toBeNull();
    const [first, last] = rowsOf(filter!.range);
    expect(first).toBe(FIELD_HEADER_ROW);
    expect(last).toBe(lastMeasureRow(sheet.name));
    // What Excel will treat as the header: the column titles, not a challenge heading.
    expect(fake().cell(sheet.name, `A${first}`)?.constant).toBe(label("goal", "de"));
    expect(fake().cell(sheet.name, `B${first}`)?.constant).toBe(label("challengeAndGoal", "de"));
    // The first challenge heading is the first data row.
    const heading = catalogue.actionFields[fieldSheets.indexOf(sheet)]!.challenges[0]!.title;
    const headingCells = ["A", "B"].map((c) => fake().cell(sheet.name, `${c}${FIELD_FIRST_ROW}`)?.constant);
    expect(headingCells).toContain(heading);
    expect(filter!.criteria).toEqual({ filterOn: "Values", values: [unit] });
  }
  await excelWorkbook.filterToUnit(undefined);
  for (const sheet of fieldSheets) expect(fake().sheet(sheet.name).autoFilter).toBeNull();
});

it("a workbook whose stored identity predates headerRow still filters from the header row", async () => {
  await writePlanToWorkbook(plan);
  // Rewrite the stored identity as older builds wrote it: no headerRow, firstRow = first challenge heading.
  const part = fake().state.customXmlParts.find((p) => decodeIdentity(p.xml) !== undefined)!;
  const identity = decodeIdentity(part.xml)!;
  const old = {
    ...identity,
    sheets: identity.sheets.map((s) => {
      if (!s.table) return s;
      const { headerRow, ...table } = s.table;
      void headerRow;
      return { ...s, table: { ...table, firstRow: FIELD_FIRST_ROW } };
    }),
  };
  part.xml = encodeIdentity(old);
  await excelWorkbook.filterToUnit(unit);
  for (const sheet of fieldSheets)
    expect(rowsOf(fake().sheet(sheet.name).autoFilter!.range)[0]).toBe(FIELD_HEADER_ROW);
});

it("a workbook written by the CLI (no identity part, only its _Zielbild sheet) filters the same tables", async () => {
  await writePlanToWorkbook(plan);
  // exceljs writes no custom XML part: what the Office.js build stores besides the meta sheet goes.
  fake().state.customXmlParts.length = 0;
  expect(await excelWorkbook.filterToUnit(unit)).toBe(fieldSheets.length);
  for (const sheet of fieldSheets) {
    const filter = fake().sheet(sheet.name).autoFilter;
    expect(filter && rowsOf(filter.range)).toEqual([FIELD_HEADER_ROW, lastMeasureRow(sheet.name)]);
    expect(filter!.criteria).toEqual({ filterOn: "Values", values: [unit] });
  }
  await excelWorkbook.filterToUnit(undefined);
  for (const sheet of fieldSheets) expect(fake().sheet(sheet.name).autoFilter).toBeNull();
});

it("a workbook built without a password keeps none after filtering with a password set in the pane", async () => {
  await writePlanToWorkbook(plan);
  await excelWorkbook.filterToUnit(unit, "im-Bereich-gesetzt");
  await excelWorkbook.filterToUnit(undefined, "im-Bereich-gesetzt");
  for (const sheet of fieldSheets)
    expect({ sheet: sheet.name, ...fake().sheet(sheet.name).protection }).toMatchObject({
      sheet: sheet.name,
      protected: true,
      password: undefined,
    });
});

it("a workbook built with a password is protected again with it", async () => {
  await writePlanToWorkbook(buildPlan(catalogue, { language: "de", builtAt: BUILT_AT, password: "geheim" }));
  await excelWorkbook.filterToUnit(unit, "geheim");
  for (const sheet of fieldSheets)
    expect(fake().sheet(sheet.name).protection).toMatchObject({ protected: true, password: "geheim" });
});
