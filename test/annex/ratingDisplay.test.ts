/**
 * The annex shows what the workbook shows: for random inputs (valid, blank and outside the scheme) the
 * Bewertung text of the annex equals the Bewertung formula computed by a real engine (HyperFormula).
 */
import { ratingDisplay } from "../../src/annex/model";
import { buildPlan } from "../../src/layout/buildPlan";
import { COL_RATING } from "../../src/layout/fieldLayout";
import { columnLetter } from "../../src/core/address";
import type { MeasureInputs } from "../../src/layout/plan";
import { measureEntries } from "../../src/catalogue/model";
import { PALETTE } from "../../src/layout/styles";
import { LEVELS, type Language } from "../../src/scheme/ratingScheme";
import { loadPlan, valueOf } from "../layout/engine";
import { fixtureCatalogue, fixtureOptions } from "../layout/fixtures";
import { pick, prng } from "../layout/random";

const LEVEL_VALUES = (lang: Language) => [
  ...LEVELS.map((l) => l.value[lang]),
  "",
  "Hoch",
  " hoch",
  "sehr gut",
];
const TASKS = ["", "P", "R", "p", "P/R", "X"];
const FLAGS = (lang: Language) => [
  "",
  lang === "de" ? "ja" : "yes",
  lang === "de" ? "nein" : "no",
  "Ja",
  "x",
];

describe.each(["de", "en"] as const)("Bewertung text in %s equals the workbook's formula", (lang) => {
  it("for 100 random measures", () => {
    const random = prng(lang === "de" ? 18 : 81);
    const catalogue = fixtureCatalogue({
      fields: 2,
      challengesPerField: 2,
      goalsPerChallenge: 5,
      measuresPerGoal: () => 5,
    });
    const inputs = new Map<string, MeasureInputs>();
    for (const { measure } of measureEntries(catalogue)) {
      const entry: Record<string, string> = {
        level: pick(random, LEVEL_VALUES(lang)),
        taskType: pick(random, TASKS),
        weiterfuehrungsbedarf: pick(random, FLAGS(lang)),
        zustaendigkeitFraglich: pick(random, FLAGS(lang)),
        rahmenbedingungenVeraendert: pick(random, FLAGS(lang)),
      };
      inputs.set(measure.id, Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== "")));
    }
    const plan = buildPlan(catalogue, fixtureOptions({ language: lang, inputs }));
    const hf = loadPlan(plan);
    const statuses = new Set<string>();
    expect(plan.measures.length).toBe(100);
    for (const location of plan.measures) {
      const display = ratingDisplay(inputs.get(location.measureId)!, lang, lang);
      statuses.add(display.status);
      expect(display.text).toBe(
        valueOf(hf, location.sheetName, `${columnLetter(COL_RATING)}${location.row}`),
      );
      const fill = { rated: display.level?.fill, open: PALETTE.openFill, invalid: PALETTE.invalidFill };
      expect(display.fill).toBe(fill[display.status]);
    }
    expect([...statuses].sort()).toEqual(["invalid", "open", "rated"]);
  });
});
