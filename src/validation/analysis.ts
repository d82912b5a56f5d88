/**
 * What the pane knows about the open workbook after one read: whether it holds a Zielbild overview, and
 * if so the plan it should match, its catalogue and every measure with its inputs classified. Pure.
 */
import type { Catalogue } from "../catalogue/model";
import type { WorkbookMeta, WorkbookPlan } from "../layout/plan";
import type { WorkbookSnapshot } from "../layout/snapshot";
import type { Localized } from "../scheme/ratingScheme";
import { expectedPlan } from "./expectedPlan";
import { locate } from "./locate";
import { checkableMeasures, type CheckableMeasure } from "./rule";

export type WorkbookAnalysis =
  | { readonly kind: "none" }
  | { readonly kind: "damaged"; readonly message: Localized }
  | {
      readonly kind: "zielbild";
      readonly plan: WorkbookPlan;
      readonly catalogue: Catalogue;
      readonly meta: WorkbookMeta;
      readonly measures: readonly CheckableMeasure[];
    };

export function analyseWorkbook(snapshot: WorkbookSnapshot): WorkbookAnalysis {
  const expected = expectedPlan(snapshot);
  if ("error" in expected)
    return snapshot.meta ? { kind: "damaged", message: expected.error } : { kind: "none" };
  const { plan, catalogue, meta } = expected;
  const measures = checkableMeasures(locate(plan, snapshot), meta.language);
  return { kind: "zielbild", plan, catalogue, meta, measures };
}
