/** Small helpers over a measure's entered inputs: which keys are the rating, blank, equality, language. */
import type { MeasureInputs } from "../layout/plan";
import { INPUT_FIELDS, LEVELS, NO, YES, type InputKey, type Language } from "../scheme/ratingScheme";

export type InputValue = string | number | boolean;
export type InputOrUnitKey = InputKey | "unit";

/** The keys a department rates (everything but the responsible unit), in workbook column order. */
export const RATING_KEYS: readonly InputKey[] = INPUT_FIELDS.map((f) => f.key);
export const ALL_KEYS: readonly InputOrUnitKey[] = [...RATING_KEYS, "unit"];

export function isBlank(value: InputValue | null | undefined): value is undefined | null | "" {
  return value === undefined || value === null || value === "";
}

/** The text a cell shows for a stored value: the writers put booleans in as "TRUE"/"FALSE" text. */
export function shown(value: InputValue | null | undefined): string {
  if (isBlank(value)) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function sameValue(a: InputValue | null | undefined, b: InputValue | null | undefined): boolean {
  return shown(a) === shown(b);
}

/** Only the rating keys, blanks left out. */
export function ratingPart(inputs: MeasureInputs | undefined): MeasureInputs {
  const result: Partial<Record<InputKey, InputValue>> = {};
  for (const key of RATING_KEYS) {
    const value = inputs?.[key];
    if (!isBlank(value)) result[key] = value;
  }
  return result;
}

export function hasRating(inputs: MeasureInputs | undefined): boolean {
  return RATING_KEYS.some((key) => !isBlank(inputs?.[key]));
}

export function sameInputs(a: MeasureInputs, b: MeasureInputs, keys: readonly InputOrUnitKey[]): boolean {
  return keys.every((key) => sameValue(a[key], b[key]));
}

/** Blanks dropped: what a freshly written and read-back row yields. */
export function withoutBlanks(inputs: MeasureInputs): MeasureInputs {
  return Object.fromEntries(Object.entries(inputs).filter(([, v]) => !isBlank(v as InputValue)));
}

/** A stable text key of the rating part, for telling proposals apart. */
export function ratingKey(inputs: MeasureInputs): string {
  return JSON.stringify(RATING_KEYS.map((key) => shown(inputs[key])));
}

/**
 * A workbook in English says "high"/"yes" where a German one says "hoch"/"ja". Valid scheme values are
 * translated; anything else stays exactly as entered (validation reports it).
 */
export function translateInputs(inputs: MeasureInputs, from: Language, to: Language): MeasureInputs {
  if (from === to) return inputs;
  const result: Record<string, InputValue> = { ...(inputs as Record<string, InputValue>) };
  for (const field of INPUT_FIELDS) {
    const value = inputs[field.key];
    if (typeof value !== "string") continue;
    if (field.kind === "level") {
      const level = LEVELS.find((l) => l.value[from] === value);
      if (level) result[field.key] = level.value[to];
    } else if (field.kind === "flag") {
      if (value === YES[from]) result[field.key] = YES[to];
      else if (value === NO[from]) result[field.key] = NO[to];
    }
  }
  return result;
}

/**
 * Read-back rows as inputs for a build, with a blank Zuständig kept blank: a row read from a workbook is
 * the whole row, so a Zuständig cell that is empty there was cleared (or never had a unit), and the build
 * must not fill it from the catalogue again (buildPlan only falls back to the catalogue's unit when the
 * inputs name none; "" names an empty one).
 */
export function keepClearedUnits(inputs: ReadonlyMap<string, MeasureInputs>): Map<string, MeasureInputs> {
  return new Map(
    [...inputs].map(([id, row]): [string, MeasureInputs] => [
      id,
      isBlank(row.unit) ? { ...row, unit: "" } : row,
    ]),
  );
}

/** A measure counts as rated when it has a Zielerreichungsgrad (pre-filled P/R or ja/nein do not count). */
export function isRated(inputs: MeasureInputs | undefined): boolean {
  return !isBlank(inputs?.level);
}
