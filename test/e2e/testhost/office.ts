/**
 * Stands in for Office.js in the browser suite: global `Office` (onReady, theme, requirement sets, dialogs)
 * and `Excel` over the typed in-memory fake of test/fakes/excel. The suite drives the fake through
 * `window.__zielbild` (type into cells, fire change events, read the selection and sheets).
 */
import { createFakeExcel } from "../../fakes/excel";
import type { FakeRequestContext } from "../../fakes/excel/proxies";

const params = new URLSearchParams(window.location.search);
const fake = createFakeExcel();
const dialogs: string[] = [];

const officeTheme =
  params.get("theme") === "dark"
    ? { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" }
    : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };

const office = {
  HostType: { Excel: "Excel", Word: "Word" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  onReady: async () => ({ host: params.get("host") ?? "Excel", platform: "OfficeOnline" }),
  actions: { associate: () => undefined },
  context: {
    requirements: fake.Office.context.requirements,
    officeTheme,
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
        dialogs.push(url);
        callback({ status: "failed", error: { message: "no dialogs in the test host" } });
      },
      messageParent: () => undefined,
    },
  },
};

// Excel.run(batch) and Excel.run(context, batch): the fake knows only the first form.
type Batch = (context: FakeRequestContext) => Promise<unknown>;
const excel = {
  run: (first: unknown, second?: unknown) =>
    fake.Excel.run((typeof first === "function" ? first : second) as Batch),
};

const harness = {
  fake,
  dialogs,
  sheetNames: () => fake.state.sheets.map((s) => s.name),
  type: (sheet: string, address: string, value: string | number | boolean) =>
    fake.type(sheet, address, value),
  emitChanged: (sheet: string, address: string) => fake.emitChanged(sheet, address),
  /** The selection as "Sheet!A1". */
  selection: () => {
    const selection = fake.state.selection;
    if (!selection) return null;
    const sheet = fake.state.sheets.find((s) => s.id === selection.sheetId);
    return `${sheet?.name ?? "?"}!${selection.address}`;
  },
  /** Puts a plain table onto a new sheet (e.g. a catalogue table). */
  addTable: (name: string, rows: (string | number | null)[][]) => {
    fake.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) fake.type(name, `${String.fromCharCode(65 + c)}${r + 1}`, value);
      }),
    );
  },
  clearSelection: () => {
    delete fake.state.selection;
  },
  value: (sheet: string, address: string) => {
    const cell = fake.cell(sheet, address);
    return cell ? (cell.formula ?? cell.constant) : null;
  },
  autoFilter: (sheet: string) => fake.sheet(sheet).autoFilter,
};

Object.assign(window as unknown as Record<string, unknown>, {
  Office: office,
  Excel: excel,
  __zielbild: harness,
});
export type Harness = typeof harness;
