/**
 * The Office.js adapter words its errors in the user's language: `messageLanguage: "en"` on the facade's
 * calls (the pane passes its own), `writersMessages("en")` for the mapping itself. German stays the
 * default (errorMessages.test.ts quotes it).
 */
import { CatalogueError } from "../../../src/catalogue/errors";
import type { Catalogue } from "../../../src/catalogue/model";
import { MESSAGES } from "../../../src/core/messages";
import { writersMessages } from "../../../src/core/messages/sections";
import { buildPlan } from "../../../src/layout/buildPlan";
import { excelWorkbook } from "../../../src/writers/excel";
import {
  ExcelWriteError,
  toExcelWriteError,
  type ExcelWriteErrorCode,
} from "../../../src/writers/excel/errors";
import { requireExcelApi } from "../../../src/writers/excel/run";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, useExcelHost } from "./helpers";

const en = writersMessages("en");

function officeError(code: string, errorLocation?: string, statement?: string) {
  const message = `Excel's own text for ${code}.`;
  return Object.assign(new Error(message), {
    code,
    debugInfo: {
      code,
      message,
      ...(errorLocation ? { errorLocation } : {}),
      ...(statement ? { statement } : {}),
    },
  });
}

/** German words that must not appear in an English message. */
const GERMAN = /\b(Die|Der|Bitte|nicht|Arbeitsmappe|Blatt|erneut|Übersicht)\b/;

describe("each Office.js code mapped with the English texts", () => {
  const cases: [string, ExcelWriteErrorCode, RegExp][] = [
    ["ResponsePayloadSizeLimitExceeded", "ResponseTooLarge", /at most 5 MB.*Excel for Windows or Mac/s],
    ["RequestPayloadSizeLimitExceeded", "PayloadTooLarge", /at most about 5 MB.*Windows or Mac/s],
    ["InvalidOperation", "InvalidOperation", /not allowed.*“Check”/s],
    ["BadPassword", "WrongPassword", /password.*is wrong.*“Settings”/s],
    ["ItemAlreadyExists", "ItemAlreadyExists", /already exists.*rename/s],
    ["InvalidArgument", "InvalidArgument", /caused by the add-in, not by your workbook/],
    ["ItemNotFound", "ItemNotFound", /does not exist \(any more\).*“Check”/s],
    ["GeneralException", "Unknown", /without naming its cause.*restart Excel/s],
    ["AccessDenied", "WorkbookProtected", /refuses the change.*protected.*try again/s],
    ["InvalidOperationInCellEditMode", "CellEditMode", /cell is being edited.*Enter/s],
    ["SomethingNew", "Unknown", /an error the add-in does not know/],
  ];
  it.each(cases)("%s → %s", (excelCode, code, text) => {
    const error = toExcelWriteError(
      officeError(excelCode, "Worksheet.delete", "sheet.delete();"),
      en.action.build,
      en,
    );
    expect(error.code).toBe(code);
    expect(error.message).toBe(`Create overview: ${error.reason}`);
    expect(error.reason).toMatch(text);
    expect(error.reason).not.toMatch(GERMAN);
    expect(error.detail).toBe(
      `${excelCode}: Excel's own text for ${excelCode}.\nat Worksheet.delete\nStatement: sheet.delete();`,
    );
  });

  it("a missing API names the set and Excel's code in English; a foreign error is unexpected", () => {
    const missing = toExcelWriteError(officeError("ApiNotFound", "PageLayout.zoom"), "x", en);
    expect(missing.reason).toMatch(
      /does not support a function.*\(ApiNotFound at PageLayout\.zoom\).*ExcelApi 1\.9/s,
    );
    const foreign = toExcelWriteError(new TypeError("x is undefined"), "x", en);
    expect(foreign.reason).toMatch(/^An unexpected error occurred/);
    expect(foreign.withWorkbookState("incomplete", [], "ItemNotFound: gone", en).detail).toContain(
      "Undoing: ItemNotFound: gone",
    );
  });

  it("the English and the German catalogue differ in every mapped text", () => {
    const de = writersMessages("de");
    expect(writersMessages()).toBe(de);
    expect(MESSAGES.en.writers).toBe(en);
    for (const key of [
      "wrongPassword",
      "workbookProtected",
      "xlsxNotZip",
      "workbookStructureProtected",
    ] as const)
      expect(en[key]).not.toBe(de[key]);
  });
});

