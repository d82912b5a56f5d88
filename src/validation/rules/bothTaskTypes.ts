/**
 * both-task-types — the Aufgabe cell names both P (Pflichtaufgabe) and R (Routine), e.g. "P/R", "PR",
 * "P, R". A measure is one or the other (or neither); reported instead of value-outside-scheme.
 */
import { localized, measureFinding, quoted, type Rule } from "../rule";

export const bothTaskTypes: Rule = {
  id: "both-task-types",
  severity: "error",
  title: localized((v) => v.rules.bothTaskTypes.title),
  description: localized((v) => v.rules.bothTaskTypes.description),
  check(context, emit) {
    for (const measure of context.measures) {
      if (measure.taskType.kind !== "both") continue;
      const value = measure.inputs.taskType;
      emit(
        measureFinding(
          this,
          this.severity,
          measure,
          "taskType",
          localized((v, lang) => v.rules.bothTaskTypes.message(quoted(value, lang))),
        ),
      );
    }
  },
};
