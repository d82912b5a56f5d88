/**
 * value-outside-scheme — a constrained input (Zielerreichungsgrad, Aufgabe, the yes/no flags) holds a
 * value its dropdown does not offer: typed or pasted past the data validation. The workbook counts such
 * a measure as "ungültig", so the finding and the Übersicht agree. "P/R" is left to both-task-types.
 */
import {
  allowedValues,
  INPUT_FIELDS,
  INVALID_DISPLAY,
  levelByCode,
  type InputField,
  type Language,
  type Localized,
} from "../../scheme/ratingScheme";
import { nearMiss, type EnteredValue } from "../classify";
import { localized, measureFinding, quoted, type CheckableMeasure, type FlagKey, type Rule } from "../rule";

const CONSTRAINED = INPUT_FIELDS.filter((f) => f.kind !== "text");
const HIGH = levelByCode("hoch").value;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const valueOutsideScheme: Rule = {
  id: "value-outside-scheme",
  severity: "error",
  title: localized((v) => v.rules.valueOutsideScheme.title),
  description: localized((v, lang) =>
    v.rules.valueOutsideScheme.description(
      CONSTRAINED.map((f) => f.header[lang]).join(", "),
      capitalized(HIGH[lang]),
      HIGH[lang],
      INVALID_DISPLAY[lang],
    ),
  ),
  check(context, emit) {
    // The same wrong value recurs (pasted down a column): phrase each (field, value) once.
    const messages = new Map<string, Localized>();
    for (const measure of context.measures) {
      for (const field of CONSTRAINED) {
        if (!isOutside(field, measure)) continue;
        const value = measure.inputs[field.key];
        const key = `${field.key}\u0000${typeof value}\u0000${String(value)}`;
        let text = messages.get(key);
        if (!text) messages.set(key, (text = message(field, value, context.lang)));
        emit(measureFinding(this, this.severity, measure, field.key, text));
      }
    }
  },
};

function isOutside(field: InputField, measure: CheckableMeasure): boolean {
  switch (field.kind) {
    case "level":
      return measure.level.kind === "invalid";
    case "taskType":
      return measure.taskType.kind === "invalid";
    case "flag":
      return measure.flags[field.key as FlagKey].kind === "invalid";
    case "text":
      return false;
  }
}

function message(field: InputField, value: EnteredValue, lang: Language): Localized {
  const allowed = allowedValues(field, lang);
  const meant = nearMiss(value, allowed);
  return localized((v, to) =>
    v.rules.valueOutsideScheme.message(
      quoted(value, to),
      field.header[to],
      allowed.map((a) => quoted(a, to)).join(", "),
      meant ? quoted(meant, to) : undefined,
      INVALID_DISPLAY[to],
    ),
  );
}
