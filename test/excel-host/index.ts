/**
 * createExcelHost(): Excel for the tests — Microsoft's own client library (`@microsoft/office-js`,
 * excel-web-16.00.js) over a simulated Excel host that holds the workbook and refuses what Excel refuses.
 * `install()` makes it the process's `Excel`/`Office` (requirement sets), so src/writers/excel runs exactly as
 * in a task pane. Tests look at the workbook through `state`, and act as a user would through `type` and
 * `emitChanged`.
 */
import { ExcelRequestProcessor, type RequestBody, type SyncRecord } from "./host";
import type { Env, HostOptions } from "./model";
import { enterInput } from "./model";
import { officeJs, type OfficeJs } from "./officeJs";
import { cellAt, dumpWorkbook, emptyWorkbook, newSheet, parseAddress, peekCell, sheetByName } from "./state";
import type { CellState, SheetState, WorkbookState } from "./state";

export type { HostOptions, SyncRecord, RequestBody };
export type { CellState, SheetState, WorkbookState };

export interface ExcelHost {
  /** Microsoft's `Excel` namespace, talking to this host. */
  readonly Excel: typeof Excel;
  /** The `Office` the library and our code consult for requirement sets. */
  readonly Office: { context: { requirements: { isSetSupported(name: string, version?: string): boolean } } };
  readonly state: WorkbookState;
  /** One record per request (= per context.sync()), across runs. */
  readonly syncs: SyncRecord[];
  /** Actions received in all requests (navigation, queries, calls and sets). */
  readonly actions: number;
  options: HostOptions;
  /** Keeps every request body from now on (for golden request files); returns them. */
  recordRequests(): RequestBody[];
  install(): () => void;
  sheet(name: string): SheetState;
  cell(sheetName: string, address: string): CellState | undefined;
  /** Types into a cell as a user would (Excel's input parsing; protection is up to the test). */
  type(sheetName: string, address: string, input: string | number | boolean): void;
  addSheet(name: string): SheetState;
  dump(): unknown;
  /** Fires worksheets.onChanged, as Excel does after a user's edit; resolves when handlers had their turn. */
  emitChanged(sheetName: string, address: string): Promise<void>;
  resetCounters(): void;
}

/** A new workbook in German Excel has one sheet, "Tabelle1"; Excel never holds a workbook without a sheet. */
export const FIRST_SHEET = "Tabelle1";

export function createExcelHost(options: HostOptions = {}): ExcelHost {
  const state = emptyWorkbook();
  state.sheets.push(newSheet(state, FIRST_SHEET));
  const env: Env = { state, options, calculationSuspended: false, events: { dataChanged: false } };
  const host: ExcelHost = {
    options,
    state,
    get Excel() {
      return library().Excel;
    },
    Office: {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && compareVersions(version ?? "1.1", host.options.apiVersion ?? "1.9") <= 0,
        },
      },
    },
    get syncs() {
      return processor.syncs;
    },
    get actions() {
      return processor.actionsSeen;
    },
    recordRequests() {
      processor.requests = [];
      return processor.requests;
    },
    install() {
      const global = globalThis as Record<string, unknown>;
      const lib = library();
      const before = { Excel: global.Excel, Office: global.Office, OfficeExtension: global.OfficeExtension };
      Object.assign(global, { Excel: lib.Excel, Office: host.Office, OfficeExtension: lib.OfficeExtension });
      return () => Object.assign(global, before);
    },
    sheet(name) {
      const sheet = sheetByName(state, name);
      if (!sheet) throw new Error(`Excel host: no sheet "${name}" (have ${state.sheets.map((s) => s.name).join(", ")})`);
      return sheet;
    },
    cell(sheetName, address) {
      const rect = parseAddress(address);
      return peekCell(host.sheet(sheetName), rect.top, rect.left);
    },
    type(sheetName, address, input) {
      const rect = parseAddress(address);
      enterInput(state, cellAt(host.sheet(sheetName), rect.top, rect.left), input);
    },
    addSheet(name) {
      const sheet = newSheet(state, name);
      state.sheets.push(sheet);
      return sheet;
    },
    dump: () => structuredClone(dumpWorkbook(state)),
    async emitChanged(sheetName, address) {
      const sheet = host.sheet(sheetName);
      if (env.events.dataChanged)
        library().deliver({
          type: 3,
          message: {
            entries: [
              {
                messageCategory: 65536,
                messageType: 10,
                targetId: "Workbook",
                message: JSON.stringify({
                  type: "WorksheetChanged",
                  changeType: "RangeEdited",
                  source: "Local",
                  worksheetId: sheet.id,
                  address,
                  shiftDirection: "None",
                }),
              },
            ],
          },
        });
      await settle();
    },
    resetCounters() {
      processor.syncs.length = 0;
      processor.actionsSeen = 0;
    },
  };
  const processor = new ExcelRequestProcessor(env, () => host.options);
  // env.options must follow host.options when a test replaces them.
  Object.defineProperty(env, "options", { get: () => host.options });

  /** The library, with this host receiving its requests (the last host used is the one it talks to). */
  function library(): OfficeJs {
    const lib: OfficeJs = officeJs((text) => {
      const message = JSON.parse(text) as { id: number; message: { body: RequestBody | string } };
      const raw = message.message.body;
      const body = (typeof raw === "string" ? JSON.parse(raw) : raw) as RequestBody;
      const answer = processor.process(body);
      setTimeout(
        () =>
          lib.deliver({
            id: message.id,
            type: 2,
            message: { statusCode: answer.statusCode, headers: {}, body: JSON.stringify(answer.body) },
          }),
        0,
      );
    });
    return lib;
  }
  return host;
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0));
}

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
