/** What a measure's input cells start with: entered inputs (rebuild) win over the catalogue's own values. */
import type { Measure } from "../catalogue/model";
import { INPUT_FIELDS, levelByCode, NO, YES, type Language } from "../scheme/ratingScheme";
import type { CellContent, MeasureInputs, PlanOptions } from "./plan";

/**
 * The inputs a measure's row is filled with. When entered inputs exist for the measure they replace the
 * catalogue's inputs entirely (a cleared cell stays cleared); only the unit falls back to the catalogue,
 * because the planning office maintains units in the catalogue.
 */
export function prefilledInputs(measure: Measure, options: PlanOptions, lang: Language): MeasureInputs {
  const entered = options.inputs?.get(measure.id);
  if (entered) {
    const unit = entered.unit ?? measure.unit;
    return { ...entered, ...(unit !== undefined ? { unit } : {}) };
  }
  return catalogueInputs(measure, lang);
}

function catalogueInputs(measure: Measure, lang: Language): MeasureInputs {
  const inputs: Record<string, string> = {};
  const rating = measure.rating;
  if (rating?.level) inputs.level = levelByCode(rating.level).value[lang];
  if (measure.taskType) inputs.taskType = measure.taskType;
  for (const field of INPUT_FIELDS) {
    if (field.kind !== "flag") continue;
    const flag = rating?.[field.key as "weiterfuehrungsbedarf"];
    if (flag !== undefined) inputs[field.key] = flag ? YES[lang] : NO[lang];
  }
  if (rating?.remark) inputs.remark = rating.remark;
  if (measure.unit) inputs.unit = measure.unit;
  return inputs;
}

/** A stored input as cell content. Booleans (never a valid input) stay visible as TRUE/FALSE text. */
export function inputCell(value: string | number | boolean | undefined): CellContent {
  if (value === undefined || value === "") return null;
  if (typeof value === "number") return { number: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  return { text: value };
}

/** The effective unit of a measure as text ("" when none). */
export function unitOf(inputs: MeasureInputs): string {
  const unit = inputs.unit;
  return unit === undefined ? "" : String(unit);
}
