/**
 * The Excel the tests use is Microsoft's client library over the simulated host in test/excel-host; these
 * names are kept for the tests written against the earlier in-memory fake.
 */
export {
  createExcelHost as createFakeExcel,
  type ExcelHost as FakeExcel,
  type HostOptions as FakeExcelOptions,
  type SyncRecord,
} from "../../excel-host";
export type { SheetState, WorkbookState, CellState } from "../../excel-host";
