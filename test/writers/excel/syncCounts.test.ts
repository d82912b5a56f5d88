/** Round trips are the cost: syncs per build, and the payload of every sync, at 1×, 10× and 100×. */
import { buildPlan } from "../../../src/layout/buildPlan";
import type { WorkbookPlan } from "../../../src/layout/plan";
import { PAYLOAD_BUDGET_BYTES } from "../../../src/writers/excel/batch";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { joinWithin } from "../../../src/writers/excel/areas";
import type { ExcelHost } from "../../excel-host";
import { summarize } from "../../../src/catalogue/model";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, bundledCatalogue, useExcelHost, writtenInFreshHost } from "./helpers";

const fake = useExcelHost();
const FOUR_MB = 4_000_000;

function expectEverySyncUnderBudget() {
  for (const sync of fake().syncs) {
    expect(sync.failed).toBeUndefined();
    expect(sync.bytes).toBeLessThanOrEqual(FOUR_MB);
  }
}

it("builds the bundled catalogue in at most 4 syncs, with calculation suspended while writing", async () => {
  const catalogue = bundledCatalogue();
  expect(summarize(catalogue).goals).toBeGreaterThanOrEqual(89);
  const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
  const result = await writePlanToWorkbook(plan);
  expect(fake().syncs.length).toBeLessThanOrEqual(4);
  expect(result.syncs).toBe(fake().syncs.length);
  expectEverySyncUnderBudget();
  const writing = fake().syncs.slice(1, -1);
  expect(writing.length).toBeGreaterThan(0);
  for (const sync of writing) expect(sync.calculationSuspended).toBe(true);
  expect(fake().state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  // …and the last sync calculates the workbook fully, which suspension leaves to the add-in.
  expect(fake().syncs.at(-1)!.calculationSuspended).toBe(false);
  expect(fake().state.calculationPending).toBe(false);
});

it("rebuilding over an existing build costs the same number of syncs", async () => {
  const plan = buildPlan(bundledCatalogue(), { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  fake().resetCounters();
  await writePlanToWorkbook(plan);
  expect(fake().syncs.length).toBeLessThanOrEqual(4);
  expect(fake().state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  expect(fake().state.calculationPending).toBe(false);
});

describe.each([1, 10, 100])("synthetic catalogue at %i×", (scale) => {
  it("grows by one sync per ~4 MB of payload only", async () => {
    const catalogue = syntheticCatalogue({ scale });
    const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
    await writePlanToWorkbook(plan);
    expectEverySyncUnderBudget();
    const syncs = fake().syncs;
    const total = syncs.reduce((sum, s) => sum + s.bytes, 0);
    // inspect + commit + the write syncs; the writes never need more than one sync per budget, plus one
    // for the remainder, plus one for a cut that leaves a chunk under-full.
    const writeSyncs = syncs.length - 2;
    expect(writeSyncs).toBeLessThanOrEqual(Math.ceil(total / PAYLOAD_BUDGET_BYTES) + 1);
    if (scale === 1) expect(syncs.length).toBeLessThanOrEqual(4);
    if (scale === 100) expect(writeSyncs).toBeGreaterThan(1);
    console.log(
      `${scale}×: ${summarize(catalogue).measures} Maßnahmen, ${syncs.length} syncs, ${(total / 1e6).toFixed(1)} MB`,
    );
  }, 600_000);
});

/** A fresh fake per build (not the shared one), so each count is that of a first build. */
async function buildInFreshFake(plan: WorkbookPlan): Promise<ExcelHost> {
  const own = await writtenInFreshHost(plan);
  for (const sync of own.syncs) expect(sync.failed).toBeUndefined();
  return own;
}

/** Rows (first few per sheet) whose height in the fake differs from the plan's. */
function wrongRowHeights(built: ExcelHost, plan: WorkbookPlan): Record<string, number[]> {
  const wrong: Record<string, number[]> = {};
  for (const sheet of plan.sheets) {
    const heights = built.sheet(sheet.name).rowHeights;
    const rows = sheet.rows.filter((row) => heights.get(row.index) !== row.height).map((r) => r.index);
    if (rows.length > 0) wrong[sheet.name] = rows.slice(0, 5);
  }
  return wrong;
}

it("proxy calls grow with sheets and sections, not with cells: 10× and 100× stay within 2× of 1×", async () => {
  const calls: Record<number, number> = {};
  for (const scale of [1, 10, 100]) {
    const plan = buildPlan(syntheticCatalogue({ scale }), { language: "de", builtAt: BUILT_AT });
    const built = await buildInFreshFake(plan);
    expect({ scale, wrong: wrongRowHeights(built, plan) }).toEqual({ scale, wrong: {} });
    calls[scale] = built.actions;
  }
  console.log(`proxy calls 1×/10×/100×: ${calls[1]} / ${calls[10]} / ${calls[100]}`);
  expect(calls[10]).toBeLessThanOrEqual(2 * calls[1]!);
  expect(calls[100]).toBeLessThanOrEqual(2 * calls[1]!);
}, 600_000);

it("joins row areas into addresses no longer than the limit, keeping every area once and in order", () => {
  const areas = Array.from({ length: 2_000 }, (_, i) => `${3 * i + 1}:${3 * i + 2}`);
  const joined = joinWithin(areas, 4_000);
  expect(joined.length).toBeGreaterThan(1);
  for (const address of joined) expect(address.length).toBeLessThanOrEqual(4_000);
  expect(joined.join(",").split(",")).toEqual(areas);
});

it("alternating row heights (6,000 one-row areas) cost a few getRanges calls that Excel accepts", async () => {
  const plan = buildPlan(bundledCatalogue(), { language: "de", builtAt: BUILT_AT });
  const [first, ...rest] = plan.sheets;
  const rows = Array.from({ length: 6_000 }, (_, i) => ({ index: i + 1, height: i % 2 === 0 ? 15 : 30 }));
  const alternating: WorkbookPlan = { ...plan, sheets: [{ ...first!, rows }, ...rest] };
  const plain = await buildInFreshFake(plan);
  const built = await buildInFreshFake(alternating);
  expect(wrongRowHeights(built, alternating)).toEqual({});
  // About 6 × 6,000 characters of addresses: some ten getRanges calls more (a handful of the library's
  // actions each), not one per area (which would be over 6,000).
  expect(built.actions - plain.actions).toBeLessThan(100);
});
