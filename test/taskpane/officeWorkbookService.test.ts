import { officeWorkbookService } from "../../src/taskpane/services/officeWorkbookService";
import type { ExcelWorkbookFacade } from "../../src/writers/excel";
import { bundledCatalogue } from "./fakeService";

type Calls = { build: unknown[]; rebuild: unknown[]; filter: unknown[] };

function fakeFacade(identity: unknown): { facade: ExcelWorkbookFacade; calls: Calls } {
  const calls: Calls = { build: [], rebuild: [], filter: [] };
  const facade = {
    identity: async () => identity,
    build: async (_catalogue: unknown, options: { onProgress?: (p: unknown) => void }) => {
      calls.build.push(options);
      options.onProgress?.({ phase: "schreiben", done: 1, total: 2 });
      return { syncs: 2, sheets: 13, replaced: [] };
    },
    rebuild: async (_catalogue: unknown, options: unknown) => {
      calls.rebuild.push(options);
      return { syncs: 3, sheets: 14, replaced: [], report: { keptWithRating: 7, archived: [{ id: "x" }] } };
    },
    filterToUnit: async (unit: unknown, password: unknown) => void calls.filter.push([unit, password]),
  } as unknown as ExcelWorkbookFacade;
  return { facade, calls };
}

test("a workbook without identity gets a new build with language, password, unit and progress", async () => {
  const { facade, calls } = fakeFacade(undefined);
  const progress: number[] = [];
  const outcome = await officeWorkbookService(facade).build({
    catalogue: bundledCatalogue(),
    language: "en",
    password: "pw",
    unit: "VHS Osnabrücker Land",
    onProgress: (p) => progress.push(p.fraction),
  });
  expect(outcome).toEqual({ rebuilt: false, sheets: 13, keptInputs: 0, archived: 0 });
  expect(calls.rebuild).toHaveLength(0);
  expect(calls.build[0]).toMatchObject({ language: "en", password: "pw", unit: "VHS Osnabrücker Land" });
  expect(progress).toEqual([0.5]);
});

test("an existing overview is rebuilt (keeping inputs), never built over; its own language and unit stay", async () => {
  const { facade, calls } = fakeFacade({ generator: "Zielbild" });
  const outcome = await officeWorkbookService(facade).build({
    catalogue: bundledCatalogue(),
    language: "en",
    unit: "ignored",
  });
  expect(outcome).toEqual({ rebuilt: true, sheets: 14, keptInputs: 7, archived: 1 });
  expect(calls.build).toHaveLength(0);
  expect(calls.rebuild[0]).not.toHaveProperty("language");
  expect(calls.rebuild[0]).not.toHaveProperty("unit");
});

test("removing the unit filter passes no unit and no empty password", async () => {
  const { facade, calls } = fakeFacade(undefined);
  await officeWorkbookService(facade).filterToUnit(null, "");
  expect(calls.filter).toEqual([[undefined, undefined]]);
});
