/** Small synthetic catalogues for the layout tests (the real one is tested separately when present). */
import { measureEntries, type ActionField, type Catalogue, type Measure } from "../../src/catalogue/model";
import type { PlanOptions } from "../../src/layout/plan";

export const UNITS = ["Fachdienst Soziales", "Amt für Wohnen*", "Migrationszentrum"] as const;

const FIELD_NAMES = [
  "Ankommen & Aufenthalt",
  "Migrations- & Integrationsmanagement",
  "=Bildung: Sprache / Schule?",
  "Wohnen",
];

export interface FixtureShape {
  readonly fields?: number;
  readonly challengesPerField?: number;
  readonly goalsPerChallenge?: number;
  readonly measuresPerGoal?: (goalNumber: number) => number;
}

/** A catalogue with awkward names and texts: a 36-character field name, forbidden characters, "=" starts. */
export function fixtureCatalogue(shape: FixtureShape = {}): Catalogue {
  const fields = shape.fields ?? 3;
  const challenges = shape.challengesPerField ?? 2;
  const goals = shape.goalsPerChallenge ?? 2;
  const measuresPerGoal = shape.measuresPerGoal ?? ((n: number) => 1 + (n % 3));
  let goalNumber = 0;
  let measureNumber = 0;
  const actionFields: ActionField[] = Array.from({ length: fields }, (_, f) => ({
    id: `hf${f + 1}`,
    number: f + 1,
    name: FIELD_NAMES[f % FIELD_NAMES.length]! + (f >= FIELD_NAMES.length ? ` ${f + 1}` : ""),
    challenges: Array.from({ length: challenges }, (_, c) => ({
      title: `Herausforderung ${f + 1}.${c + 1}`,
      goals: Array.from({ length: goals }, () => {
        goalNumber++;
        return {
          number: goalNumber,
          description:
            goalNumber % 4 === 0
              ? `=Ziel ${goalNumber} beginnt mit Gleichheitszeichen`
              : `Ziel ${goalNumber}: Beschreibung`,
          measures: Array.from({ length: measuresPerGoal(goalNumber) }, (): Measure => {
            measureNumber++;
            const unit = measureNumber % 5 === 0 ? undefined : UNITS[measureNumber % UNITS.length];
            return {
              id: `M-${String(measureNumber).padStart(3, "0")}`,
              title: measureNumber % 6 === 0 ? `+Maßnahme ${measureNumber}` : `Maßnahme ${measureNumber}`,
              ...(unit ? { unit } : {}),
              ...(measureNumber % 7 === 0 ? { taskType: "P" as const } : {}),
            };
          }),
        };
      }),
    })),
  }));
  return { id: "test-katalog", title: "Testkatalog Integration", version: "2024-1", actionFields };
}

export function fixtureOptions(overrides: Partial<PlanOptions> = {}): PlanOptions {
  return { language: "de", builtAt: "2024-05-01T10:00:00.000Z", ...overrides };
}

/** The fixture catalogue with unit `from` renamed to `to` on every measure, and those measures' IDs. */
export function catalogueWithUnitRenamed(
  from: string,
  to: string,
): { catalogue: Catalogue; ids: Set<string> } {
  const catalogue = fixtureCatalogue();
  const ids = new Set<string>();
  for (const { measure } of measureEntries(catalogue))
    if (measure.unit === from) {
      (measure as { unit?: string }).unit = to;
      ids.add(measure.id);
    }
  return { catalogue, ids };
}

/** Many action fields with two measures each (units from UNITS, every fourth without): for limits. */
export function manyFieldsCatalogue(count: number): Catalogue {
  return {
    id: "viele-felder",
    title: "Viele Handlungsfelder",
    version: "1",
    actionFields: Array.from({ length: count }, (_, f) => ({
      id: `hf${f + 1}`,
      number: f + 1,
      name: `Handlungsfeld mit einem recht langen Namen ${f + 1}`,
      challenges: [
        {
          title: "Herausforderung",
          goals: [
            {
              number: f + 1,
              description: `Ziel ${f + 1}`,
              measures: [0, 1].map((m) => ({
                id: `m${f + 1}-${m}`,
                title: `Maßnahme ${m}`,
                ...((f + m) % 4 === 3 ? {} : { unit: UNITS[(f + m) % UNITS.length]! }),
              })),
            },
          ],
        },
      ],
    })),
  };
}
