/**
 * Office.js errors become German messages that say what happened and what to do; Excel's code, message,
 * place and statement stay available in `detail` (the pane shows them folded away).
 */
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

/** What OfficeExtension.Error carries: code, message, debugInfo with place and statement. */
function officeError(code: string, errorLocation?: string, statement?: string) {
  const message = `Excel's own text for ${code}.`;
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: {
      code,
      message,
      ...(errorLocation ? { errorLocation } : {}),
      ...(statement ? { statement } : {}),
    },
  });
}

describe("each Office.js code gets its own plain German message", () => {
  const cases: [string, ExcelWriteErrorCode, RegExp][] = [
    ["ResponsePayloadSizeLimitExceeded", "ResponseTooLarge", /höchstens 5 MB.*Excel für Windows oder Mac/s],
    ["RequestPayloadSizeLimitExceeded", "PayloadTooLarge", /höchstens etwa 5 MB.*Windows oder Mac/s],
    ["InvalidOperation", "InvalidOperation", /nicht erlaubt.*„Prüfen“/s],
    ["BadPassword", "WrongPassword", /Kennwort.*stimmt nicht.*„Einstellungen“/s],
    ["ItemAlreadyExists", "ItemAlreadyExists", /gibt es in der Arbeitsmappe schon.*umbenennen/s],
    ["InvalidArgument", "InvalidArgument", /liegt am Add-in, nicht an Ihrer\s+Arbeitsmappe/],
    ["ItemNotFound", "ItemNotFound", /gibt es nicht \(mehr\).*„Prüfen“/s],
    ["GeneralException", "Unknown", /ohne die Ursache zu nennen.*neu\s+starten/s],
    ["AccessDenied", "WorkbookProtected", /verweigert.*geschützt.*erneut versuchen/s],
    ["InvalidOperationInCellEditMode", "CellEditMode", /Zelle bearbeitet.*Eingabetaste/s],
  ];
  it.each(cases)("%s → %s", (excelCode, code, text) => {
    const error = toExcelWriteError(
      officeError(excelCode, "Worksheet.delete", "sheet.delete();"),
      "Übersicht neu aufbauen",
    );
    expect(error).toBeInstanceOf(ExcelWriteError);
    expect(error.code).toBe(code);
    expect(error.excelCode).toBe(excelCode);
    expect(error.action).toBe("Übersicht neu aufbauen");
    expect(error.message).toBe(`Übersicht neu aufbauen: ${error.reason}`);
    expect(error.reason).toMatch(text);
    // Plain words: neither the word "Unknown", nor Excel's code or English text in the message …
    expect(error.message).not.toMatch(/Unknown/);
    expect(error.message).not.toContain(excelCode);
    expect(error.message).not.toContain("Excel's own text");
    // … but all of it in the detail, with the place and the failing statement.
    expect(error.detail).toContain(`${excelCode}: Excel's own text for ${excelCode}.`);
    expect(error.detail).toContain("Worksheet.delete");
    expect(error.detail).toContain("sheet.delete();");
  });

  it("a missing API names the required set (and Excel's code, to tell IT what is missing)", () => {
    const error = toExcelWriteError(officeError("ApiNotFound", "PageLayout.zoom"), "Übersicht erstellen");
    expect(error.code).toBe("ApiNotSupported");
    expect(error.reason).toMatch(/unterstützt eine benötigte Funktion nicht.*ApiNotFound.*ExcelApi 1\.9/s);
  });

  it("InvalidArgument from unprotect() (builds before BadPassword) is a wrong password too", () => {
    const error = toExcelWriteError(
      officeError("InvalidArgument", "WorksheetProtection.unprotect"),
      "Filter aufheben",
    );
    expect(error.code).toBe("WrongPassword");
    expect(toExcelWriteError(officeError("InvalidArgument", "WorksheetProtection.protect"), "x").code).toBe(
      "InvalidArgument",
    );
  });

  it("an error that is not Excel's keeps its text in the detail", () => {
    const error = toExcelWriteError(new TypeError("x is undefined"), "Übersicht erstellen");
    expect(error.code).toBe("Unknown");
    expect(error.reason).toMatch(/unerwarteter Fehler/);
    expect(error.detail).toContain("x is undefined");
  });

  it("an ExcelWriteError passes through unchanged", () => {
    const original = new ExcelWriteError("SheetNameConflict", "Schon da.");
    expect(toExcelWriteError(original, "Übersicht erstellen")).toBe(original);
  });
});

