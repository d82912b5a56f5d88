/**
 * both-task-types — the Aufgabe cell names both P (Pflichtaufgabe) and R (Routine), e.g. "P/R", "PR",
 * "P, R". A measure is one or the other (or neither); reported instead of value-outside-scheme.
 */
import { measureFinding, quoted, type Rule } from "../rule";

export const bothTaskTypes: Rule = {
  id: "both-task-types",
  severity: "error",
  title: { de: "P und R zugleich", en: "Both P and R" },
  description: {
    de: "In „Aufgabe (P/R)“ stehen Pflichtaufgabe und Routine zugleich (z. B. „P/R“). Eine Maßnahme ist entweder Pflichtaufgabe (P) oder Routine (R) – oder keines von beiden (leer).",
    en: "“Task (P/R)” names statutory task and routine at once (e.g. “P/R”). A measure is either a statutory task (P) or routine (R) — or neither (blank).",
  },
  check(context, emit) {
    for (const measure of context.measures) {
      if (measure.taskType.kind !== "both") continue;
      const value = measure.inputs.taskType;
      emit(
        measureFinding(this, this.severity, measure, "taskType", {
          de: `${quoted(value, "de")} nennt P und R zugleich. Bitte nur eines wählen: P (Pflichtaufgabe) oder R (Routine), oder leer lassen.`,
          en: `${quoted(value, "en")} names both P and R. Please choose one: P (statutory task) or R (routine), or leave it blank.`,
        }),
      );
    }
  },
};
