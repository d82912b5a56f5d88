/**
 * The goal catalogue: Handlungsfelder → Herausforderungen → Ziele → Maßnahmen.
 * Plain data, no behaviour; `schema.ts` checks it, the readers produce it.
 */
import type { LevelCode, TaskTypeCode } from "../scheme/ratingScheme";

export interface Catalogue {
  /** Stable identifier of the catalogue, e.g. "lkos-migration-integration-2018-2022". */
  readonly id: string;
  readonly title: string;
  /** Version of this catalogue; a later version keeps measure IDs so ratings carry over. */
  readonly version: string;
  readonly source?: CatalogueSource;
  readonly actionFields: readonly ActionField[];
}

export interface CatalogueSource {
  readonly title: string;
  readonly publisher?: string;
  /** ISO date (YYYY-MM-DD) of the source document. */
  readonly date?: string;
  readonly note?: string;
}

export interface ActionField {
  /** Stable identifier, e.g. "hf1". */
  readonly id: string;
  /** Position in the report, 1-based. */
  readonly number: number;
  readonly name: string;
  readonly challenges: readonly Challenge[];
}

export interface Challenge {
  /** Heading of the challenge (Herausforderung). */
  readonly title: string;
  readonly goals: readonly Goal[];
}

export interface Goal {
  /** Goal number, unique across the catalogue. */
  readonly number: number;
  readonly description: string;
  readonly measures: readonly Measure[];
}

export interface Measure {
  /** Stable ID: survives renumbering and re-ordering; ratings are matched by it. */
  readonly id: string;
  readonly title: string;
  /** Responsible organisational unit (zuständige Organisationseinheit). */
  readonly unit?: string;
  /** Where the unit comes from (e.g. "Bericht, Abschnitt 3.2"), so nobody has to guess. */
  readonly unitSource?: string;
  readonly taskType?: TaskTypeCode;
  /** Ratings of a previous round, if the catalogue carries them. */
  readonly rating?: Rating;
}

export interface Rating {
  readonly level?: LevelCode;
  readonly weiterfuehrungsbedarf?: boolean;
  readonly zustaendigkeitFraglich?: boolean;
  readonly rahmenbedingungenVeraendert?: boolean;
  readonly remark?: string;
}

/** A measure together with where it sits in the catalogue. */
export interface MeasureEntry {
  readonly field: ActionField;
  readonly challenge: Challenge;
  readonly goal: Goal;
  readonly measure: Measure;
}

export function* measureEntries(catalogue: Catalogue): Generator<MeasureEntry> {
  for (const field of catalogue.actionFields)
    for (const challenge of field.challenges)
      for (const goal of challenge.goals)
        for (const measure of goal.measures) yield { field, challenge, goal, measure };
}

export function goalsOf(field: ActionField): Goal[] {
  return field.challenges.flatMap((c) => c.goals);
}

export function measuresOf(field: ActionField): Measure[] {
  return goalsOf(field).flatMap((g) => g.measures);
}

export interface CatalogueSummary {
  readonly actionFields: number;
  readonly challenges: number;
  readonly goals: number;
  readonly measures: number;
  readonly units: readonly string[];
  readonly perField: readonly { name: string; goals: number; measures: number }[];
}

export function summarize(catalogue: Catalogue): CatalogueSummary {
  const perField = catalogue.actionFields.map((field) => ({
    name: field.name,
    goals: goalsOf(field).length,
    measures: measuresOf(field).length,
  }));
  const units = new Set<string>();
  for (const { measure } of measureEntries(catalogue)) if (measure.unit) units.add(measure.unit);
  return {
    actionFields: catalogue.actionFields.length,
    challenges: catalogue.actionFields.reduce((n, f) => n + f.challenges.length, 0),
    goals: perField.reduce((n, f) => n + f.goals, 0),
    measures: perField.reduce((n, f) => n + f.measures, 0),
    units: [...units].sort((a, b) => a.localeCompare(b, "de")),
    perField,
  };
}
