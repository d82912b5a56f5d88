/** @jest-environment jsdom */
import "./jsdomPolyfills";
import { decodeReport } from "../../src/validation/checkReport";
import { runCheck } from "../../src/commands/commands";
import { writePlanToWorkbook } from "../../src/writers/excel/writePlan";
import { createExcelHost, type ExcelHost } from "../excel-host";
import { bundledPlan } from "./fakeService";

jest.setTimeout(30000);

interface Dialog {
  close: jest.Mock;
  handlers: Map<string, () => void>;
}

function installOffice(fake: ExcelHost, dialogSucceeds: boolean) {
  const opened: { url: string; dialog: Dialog }[] = [];
  const office = {
    ...fake.Office,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    context: {
      ...fake.Office.context,
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
          const dialog: Dialog = { close: jest.fn(), handlers: new Map() };
          opened.push({ url, dialog });
          const value = {
            close: dialog.close,
            addEventHandler: (type: string, h: () => void) => dialog.handlers.set(type, h),
          };
          callback(dialogSucceeds ? { status: "succeeded", value } : { status: "failed" });
        },
      },
    },
  };
  (globalThis as Record<string, unknown>).Office = office;
  return opened;
}

let fake: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  fake = createExcelHost();
  uninstall = fake.install();
});
afterEach(() => uninstall());

test("Prüfen in the ribbon selects the first error's cell and shows the result; the event completes on close", async () => {
  const plan = bundledPlan();
  await writePlanToWorkbook(plan);
  const m = plan.measures[5]!;
  fake.type(m.sheetName, `${m.inputColumns.level}${m.row}`, "super");
  const opened = installOffice(fake, true);
  const event = { completed: jest.fn() };
  await runCheck(event as unknown as Office.AddinCommands.Event);

  const selection = fake.state.selection!;
  expect(fake.state.sheets.find((s) => s.id === selection.sheetId)?.name).toBe(m.sheetName);
  expect(selection.address).toBe(`${m.inputColumns.level}${m.row}`);
  expect(opened).toHaveLength(1);
  const url = new URL(opened[0]!.url);
  expect(url.pathname).toBe("/taskpane.html");
  expect(url.searchParams.get("view")).toBe("check-result");
  const report = decodeReport(url.hash.slice(1));
  expect(report?.title).toMatch(/^1 Fehler/);
  // A new workbook in Excel has a sheet of its own ("Tabelle1"), noted as an extra sheet; the error is listed too.
  expect(report?.lines.some((line) => line.includes(m.measureId))).toBe(true);

  expect(event.completed).not.toHaveBeenCalled();
  opened[0]!.dialog.handlers.get("message")!();
  expect(opened[0]!.dialog.close).toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("when no dialog can be opened the command still completes, and an empty workbook is not an error", async () => {
  const opened = installOffice(fake, false);
  const event = { completed: jest.fn() };
  await runCheck(event as unknown as Office.AddinCommands.Event);
  expect(decodeReport(new URL(opened[0]!.url).hash.slice(1))?.title).toBe("Keine Zielbild-Übersicht");
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.state.selection).toBeUndefined();
});
