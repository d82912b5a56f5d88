/**
 * The plan a read-back workbook should still match: rebuilt from the catalogue and settings the
 * workbook carries on its hidden meta sheet (language, title, unit, build time). Pure.
 */
import type { Catalogue } from "../catalogue/model";
import { decodeMeta, FORMAT_VERSION } from "../layout/metaSheet";
import type { WorkbookMeta, WorkbookPlan } from "../layout/plan";
import { planOfWorkbook } from "../layout/planOfWorkbook";
import type { WorkbookSnapshot } from "../layout/snapshot";
import type { Localized } from "../scheme/ratingScheme";

export type ExpectedPlan =
  | { readonly plan: WorkbookPlan; readonly catalogue: Catalogue; readonly meta: WorkbookMeta }
  | { readonly error: Localized };

export function expectedPlan(snapshot: WorkbookSnapshot): ExpectedPlan {
  const decoded = decodeMeta(snapshot);
  if (!decoded)
    return {
      error: {
        de: "Das ist keine Zielbild-Arbeitsmappe: das versteckte Blatt „_Zielbild“ fehlt oder ist unlesbar.",
        en: "This is not a Zielbild workbook: the hidden sheet “_Zielbild” is missing or unreadable.",
      },
    };
  const { meta, catalogue } = decoded;
  if (meta.formatVersion > FORMAT_VERSION)
    return {
      error: {
        de: `Die Arbeitsmappe stammt von einer neueren Programmversion (Format ${meta.formatVersion}, unterstützt bis ${FORMAT_VERSION}).`,
        en: `The workbook was made by a newer version (format ${meta.formatVersion}, supported up to ${FORMAT_VERSION}).`,
      },
    };
  if (!catalogue)
    return {
      error: {
        de: "Der in der Arbeitsmappe gespeicherte Zielkatalog fehlt oder ist beschädigt.",
        en: "The goal catalogue stored in the workbook is missing or damaged.",
      },
    };
  return { plan: planOfWorkbook(catalogue, meta, snapshot).plan, catalogue, meta };
}
