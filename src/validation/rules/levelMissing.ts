/**
 * level-missing — no Zielerreichungsgrad entered. While drafting ("entwurf") that is simply "offen"
 * (info); on submission ("abgabe") every measure of the department must be rated (error). In a
 * per-unit workbook only the unit's own measures are required.
 */
import { levelByCode, LEVELS, NOT_RATED } from "../../scheme/ratingScheme";
import {
  headerOf,
  listOr,
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
  title: { de: `${headerOf("level").de} fehlt`, en: `${headerOf("level").en} missing` },
  description: {
    de: "Für eine Maßnahme ist kein Zielerreichungsgrad eingetragen. Im Entwurf ist das ein Hinweis („offen“), bei der Abgabe ein Fehler: Wer abgibt, erklärt seine Zeilen für vollständig. In einer Datei für eine Organisationseinheit zählen nur deren Maßnahmen.",
    en: "A measure has no degree of goal achievement. While drafting this is a note (“open”); on submission it is an error: submitting declares the rows complete. In a per-unit file only that unit's measures count.",
  },
  check(context, emit) {
    const values = LEVELS.map((l) => l.value[context.lang]);
    const unclear = levelByCode("unklar").value[context.lang];
    const header = headerOf("level");
    const submitting = context.mode === "abgabe";
    const message = {
      de: submitting
        ? `${header.de} fehlt. Bei der Abgabe muss jede Maßnahme bewertet sein: bitte ${listOr(
            values.map((v) => quoted(v, "de")),
            "de",
          )} wählen (${quoted(unclear, "de")}, wenn keine Einschätzung möglich ist).`
        : `${NOT_RATED.label.de} (${NOT_RATED.display.de}).`,
      en: submitting
        ? `${header.en} missing. On submission every measure must be rated: please choose ${listOr(
            values.map((v) => quoted(v, "en")),
            "en",
          )} (${quoted(unclear, "en")} if no assessment is possible).`
        : `${NOT_RATED.label.en} (${NOT_RATED.display.en}).`,
    };
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
