/**
 * The bench's inputs: the synthetic catalogue of the bundled one's shape (test/fakes/syntheticCatalogue,
 * shared with the Office.js writer tests) at 1×, 10×, 100×, and the plan built from it.
 */
import { buildPlan } from "../src/layout/buildPlan";
import type { PlanOptions, WorkbookPlan } from "../src/layout/plan";
import type { Catalogue } from "../src/catalogue/model";
import { syntheticCatalogue } from "../test/fakes/syntheticCatalogue";

export const SCALES = [1, 10, 100] as const;
export type Scale = (typeof SCALES)[number];

/** Fixed so that every build is byte-for-byte reproducible. */
export const BUILT_AT = "2024-01-01T00:00:00.000Z";
export const PLAN_OPTIONS: PlanOptions = { language: "de", builtAt: BUILT_AT };

export function catalogueAt(scale: number): Catalogue {
  return syntheticCatalogue({ scale });
}

export function planAt(scale: number): WorkbookPlan {
  return buildPlan(catalogueAt(scale), PLAN_OPTIONS);
}
