/**
 * createExcelHost(): Excel for the tests — Microsoft's own client library (`@microsoft/office-js`,
 * excel-web-16.00.js) over a simulated Excel host that holds the workbook and refuses what Excel refuses.
 * `install()` makes it the process's `Excel`/`Office` (requirement sets), so src/writers/excel runs exactly as
 * in a task pane. Tests look at the workbook through `state`, and act as a user would through `type` and
 * `emitChanged`.
 *
 * In Node the library is loaded into this process (officeJs.ts); the facade itself is in browser.ts, which the
 * browser suite bundles with the library the page runs (`createExcelHost(options, { library })`).
 */
import { createExcelHost as createHost, type ExcelHost, type HostSetup } from "./browser";
import type { HostOptions } from "./model";
import { currentReceiver, officeJs, restoreReceiver } from "./officeJs";

export { FIRST_SHEET, installNativeBridge } from "./browser";
export type { ExcelHost, ExcelLibrary, HostSetup, LibraryConnector } from "./browser";
export type { HostOptions, SyncRecord, RequestBody, CellState, SheetState, WorkbookState } from "./browser";

/** The host over Microsoft's library in this process, unless `setup` names another copy of it. */
export function createExcelHost(
  options: HostOptions = {},
  setup: HostSetup = { library: officeJs },
): ExcelHost {
  const host = createHost(options, setup);
  if (setup.library !== officeJs) return host;
  // A host installed inside another one's test hands the library back to it when uninstalled.
  const install = host.install.bind(host);
  host.install = () => {
    const previous = currentReceiver();
    const uninstall = install();
    return () => {
      uninstall();
      restoreReceiver(previous);
    };
  };
  return host;
}
