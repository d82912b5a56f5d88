/**
 * Reading the workbook back is cut into row blocks so that no response exceeds Excel on the web's 5 MB
 * (ResponsePayloadSizeLimitExceeded; issue 14, finding 3): the host refuses larger answers as Excel does.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import { columnIndex } from "../../../src/core/address";
import { sheetByName } from "../../../src/layout/snapshot";
import { readWorkbook } from "../../../src/writers/excel/readWorkbook";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, bundledCatalogue, useExcelHost } from "./helpers";

const fake = useExcelHost();

it("the bundled build reads back in 3 syncs", async () => {
  await writePlanToWorkbook(buildPlan(bundledCatalogue(), { language: "de", builtAt: BUILT_AT }));
  fake().resetCounters();
  const snapshot = await readWorkbook();
  expect(snapshot.meta?.catalogueId).toBe(bundledCatalogue().id);
  expect(fake().syncs).toHaveLength(3);
});

it("a small response limit is met by smaller blocks and by halving refused ones; the snapshot is the same", async () => {
  await writePlanToWorkbook(
    buildPlan(syntheticCatalogue({ scale: 3 }), { language: "de", builtAt: BUILT_AT }),
  );
  const whole = await readWorkbook();
  // The reader plans blocks of about 100 kB; Excel here refuses answers over 60 kB, so some are halved.
  fake().options = { ...fake().options, responseLimit: 60_000 };
  fake().resetCounters();
  const cut = await readWorkbook({ budget: 100_000 });
  expect(cut).toEqual(whole);
  const answered = fake().syncs.filter((s) => s.failed === undefined);
  for (const sync of answered) expect(sync.responseBytes).toBeLessThanOrEqual(60_000);
  expect(fake().syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
});

it("at 100× every answered response stays within 5 MB and every measure is read back", async () => {
  const plan = buildPlan(syntheticCatalogue({ scale: 100 }), { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  fake().resetCounters();
  const snapshot = await readWorkbook();
  const syncs = fake().syncs;
  const largest = Math.max(...syncs.map((s) => s.responseBytes ?? 0));
  const total = syncs.reduce((sum, s) => sum + (s.responseBytes ?? 0), 0);
  console.log(
    `100× read: ${syncs.length} syncs (${syncs.filter((s) => s.failed).length} refused), largest response ${(largest / 1e6).toFixed(2)} MB, total ${(total / 1e6).toFixed(2)} MB`,
  );
  for (const sync of syncs.filter((s) => s.failed === undefined))
    expect(sync.responseBytes).toBeLessThanOrEqual(5_000_000);
  const missing = plan.measures.filter(
    (m) =>
      sheetByName(snapshot, m.sheetName)?.values[m.row - 1]?.[columnIndex(m.idColumn) - 1] !== m.measureId,
  );
  expect(missing).toEqual([]);
  // Syncs grow with the data read (values and formulas of 25,000 rows, about 60 MB of answers), never
  // with sheets or rows as such: about one per 2–4 MB answered, plus the few refused and halved.
  const answered = syncs
    .filter((s) => s.failed === undefined)
    .reduce((sum, s) => sum + (s.responseBytes ?? 0), 0);
  expect(syncs.length).toBeLessThanOrEqual(Math.ceil(answered / 2_000_000) + 8);
}, 600_000);