describe("protect()/unprotect() refused in the wrong state (office-js #6784)", () => {
  it.each([
    ["AccessDenied", "WorksheetProtection.protect", undefined],
    ["AccessDenied", undefined, "worksheet.protection.unprotect();"],
    ["InvalidOperation", "WorksheetProtection.unprotect", undefined],
  ])("%s at %s %s does not blame the user's protection", (code, place, statement) => {
    const error = toExcelWriteError(officeError(code, place, statement), "Nach „Amt 1“ filtern");
    expect(error.code).toBe("ProtectionStateRefused");
    expect(error.reason).toMatch(/liegt nicht an\s+Ihrem Blattschutz oder Kennwort/);
    expect(error.reason).not.toMatch(/Ist die Arbeitsmappe geschützt/);
    expect(error.reason).toMatch(/noch einmal starten/);
  });

  it("AccessDenied anywhere else still points at the protection", () => {
    const error = toExcelWriteError(officeError("AccessDenied", "Range.values"), "Übersicht erstellen");
    expect(error.code).toBe("WorkbookProtected");
  });
});

describe("the workbook state after a failure travels with the error", () => {
  it("withWorkbookState keeps code, reason, action and detail and adds state and leftovers", () => {
    const error = toExcelWriteError(
      officeError("InvalidOperation", "Worksheet.delete"),
      "Übersicht neu aufbauen",
    );
    expect(error.workbookState).toBeUndefined();
    expect(error.leftovers).toEqual([]);
    const incomplete = error.withWorkbookState("incomplete", ["~zb-alt-1", "~zb-alt-2"], "ItemNotFound: weg");
    expect(incomplete).toBeInstanceOf(ExcelWriteError);
    expect(incomplete).toMatchObject({
      code: "InvalidOperation",
      reason: error.reason,
      message: error.message,
      action: "Übersicht neu aufbauen",
      excelCode: "InvalidOperation",
      workbookState: "incomplete",
      leftovers: ["~zb-alt-1", "~zb-alt-2"],
    });
    expect(incomplete.detail).toContain("Worksheet.delete");
    expect(incomplete.detail).toContain("Zurücksetzen: ItemNotFound: weg");
    expect(error.withWorkbookState("restored").workbookState).toBe("restored");
  });
});

describe("through the writer", () => {
  const fake = useExcelHost();

  it("a wrong protection password when filtering says so, and where to enter the right one", async () => {
    const catalogue = syntheticCatalogue();
    await writePlanToWorkbook(
      buildPlan(catalogue, { language: "de", builtAt: BUILT_AT, password: "geheim" }),
    );
    const unit = String(catalogue.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.unit);
    const attempt = excelWorkbook.filterToUnit(unit, "falsch");
    await expect(attempt).rejects.toMatchObject({
      code: "WrongPassword",
      message: expect.stringMatching(/^Nach „.*“ filtern: Das Kennwort für den Blattschutz stimmt nicht/),
      detail: expect.stringMatching(/unprotect/i),
    });
  });

  it("selecting a cell on a sheet that is gone says so in plain words", async () => {
    fake().addSheet("Tabelle1");
    await expect(excelWorkbook.selectCell("Gibt es nicht", "A1")).rejects.toMatchObject({
      code: "ItemNotFound",
      message: expect.stringMatching(/^Zelle Gibt es nicht!A1 auswählen: Ein Blatt oder Bereich/),
    });
  });

  it("an Excel without ExcelApi 1.9 is told which Excel has it — not Excel 2019 — and that nothing changed", () => {
    fake().options = { apiVersion: "1.8" };
    let error: unknown;
    try {
      requireExcelApi();
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({ code: "ApiNotSupported", workbookState: "unchanged" });
    const message = (error as Error).message;
    expect(message).toMatch(/ExcelApi 1\.9/);
    expect(message).toMatch(/Excel im Web/);
    expect(message).toMatch(/Microsoft 365/);
    expect(message).toMatch(/Version 1903/);
    expect(message).toMatch(/Office 2021/);
    expect(message).not.toMatch(/Excel 2019 und neuer/);
  });
});
