/** Counts per action field and per unit from the workbook's live inputs, classified as the formulas do. */
import type { Catalogue } from "../../catalogue/model";
import { LEVEL_CODES, type LevelCode } from "../../scheme/ratingScheme";
import type { CheckableMeasure } from "../../validation/rule";

export interface LevelCounts {
  readonly levels: Readonly<Record<LevelCode, number>>;
  /** No degree of goal achievement entered. */
  readonly open: number;
  /** Something entered that is not a value of the scheme. */
  readonly invalid: number;
  readonly total: number;
}

export interface FieldOverview {
  readonly fieldId: string;
  readonly name: string;
  readonly counts: LevelCounts;
}

export function countLevels(measures: readonly CheckableMeasure[]): LevelCounts {
  const levels = Object.fromEntries(LEVEL_CODES.map((code) => [code, 0])) as Record<LevelCode, number>;
  let open = 0;
  let invalid = 0;
  for (const measure of measures) {
    if (measure.level.kind === "level") levels[measure.level.level.code]++;
    else if (measure.level.kind === "blank") open++;
    else invalid++;
  }
  return { levels, open, invalid, total: measures.length };
}

export function ratedCount(counts: LevelCounts): number {
  return counts.total - counts.open - counts.invalid;
}

export function fieldOverview(catalogue: Catalogue, measures: readonly CheckableMeasure[]): FieldOverview[] {
  return catalogue.actionFields.map((field) => ({
    fieldId: field.id,
    name: `${field.number} ${field.name}`,
    counts: countLevels(measures.filter((m) => m.location.fieldId === field.id)),
  }));
}

export interface UnitProgress {
  /** The unit as entered in the workbook; null for measures without a unit. */
  readonly unit: string | null;
  readonly rated: number;
  readonly total: number;
}

export function unitProgress(measures: readonly CheckableMeasure[]): UnitProgress[] {
  const byUnit = new Map<string | null, { rated: number; total: number }>();
  for (const measure of measures) {
    const raw = measure.inputs.unit;
    const unit = raw === undefined || String(raw).trim() === "" ? null : String(raw).trim();
    const entry = byUnit.get(unit) ?? { rated: 0, total: 0 };
    entry.total++;
    if (measure.level.kind === "level") entry.rated++;
    byUnit.set(unit, entry);
  }
  return [...byUnit]
    .map(([unit, counts]) => ({ unit, ...counts }))
    .sort((a, b) => (a.unit === null ? 1 : b.unit === null ? -1 : a.unit.localeCompare(b.unit, "de")));
}
