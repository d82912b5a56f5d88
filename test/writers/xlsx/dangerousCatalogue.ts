/** A small catalogue whose texts look like formulas, for proving that catalogue text stays text. */
import type { Catalogue } from "../../../src/catalogue/model";

export const DANGEROUS_TEXTS = [
  "=1+1",
  "+49 541 501-0",
  "-Sprachförderung ausbauen",
  "@Integrationsbeauftragte",
  '=HYPERLINK("http://example.org","klick")',
  "=SUM(A1:A3)",
] as const;

export function dangerousCatalogue(): Catalogue {
  return {
    id: "test-gefaehrlich",
    title: "=Titel mit Gleichheitszeichen",
    version: "1",
    actionFields: [
      {
        id: "hf1",
        number: 1,
        name: "=Handlungsfeld & mehr",
        challenges: [
          {
            title: "-Herausforderung mit Minus",
            goals: [
              {
                number: 1,
                description: "+Ziel mit Plus",
                measures: DANGEROUS_TEXTS.slice(0, 3).map((title, i) => ({
                  id: `M-${i + 1}`,
                  title,
                  unit: i === 0 ? "=Amt" : "@Jobcenter",
                  taskType: "P" as const,
                })),
              },
            ],
          },
        ],
      },
      {
        id: "hf2",
        number: 2,
        name: "Leben & Wohnen",
        challenges: [
          {
            title: "Wohnraum",
            goals: [
              {
                number: 2,
                description: '=HYPERLINK("http://example.org","Ziel")',
                measures: DANGEROUS_TEXTS.slice(3).map((title, i) => ({ id: `M-${i + 4}`, title })),
              },
            ],
          },
        ],
      },
    ],
  };
}
