/**
 * Rebuilds the open overview from a (same or newer) catalogue without losing anything entered: reads all
 * inputs first, builds the new plan with them (measures that left the catalogue go to the archive), writes.
 * Reading and writing share one Excel.run: the read is also the write's inspection (sheets, names,
 * protection, identity, and the formulas of the user's own sheets), so a rebuild costs the read's syncs
 * plus the writes and the commit — no second inspection. The read takes only what is carried over
 * (rebuildRead.ts: 2 syncs at any size), so a rebuild of the bundled catalogue, and of 100× it, is 5 syncs.
 */
import type { Catalogue } from "../../catalogue/model";
import { buildPlan } from "../../layout/buildPlan";
import type { PlanOptions } from "../../layout/plan";
import { carryOver } from "../../returns/carryOver";
import type { CatalogueUpdateReport } from "../../returns/catalogueUpdate";
import { writersMessages } from "../../core/messages/sections";
import { ExcelWriteError } from "./errors";
import { readForRebuild } from "./rebuildRead";
import { requireExcelApi, runExcel } from "./run";
import { beforeFromRead, checkPlan, writeInContext, type WriteOptions, type WriteResult } from "./writePlan";

export type RebuildOptions = Omit<PlanOptions, "inputs" | "archive" | "language"> &
  Partial<Pick<PlanOptions, "language">> &
  WriteOptions;

export interface RebuildResult extends WriteResult {
  readonly report: CatalogueUpdateReport;
}

export async function rebuildWorkbook(catalogue: Catalogue, options: RebuildOptions): Promise<RebuildResult> {
  const t = writersMessages(options.messageLanguage);
  requireExcelApi(undefined, t);
  return runExcel(async (context) => {
    const { onProgress, budget, messageLanguage, ...planOptions } = options;
    const language = messageLanguage ? { messageLanguage } : {};
    onProgress?.({ phase: "prüfen", done: 0, total: 1 });
    const read = await readForRebuild(context, language);
    const carried = carryOver(read.snapshot, catalogue, options.builtAt, messageLanguage);
    if (!carried.ok)
      throw new ExcelWriteError("NotAZielbildWorkbook", t.cannotRebuild(carried.error), undefined, {
        workbookState: "unchanged",
      });
    const previous = carried.previous.meta;
    if (previous.catalogueId !== catalogue.id)
      throw new ExcelWriteError(
        "NotAZielbildWorkbook",
        t.otherCatalogue(previous.catalogueId, catalogue.id),
        undefined,
        { workbookState: "unchanged" },
      );
    const plan = buildPlan(catalogue, {
      ...(previous.unit !== undefined ? { unit: previous.unit } : {}),
      ...planOptions,
      language: options.language ?? previous.language,
      ...carried.planInputs,
    });
    checkPlan(plan, t);
    const result = await writeInContext(context, plan, beforeFromRead(read, plan), {
      ...(onProgress ? { onProgress } : {}),
      ...(budget ? { budget } : {}),
      ...language,
    });
    return { ...result, syncs: result.syncs + read.syncs, report: carried.report };
  });
}
