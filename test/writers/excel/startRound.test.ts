/**
 * Starting a round in the open workbook, through Microsoft's Office.js over the strict host: the inputs
 * are frozen into the Verlauf, the new round's workbook is written in the same run, the change marks and
 * the round chart are there, and a workbook with invalid entries is left untouched until confirmed.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import { COL_CHANGE, COL_PREVIOUS } from "../../../src/layout/fieldLayout";
import { columnLetter } from "../../../src/core/address";
import { ROUND_CHART_NAME } from "../../../src/layout/summarySheet";
import { readWorkbookWithIdentity } from "../../../src/writers/excel/readWorkbook";
import { startRoundInWorkbook } from "../../../src/writers/excel/startRound";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { readZielbildWorkbook } from "../../../src/returns/readWorkbook";
import { BUILT_AT, bundledCatalogue, useExcelHost } from "./helpers";

const host = useExcelHost();

const REQUEST = {
  label: "Sachstand 2025",
  date: "2025-06-30",
  clear: false,
  builtAt: "2025-06-30T09:00:00.000Z",
  confirmed: false,
};

async function builtWithRatings() {
  const catalogue = bundledCatalogue();
  const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  const [first, second] = plan.measures;
  host().type(first!.sheetName, `${first!.inputColumns.level}${first!.row}`, "gering");
  host().type(second!.sheetName, `${second!.inputColumns.level}${second!.row}`, "hoch");
  return { plan, first: first!, second: second! };
}

it("freezes the round into the Verlauf and writes the next round in one run", async () => {
  const { first } = await builtWithRatings();
  host().resetCounters();
  const result = await startRoundInWorkbook(REQUEST);
  expect(result.started).toBe(true);
  if (!result.started) return;
  expect(result.round).toEqual({ number: 2, label: "Sachstand 2025", date: "2025-06-30" });
  expect(result.closed.measures.find((m) => m.measureId === first.measureId)!.inputs.level).toBe("gering");
  const { snapshot } = await readWorkbookWithIdentity();
  const read = readZielbildWorkbook(snapshot);
  if ("error" in read) throw new Error(read.error);
  expect(read.workbook.meta.round?.label).toBe("Sachstand 2025");
  expect(read.workbook.history).toHaveLength(1);
  expect(read.workbook.inputs.get(first.measureId)?.level).toBe("gering");
  expect(host().state.sheets.map((s) => s.name)).toContain("Verlauf");
  expect(host().cell(first.sheetName, `${columnLetter(COL_PREVIOUS)}${first.row}`)?.formula).toMatch(
    /Verlauf/,
  );
  expect(host().cell(first.sheetName, `${columnLetter(COL_CHANGE)}${first.row}`)?.formula).toMatch(/^=IF\(/);
  const summary = host().sheet("Übersicht");
  expect(summary.charts.map((c) => c.name)).toContain(ROUND_CHART_NAME);
  expect(host().state.sheets.some((s) => s.name.startsWith("~zb-alt-"))).toBe(false);
});

it("leaves a workbook with invalid entries untouched until the user confirms", async () => {
  const { first } = await builtWithRatings();
  host().type(first.sheetName, `${first.inputColumns.level}${first.row}`, "sehr gut");
  const before = JSON.stringify(host().dump());
  const refused = await startRoundInWorkbook(REQUEST);
  expect(refused.started).toBe(false);
  if (refused.started) return;
  expect(refused.problem.kind).toBe("invalid");
  expect(JSON.stringify(host().dump())).toBe(before);
  const confirmed = await startRoundInWorkbook({ ...REQUEST, confirmed: true });
  expect(confirmed.started).toBe(true);
});
