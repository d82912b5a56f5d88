import type { Catalogue } from "../catalogue/model";
import { buildPlan } from "./buildPlan";
import type { ArchivedMeasure, MeasureInputs, PlanOptions, WorkbookMeta, WorkbookPlan } from "./plan";
import { readInputs } from "./readInputs";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * The plan a read-back workbook was built from, rebuilt from the catalogue and settings on its meta
 * sheet, together with what is entered in it. Entered units shape the plan (the Listen sheet, the
 * per-unit notes), so the plan is built once, the inputs read, and built again with them.
 */
export function planOfWorkbook(
  catalogue: Catalogue,
  meta: WorkbookMeta,
  snapshot: WorkbookSnapshot,
  archive: readonly ArchivedMeasure[] = [],
): { plan: WorkbookPlan; inputs: Map<string, MeasureInputs> } {
  const options: PlanOptions = {
    language: meta.language,
    title: meta.title,
    builtAt: meta.builtAt,
    ...(meta.unit !== undefined ? { unit: meta.unit } : {}),
    ...(archive.length > 0 ? { archive } : {}),
  };
  const inputs = readInputs(buildPlan(catalogue, options), snapshot);
  return { plan: buildPlan(catalogue, { ...options, inputs }), inputs };
}
