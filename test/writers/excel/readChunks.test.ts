/**
 * Reading the workbook back is cut into row blocks so that no response exceeds Excel on the web's 5 MB
 * (ResponsePayloadSizeLimitExceeded; issue 14, finding 3): the host refuses larger answers as Excel does.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import { columnIndex } from "../../../src/core/address";
import { sheetByName } from "../../../src/layout/snapshot";
import { readWorkbook } from "../../../src/writers/excel/readWorkbook";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { readInBlocks, RESPONSE_BUDGET_BYTES } from "../../../src/writers/excel/readRanges";
import { cellAt } from "../../excel-host/state";
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

it("at 100× every answered response stays within the 4 MB budget and every measure is read back", async () => {
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
    expect(sync.responseBytes).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
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

it("after a refusal the new blocks keep a margin: no answer over the 4 MB budget, every text read back", async () => {
  // 3,000 texts of 2,000 characters (6 MB): the first guess (50 bytes a cell) asks for all of it at once;
  // Excel refuses, and all the reader learns is that the answer was over 5 MB.
  const sheet = fake().addSheet("Lang");
  const text = (row: number) => `${row}:`.padEnd(2_000, "x");
  for (let row = 1; row <= 3_000; row++) cellAt(sheet, row, 1).constant = text(row);
  fake().resetCounters();
  const read = await Excel.run(async (context) =>
    readInBlocks(
      context,
      [
        {
          sheet: context.workbook.worksheets.getItem("Lang"),
          name: "Lang",
          rect: { top: 1, left: 1, bottom: 3_000, right: 1 },
        },
      ],
      ["values"],
    ),
  );
  expect(read.grids[0]!.values.map((row) => row[0])).toEqual(
    Array.from({ length: 3_000 }, (_, i) => text(i + 1)),
  );
  const syncs = fake().syncs;
  expect(syncs.filter((s) => s.failed)).toHaveLength(1);
  for (const sync of syncs.filter((s) => !s.failed))
    expect(sync.responseBytes).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
});
