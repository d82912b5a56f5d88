/**
 * level-missing — no Zielerreichungsgrad entered. While drafting ("entwurf") that is simply "offen"
 * (info); on submission ("abgabe") every measure of the department must be rated (error). In a
 * per-unit workbook only the unit's own measures are required.
 */
import { levelByCode, LEVELS, NOT_RATED } from "../../scheme/ratingScheme";
import {
  headerOf,
  listOr,
  localized,
  measureFinding,
  quoted,
  type CheckableMeasure,
  type Rule,
  type RuleContext,
} from "../rule";

export const levelMissing: Rule = {
  id: "level-missing",
  severity: "error",
  draftSeverity: "info",
  title: localized((v, lang) => v.rules.levelMissing.title(headerOf("level")[lang])),
  description: localized((v) => v.rules.levelMissing.description),
  check(context, emit) {
    const values = LEVELS.map((l) => l.value[context.lang]);
    const unclear = levelByCode("unklar").value[context.lang];
    const header = headerOf("level");
    const submitting = context.mode === "abgabe";
    const message = localized(({ rules: { levelMissing: t } }, lang) =>
      submitting
        ? t.onSubmission(
            header[lang],
            listOr(
              values.map((v) => quoted(v, lang)),
              lang,
            ),
            quoted(unclear, lang),
          )
        : t.whileDrafting(NOT_RATED.label[lang], NOT_RATED.display[lang]),
    );
    for (const measure of context.measures) {
      if (measure.level.kind !== "blank" || !isRequired(measure, context)) continue;
      emit(
        measureFinding(
          this,
          submitting ? this.severity : (this.draftSeverity ?? this.severity),
          measure,
          "level",
          message,
        ),
      );
    }
  },
};

function isRequired(measure: CheckableMeasure, context: RuleContext): boolean {
  const unit = context.plan.meta.unit;
  if (unit === undefined) return true;
  return String(measure.inputs.unit ?? "") === unit;
}
