/**
 * Small catalogues, entered values and the pure stand-ins for "write the workbook and read it back",
 * shared by the round-trip tests. Everything here is cheap, so properties can run 1,000 times.
 */
import fc from "fast-check";
import { measureEntries, type Catalogue, type Measure } from "../../src/catalogue/model";
import type { MeasureInputs } from "../../src/layout/plan";
import { inputCell, prefilledInputs } from "../../src/layout/prefill";
import type { InputKey, Language } from "../../src/scheme/ratingScheme";
import { classifyFlag, classifyLevel, classifyTaskType } from "../../src/validation/classify";
import type { InputValue } from "../../src/returns/ratingFields";

export const UNITS = ["Amt A", "Amt B", "Migrationszentrum"] as const;
export const IDS = ["M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10"] as const;

/** Valid, invalid and blank values per input, including what a paste brings (numbers, booleans). */
export const VALUES: Readonly<Record<InputKey | "unit", readonly InputValue[]>> = {
  level: ["hoch", "mittel", "gering", "unklar", "sehr gut", "Hoch", 7, ""],
  taskType: ["P", "R", "P/R", ""],
  weiterfuehrungsbedarf: ["ja", "nein", "", true],
  zustaendigkeitFraglich: ["ja", "nein", ""],
  rahmenbedingungenVeraendert: ["ja", ""],
  remark: ["", "Bemerkung", "anders", "  Leerzeichen "],
  unit: [...UNITS, ""],
};
export const KEYS = Object.keys(VALUES) as (InputKey | "unit")[];

export interface MeasureSpec {
  readonly id: string;
  readonly unit?: string;
  readonly taskType?: "P" | "R";
  readonly level?: "hoch" | "gering";
  readonly goal: number;
}

/** One field, one challenge; goals as the specs say (so a measure can move between goals). */
export function catalogueOf(specs: readonly MeasureSpec[], version = "1"): Catalogue {
  const goals = [...new Set(specs.map((s) => s.goal))].sort((a, b) => a - b);
  return {
    id: "rt",
    title: "Rundreise",
    version,
    actionFields: [
      {
        id: "hf1",
        number: 1,
        name: "Feld",
        challenges: [
          {
            title: "Herausforderung",
            goals: goals.map((number) => ({
              number,
              description: `Ziel ${number}`,
              measures: specs.filter((s) => s.goal === number).map(measureOf),
            })),
          },
        ],
      },
    ],
  };
}

function measureOf(spec: MeasureSpec): Measure {
  return {
    id: spec.id,
    title: `Titel ${spec.id}`,
    ...(spec.unit !== undefined && { unit: spec.unit }),
    ...(spec.taskType !== undefined && { taskType: spec.taskType }),
    ...(spec.level !== undefined && { rating: { level: spec.level } }),
  };
}

export const specArb = (id: string): fc.Arbitrary<MeasureSpec> =>
  fc.record(
    {
      id: fc.constant(id),
      unit: fc.constantFrom(...UNITS),
      taskType: fc.constantFrom("P" as const, "R" as const),
      level: fc.constantFrom("hoch" as const, "gering" as const),
      goal: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: ["id", "goal"] },
  );

/** A catalogue over a non-empty subset of IDS. */
export const catalogueArb: fc.Arbitrary<Catalogue> = fc
  .subarray([...IDS], { minLength: 1, maxLength: 6 })
  .chain((ids) => fc.tuple(...ids.map(specArb)))
  .map((specs) => catalogueOf(specs));

export const valueArb = (key: InputKey | "unit") => fc.constantFrom(...VALUES[key]);

export const recordArb: fc.Arbitrary<MeasureInputs> = fc.record(
  Object.fromEntries(KEYS.map((k) => [k, valueArb(k)])) as Record<
    InputKey | "unit",
    fc.Arbitrary<InputValue>
  >,
  { requiredKeys: [] },
);

/**
 * What buildPlan writes for each measure and readInputs reads back: the prefilled inputs as cells
 * (booleans become "TRUE"/"FALSE" text), blanks left out. The layout test ties this to the real thing.
 */
export function writeAndReadBack(
  catalogue: Catalogue,
  inputs: ReadonlyMap<string, MeasureInputs>,
  lang: Language = "de",
): Map<string, MeasureInputs> {
  const result = new Map<string, MeasureInputs>();
  for (const { measure } of measureEntries(catalogue)) {
    const prefilled = prefilledInputs(measure, { language: lang, builtAt: "", inputs }, lang);
    const cells: Record<string, InputValue> = {};
    for (const [key, value] of Object.entries(prefilled)) {
      const cell = inputCell(value as InputValue);
      if (cell === null) continue;
      cells[key] = "text" in cell ? cell.text : "number" in cell ? cell.number : "";
    }
    result.set(measure.id, cells);
  }
  return result;
}

/** The measures validation refuses: a constrained input outside the scheme (as the engine classifies). */
export function invalidMeasures(
  inputs: ReadonlyMap<string, MeasureInputs>,
  lang: Language = "de",
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [id, entered] of inputs) {
    const bad =
      classifyLevel(entered.level, lang).kind === "invalid" ||
      ["invalid", "both"].includes(classifyTaskType(entered.taskType).kind) ||
      (["weiterfuehrungsbedarf", "zustaendigkeitFraglich", "rahmenbedingungenVeraendert"] as const).some(
        (k) => classifyFlag(entered[k], lang).kind === "invalid",
      );
    if (bad) result.set(id, ["ungültig"]);
  }
  return result;
}

export function ownerIn(
  catalogue: Catalogue,
  inputs: ReadonlyMap<string, MeasureInputs>,
  id: string,
): string {
  const measure = [...measureEntries(catalogue)].find((e) => e.measure.id === id)?.measure;
  const unit = inputs.get(id)?.unit ?? measure?.unit;
  return unit === undefined || unit === "" ? "" : String(unit);
}

/**
 * A plain assertion for property bodies: jest's expect builds an error object on every call, which
 * costs more than the property itself over 1,000 runs. fast-check reports the failing case.
 */
export function must(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === "string" ? message : message());
}
