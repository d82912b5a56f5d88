/**
 * THE formula test: the plan's formulas computed by HyperFormula on random ratings (valid, blank and
 * invalid values) must equal counts computed independently in TypeScript from the same ratings.
 */
import { buildPlan } from "../../src/layout/buildPlan";
import { LABELS } from "../../src/layout/labels";
import { parseCell, cellAddress } from "../../src/core/address";
import type { MeasureLocation, WorkbookPlan } from "../../src/layout/plan";
import { SUMMARY_COLUMNS, UNIT_COLUMNS } from "../../src/layout/summarySheet";
import {
  INPUT_FIELDS,
  INVALID_DISPLAY,
  LEVELS,
  NO,
  NOT_RATED,
  SYMBOLS,
  YES,
  allowedValues,
  type InputKey,
  type Language,
} from "../../src/scheme/ratingScheme";
import { readFileSync } from "fs";
import { join } from "path";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import { catalogueSchema } from "../../src/catalogue/schema";
import { formulaErrors, loadPlan, valueOf, type EnteredValue, type Entries } from "./engine";
import { fixtureCatalogue, fixtureOptions, manyFieldsCatalogue, UNITS } from "./fixtures";
import { pick, prng } from "./random";

type Status = "rated" | "open" | "invalid";

interface Entered {
  readonly location: MeasureLocation;
  readonly values: Record<InputKey, EnteredValue>;
  readonly unit: string | null;
}

function invalidPool(key: InputKey, lang: Language): EnteredValue[] {
  const other: Language = lang === "de" ? "en" : "de";
  switch (key) {
    case "level":
      return [
        "sehr gut",
        5,
        ` ${LEVELS[0]!.value[lang]}`,
        LEVELS[1]!.value[lang].toUpperCase(),
        LEVELS[2]!.value[other],
      ];
    case "taskType":
      return ["p", "r", "X", 1, "P "];
    default:
      return ["Ja", YES[lang].toUpperCase(), "j", 1, ` ${NO[lang]}`, YES[other]];
  }
}

function randomValue(random: () => number, key: InputKey, lang: Language): EnteredValue {
  const field = INPUT_FIELDS.find((f) => f.key === key)!;
  if (field.kind === "text") return pick(random, [null, null, "Begründung", "=keine Formel"]);
  if (random() < 0.06) return pick(random, invalidPool(key, lang));
  return pick(random, [null, null, ...allowedValues(field, lang)]);
}

function enterRandom(
  plan: WorkbookPlan,
  catalogue: Catalogue,
  seed: number,
  lang: Language,
): { entries: Entries; entered: Entered[] } {
  const random = prng(seed);
  const units = [
    ...new Set([...measureEntries(catalogue)].flatMap((e) => (e.measure.unit ? [e.measure.unit] : []))),
  ];
  const entries: Entries = new Map();
  const entered = plan.measures.map((location): Entered => {
    const sheet = entries.get(location.sheetName) ?? new Map<string, EnteredValue>();
    entries.set(location.sheetName, sheet);
    const values = {} as Record<InputKey, EnteredValue>;
    for (const field of INPUT_FIELDS) {
      values[field.key] = randomValue(random, field.key, lang);
      sheet.set(`${location.inputColumns[field.key]}${location.row}`, values[field.key]);
    }
    const unit = pick(random, [...units, null]);
    sheet.set(`${location.unitColumn}${location.row}`, unit);
    return { location, values, unit };
  });
  return { entries, entered };
}

// ---- the independent model --------------------------------------------------------------------
function isBlank(value: EnteredValue): boolean {
  return value === null || value === "";
}

function statusOf(e: Entered, lang: Language): Status {
  const valid = INPUT_FIELDS.every((field) => {
    const allowed = allowedValues(field, lang);
    const value = e.values[field.key];
    return allowed.length === 0 || isBlank(value) || (typeof value === "string" && allowed.includes(value));
  });
  if (!valid) return "invalid";
  return isBlank(e.values.level) ? "open" : "rated";
}

/** Glyphs in the scheme's symbol order that apply to the entered values (exact matches only). */
function glyphsOf(e: Entered, lang: Language): string[] {
  return SYMBOLS.filter((symbol) => {
    if (symbol.code === "pflichtaufgabe") return e.values.taskType === "P";
    if (symbol.code === "routine") return e.values.taskType === "R";
    return e.values[symbol.code as InputKey] === YES[lang];
  }).map((s) => s.glyph);
}

function expectedDisplay(e: Entered, lang: Language): string {
  const status = statusOf(e, lang);
  const level =
    status === "invalid"
      ? INVALID_DISPLAY[lang]
      : status === "open"
        ? NOT_RATED.display[lang]
        : String(e.values.level);
  const glyphs = glyphsOf(e, lang);
  return glyphs.length === 0 ? level : `${level} · ${glyphs.join(" ")}`;
}

interface Counts {
  goals: number;
  measures: number;
  rated: number;
  open: number;
  invalid: number;
  levels: number[];
  symbols: number[];
}

