/**
 * The Office.js side as the task pane sees it: build, rebuild, read, and a few actions. The task pane
 * calls only these; everything that touches Excel.run lives in this folder.
 */
import { CatalogueError } from "../../catalogue/errors";
import type { Catalogue } from "../../catalogue/model";
import { checkCatalogue, formatPath } from "../../catalogue/validate";
import type { Language } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";
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
export type { ActionOptions, SheetChange } from "./sheetActions";
export type { ReadOptions } from "./readWorkbook";
export { REQUIRED_EXCEL_API } from "./requirements";

/**
 * The catalogue is checked before anything is built or written; every problem is named with its path, in
 * the user's language (German by default).
 */
function checked(catalogue: Catalogue, lang: Language = "de"): Catalogue {
  const result = checkCatalogue(catalogue, lang);
  if ("catalogue" in result) return result.catalogue;
  const file = writersMessages(lang).catalogueFile;
  throw new CatalogueError(
    result.problems.map((p) => ({ file, field: formatPath(p.path), message: p.message })),
    lang,
  );
}

/**
 * Every call takes an optional `messageLanguage` (in its options, last): the user's language for the
 * messages of its errors (ExcelWriteError.reason, a refused catalogue); German by default. `language` of
 * build and rebuild is the overview's own language, not the messages'.
 */
export const excelWorkbook = {
  /** Builds the overview of a catalogue in the open workbook (replacing an earlier build of it). */
  build: (catalogue: Catalogue, options: PlanOptions & WriteOptions) => {
    const { onProgress, budget, messageLanguage, ...planOptions } = options;
    return writePlanToWorkbook(buildPlan(checked(catalogue, messageLanguage), planOptions), {
      ...(onProgress ? { onProgress } : {}),
      ...(budget ? { budget } : {}),
      ...(messageLanguage ? { messageLanguage } : {}),
    });
  },
  /** Rebuilds from a same or newer catalogue, keeping every entered input (or archiving it). */
  rebuild: async (catalogue: Catalogue, options: RebuildOptions) =>
    rebuildWorkbook(checked(catalogue, options.messageLanguage), options),
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
