/**
 * How an entered value is classified — the same way the workbook's formulas do it, so that the
 * findings and the Übersicht's counts (rated / open / invalid) never disagree.
 *
 * The Status formula (src/layout/formulas.ts) accepts a cell when it is blank (cell="") or EXACT equal
 * to one of the scheme's values: case-sensitive, no trimming. So "Hoch", " hoch" and "p" are invalid,
 * and a number or TRUE/FALSE is never valid.
 */
import {
  LEVELS,
  NO,
  TASK_TYPES,
  YES,
  type Language,
  type Level,
  type TaskTypeCode,
} from "../scheme/ratingScheme";

export type EnteredValue = string | number | boolean | null | undefined;

export type LevelClass = { kind: "blank" } | { kind: "level"; level: Level } | { kind: "invalid" };
export type TaskTypeClass =
  { kind: "blank" } | { kind: "task"; code: TaskTypeCode } | { kind: "both" } | { kind: "invalid" };
export type FlagClass = { kind: "blank" } | { kind: "yes" } | { kind: "no" } | { kind: "invalid" };

export function isBlank(value: EnteredValue): boolean {
  return value === null || value === undefined || value === "";
}

/** Excel's EXACT against one of the scheme's (non-numeric) values. */
export function exactEquals(value: EnteredValue, text: string): boolean {
  return typeof value === "string" && value === text;
}

export function classifyLevel(value: EnteredValue, lang: Language): LevelClass {
  if (isBlank(value)) return { kind: "blank" };
  const level = LEVELS.find((l) => exactEquals(value, l.value[lang]));
  return level ? { kind: "level", level } : { kind: "invalid" };
}

export function classifyTaskType(value: EnteredValue): TaskTypeClass {
  if (isBlank(value)) return { kind: "blank" };
  const task = TASK_TYPES.find((t) => exactEquals(value, t.code));
  if (task) return { kind: "task", code: task.code };
  return namesBothTaskTypes(value) ? { kind: "both" } : { kind: "invalid" };
}

export function classifyFlag(value: EnteredValue, lang: Language): FlagClass {
  if (isBlank(value)) return { kind: "blank" };
  if (exactEquals(value, YES[lang])) return { kind: "yes" };
  if (exactEquals(value, NO[lang])) return { kind: "no" };
  return { kind: "invalid" };
}

/** "P/R", "PR", "P, R", "R und P", "p + r": both task types in one cell. */
export function namesBothTaskTypes(value: EnteredValue): boolean {
  if (typeof value !== "string") return false;
  const codes = TASK_TYPES.map((t) => t.code.toUpperCase());
  const letters = value
    .toUpperCase()
    .replace(/\b(UND|AND|ODER|OR)\b/g, "")
    .replace(/[\s/\\,;&+|.\-]/g, "");
  if (letters.length !== codes.length) return false;
  return codes.every((code) => letters.includes(code));
}

/** A near miss worth a hint: the allowed value meant, if only spaces or upper/lower case differ. */
export function nearMiss(value: EnteredValue, allowed: readonly string[]): string | undefined {
  if (typeof value !== "string") return undefined;
  const folded = value.trim().toLocaleLowerCase("de");
  return allowed.find((a) => a !== value && a.toLocaleLowerCase("de") === folded);
}