function countsOf(entered: readonly Entered[], lang: Language, goals: number): Counts {
  const counts: Counts = {
    goals,
    measures: 0,
    rated: 0,
    open: 0,
    invalid: 0,
    levels: LEVELS.map(() => 0),
    symbols: SYMBOLS.map(() => 0),
  };
  for (const e of entered) {
    const status = statusOf(e, lang);
    counts.measures++;
    counts[status]++;
    if (status === "rated") counts.levels[LEVELS.findIndex((l) => l.value[lang] === e.values.level)]!++;
    if (status !== "invalid") {
      const glyphs = glyphsOf(e, lang);
      SYMBOLS.forEach((s, i) => (counts.symbols[i]! += glyphs.includes(s.glyph) ? 1 : 0));
    }
  }
  return counts;
}

// ---- reading the summary ----------------------------------------------------------------------
function rowsLabelled(plan: WorkbookPlan, sheetName: string, text: string): number[] {
  const sheet = plan.sheets.find((s) => s.name === sheetName)!;
  const rows: number[] = [];
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((cells, r) => {
      const first = cells[0];
      if (origin.column === 1 && first && "text" in first && first.text === text) rows.push(origin.row + r);
    });
  }
  return rows;
}

function expectFieldRow(read: (col: number) => unknown, expected: Counts): void {
  const c = SUMMARY_COLUMNS;
  const actual = {
    goals: read(c.goals),
    measures: read(c.measures),
    rated: read(c.rated),
    open: read(c.open),
    invalid: read(c.invalid),
    levels: LEVELS.map((_, i) => read(c.level + i)),
    symbols: SYMBOLS.map((_, i) => read(c.symbol + i)),
  };
  expect(actual).toEqual(expected);
  LEVELS.forEach((_, i) => {
    const share = expected.rated === 0 ? 0 : expected.levels[i]! / expected.rated;
    expect(read(c.share + i)).toBeCloseTo(share, 10);
  });
  expect(expected.rated + expected.open + expected.invalid).toBe(expected.measures);
}

function goalsIn(catalogue: Catalogue, fieldId: string): number {
  const field = catalogue.actionFields.find((f) => f.id === fieldId)!;
  return field.challenges.reduce((n, c) => n + c.goals.length, 0);
}

function checkSeed(seed: number, catalogue: Catalogue, lang: Language, unit?: string): void {
  const plan = buildPlan(catalogue, fixtureOptions({ language: lang, ...(unit ? { unit } : {}) }));
  const { entries, entered } = enterRandom(plan, catalogue, seed, lang);
  const hf = loadPlan(plan, entries);
  try {
    expect(formulaErrors(hf)).toEqual([]);
    const summary = plan.sheets.find((s) => s.role === "summary")!.name;
    const read = (row: number) => (col: number) => valueOf(hf, summary, cellAddress(row, col));

    for (const e of entered) {
      const rating = valueOf(hf, e.location.sheetName, `D${e.location.row}`);
      expect({ id: e.location.measureId, rating }).toEqual({
        id: e.location.measureId,
        rating: expectedDisplay(e, lang),
      });
    }
    for (const field of catalogue.actionFields) {
      const mine = entered.filter((e) => e.location.fieldId === field.id);
      const [row] = rowsLabelled(plan, summary, `${field.number} ${field.name}`);
      expectFieldRow(read(row!), countsOf(mine, lang, goalsIn(catalogue, field.id)));
    }
    const [totalRow, unitTotalRow] = rowsLabelled(plan, summary, LABELS.total[lang]);
    const allGoals = catalogue.actionFields.reduce((n, f) => n + goalsIn(catalogue, f.id), 0);
    expectFieldRow(read(totalRow!), countsOf(entered, lang, allGoals));

    const unitNames: (string | null)[] = [...new Set(entered.map((e) => e.unit))];
    for (const name of unitNames) {
      const mine = entered.filter((e) => e.unit === name);
      const [row] = rowsLabelled(plan, summary, name ?? LABELS.noUnit[lang]);
      const counts = countsOf(mine, lang, 0);
      const u = UNIT_COLUMNS;
      const r = read(row!);
      expect([r(u.measures), r(u.rated), r(u.open), r(u.invalid)]).toEqual([
        counts.measures,
        counts.rated,
        counts.open,
        counts.invalid,
      ]);
      expect(r(u.share)).toBeCloseTo(counts.measures === 0 ? 0 : counts.rated / counts.measures, 10);
    }
    const total = read(unitTotalRow!);
    expect(total(UNIT_COLUMNS.measures)).toBe(entered.length);

    if (unit) {
      const mine = countsOf(
        entered.filter((e) => e.unit === unit),
        lang,
        0,
      );
      const progress = String(valueOf(hf, summary, "A3"));
      expect(progress).toContain(`${mine.rated} ${LABELS.progressOf[lang]} ${mine.measures}`);
      for (const sheet of plan.sheets.filter((s) => s.role === "field")) {
        const own = countsOf(
          entered.filter((e) => e.unit === unit && e.location.sheetName === sheet.name),
          lang,
          0,
        );
        expect(String(valueOf(hf, sheet.name, "B3"))).toContain(
          `${own.rated} ${LABELS.progressOf[lang]} ${own.measures}`,
        );
      }
    }
  } finally {
    hf.destroy();
  }
}

