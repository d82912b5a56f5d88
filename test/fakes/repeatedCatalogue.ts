/**
 * A catalogue `times` as large as the given one, of the same shape: every action field holds its challenges
 * `times` over, each copy with its own goals (numbered on) and measure IDs (suffixed "-K2", "-K3", …). So a
 * 100× bundled catalogue has 100 times its 41 challenges, 89 goals and 134 measures, as a real catalogue that
 * size would — unlike the synthetic one, whose challenges stay 22 at every scale.
 */
import type { Catalogue } from "../../src/catalogue/model";

export function repeatedCatalogue(catalogue: Catalogue, times: number): Catalogue {
  let number = 0;
  return {
    ...catalogue,
    actionFields: catalogue.actionFields.map((field) => ({
      ...field,
      challenges: Array.from({ length: times }, (_, copy) =>
        field.challenges.map((challenge) => ({
          ...challenge,
          goals: challenge.goals.map((goal) => ({
            ...goal,
            number: ++number,
            measures: goal.measures.map((m) => ({ ...m, id: copy === 0 ? m.id : `${m.id}-K${copy + 1}` })),
          })),
        })),
      ).flat(),
    })),
  };
}
