/** Round trips are the cost: syncs per build, and the payload of every sync, at 1×, 10× and 100×. */
import { buildPlan } from "../../../src/layout/buildPlan";
import { PAYLOAD_BUDGET_BYTES } from "../../../src/writers/excel/batch";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { summarize } from "../../../src/catalogue/model";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, bundledCatalogue, useFakeExcel } from "./helpers";

const fake = useFakeExcel();
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
});

it("rebuilding over an existing build costs the same number of syncs", async () => {
  const plan = buildPlan(bundledCatalogue(), { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  fake().resetCounters();
  await writePlanToWorkbook(plan);
  expect(fake().syncs.length).toBeLessThanOrEqual(4);
  expect(fake().state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
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
