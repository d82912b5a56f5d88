/** The shapes the validation engine speaks: findings, modes and rules. */
import type { Localized } from "../scheme/ratingScheme";

export type Severity = "error" | "warning" | "info";

/** "entwurf": a department is still filling in; "abgabe": it declares its rows complete. */
export type ValidationMode = "entwurf" | "abgabe";

export const VALIDATION_MODES: readonly ValidationMode[] = ["entwurf", "abgabe"];

export type RuleId =
  | "value-outside-scheme"
  | "both-task-types"
  | "level-missing"
  | "remark-missing"
  | "responsibility-contradiction"
  | "structure"
  | "leftover-backup"
  | "history-edited";

export interface Finding {
  readonly severity: Severity;
  readonly ruleId: RuleId;
  readonly message: Localized;
  /** Name of the sheet as it stands in the workbook (or as the plan names it, when the sheet is missing). */
  readonly sheet: string;
  /** A1 address without sheet; a range ("F5:F9") when one finding covers neighbouring cells. */
  readonly cell: string;
  readonly measureId?: string;
  readonly measureTitle?: string;
  readonly fieldId?: string;
}

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
