/**
 * The bench's inputs: the synthetic catalogue (test/fakes/syntheticCatalogue, shared with the Office.js writer
 * tests) at 1×, 10×, 100×, and the plan built from it; and for the Excel figures also the bundled catalogue
 * itself repeated 1, 10, 100 times (test/fakes/repeatedCatalogue), whose challenges grow with it.
 *
 * The synthetic 1× is larger than the bundled catalogue (225 measures to 134, 33 kB of text to 23 kB) and
 * keeps 22 challenges at every scale; the repeated bundled one is what "a 100× catalogue" means.
 */
import { buildPlan } from "../src/layout/buildPlan";
import type { PlanOptions, WorkbookPlan } from "../src/layout/plan";
import type { Catalogue } from "../src/catalogue/model";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCatalogueJson } from "../src/catalogue/readJson";
import { repeatedCatalogue } from "../test/fakes/repeatedCatalogue";
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

const BUNDLED = path.resolve(__dirname, "../seeds/konzept-migration-integration-2018-2022.json");

/** The bundled catalogue `scale` times over (challenges, goals and measures alike). */
export function bundledAt(scale: number): Catalogue {
  return repeatedCatalogue(parseCatalogueJson(readFileSync(BUNDLED, "utf8"), BUNDLED), scale);
}
