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

export type LevelClass =
  | { readonly kind: "blank" }
  | { readonly kind: "level"; readonly level: Level }
  | { readonly kind: "invalid" };
export type TaskTypeClass =
  | { readonly kind: "blank" }
  | { readonly kind: "task"; readonly code: TaskTypeCode }
  | { readonly kind: "both" }
  | { readonly kind: "invalid" };
export type FlagClass =
  | { readonly kind: "blank" }
  | { readonly kind: "yes" }
  | { readonly kind: "no" }
  | { readonly kind: "invalid" };

const BLANK = { kind: "blank" } as const;
const INVALID = { kind: "invalid" } as const;
const BOTH = { kind: "both" } as const;
const YES_CLASS = { kind: "yes" } as const;
const NO_CLASS = { kind: "no" } as const;
// Shared results: classification runs for every measure on every check, so it allocates nothing.
const LEVEL_CLASSES = new Map(LEVELS.map((level) => [level, { kind: "level", level } as const]));
const TASK_CLASSES = new Map(TASK_TYPES.map((t) => [t.code, { kind: "task", code: t.code } as const]));

export function isBlank(value: EnteredValue): boolean {
  return value === null || value === undefined || value === "";
}

/** Excel's EXACT against one of the scheme's (non-numeric) values. */
export function exactEquals(value: EnteredValue, text: string): boolean {
  return typeof value === "string" && value === text;
}

export function classifyLevel(value: EnteredValue, lang: Language): LevelClass {
  if (isBlank(value)) return BLANK;
  if (typeof value !== "string") return INVALID;
  for (const level of LEVELS) if (value === level.value[lang]) return LEVEL_CLASSES.get(level)!;
  return INVALID;
}

export function classifyTaskType(value: EnteredValue): TaskTypeClass {
  if (isBlank(value)) return BLANK;
  for (const task of TASK_TYPES) if (value === task.code) return TASK_CLASSES.get(task.code)!;
  return namesBothTaskTypes(value) ? BOTH : INVALID;
}

export function classifyFlag(value: EnteredValue, lang: Language): FlagClass {
  if (isBlank(value)) return BLANK;
  if (value === YES[lang]) return YES_CLASS;
  if (value === NO[lang]) return NO_CLASS;
  return INVALID;
}

/** "P/R", "PR", "P, R", "R und P", "p + r": both task types in one cell. */
export function namesBothTaskTypes(value: EnteredValue): boolean {
  if (typeof value !== "string") return false;
  const codes = TASK_TYPES.map((t) => t.code.toUpperCase());
  const letters = value
    .toUpperCase()
    .replace(/\b(UND|AND|ODER|OR)\b/g, "")
    .replace(/[\s/\\,;&+|.-]/g, "");
  if (letters.length !== codes.length) return false;
  return codes.every((code) => letters.includes(code));
}

/** A near miss worth a hint: the allowed value meant, if only spaces or upper/lower case differ. */
export function nearMiss(value: EnteredValue, allowed: readonly string[]): string | undefined {
  if (typeof value !== "string") return undefined;
  const folded = value.trim().toLocaleLowerCase("de");
  return allowed.find((a) => a !== value && a.toLocaleLowerCase("de") === folded);
}

export type FlagKey = "weiterfuehrungsbedarf" | "zustaendigkeitFraglich" | "rahmenbedingungenVeraendert";
export type FlagClasses = Readonly<Record<FlagKey, FlagClass>>;

const FLAG_KINDS: readonly FlagClass[] = [BLANK, YES_CLASS, NO_CLASS, INVALID];
/** All 64 combinations of the three flags' classes, built once and shared. */
const FLAG_COMBINATIONS: readonly FlagClasses[] = FLAG_KINDS.flatMap((a) =>
  FLAG_KINDS.flatMap((b) =>
    FLAG_KINDS.map((c) => ({
      weiterfuehrungsbedarf: a,
      zustaendigkeitFraglich: b,
      rahmenbedingungenVeraendert: c,
    })),
  ),
);

export function classifyFlags(
  inputs: Readonly<Partial<Record<FlagKey, EnteredValue>>>,
  lang: Language,
): FlagClasses {
  const a = FLAG_KINDS.indexOf(classifyFlag(inputs.weiterfuehrungsbedarf, lang));
  const b = FLAG_KINDS.indexOf(classifyFlag(inputs.zustaendigkeitFraglich, lang));
  const c = FLAG_KINDS.indexOf(classifyFlag(inputs.rahmenbedingungenVeraendert, lang));
  return FLAG_COMBINATIONS[a * 16 + b * 4 + c]!;
}
