/**
 * The plan a read-back workbook should still match: rebuilt from the catalogue and settings the
 * workbook carries on its hidden meta sheet (language, title, unit, build time). Pure.
 */
import type { Catalogue } from "../catalogue/model";
import { buildPlan } from "../layout/buildPlan";
import { decodeMeta, FORMAT_VERSION } from "../layout/metaSheet";
import type { MeasureInputs, WorkbookMeta, WorkbookPlan } from "../layout/plan";
import { optionsOfWorkbook, planOfWorkbook, type WorkbookExtras } from "../layout/planOfWorkbook";
import { readInputs } from "../layout/readInputs";
import type { WorkbookSnapshot } from "../layout/snapshot";
import type { Localized } from "../scheme/ratingScheme";
import { localized } from "./rule";

export type ExpectedPlan =
  | { readonly plan: WorkbookPlan; readonly catalogue: Catalogue; readonly meta: WorkbookMeta }
  | { readonly error: Localized };

export function expectedPlan(snapshot: WorkbookSnapshot): ExpectedPlan {
  const decoded = decodeMeta(snapshot);
  if (!decoded) return { error: localized((v) => v.unreadable.notZielbild) };
  const { meta, catalogue, history } = decoded;
  if (meta.formatVersion > FORMAT_VERSION)
    return { error: localized((v) => v.unreadable.newerFormat(meta.formatVersion, FORMAT_VERSION)) };
  if (!catalogue) return { error: localized((v) => v.unreadable.catalogueMissing) };
  if (!history) return { error: localized((v) => v.unreadable.historyDamaged) };
  const { sent } = decoded;
  return {
    plan: workbookPlan(catalogue, meta, snapshot, { history, ...(sent ? { sent } : {}) }).plan,
    catalogue,
    meta,
  };
}

/**
 * The plan a workbook must still match, and what is entered in it. A full workbook follows the units
 * entered since it was built (planOfWorkbook). A per-unit workbook is judged as it was sent out: its
 * locks, "nicht Ihre Zuständigkeit" notes and progress line were fixed when it was built, so a unit that
 * changes a Zuständig cell changed an input (a conflict for the merge), not the file's structure.
 */
export function workbookPlan(
  catalogue: Catalogue,
  meta: WorkbookMeta,
  snapshot: WorkbookSnapshot,
  extras: WorkbookExtras & { readonly sent?: ReadonlyMap<string, MeasureInputs> } = {},
): { plan: WorkbookPlan; inputs: Map<string, MeasureInputs> } {
  if (meta.unit === undefined) return planOfWorkbook(catalogue, meta, snapshot, extras);
  // Built from a master with entries, the file showed those entries, and the units entered there decided
  // its locks and notes: it is judged against that, as it was sent out.
  const sent = extras.sent ? { inputs: new Map(extras.sent) } : {};
  const plan = buildPlan(catalogue, { ...optionsOfWorkbook(meta, extras), ...sent });
  return { plan, inputs: readInputs(plan, snapshot) };
}