const SEEDS = Array.from({ length: 25 }, (_, i) => 1000 + i * 7919);

describe("summary formulas computed by HyperFormula equal independent counts", () => {
  test.each(SEEDS)("seed %i (German, master workbook)", (seed) => {
    const catalogue = fixtureCatalogue({
      fields: 2 + (seed % 3),
      measuresPerGoal: (n) => 1 + ((n + seed) % 4),
    });
    checkSeed(seed, catalogue, "de");
  });

  test.each(SEEDS.slice(0, 6))("seed %i (English)", (seed) => {
    checkSeed(seed, fixtureCatalogue({ fields: 3 }), "en");
  });

  test.each(SEEDS.slice(0, 6))("seed %i (per-unit workbook)", (seed) => {
    checkSeed(seed, fixtureCatalogue({ fields: 3 }), "de", UNITS[seed % UNITS.length]);
  });
});

describe("the bundled catalogue's workbook computes the same counts", () => {
  const file = join(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");
  const bundled = catalogueSchema.parse(JSON.parse(readFileSync(file, "utf8"))) as Catalogue;
  test.each(SEEDS.slice(0, 3))("seed %i", (seed) => checkSeed(seed, bundled, "de"));
  test("per-unit workbook of the bundled catalogue", () => {
    const unit = [...measureEntries(bundled)].map((e) => e.measure.unit).find((u) => u !== undefined);
    checkSeed(SEEDS[3]!, bundled, "de", unit);
  });
});

describe("150 action fields: no formula grows with the number of fields (§6)", () => {
  const catalogue = manyFieldsCatalogue(150);
  test("master workbook", () => checkSeed(SEEDS[1]!, catalogue, "de"));
  test("per-unit workbook", () => checkSeed(SEEDS[2]!, catalogue, "de", UNITS[0]));
  test("every formula stays far below Excel's 8,192 characters", () => {
    const plan = buildPlan(catalogue, fixtureOptions({ unit: UNITS[1] }));
    const longest = Math.max(
      ...plan.sheets.flatMap((s) =>
        s.blocks.flatMap((b) => b.cells.flat().map((c) => (c && "formula" in c ? c.formula.length : 0))),
      ),
    );
    expect(longest).toBeLessThan(8192 / 2);
  });
});

describe("unit names Excel would confuse (§6)", () => {
  test("names differing only in case are one unit row, counting both spellings", () => {
    const catalogue = manyFieldsCatalogue(2);
    const ids = [...measureEntries(catalogue)].map((e) => e.measure.id);
    const inputs = new Map([
      [ids[0]!, { unit: "Jobcenter", level: "hoch" }],
      [ids[1]!, { unit: "JOBCENTER" }],
      [ids[2]!, { unit: "jobcenter", level: "mittel" }],
    ]);
    const plan = buildPlan(catalogue, fixtureOptions({ inputs }));
    const summary = plan.sheets.find((s) => s.role === "summary")!.name;
    const rows = rowsLabelled(plan, summary, "Jobcenter");
    expect(rows).toHaveLength(1);
    expect(rowsLabelled(plan, summary, "JOBCENTER")).toEqual([]);
    const hf = loadPlan(plan);
    try {
      const u = UNIT_COLUMNS;
      const cell = (col: number) => valueOf(hf, summary, cellAddress(rows[0]!, col));
      expect([cell(u.measures), cell(u.rated), cell(u.open)]).toEqual([3, 2, 1]);
    } finally {
      hf.destroy();
    }
  });

  test("a unit called like a label row keeps its own row; the label row is told apart", () => {
    const catalogue = manyFieldsCatalogue(2);
    const ids = [...measureEntries(catalogue)].map((e) => e.measure.id);
    const inputs = new Map([
      [ids[0]!, { unit: LABELS.noUnit.de, level: "hoch" }],
      [ids[1]!, { unit: LABELS.total.de }],
      [ids[2]!, { unit: "" }],
    ]);
    const plan = buildPlan(catalogue, fixtureOptions({ inputs }));
    const summary = plan.sheets.find((s) => s.role === "summary")!.name;
    const hf = loadPlan(plan);
    try {
      const counts = (text: string) =>
        rowsLabelled(plan, summary, text).map((row) =>
          valueOf(hf, summary, cellAddress(row, UNIT_COLUMNS.measures)),
        );
      // ids[2] has its Zuständig cleared: the only measure without a unit
      expect(counts(LABELS.noUnit.de)).toEqual([1]);
      expect(counts(`(${LABELS.noUnit.de})`)).toEqual([1]);
      // the field block's own total row (goals: 2) comes first, then the unit "Gesamt"
      expect(counts(LABELS.total.de)).toEqual([2, 1]);
      expect(counts(`(${LABELS.total.de})`)).toEqual([ids.length]);
    } finally {
      hf.destroy();
    }
  });
});
