/**
 * What a rebuild keeps, from a read-back workbook and a (same or newer) catalogue: the entered inputs by
 * stable measure ID, and the archive (measures that left the catalogue, with what was entered for them).
 * Pure. The decisions themselves live in catalogueUpdate.ts (three-way: old catalogue, workbook, new
 * catalogue) and readWorkbook.ts; this is the one entry point the Office.js rebuild and the CLI share.
 */
import type { Catalogue } from "../catalogue/model";
import type { Language } from "../scheme/ratingScheme";
import type { PlanOptions } from "../layout/plan";
import type { WorkbookSnapshot } from "../layout/snapshot";
import { updateCatalogue, type CatalogueUpdateReport } from "./catalogueUpdate";
import { readZielbildWorkbook, type ZielbildWorkbook } from "./readWorkbook";

export type CarryOver =
  | {
      readonly ok: true;
      readonly previous: ZielbildWorkbook;
      /** For buildPlan(next, options): entered inputs, the archive, the round and the closed rounds. */
      readonly planInputs: Required<Pick<PlanOptions, "inputs" | "archive">> &
        Pick<PlanOptions, "round" | "history">;
      readonly report: CatalogueUpdateReport;
    }
  | { readonly ok: false; readonly error: string };

export function carryOver(
  snapshot: WorkbookSnapshot,
  next: Catalogue,
  archivedAt: string,
  lang: Language = "de",
): CarryOver {
  const read = readZielbildWorkbook(snapshot, lang);
  if ("error" in read) return { ok: false, error: read.error };
  const previous = read.workbook;
  const update = updateCatalogue({
    oldCatalogue: previous.catalogue,
    newCatalogue: next,
    language: previous.meta.language,
    inputs: previous.inputs,
    archive: previous.archive,
    archivedAt,
  });
  return {
    ok: true,
    previous,
    planInputs: {
      inputs: update.inputs,
      archive: update.archive,
      ...(previous.meta.round ? { round: previous.meta.round } : {}),
      ...(previous.history.length > 0 ? { history: previous.history } : {}),
    },
    report: update.report,
  };
}

/** Every measure ID that had something entered ends up either in the new inputs or in the archive. */
export function lostInputs(result: Extract<CarryOver, { ok: true }>): string[] {
  const archived = new Set(result.planInputs.archive.map((a) => a.measureId));
  return [...result.previous.inputs]
    .filter(([, inputs]) => Object.keys(inputs).length > 0)
    .map(([id]) => id)
    .filter((id) => !result.planInputs.inputs.has(id) && !archived.has(id));
}
