/** Protection calls that never throw in the wrong state, and Office.js errors that reach the caller typed. */
import { buildPlan } from "../../../src/layout/buildPlan";
import { ExcelWriteError } from "../../../src/writers/excel/errors";
import { REQUIRED_EXCEL_API } from "../../../src/writers/excel/requirements";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { excelWorkbook } from "../../../src/writers/excel";
import { peekCell } from "../../excel-host/state";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, useExcelHost } from "./helpers";
import { columnIndex } from "../../../src/core/address";

const fake = useExcelHost();
const catalogue = syntheticCatalogue();
const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT, password: "geheim" });

describe("protection", () => {
  it("protects every sheet with the plan's password, leaving exactly the input cells unlocked", async () => {
    await writePlanToWorkbook(plan);
    for (const sheet of plan.sheets) {
      expect(fake().sheet(sheet.name).protection).toMatchObject({ protected: true, password: "geheim" });
    }
    for (const location of plan.measures.slice(0, 40)) {
      const sheet = fake().sheet(location.sheetName);
      for (const column of Object.values(location.inputColumns))
        expect(peekCell(sheet, location.row, columnIndex(column))?.locked).toBe(false);
      expect(peekCell(sheet, location.row, columnIndex(location.idColumn))?.locked ?? true).toBe(true);
    }
  });

  it("building twice, and filtering twice, never calls protect() or unprotect() in the wrong state", async () => {
    // The fake throws, like some Excel builds, on protect() of a protected sheet and unprotect() of an open one.
    await writePlanToWorkbook(plan);
    await writePlanToWorkbook(plan);
    const unit = String(catalogue.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.unit);
    expect(await excelWorkbook.filterToUnit(unit, "geheim")).toBe(9);
    expect(await excelWorkbook.filterToUnit(unit, "geheim")).toBe(9);
    const field = fake().sheet(plan.measures[0]!.sheetName);
    expect(field.autoFilter?.criteria).toEqual({ filterOn: "Values", values: [unit] });
    expect(field.protection).toMatchObject({
      protected: true,
      password: "geheim",
      options: { allowSort: false },
    });
    await excelWorkbook.filterToUnit(undefined, "geheim");
    expect(field.autoFilter).toBeNull();
    expect(field.protection.protected).toBe(true);
  });

  it("refuses a workbook whose structure is protected, before writing anything", async () => {
    fake().state.protected = true;
    const before = fake().dump();
    await expect(writePlanToWorkbook(plan)).rejects.toMatchObject({
      code: "WorkbookProtected",
      message: expect.stringContaining("Arbeitsmappenstruktur ist geschützt"),
    });
    expect(fake().dump()).toEqual(before);
    expect(fake().syncs.length).toBe(1);
  });

  it("refuses to overwrite same-named sheets of a workbook that is not a Zielbild workbook", async () => {
    fake().addSheet(plan.sheets[0]!.name);
    const before = fake().dump();
    await expect(writePlanToWorkbook(plan)).rejects.toMatchObject({ code: "SheetNameConflict" });
    expect(fake().dump()).toEqual(before);
  });
});

describe("errors", () => {
  it("an Excel without the requirement set is told which set is missing, before any request", async () => {
    fake().options = { apiVersion: "1.8" };
    const attempt = writePlanToWorkbook(plan);
    await expect(attempt).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(attempt).rejects.toMatchObject({
      code: "ApiNotSupported",
      message: expect.stringContaining(`ExcelApi ${REQUIRED_EXCEL_API}`),
    });
    expect(fake().syncs).toHaveLength(0);
  });

  it("an API missing at run time (ApiNotFound) becomes ApiNotSupported, and the workbook stays unchanged", async () => {
    fake().addSheet("Tabelle1");
    const before = fake().dump();
    fake().options = { unsupported: ["pageLayout"] };
    await expect(writePlanToWorkbook(plan)).rejects.toMatchObject({
      code: "ApiNotSupported",
      message: expect.stringMatching(
        /unterstützt eine benötigte Funktion nicht.*ApiNotFound.*ExcelApi 1\.9/s,
      ),
    });
    expect(fake().dump()).toEqual(before);
  });

  it("a request Excel refuses as too large is retried in smaller chunks and then succeeds", async () => {
    fake().options = { payloadLimit: 300_000 };
    const result = await writePlanToWorkbook(plan);
    const refused = fake().syncs.filter((s) => s.failed === "RequestPayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    for (const sync of fake().syncs.filter((s) => !s.failed)) expect(sync.bytes).toBeLessThanOrEqual(300_000);
    expect(result.sheets).toBe(plan.sheets.length);
    expect(fake().state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("a single operation too large even alone ends as PayloadTooLarge, workbook unchanged", async () => {
    fake().addSheet("Tabelle1");
    const before = fake().dump();
    // The hidden sheet carries the catalogue in 30,000-character cells: one such write is over 20 kB alone.
    fake().options = { payloadLimit: 20_000 };
    await expect(writePlanToWorkbook(plan)).rejects.toMatchObject({ code: "PayloadTooLarge" });
    expect(fake().dump()).toEqual(before);
  });

  it("a plan that breaks Excel's limits is refused with the place named, before any request", async () => {
    const broken = {
      ...plan,
      sheets: [{ ...plan.sheets[0]!, name: "Name: mit [Klammern]" }, ...plan.sheets.slice(1)],
    };
    await expect(writePlanToWorkbook(broken)).rejects.toMatchObject({
      message: expect.stringContaining("Blatt „Name: mit [Klammern]“: ungültiger Blattname"),
    });
    expect(fake().syncs).toHaveLength(0);
  });
});
