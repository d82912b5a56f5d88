/** The task pane's entry points: chart, selecting a cell, following changes. */
import { excelWorkbook } from "../../../src/writers/excel";
import { CHART_NAME } from "../../../src/writers/excel/chart";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, bundledCatalogue, useExcelHost } from "./helpers";
import { buildPlan } from "../../../src/layout/buildPlan";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { FIRST_SHEET } from "../../excel-host";
import { cellAt } from "../../excel-host/state";
import { parseRange } from "../../../src/core/address";

const fake = useExcelHost();

it("puts a stacked bar chart of the level counts per field on the summary sheet", async () => {
  await excelWorkbook.build(syntheticCatalogue(), { language: "de", builtAt: BUILT_AT });
  const summary = fake().state.sheets[0]!;
  expect(summary.charts).toHaveLength(1);
  const chart = summary.charts[0]!;
  expect(chart).toMatchObject({
    type: "BarStacked",
    name: CHART_NAME,
    title: "Zielerreichungsgrad je Handlungsfeld",
  });
  // Header row holds the four level names, one row per action field below it.
  const header = [...Array(4).keys()].map(
    (i) => summary.cells.get(chart.source.top * 16_385 + chart.source.left + i)?.constant,
  );
  expect(header).toEqual(["hoch", "mittel", "gering", "unklar"]);
  expect(chart.source.bottom - chart.source.top).toBe(9);
  expect(chart.categories).toMatchObject({
    top: chart.source.top + 1,
    bottom: chart.source.bottom,
    left: 1,
    right: 1,
  });
  expect(parseRange(chart.position!.start).top).toBeGreaterThan(chart.source.bottom);
});

it("selects a cell on its sheet", async () => {
  await excelWorkbook.build(syntheticCatalogue(), { language: "de", builtAt: BUILT_AT });
  const target = fake().state.sheets[2]!;
  await excelWorkbook.selectCell(target.name, "F7");
  expect(fake().state.activeSheetId).toBe(target.id);
  expect(fake().state.selection).toEqual({ sheetId: target.id, address: "F7" });
  await expect(excelWorkbook.selectCell("Gibt es nicht", "A1")).rejects.toMatchObject({
    code: "ItemNotFound",
  });
});

it("reports sheet changes until unsubscribed", async () => {
  await excelWorkbook.build(syntheticCatalogue(), { language: "de", builtAt: BUILT_AT });
  const seen: string[] = [];
  const stop = await excelWorkbook.onSheetsChanged((change) => seen.push(change.address));
  await fake().emitChanged(fake().state.sheets[1]!.name, "F5");
  await stop();
  await fake().emitChanged(fake().state.sheets[1]!.name, "F6");
  expect(seen).toEqual(["F5"]);
});

describe("a new, blank workbook", () => {
  it("keeps no empty Tabelle1 beside the overview", async () => {
    const plan = buildPlan(bundledCatalogue(), { language: "de", builtAt: BUILT_AT });
    await writePlanToWorkbook(plan);
    expect(fake().state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("keeps every sheet of a workbook that holds anything, even formatting only", async () => {
    cellAt(fake().sheet(FIRST_SHEET), 3, 2).format.fill = "#FFFF00";
    const plan = buildPlan(bundledCatalogue(), { language: "de", builtAt: BUILT_AT });
    await writePlanToWorkbook(plan);
    expect(fake().state.sheets.map((s) => s.name)).toEqual([...plan.sheets.map((s) => s.name), FIRST_SHEET]);
  });
});
