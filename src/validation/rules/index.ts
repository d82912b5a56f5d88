/**
 * Every rule the engine runs, in the order their findings are listed. The task pane, the CLI and
 * docs/pruefregeln.md list what is checked from here.
 */
import type { Rule } from "../rule";
import { bothTaskTypes } from "./bothTaskTypes";
import { historyEdited } from "./historyEdited";
import { leftoverBackups } from "./leftoverBackups";
import { levelMissing } from "./levelMissing";
import { remarkMissing } from "./remarkMissing";
import { responsibilityContradiction } from "./responsibilityContradiction";
import { structure } from "./structure";
import { valueOutsideScheme } from "./valueOutsideScheme";

export const RULES: readonly Rule[] = [
  structure,
  leftoverBackups,
  historyEdited,
  valueOutsideScheme,
  bothTaskTypes,
  levelMissing,
  remarkMissing,
  responsibilityContradiction,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