describe("through the writer with messageLanguage: en", () => {
  const fake = useExcelHost();
  const catalogue = syntheticCatalogue();
  const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });

  it("a sheet name conflict in a foreign workbook, nothing written", async () => {
    fake().addSheet(plan.sheets[0]!.name);
    const before = fake().dump();
    await expect(writePlanToWorkbook(plan, { messageLanguage: "en" })).rejects.toMatchObject({
      code: "SheetNameConflict",
      reason: expect.stringMatching(
        new RegExp(
          `^The workbook is not a Zielbild overview but already contains sheets named “${plan.sheets[0]!.name}”`,
        ),
      ),
    });
    expect(fake().dump()).toEqual(before);
  });

  it("a protected workbook structure, via the facade's build", async () => {
    fake().state.protected = true;
    const attempt = excelWorkbook.build(catalogue, {
      language: "de",
      builtAt: BUILT_AT,
      messageLanguage: "en",
    });
    await expect(attempt).rejects.toMatchObject({
      code: "WorkbookProtected",
      reason: expect.stringMatching(/^The workbook structure is protected: .*Review → Protect Workbook/),
    });
  });

  it("a wrong protection password when filtering: action and reason in English", async () => {
    await writePlanToWorkbook(
      buildPlan(catalogue, { language: "de", builtAt: BUILT_AT, password: "geheim" }),
    );
    const unit = String(catalogue.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.unit);
    await expect(excelWorkbook.filterToUnit(unit, "falsch", { messageLanguage: "en" })).rejects.toMatchObject(
      {
        code: "WrongPassword",
        message: `Filter to “${unit}”: ${en.wrongPassword}`,
      },
    );
  });

  it("selecting a cell on a sheet that is gone", async () => {
    fake().addSheet("Tabelle1");
    await expect(excelWorkbook.selectCell("Gone", "A1", { messageLanguage: "en" })).rejects.toMatchObject({
      code: "ItemNotFound",
      message: expect.stringMatching(/^Select cell Gone!A1: A sheet or range the add-in expects/),
    });
  });

  it("an Excel without ExcelApi 1.9 is told which Excel has it, in English", async () => {
    fake().options = { apiVersion: "1.8" };
    expect(() => requireExcelApi("1.9", en)).toThrow(
      /It is included in: Excel on the web, Excel for Microsoft 365/,
    );
    await expect(excelWorkbook.removeBackupSheets({ messageLanguage: "en" })).rejects.toMatchObject({
      code: "ApiNotSupported",
      workbookState: "unchanged",
      message: expect.stringMatching(
        /^This Excel version does not support the requirement set ExcelApi 1\.9/,
      ),
    });
  });

  it("no new round in a workbook that is not a Zielbild workbook: the whole reason in English", async () => {
    fake().addSheet("Tabelle1");
    const request = { label: "2025", date: "2025-06-30", clear: false, confirmed: false, builtAt: BUILT_AT };
    await expect(excelWorkbook.startRound(request, { messageLanguage: "en" })).rejects.toMatchObject({
      code: "NotAZielbildWorkbook",
      reason:
        "No new round can begin in the open workbook: not a Zielbild workbook (the hidden sheet “_Zielbild” " +
        "is missing or unreadable).",
    });
  });

  it("a plan beyond Excel's limits names the place in English", async () => {
    const broken = { ...plan, sheets: [{ ...plan.sheets[0]!, name: "Name: [x]" }, ...plan.sheets.slice(1)] };
    await expect(writePlanToWorkbook(broken, { messageLanguage: "en" })).rejects.toMatchObject({
      message: expect.stringContaining(
        "The description of the workbook is faulty:\n  Sheet “Name: [x]”: invalid sheet name",
      ),
    });
  });

  it("a catalogue that fails its check is refused in English, named “Catalogue”", () => {
    const bad = { ...catalogue, actionFields: [] } as unknown as Catalogue;
    let error: unknown;
    try {
      excelWorkbook.build(bad, { language: "de", builtAt: BUILT_AT, messageLanguage: "en" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).issues[0]!.file).toBe("Catalogue");
    expect((error as Error).message).not.toMatch(/Fehler|Katalog/);
    expect(error).not.toBeInstanceOf(ExcelWriteError);
  });
});
