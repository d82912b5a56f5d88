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
import { measureFinding, quoted, type CheckableMeasure, type FlagKey, type Rule } from "../rule";

const CONSTRAINED = INPUT_FIELDS.filter((f) => f.kind !== "text");
const HIGH = levelByCode("hoch").value;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const valueOutsideScheme: Rule = {
  id: "value-outside-scheme",
  severity: "error",
  title: { de: "Wert außerhalb des Bewertungsschemas", en: "Value outside the rating scheme" },
  description: {
    de: `Ein Auswahlfeld (${CONSTRAINED.map((f) => f.header.de).join(", ")}) enthält einen Wert, den die Auswahlliste nicht anbietet – etwa hineinkopiert. Die Schreibweise muss genau stimmen: „${capitalized(HIGH.de)}“ oder „ ${HIGH.de}“ (mit Leerzeichen) sind ungültig – genau so zählen auch die Formeln der Datei solche Maßnahmen als „${INVALID_DISPLAY.de}“.`,
    en: `A choice cell (${CONSTRAINED.map((f) => f.header.en).join(", ")}) holds a value its dropdown does not offer, e.g. pasted in. The spelling must match exactly: “${capitalized(HIGH.en)}” or “ ${HIGH.en}” (with a space) are invalid — exactly as the workbook's formulas count such measures as “${INVALID_DISPLAY.en}”.`,
  },
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

function message(field: InputField, value: EnteredValue, lang: Language) {
  const allowed = allowedValues(field, lang);
  const meant = nearMiss(value, allowed);
  const de =
    `Ungültiger Wert ${quoted(value, "de")} in „${field.header.de}“. Erlaubt sind ${allowed.map((a) => quoted(a, "de")).join(", ")} oder leer.` +
    (meant
      ? ` Gemeint ist wohl ${quoted(meant, "de")} – die Schreibweise muss genau stimmen (Groß-/Kleinschreibung, keine Leerzeichen).`
      : "") +
    ` Bitte den Wert aus der Auswahlliste wählen; bis dahin zählt die Übersicht die Maßnahme als „${INVALID_DISPLAY.de}“.`;
  const en =
    `Invalid value ${quoted(value, "en")} in “${field.header.en}”. Allowed are ${allowed.map((a) => quoted(a, "en")).join(", ")} or blank.` +
    (meant
      ? ` Probably ${quoted(meant, "en")} is meant — the spelling must match exactly (case, no spaces).`
      : "") +
    ` Please pick the value from the dropdown; until then the summary counts the measure as “${INVALID_DISPLAY.en}”.`;
  return { de, en };
}
