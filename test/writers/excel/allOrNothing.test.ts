/** A failed build leaves the workbook exactly as it was, wherever the failure happens. */
import { FIRST_SHEET } from "../../excel-host";
import { buildPlan } from "../../../src/layout/buildPlan";
import { ExcelWriteError } from "../../../src/writers/excel/errors";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import type { ExcelHost } from "../../excel-host";
import { BUILT_AT, useExcelHost } from "./helpers";
import { expectHostMatchesPlan } from "./hostConformance";

const fake = useExcelHost();
const plan = buildPlan(syntheticCatalogue(), { language: "de", builtAt: BUILT_AT });
const english = buildPlan(syntheticCatalogue(), { language: "en", builtAt: BUILT_AT });
// Small chunks, so the write spreads over several syncs and failures can hit each of them.
const BUDGET = 250_000;

async function syncsOfSuccessfulBuild(
  prepare: (f: ExcelHost) => Promise<void>,
  target = plan,
): Promise<number> {
  const { createExcelHost } = await import("../../excel-host");
  const probe = createExcelHost();
  const uninstall = probe.install();
  try {
    await prepare(probe);
    probe.resetCounters();
    await writePlanToWorkbook(target, { budget: BUDGET });
    return probe.syncs.length;
  } finally {
    uninstall();
  }
}

async function userWorkbook(f: ExcelHost): Promise<void> {
  f.addSheet("Notizen");
  f.type("Notizen", "B2", "Meine Notiz");
}

async function earlierBuild(f: ExcelHost): Promise<void> {
  await userWorkbook(f);
  await writePlanToWorkbook(plan);
  const location = plan.measures[0]!;
  f.sheet(location.sheetName).protection.protected = false;
  f.type(location.sheetName, `${location.inputColumns.level}${location.row}`, "hoch");
  f.sheet(location.sheetName).protection.protected = true;
}

async function expectFailureLeavesWorkbookUnchanged(
  prepare: (f: ExcelHost) => Promise<void>,
  target: typeof plan,
  failure: { sync: number; afterOperations?: number },
): Promise<void> {
  await prepare(fake());
  const before = fake().dump();
  fake().resetCounters();
  fake().options = { failOnSync: failure };
  const attempt = writePlanToWorkbook(target, { budget: BUDGET });
  await expect(attempt).rejects.toBeInstanceOf(ExcelWriteError);
  await expect(attempt).rejects.toMatchObject({
    code: "Unknown",
    message: expect.stringContaining("Excel meldet einen Fehler"),
  });
  expect(fake().dump()).toEqual(before);
}

describe("first build next to a user's own sheet", () => {
  it("succeeds without failures, keeping the user's sheet", async () => {
    await userWorkbook(fake());
    await writePlanToWorkbook(plan, { budget: BUDGET });
    expect(fake().cell("Notizen", "B2")?.constant).toBe("Meine Notiz");
    // The plan's sheets, the user's "Notizen" and the new workbook's own Tabelle1.
    expect(fake().state.sheets.length).toBe(plan.sheets.length + 2);
  });

  it("fails at every sync in turn, whole or halfway through, and leaves nothing behind", async () => {
    const syncs = await syncsOfSuccessfulBuild(userWorkbook);
    expect(syncs).toBeGreaterThan(3);
    for (let sync = 1; sync <= syncs; sync++)
      for (const afterOperations of [undefined, 5]) {
        const { createExcelHost } = await import("../../excel-host");
        const fresh = createExcelHost();
        const uninstall = fresh.install();
        try {
          await userWorkbook(fresh);
          const before = fresh.dump();
          fresh.options = {
            failOnSync: { sync, ...(afterOperations !== undefined ? { afterOperations } : {}) },
          };
          await expect(writePlanToWorkbook(plan, { budget: BUDGET })).rejects.toBeInstanceOf(ExcelWriteError);
          expect({ sync, afterOperations, workbook: fresh.dump() }).toEqual({
            sync,
            afterOperations,
            workbook: before,
          });
        } finally {
          uninstall();
        }
      }
  });
});

describe("replacing an earlier build with entered ratings", () => {
  it.each([1, 2, 3, 5])("a failure on sync %i restores the old sheets, names and identity", async (sync) => {
    await expectFailureLeavesWorkbookUnchanged(earlierBuild, english, { sync });
  });

  it("a failure in the middle of the commit (after names and identity changed) is undone too", async () => {
    const syncs = await syncsOfSuccessfulBuild(earlierBuild, english);
    await expectFailureLeavesWorkbookUnchanged(earlierBuild, english, { sync: syncs, afterOperations: 6 });
  });

  it("succeeds when nothing fails, and the result matches the plan", async () => {
    await earlierBuild(fake());
    await writePlanToWorkbook(english, { budget: BUDGET });
    expectHostMatchesPlan(
      {
        ...fake(),
        // The user's sheets stay: their "Notizen" and the workbook's own Tabelle1 (not blank, so kept).
        state: {
          ...fake().state,
          sheets: fake().state.sheets.filter((s) => s.name !== "Notizen" && s.name !== FIRST_SHEET),
        },
      } as ExcelHost,
      english,
    );
    expect(fake().cell("Notizen", "B2")?.constant).toBe("Meine Notiz");
  });
});
