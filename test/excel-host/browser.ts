/**
 * The Excel host's facade over a given copy of Microsoft's client library, free of Node APIs so that the
 * browser suite can bundle it into the page (test/e2e/testhost/office.ts). index.ts is the entry point for
 * jest: it passes the library it loads into the process (officeJs.ts). In a page, `installNativeBridge()`
 * defines `window._richApiNativeBridge` before the page runs excel-web-16.00.js, and the connector it returns
 * takes the library the page loaded.
 */
import { ExcelRequestProcessor, type RequestBody, type SyncRecord } from "./host";
import type { Env, HostOptions } from "./model";
import { enterInput } from "./model";
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

/** A copy of Microsoft's library (excel-web-16.00.js) loaded into some realm. */
export interface ExcelLibrary {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  /** Delivers a message (a response or an event) from the host to the library. */
  deliver(message: unknown): void;
}

/**
 * Makes `receive` the receiver of the library's requests (the text the library hands to
 * `_richApiNativeBridge.sendMessageToHost`) and returns the library. Called each time the host uses the
 * library: the last host used is the one it talks to.
 */
export type LibraryConnector = (receive: (text: string) => void) => ExcelLibrary;

export interface HostSetup {
  readonly library: LibraryConnector;
}

export function createExcelHost(options: HostOptions, setup: HostSetup): ExcelHost {
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
      if (!sheet)
        throw new Error(
          `Excel host: no sheet "${name}" (have ${state.sheets.map((s) => s.name).join(", ")})`,
        );
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
  function library(): ExcelLibrary {
    const lib: ExcelLibrary = setup.library((text) => {
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

interface NativeBridge {
  sendMessageToHost(text: string): void;
  onMessageFromHost?: (text: string) => void;
}

/**
 * Defines `_richApiNativeBridge` on `global` (a page's window), which excel-web-16.00.js picks up when it
 * loads after it; returns the connector to pass to createExcelHost once the library has run. Excel and
 * OfficeExtension are read from `global` when first used, i.e. they are the library's own.
 */
export function installNativeBridge(global: Record<string, unknown>): LibraryConnector {
  let receiver: ((text: string) => void) | undefined;
  const bridge: NativeBridge = {
    sendMessageToHost: (text) => {
      if (!receiver) throw new Error("Excel host: no host is connected to the native bridge");
      receiver(text);
    },
  };
  if (global._richApiNativeBridge !== undefined)
    throw new Error("Excel host: _richApiNativeBridge is already defined");
  global._richApiNativeBridge = bridge;
  const library: ExcelLibrary = {
    get Excel() {
      return loaded("Excel") as typeof Excel;
    },
    get OfficeExtension() {
      return loaded("OfficeExtension") as typeof OfficeExtension;
    },
    deliver: (message) => {
      if (!bridge.onMessageFromHost)
        throw new Error("Excel host: the library did not take up the native bridge");
      bridge.onMessageFromHost(JSON.stringify(message));
    },
  };
  function loaded(name: string): unknown {
    const value = global[name];
    if (value === undefined)
      throw new Error(
        `Excel host: ${name} is not defined; excel-web-16.00.js must run after installNativeBridge()`,
      );
    return value;
  }
  return (receive) => {
    receiver = receive;
    return library;
  };
}
