/**
 * Loads Microsoft's Excel client library — `@microsoft/office-js/dist/excel-web-16.00.js`, the file Office
 * serves to Excel on the web — into this process, talking to whichever host is current through
 * `_richApiNativeBridge`, the bridge the library uses when it finds one before it loads.
 *
 * The file is a browser script: its top-level declarations become globals and it refers to them as
 * `window.X`. It runs once per process (jest: once per test file) in this realm, inside `with (globalThis)`
 * after each of its global names has been declared on globalThis, so that objects, arrays and errors it
 * hands to our code are of this realm (instanceof works as in a browser).
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";

export interface NativeBridge {
  sendMessageToHost(text: string): void;
  onMessageFromHost?: (text: string) => void;
}

export interface OfficeJs {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  /** Delivers a message (a response or an event) from the host to the library. */
  deliver(message: unknown): void;
}

export const EXCEL_WEB_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

const BROWSER_GLOBALS = (): Record<string, unknown> => ({
  navigator: { userAgent: "Mozilla/5.0 (zielbild-excel-host)", language: "de-DE" },
  document: {
    cookie: "",
    readyState: "complete",
    getElementsByTagName: () => [],
    createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }),
    addEventListener() {},
  },
  location: {
    href: "https://localhost/taskpane.html",
    protocol: "https:",
    hostname: "localhost",
    search: "",
    hash: "",
  },
});

/**
 * One library per global object, kept on the global itself: the library looks its names up there at call
 * time, so a second copy (e.g. from a second instance of this module after a dynamic import in jest) would
 * mix with the first.
 */
interface Shared {
  loaded?: OfficeJs;
  receiver?: (text: string) => void;
}
const SHARED_KEY = "__zielbildExcelHost";
const shared: Shared = ((globalThis as Record<string, unknown>)[SHARED_KEY] ??= {}) as Shared;

/** Sends every request to `handler` (the current host); returns the library, loading it the first time. */
export function officeJs(handler: (text: string) => void): OfficeJs {
  shared.receiver = handler;
  shared.loaded ??= load();
  return shared.loaded;
}

/** The host that receives the library's requests now; an uninstalled host gives it back to the one before. */
export function currentReceiver(): ((text: string) => void) | undefined {
  return shared.receiver;
}

export function restoreReceiver(previous: ((text: string) => void) | undefined): void {
  shared.receiver = previous;
}

function load(): OfficeJs {
  const source = readFileSync(EXCEL_WEB_FILE, "utf8");
  const global = globalThis as Record<string, unknown>;
  const bridge: NativeBridge = {
    sendMessageToHost: (text) => {
      if (!shared.receiver) throw new Error("Excel host: no host is installed");
      shared.receiver(text);
    },
  };
  for (const [name, value] of Object.entries(BROWSER_GLOBALS())) if (!(name in global)) global[name] = value;
  global.window ??= global;
  global.self ??= global;
  global._richApiNativeBridge = bridge;
  for (const name of declaredGlobals(source)) if (!(name in global)) global[name] = undefined;
  new Function(`with (this) {\n${source}\n}`).call(global);
  const lib = global as unknown as { Excel: typeof Excel; OfficeExtension: typeof OfficeExtension };
  (
    lib.OfficeExtension as unknown as { Utility: { _synchronousCleanup: boolean } }
  ).Utility._synchronousCleanup = true;
  return {
    Excel: lib.Excel,
    OfficeExtension: lib.OfficeExtension,
    deliver: (message) => bridge.onMessageFromHost!(JSON.stringify(message)),
  };
}

/** The names the script declares at top level: run once in a scratch context and see what appeared. */
function declaredGlobals(source: string): string[] {
  const scratch: Record<string, unknown> = { ...BROWSER_GLOBALS(), setTimeout, clearTimeout, console };
  scratch.window = scratch;
  vm.createContext(scratch);
  const before = new Set(Object.keys(scratch));
  vm.runInContext(source, scratch);
  return Object.keys(scratch).filter((name) => !before.has(name));
}
