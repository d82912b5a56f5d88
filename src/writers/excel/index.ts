/**
 * The Office.js side as the task pane sees it: build, rebuild, read, and a few actions. The task pane
 * calls only these; everything that touches Excel.run lives in this folder.
 */
import { CatalogueError } from "../../catalogue/errors";
import type { Catalogue } from "../../catalogue/model";
import { checkCatalogue, formatPath } from "../../catalogue/validate";
import { buildPlan } from "../../layout/buildPlan";
import type { PlanOptions } from "../../layout/plan";
import { readWorkbookIdentity, readWorkbookWithIdentity } from "./readWorkbook";
import { rebuildWorkbook, type RebuildOptions } from "./rebuild";
import { startRoundInWorkbook, type StartRoundRequest } from "./startRound";
import { filterToUnit, onSheetsChanged, removeBackupSheets, selectCell } from "./sheetActions";
import { writePlanToWorkbook, type WriteOptions } from "./writePlan";

export {
  BACKUP_SHEET_PREFIX,
  ExcelWriteError,
  isBackupSheetName,
  type ExcelWriteErrorCode,
  type WorkbookStateAfterFailure,
} from "./errors";
export type { WriteProgress, WriteResult } from "./writePlan";
export type { RebuildResult, RebuildOptions } from "./rebuild";
export type { StartRoundRequest, StartRoundResult } from "./startRound";
export type { SheetChange } from "./sheetActions";
export { REQUIRED_EXCEL_API } from "./requirements";

/** The catalogue is checked before anything is built or written; every problem is named with its path. */
function checked(catalogue: Catalogue): Catalogue {
  const result = checkCatalogue(catalogue);
  if ("catalogue" in result) return result.catalogue;
  throw new CatalogueError(
    result.problems.map((p) => ({ file: "Katalog", field: formatPath(p.path), message: p.message })),
  );
}

export const excelWorkbook = {
  /** Builds the overview of a catalogue in the open workbook (replacing an earlier build of it). */
  build: (catalogue: Catalogue, options: PlanOptions & WriteOptions) => {
    const { onProgress, budget, ...planOptions } = options;
    return writePlanToWorkbook(buildPlan(checked(catalogue), planOptions), {
      ...(onProgress ? { onProgress } : {}),
      ...(budget ? { budget } : {}),
    });
  },
  /** Rebuilds from a same or newer catalogue, keeping every entered input (or archiving it). */
  rebuild: async (catalogue: Catalogue, options: RebuildOptions) =>
    rebuildWorkbook(checked(catalogue), options),
  /** Closes the current round into the Verlauf and starts the next one in the open workbook. */
  startRound: (request: StartRoundRequest, options: WriteOptions = {}) =>
    startRoundInWorkbook(request, options),
  /** Reads every sheet's values and formulas and the identification. */
  read: readWorkbookWithIdentity,
  identity: readWorkbookIdentity,
  selectCell,
  onSheetsChanged,
  filterToUnit,
  removeBackupSheets,
};

export type ExcelWorkbookFacade = typeof excelWorkbook;
