import type { Catalogue } from "../catalogue/model";
import { buildPlan } from "./buildPlan";
import type {
  ArchivedMeasure,
  MeasureInputs,
  PastRound,
  PlanOptions,
  WorkbookMeta,
  WorkbookPlan,
} from "./plan";
import { readInputs } from "./readInputs";
import type { WorkbookSnapshot } from "./snapshot";

/** What a workbook carries besides its meta that shapes its plan. */
export interface WorkbookExtras {
  readonly archive?: readonly ArchivedMeasure[];
  readonly history?: readonly PastRound[];
}

/**
 * The options a workbook was built with, from its meta (language, title, build time, unit, round) and
 * what it carries (archive, closed rounds): a rebuild, an update or a merge passes them on unchanged.
 */
export function optionsOfWorkbook(meta: WorkbookMeta, extras: WorkbookExtras = {}): PlanOptions {
  return {
    language: meta.language,
    title: meta.title,
    builtAt: meta.builtAt,
    ...(meta.unit !== undefined ? { unit: meta.unit } : {}),
    ...(meta.round ? { round: meta.round } : {}),
    ...(extras.archive && extras.archive.length > 0 ? { archive: extras.archive } : {}),
    ...(extras.history && extras.history.length > 0 ? { history: extras.history } : {}),
  };
}

/**
 * The plan a read-back workbook was built from, rebuilt from the catalogue and settings on its meta
 * sheet, together with what is entered in it. Entered units shape the plan (the Listen sheet, the
 * per-unit notes), so the plan is built once, the inputs read, and built again with them.
 */
export function planOfWorkbook(
  catalogue: Catalogue,
  meta: WorkbookMeta,
  snapshot: WorkbookSnapshot,
  extras: WorkbookExtras = {},
): { plan: WorkbookPlan; inputs: Map<string, MeasureInputs> } {
  const options = optionsOfWorkbook(meta, extras);
  const inputs = readInputs(buildPlan(catalogue, options), snapshot);
  return { plan: buildPlan(catalogue, { ...options, inputs }), inputs };
}
