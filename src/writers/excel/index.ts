/**
 * The Office.js side as the task pane sees it: build, rebuild, read, and a few actions. The task pane
 * calls only these; everything that touches Excel.run lives in this folder.
 */
import type { Catalogue } from "../../catalogue/model";
import { buildPlan } from "../../layout/buildPlan";
import type { PlanOptions } from "../../layout/plan";
import { readWorkbookIdentity, readWorkbookWithIdentity } from "./readWorkbook";
import { rebuildWorkbook, type RebuildOptions } from "./rebuild";
import { filterToUnit, onSheetsChanged, selectCell } from "./sheetActions";
import { writePlanToWorkbook, type WriteOptions } from "./writePlan";

export { ExcelWriteError, type ExcelWriteErrorCode } from "./errors";
export type { WriteProgress, WriteResult } from "./writePlan";
export type { RebuildResult, RebuildOptions } from "./rebuild";
export type { SheetChange } from "./sheetActions";
export { REQUIRED_EXCEL_API } from "./requirements";

export const excelWorkbook = {
  /** Builds the overview of a catalogue in the open workbook (replacing an earlier build of it). */
  build: (catalogue: Catalogue, options: PlanOptions & WriteOptions) => {
    const { onProgress, budget, ...planOptions } = options;
    return writePlanToWorkbook(buildPlan(catalogue, planOptions), {
      ...(onProgress ? { onProgress } : {}),
      ...(budget ? { budget } : {}),
    });
  },
  /** Rebuilds from a same or newer catalogue, keeping every entered input (or archiving it). */
  rebuild: (catalogue: Catalogue, options: RebuildOptions) => rebuildWorkbook(catalogue, options),
  /** Reads every sheet's values and formulas and the identification. */
  read: readWorkbookWithIdentity,
  identity: readWorkbookIdentity,
  selectCell,
  onSheetsChanged,
  filterToUnit,
};

export type ExcelWorkbookFacade = typeof excelWorkbook;
