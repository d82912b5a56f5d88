/**
 * Ratings out of a workbook: the catalogue with its ratings (JSON, importable as the next round's
 * catalogue) and the same as a CSV table with the catalogue reader's German headers. Pure.
 * Values outside the scheme cannot be expressed in the catalogue format; they are left out and returned
 * as warnings, never dropped silently.
 */
import type { Catalogue, Measure, Rating } from "../catalogue/model";
import { returnsMessages } from "../core/messages/sections";
import { COLUMNS, type ColumnKey } from "../catalogue/csvColumns";
import type { MeasureInputs } from "../layout/plan";
import { INPUT_FIELDS, levelByCode, NO, YES, type Language, type TaskTypeCode } from "../scheme/ratingScheme";
import { classifyFlag, classifyLevel, classifyTaskType } from "../validation/classify";
import { toCsv } from "./csv";
import { isBlank, shown, type InputOrUnitKey } from "./ratingFields";
import { fieldName } from "./merge";

/** Why a value was left out: not a level of the scheme, neither P nor R, neither yes nor no. */
export type ExportProblem = "notInScheme" | "notTaskType" | "notFlag";

export interface ExportWarning {
  readonly measureId: string;
  readonly key: InputOrUnitKey;
  readonly value: string;
  readonly problem: ExportProblem;
}

export interface RatedCatalogue {
  readonly catalogue: Catalogue;
  readonly warnings: readonly ExportWarning[];
}

export interface ExportOptions {
  /** Version of the exported catalogue (default: the workbook's). */
  readonly version?: string;
}

export function ratedCatalogue(
  catalogue: Catalogue,
  inputs: ReadonlyMap<string, MeasureInputs>,
  lang: Language,
  options: ExportOptions = {},
): RatedCatalogue {
  const warnings: ExportWarning[] = [];
  const actionFields = catalogue.actionFields.map((field) => ({
    ...field,
    challenges: field.challenges.map((challenge) => ({
      ...challenge,
      goals: challenge.goals.map((goal) => ({
        ...goal,
        measures: goal.measures.map((m) => ratedMeasure(m, inputs.get(m.id), lang, warnings)),
      })),
    })),
  }));
  const { $schema: _schema, ...rest } = catalogue as Catalogue & { $schema?: string };
  return { catalogue: { ...rest, version: options.version ?? catalogue.version, actionFields }, warnings };
}

function ratedMeasure(
  measure: Measure,
  entered: MeasureInputs | undefined,
  lang: Language,
  warnings: ExportWarning[],
): Measure {
  if (!entered) return measure;
  const warn = (key: InputOrUnitKey, problem: ExportProblem) =>
    warnings.push({ measureId: measure.id, key, value: shown(entered[key]), problem });
  const rating: Record<string, unknown> = {};
  let taskType: TaskTypeCode | undefined;
  for (const field of INPUT_FIELDS) {
    const value = entered[field.key];
    if (isBlank(value)) continue;
    if (field.kind === "level") {
      const level = classifyLevel(value, lang);
      if (level.kind === "level") rating.level = level.level.code;
      else warn(field.key, "notInScheme");
    } else if (field.kind === "taskType") {
      const task = classifyTaskType(value);
      if (task.kind === "task") taskType = task.code;
      else warn(field.key, "notTaskType");
    } else if (field.kind === "flag") {
      const flag = classifyFlag(value, lang);
      if (flag.kind === "invalid") warn(field.key, "notFlag");
      else rating[field.key] = flag.kind === "yes";
    } else {
      const remark = String(value).replace(/\r\n?/g, "\n");
      if (remark.trim() !== "") rating.remark = remark;
    }
  }
  // The row as read is the whole row: a blank Zuständig was cleared and is exported without a unit.
  const unit = isBlank(entered.unit) || String(entered.unit).trim() === "" ? undefined : String(entered.unit);
  const { rating: _old, taskType: _oldTask, unit: _oldUnit, unitSource, ...rest } = measure;
  return {
    ...rest,
    ...(unit !== undefined && { unit }),
    ...(unitSource !== undefined && unit === measure.unit && { unitSource }),
    ...(taskType !== undefined && { taskType }),
    ...(Object.keys(rating).length > 0 && { rating: rating as Rating }),
  };
}

export function ratedCatalogueJson(rated: Catalogue): string {
  return JSON.stringify(rated, null, 2) + "\n";
}

/** The rated catalogue as a table in the catalogue reader's columns (re-imports with loadCatalogue). */
export function ratingsCsv(rated: Catalogue): string {
  const rows: string[][] = [COLUMNS.map((c) => c.header)];
  for (const field of rated.actionFields)
    for (const challenge of field.challenges)
      for (const goal of challenge.goals)
        for (const measure of goal.measures) {
          const values: Partial<Record<ColumnKey, string>> = {
            actionField: field.name,
            challenge: challenge.title,
            goalNumber: String(goal.number),
            goalDescription: goal.description,
            measureTitle: measure.title,
            measureId: measure.id,
            unit: measure.unit ?? "",
            taskType: measure.taskType ?? "",
            ...ratingCells(measure.rating),
          };
          rows.push(COLUMNS.map((c) => values[c.key] ?? ""));
        }
  return toCsv(rows);
}

function ratingCells(rating: Rating | undefined): Partial<Record<ColumnKey, string>> {
  if (!rating) return {};
  const flag = (v: boolean | undefined) => (v === undefined ? "" : v ? YES.de : NO.de);
  return {
    level: rating.level ? levelByCode(rating.level).value.de : "",
    weiterfuehrungsbedarf: flag(rating.weiterfuehrungsbedarf),
    zustaendigkeitFraglich: flag(rating.zustaendigkeitFraglich),
    rahmenbedingungenVeraendert: flag(rating.rahmenbedingungenVeraendert),
    remark: rating.remark ?? "",
  };
}

/** "Maßnahme M1, Zielerreichungsgrad „sehr hoch“: kein Wert des Bewertungsschemas; nicht exportiert". */
export function describeWarning(w: ExportWarning, lang: Language = "de"): string {
  const t = returnsMessages(lang).export;
  return t.warning(w.measureId, fieldName(w.key, lang), w.value, t[w.problem]);
}
