/**
 * createFakeExcel(): an in-memory Excel usable as the global `Excel` (with `Excel.run`) and `Office`
 * (requirement sets), so that src/writers/excel runs unmodified in Node.
 */
import { FakeContext, type FakeExcelOptions, type FakeRecorder, type SyncRecord } from "./context";
import { FakeRequestContext, enterInput, eventHandlers } from "./proxies";
import {
  cellAt,
  dumpWorkbook,
  emptyWorkbook,
  newSheet,
  parseAddress,
  peekCell,
  sheetByName,
  type CellState,
  type SheetState,
  type WorkbookState,
} from "./state";

export { FakeOfficeError, type FakeExcelOptions, type SyncRecord } from "./context";
export type { SheetState, WorkbookState, CellState } from "./state";

export interface FakeExcel {
  /** Assign to the global `Excel`. Excel.run(batch), or Excel.run(context, batch) to reuse a run's context. */
  readonly Excel: {
    run<T>(
      first: FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
      second?: (context: FakeRequestContext) => Promise<T>,
    ): Promise<T>;
  };
  /** Assign to the global `Office`. */
  readonly Office: { context: { requirements: { isSetSupported(name: string, version?: string): boolean } } };
  readonly state: WorkbookState;
  readonly syncs: SyncRecord[];
  readonly recorder: FakeRecorder;
  options: FakeExcelOptions;
  /** Installs Excel and Office as globals; returns a function that removes them. */
  install(): () => void;
  sheet(name: string): SheetState;
  cell(sheetName: string, address: string): CellState | undefined;
  /** Types into a cell as a user would (input parsing as Excel's, respecting protection is up to the test). */
  type(sheetName: string, address: string, input: string | number | boolean): void;
  addSheet(name: string): SheetState;
  /** A plain copy of the whole workbook, for "unchanged" comparisons. */
  dump(): unknown;
  /** Fires worksheets.onChanged handlers. */
  emitChanged(sheetName: string, address: string): Promise<void>;
  resetCounters(): void;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = emptyWorkbook();
  const recorder: FakeRecorder = { syncs: [], proxyCalls: 0 };
  const fake: FakeExcel = {
    options,
    state,
    recorder,
    get syncs() {
      return recorder.syncs;
    },
    Excel: {
      async run<T>(
        first: FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
        second?: (context: FakeRequestContext) => Promise<T>,
      ): Promise<T> {
        const batch = typeof first === "function" ? first : second!;
        const context =
          typeof first === "function" ? new FakeContext(state, fake.options, recorder) : first.fake;
        const result = await batch(new FakeRequestContext(context));
        // Excel.run syncs what is still queued when the batch ends; count it like any other sync.
        if (context.pending > 0) await context.sync();
        return result;
      },
    },
    Office: {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && compareVersions(version ?? "1.1", fake.options.apiVersion ?? "1.9") <= 0,
        },
      },
    },
    install() {
      const global = globalThis as Record<string, unknown>;
      const before = { Excel: global.Excel, Office: global.Office };
      global.Excel = fake.Excel;
      global.Office = fake.Office;
      return () => Object.assign(global, before);
    },
    sheet(name) {
      const sheet = sheetByName(state, name);
      if (!sheet)
        throw new Error(
          `Fake Excel: no sheet "${name}" (have ${state.sheets.map((s) => s.name).join(", ")})`,
        );
      return sheet;
    },
    cell(sheetName, address) {
      const rect = parseAddress(address);
      return peekCell(fake.sheet(sheetName), rect.top, rect.left);
    },
    type(sheetName, address, input) {
      const rect = parseAddress(address);
      enterInput(cellAt(fake.sheet(sheetName), rect.top, rect.left), input);
    },
    addSheet(name) {
      const sheet = newSheet(state, name);
      state.sheets.push(sheet);
      return sheet;
    },
    dump: () => structuredClone(dumpWorkbook(state)),
    async emitChanged(sheetName, address) {
      const args = {
        worksheetId: fake.sheet(sheetName).id,
        address,
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
      };
      for (const handler of eventHandlers({ state }))
        await handler(args as unknown as Excel.WorksheetChangedEventArgs);
    },
    resetCounters() {
      recorder.syncs.length = 0;
      recorder.proxyCalls = 0;
    },
  };
  return fake;
}

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
