/**
 * A deterministic synthetic catalogue: 9 action fields as in the bundled one, about 10 goals each in 2–3
 * challenges, 1–4 measures per goal (2.5 on average; the bundled catalogue has 1.5), texts of realistic
 * length (some starting with "=", "+", "-", "@"). `scale` repeats every field's goals that many times (with
 * new numbers and IDs) under the same 22 challenges. For a catalogue that grows as a real one would,
 * challenges included, see repeatedCatalogue.ts.
 */
import type { ActionField, Catalogue, Goal, Measure } from "../../src/catalogue/model";

const FIELD_NAMES = [
  "Ankommen & Aufenthalt",
  "Leben & Wohnen",
  "Sprache",
  "Bildung",
  "Arbeit & Ausbildung",
  "Gesundheit",
  "Gesellschaftliche Integration und Teilhabe",
  "Aktive Zivilgesellschaft",
  "Migrations- & Integrationsmanagement",
];
const UNITS = [
  "Fachdienst Soziales",
  "Fachdienst Bildung",
  "Migrationszentrum",
  "Jobcenter",
  "Gesundheitsamt",
];
const TRICKY_STARTS = ["=", "+", "-", "@"];

export interface SyntheticOptions {
  readonly scale?: number;
  readonly version?: string;
}

export function syntheticCatalogue(options: SyntheticOptions = {}): Catalogue {
  const scale = options.scale ?? 1;
  let goalNumber = 0;
  const actionFields: ActionField[] = FIELD_NAMES.map((name, f) => {
    const goalsPerField = 9 + (f % 3);
    const challengeCount = 2 + (f % 2);
    const goals: Goal[] = [];
    for (let copy = 0; copy < scale; copy++)
      for (let g = 0; g < goalsPerField; g++) goals.push(goal(++goalNumber, f, g, copy));
    const perChallenge = Math.ceil(goals.length / challengeCount);
    return {
      id: `hf${f + 1}`,
      number: f + 1,
      name,
      challenges: Array.from({ length: challengeCount }, (_, c) => ({
        title: `Herausforderung ${f + 1}.${c + 1}: Zugänge verbessern und Angebote bündeln`,
        goals: goals.slice(c * perChallenge, (c + 1) * perChallenge),
      })).filter((c) => c.goals.length > 0),
    };
  });
  return {
    id: "synthetic-catalogue",
    title: "Synthetischer Zielkatalog",
    version: options.version ?? "1",
    actionFields,
  };
}

function goal(number: number, field: number, index: number, copy: number): Goal {
  const count = 1 + ((number * 7 + field) % 4);
  const tricky = number % 11 === 0 ? TRICKY_STARTS[number % TRICKY_STARTS.length] : "";
  return {
    number,
    description:
      `${tricky}Ziel ${number}: Der Landkreis stellt migrations- und integrationsspezifische Informationen ` +
      `zur Verfügung und sorgt für verlässliche Ansprechpersonen in allen Kommunen (Kopie ${copy + 1}).`,
    measures: Array.from({ length: count }, (_, m): Measure => {
      const unit = (number + m) % 6 === 0 ? undefined : UNITS[(number + m) % UNITS.length];
      return {
        id: `S${String(number).padStart(4, "0")}-M${m + 1}`,
        title: `${m === 2 && tricky ? tricky : ""}Maßnahme ${m + 1} zu Ziel ${number}: Beratungsangebot ausbauen`,
        ...(unit ? { unit } : {}),
        ...((number + m) % 9 === 0 ? { taskType: "P" as const } : {}),
      };
    }),
  };
}
