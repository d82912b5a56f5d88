/** What every rule module exports, and the helpers rules share to phrase a finding about a measure. */
import { validationMessages, VALIDATION_MESSAGES } from "../core/messages/sections";
import type { Messages } from "../core/messages";
import type { WorkbookPlan } from "../layout/plan";
import type { WorkbookSnapshot } from "../layout/snapshot";
import { inputField, type InputKey, type Language, type Localized } from "../scheme/ratingScheme";
import type { Located, MeasureState } from "./locate";
import {
  classifyFlags,
  classifyLevel,
  classifyTaskType,
  type FlagClasses,
  type FlagKey,
  type LevelClass,
  type TaskTypeClass,
} from "./classify";
import type { Finding, RuleId, Severity, ValidationMode } from "./types";

export interface RuleContext {
  readonly plan: WorkbookPlan;
  /** The measures found in the workbook, with their inputs classified once. */
  readonly measures: readonly CheckableMeasure[];
  readonly snapshot: WorkbookSnapshot;
  readonly mode: ValidationMode;
  /** The workbook's language: it decides which values are valid ("hoch" or "high"). */
  readonly lang: Language;
  readonly located: Located;
}

export type Emit = (finding: Finding) => void;

export interface Rule {
  readonly id: RuleId;
  /** The severity of its findings (in "abgabe" mode where the mode matters). */
  readonly severity: Severity;
  /** The severity while drafting ("entwurf"), where it differs. */
  readonly draftSeverity?: Severity;
  readonly title: Localized;
  /** What is checked and why, in plain words for the planning office. */
  readonly description: Localized;
  check(context: RuleContext, emit: Emit): void;
}

/** A measure that can be checked: found in the workbook, with what is entered for it, classified. */
export interface CheckableMeasure extends MeasureState {
  readonly at: NonNullable<MeasureState["at"]>;
  readonly inputs: NonNullable<MeasureState["inputs"]>;
  readonly level: LevelClass;
  readonly taskType: TaskTypeClass;
  readonly flags: FlagClasses;
}

export type { FlagKey };

/** The measures found in the workbook; classified again only if asked for another language. */
export function checkableMeasures(located: Located, lang: Language = located.language): CheckableMeasure[] {
  const result: CheckableMeasure[] = [];
  for (const state of located.measures) {
    if (!state.at || !state.inputs || !state.level || !state.taskType || !state.flags) continue;
    result.push(
      lang === located.language ? (state as CheckableMeasure) : reclassified(state as CheckableMeasure, lang),
    );
  }
  return result;
}

function reclassified(measure: CheckableMeasure, lang: Language): CheckableMeasure {
  const { inputs } = measure;
  return {
    ...measure,
    level: classifyLevel(inputs.level, lang),
    taskType: classifyTaskType(inputs.taskType),
    flags: classifyFlags(inputs, lang),
  };
}

export function measureFinding(
  rule: Pick<Rule, "id">,
  severity: Severity,
  measure: CheckableMeasure,
  input: InputKey,
  message: Localized,
): Finding {
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    severity,
    ruleId: rule.id,
    message,
    sheet: measure.at.sheet.name,
    cell: `${measure.location.inputColumns[input]}${measure.at.row}`,
    measureId: measure.location.measureId,
  };
  if (measure.title !== undefined) finding.measureTitle = measure.title;
  finding.fieldId = measure.location.fieldId;
  return finding;
}

export function headerOf(input: InputKey): Localized {
  return inputField(input).header;
}

/** The value as the cell shows it, in the language's quotes: „hoch“, "high". */
export function quoted(value: unknown, lang: Language): string {
  const v = validationMessages(lang);
  const text = typeof value === "boolean" ? (value ? v.true : v.false) : String(value);
  return v.value(text);
}

export function listOr(values: readonly string[], lang: Language): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} ${validationMessages(lang).or} ${values[values.length - 1]}`;
}

export type ValidationMessages = Messages["validation"];

/**
 * One text in both languages from the message catalogue's validation section: a finding is made once and
 * shown in the language of whoever reads it (pane, CLI, JSON report).
 */
export function localized(text: (v: ValidationMessages, lang: Language) => string): Localized {
  return { de: text(VALIDATION_MESSAGES.de, "de"), en: text(VALIDATION_MESSAGES.en, "en") };
}
