/**
 * The validation engine: one call for the task pane, the CLI and the merge of returns.
 * Pure and fast — no I/O; the workbook is located once, then every rule runs over that.
 */
import type { WorkbookPlan } from "../layout/plan";
import type { WorkbookSnapshot } from "../layout/snapshot";
import { measureEntries, type Catalogue } from "../catalogue/model";
import { locate } from "./locate";
import { RULES } from "./rules";
import { checkableMeasures, type Rule, type RuleContext } from "./rule";
import type { Finding, ValidationMode } from "./types";

export interface ValidateOptions {
  readonly mode: ValidationMode;
  /** Gives findings the measure's title; without it they carry the ID only. */
  readonly catalogue?: Catalogue;
  /** Run only these rules (default: all). */
  readonly rules?: readonly Rule[];
}

export function validateWorkbook(
  plan: WorkbookPlan,
  snapshot: WorkbookSnapshot,
  options: ValidateOptions,
): Finding[] {
  const located = locate(plan, snapshot, options.catalogue ? titlesOf(options.catalogue) : undefined);
  const lang = plan.meta.language;
  const measures = checkableMeasures(located, lang);
  const context: RuleContext = { plan, snapshot, mode: options.mode, lang, located, measures };
  const findings: Finding[] = [];
  const emit = (finding: Finding) => void findings.push(finding);
  for (const rule of options.rules ?? RULES) rule.check(context, emit);
  return findings;
}

const titleCache = new WeakMap<Catalogue, Map<string, string>>();

/** Measure titles by ID; cached per catalogue object, since the pane validates again and again. */
function titlesOf(catalogue: Catalogue): Map<string, string> {
  let titles = titleCache.get(catalogue);
  if (titles) return titles;
  titles = new Map<string, string>();
  for (const { measure } of measureEntries(catalogue)) titles.set(measure.id, measure.title);
  titleCache.set(catalogue, titles);
  return titles;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

export function countBySeverity(findings: readonly Finding[]): Record<Finding["severity"], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
