/**
 * Rebuilds the open overview from a (same or newer) catalogue without losing anything entered: reads all
 * inputs first, builds the new plan with them (measures that left the catalogue go to the archive), writes.
 */
import type { Catalogue } from "../../catalogue/model";
import { buildPlan } from "../../layout/buildPlan";
import type { PlanOptions } from "../../layout/plan";
import { carryOver } from "../../returns/carryOver";
import type { CatalogueUpdateReport } from "../../returns/catalogueUpdate";
import { ExcelWriteError } from "./errors";
import { readWorkbook } from "./readWorkbook";
import { writePlanToWorkbook, type WriteOptions, type WriteResult } from "./writePlan";

export type RebuildOptions = Omit<PlanOptions, "inputs" | "archive" | "language"> &
  Partial<Pick<PlanOptions, "language">> &
  WriteOptions;

export interface RebuildResult extends WriteResult {
  readonly report: CatalogueUpdateReport;
}

export async function rebuildWorkbook(catalogue: Catalogue, options: RebuildOptions): Promise<RebuildResult> {
  const snapshot = await readWorkbook();
  const carried = carryOver(snapshot, catalogue, options.builtAt);
  if (!carried.ok)
    throw new ExcelWriteError(
      "NotAZielbildWorkbook",
      `Die geöffnete Arbeitsmappe kann nicht neu aufgebaut werden: ${carried.error}.`,
    );
  const previous = carried.previous.meta;
  if (previous.catalogueId !== catalogue.id)
    throw new ExcelWriteError(
      "NotAZielbildWorkbook",
      `Die geöffnete Übersicht gehört zum Katalog „${previous.catalogueId}“, nicht zu „${catalogue.id}“. ` +
        `Bitte eine neue Arbeitsmappe für diesen Katalog erstellen.`,
    );
  const { onProgress, budget, ...planOptions } = options;
  const plan = buildPlan(catalogue, {
    ...(previous.unit !== undefined ? { unit: previous.unit } : {}),
    ...planOptions,
    language: options.language ?? previous.language,
    ...carried.planInputs,
  });
  const result = await writePlanToWorkbook(plan, {
    ...(onProgress ? { onProgress } : {}),
    ...(budget ? { budget } : {}),
  });
  return { ...result, report: carried.report };
}
