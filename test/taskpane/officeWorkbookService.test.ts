import type { Language } from "../../src/core/messages";
import { BuildFailedError } from "../../src/taskpane/services/workbookService";
import { officeWorkbookService } from "../../src/taskpane/services/officeWorkbookService";
import { excelWorkbook, type ExcelWorkbookFacade } from "../../src/writers/excel";
import { useExcelHost } from "../writers/excel/helpers";
import { buildPlan } from "../../src/layout/buildPlan";
import { writePlanToWorkbook } from "../../src/writers/excel/writePlan";
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

describe("the adapter's messages in the pane's language", () => {
  const fake = useExcelHost();

  async function failure(attempt: Promise<unknown>) {
    const error = await attempt.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(BuildFailedError);
    return (error as BuildFailedError).failure;
  }

  it("an English pane gets the build failure's reason in English, through the Office.js path", async () => {
    fake().state.protected = true;
    const service = officeWorkbookService(excelWorkbook, () => "en");
    const failed = await failure(service.build({ catalogue: bundledCatalogue(), language: "en" }));
    expect(failed.rebuild).toBe(false);
    expect(failed.reason).toMatch(
      /^The workbook structure is protected: sheets can neither be added nor replaced/,
    );
  });

  it("the language is asked at every call: switching the pane's language switches the messages", async () => {
    fake().state.protected = true;
    let lang: Language = "de";
    const service = officeWorkbookService(excelWorkbook, () => lang);
    const request = { catalogue: bundledCatalogue(), language: "de" as const };
    expect((await failure(service.build(request))).reason).toMatch(
      /^Die Arbeitsmappenstruktur ist geschützt/,
    );
    lang = "en";
    expect((await failure(service.build(request))).reason).toMatch(/^The workbook structure is protected/);
  });

  it("every facade call gets the pane's language as messageLanguage", async () => {
    const seen: unknown[] = [];
    const record =
      (result: unknown) =>
      async (...args: unknown[]) => {
        seen.push(args[args.length - 1]);
        return result;
      };
    const facade = {
      read: record({ snapshot: { sheets: [] } }),
      identity: record(undefined),
      build: record({ syncs: 1, sheets: 1, replaced: [] }),
      selectCell: record(undefined),
      filterToUnit: record(1),
      removeBackupSheets: record([]),
      onSheetsChanged: record(async () => undefined),
    } as unknown as ExcelWorkbookFacade;
    const service = officeWorkbookService(facade, () => "en");
    await service.read();
    await service.build({ catalogue: bundledCatalogue(), language: "de" });
    await service.selectCell("A", "A1");
    await service.filterToUnit("x");
    await service.removeBackupSheets();
    await service.onSheetsChanged(() => undefined);
    expect(seen).toHaveLength(7);
    for (const options of seen) expect(options).toMatchObject({ messageLanguage: "en" });
  });

  it("a workbook the CLI wrote (no identity part) is rebuilt with its ratings, not built over", async () => {
    const catalogue = bundledCatalogue();
    const plan = buildPlan(catalogue, { language: "de", builtAt: "2025-03-01T09:00:00.000Z" });
    await writePlanToWorkbook(plan);
    fake().state.customXmlParts.length = 0;
    const measure = plan.measures[0]!;
    const cell = `${measure.inputColumns.level}${measure.row}`;
    fake().type(measure.sheetName, cell, "gering");
    const outcome = await officeWorkbookService(excelWorkbook, () => "de").build({
      catalogue,
      language: "de",
    });
    expect(outcome).toMatchObject({ rebuilt: true, keptInputs: 1 });
    expect(fake().cell(measure.sheetName, cell)?.constant).toBe("gering");
  });

  it("without a language given, the pane's settings decide (German when none are stored)", async () => {
    fake().state.protected = true;
    const failed = await failure(
      officeWorkbookService(excelWorkbook).build({ catalogue: bundledCatalogue(), language: "en" }),
    );
    expect(failed.reason).toMatch(/^Die Arbeitsmappenstruktur ist geschützt/);
  });
});

test("a write and the pane's re-reads take turns: no change event passed on and no read while a build runs", async () => {
  let finishBuild!: () => void;
  let changed!: () => void;
  const reads: string[] = [];
  const facade = {
    identity: async () => undefined,
    build: () =>
      new Promise((resolve) => {
        finishBuild = () => resolve({ syncs: 3, sheets: 13, replaced: [] });
      }),
    read: async () => {
      reads.push("read");
      return { snapshot: { sheets: [] } };
    },
    onSheetsChanged: async (handler: () => void) => {
      changed = handler;
      return async () => undefined;
    },
  } as unknown as ExcelWorkbookFacade;
  const service = officeWorkbookService(facade, () => "de");
  const heard: string[] = [];
  await service.onSheetsChanged(() => heard.push("changed"));
  const building = service.build({ catalogue: bundledCatalogue(), language: "de" });
  await new Promise((resolve) => setTimeout(resolve, 0));
  changed(); // Excel reports the build's own writes
  const reading = service.read();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(heard).toEqual([]);
  expect(reads).toEqual([]);
  finishBuild();
  await building;
  await reading;
  expect(reads).toEqual(["read"]);
  changed(); // a user's edit after the build
  expect(heard).toEqual(["changed"]);
});
