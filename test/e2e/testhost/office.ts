/**
 * Stands in for Office in the browser suite. `/testhost/office.js` is one script (bundleTesthost.ts), run
 * in this order:
 *
 * 1. this bundle: the Excel host in the page (test/excel-host: workbook model, Excel's refusals) and
 *    `window._richApiNativeBridge`, wired to it;
 * 2. Microsoft's `@microsoft/office-js/dist/excel-web-16.00.js`, unchanged: it finds the bridge and sends
 *    every `context.sync()` through it; `window.Excel` and `window.OfficeExtension` are its own;
 * 3. `window.__zielbildTesthost.start()`: completes the library's `Office` namespace with what Office's
 *    loader (office.js) and the Office application would provide — `onReady`, `context` (requirement sets
 *    answered by the host's options, theme, dialogs), `HostType`, `actions` — and installs the harness.
 *
 * The test host's `Office` wins over the library's (see start()), with the library's namespace as its
 * prototype. The suite drives the host through `window.__zielbild`.
 *
 * Query parameters: `theme=dark`, `host=Word` (another Office application), `excelApi=1.8` (the highest
 * ExcelApi set the host claims; default 1.9).
 */
import { createExcelHost, installNativeBridge } from "../../excel-host/browser";

const params = new URLSearchParams(window.location.search);
const global = window as unknown as Record<string, unknown>;
const connect = installNativeBridge(global);
const apiVersion = params.get("excelApi");
const host = createExcelHost(apiVersion ? { apiVersion } : {}, { library: connect });
const dialogs: string[] = [];

const officeTheme =
  params.get("theme") === "dark"
    ? { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" }
    : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };

const hostName = params.get("host") ?? "Excel";

/** What Office's loader and the Office application give `Office`; the rest of it is the library's. */
const officeHost = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  onReady: async () => ({ host: hostName, platform: "OfficeOnline" }),
  actions: { associate: () => undefined },
  context: {
    requirements: host.Office.context.requirements,
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

const harness = {
  host,
  dialogs,
  sheetNames: () => host.state.sheets.map((s) => s.name),
  type: (sheet: string, address: string, value: string | number | boolean) =>
    host.type(sheet, address, value),
  emitChanged: (sheet: string, address: string) => host.emitChanged(sheet, address),
  /** The selection as "Sheet!A1". */
  selection: () => {
    const selection = host.state.selection;
    if (!selection) return null;
    const sheet = host.state.sheets.find((s) => s.id === selection.sheetId);
    return `${sheet?.name ?? "?"}!${selection.address}`;
  },
  /** Puts a plain table onto a new sheet (e.g. a catalogue table). */
  addTable: (name: string, rows: (string | number | null)[][]) => {
    host.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) host.type(name, `${String.fromCharCode(65 + c)}${r + 1}`, value);
      }),
    );
  },
  clearSelection: () => {
    delete host.state.selection;
  },
  value: (sheet: string, address: string) => {
    const cell = host.cell(sheet, address);
    return cell ? (cell.formula ?? cell.constant) : null;
  },
  autoFilter: (sheet: string) => host.sheet(sheet).autoFilter,
  /** One record per request the library sent (= per context.sync()), as the host answered it. */
  syncs: () => host.syncs.map((s) => ({ ...s })),
  /** Actions received in all requests. */
  actions: () => host.actions,
  resetCounters: () => host.resetCounters(),
  /** Where the page's Excel, OfficeExtension and Office come from. */
  library: () => ({
    officeExtension: typeof global.OfficeExtension === "object" && global.OfficeExtension !== null,
    requestContext: typeof (global.Excel as { RequestContext?: unknown } | undefined)?.RequestContext,
    excelIsLibrarys: global.Excel === host.Excel,
    bridgeTakenUp:
      typeof (global._richApiNativeBridge as { onMessageFromHost?: unknown }).onMessageFromHost ===
      "function",
  }),
};

/**
 * The library's `Office` (Microsoft.Office.WebExtension) cannot take a context: `Office.context` is a getter
 * (not configurable) that asks OSF's app factory, which only Office's host frame initialises. So the page's
 * `Office` is a new object with the library's namespace as its prototype — Microsoft's enums and members
 * stay reachable through it — and the test host's members as its own. The library itself consults
 * `window.Office.context.requirements` (e.g. OfficeExtension's isSetSupported), i.e. the host's answers.
 */
function start(): void {
  if (typeof global.Excel !== "object" || typeof global.OfficeExtension !== "object")
    throw new Error("test host: excel-web-16.00.js did not define Excel and OfficeExtension");
  const library = (global.Office ?? {}) as { actions?: object };
  // As in jest: the host connects to the library (its requests now arrive here) and sets Excel and
  // OfficeExtension, which are the library's own; the Office it sets is replaced below.
  host.install();
  const actions = Object.assign(Object.create(library.actions ?? null) as object, officeHost.actions);
  global.Office = Object.create(
    library,
    Object.getOwnPropertyDescriptors({ ...officeHost, actions }),
  ) as unknown;
  global.__zielbild = harness;
  delete global.__zielbildTesthost;
}

global.__zielbildTesthost = { start };
export type Harness = typeof harness;
