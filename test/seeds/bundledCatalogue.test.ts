/**
 * The bundled catalogue (seeds/konzept-migration-integration-2018-2022.json): structure of the report
 * "Konzept Migration und Integration im Landkreis Osnabrück 2018–2022" and clean German text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogueSchema } from "../../src/catalogue/schema";
import { goalsOf, measureEntries, measuresOf, type Catalogue } from "../../src/catalogue/model";

const SEEDS = join(__dirname, "..", "..", "seeds");
const CATALOGUE_FILE = join(SEEDS, "konzept-migration-integration-2018-2022.json");

/** Goal ranges per action field, in the report's order (Anlage and Abschnitte 3.1–3.9). */
const FIELD_RANGES: readonly [number, number][] = [
  [1, 10],
  [11, 19],
  [20, 26],
  [27, 40],
  [41, 48],
  [49, 57],
  [58, 71],
  [72, 79],
  [80, 89],
];

/**
 * Counted by hand in the annex, one per entry in the column "Maßnahmen", field by field:
 * 12 + 14 + 17 + 19 + 12 + 10 + 15 + 16 + 19 = 134 (see seeds/README.md for the unclear boundaries).
 */
const EXPECTED_MEASURES = 134;

/** Measure IDs: "Z" + two-digit goal number + "-M" + position within the goal (from 1). */
const MEASURE_ID = /^Z(\d{2})-M([1-9]\d*)$/;

/** Leftovers of the OCR: lost umlauts/ß, misread glyphs, column rules. */
const OCR_ARTEFACTS: readonly RegExp[] = [
  /iick|ii[a-z]/, // "Osnabriick", "fiir", "Riickkehr"
  /Zustandig|MaRnahm|Mafln|MalRn|MaBn|MaBA|Mal3|(?<!h)f3/, // not the field id "hf3"
  /Auslander|auslandisch/i,
  /(?<!\p{L})(fur|fir|flr|fiir)(?!\p{L})/u,
  /(?<!\p{L})[Uu]ber/u, // "über", "Überprüfung", … (no German word starts with "uber"; "sauber" is untouched)
  // "Fordern"/"fordert" (to demand) and "Herausforderung" are words; a word starting "Forder…" other than
  // these is a lost "Förder…" here (compounds like "Sprachforderung" are in the word list below).
  /(?<!\p{L})[Ff]order(?!n(?!\p{L})|t)/u,
  /[ﬁﬂ|\\@§%*_{}[\]<>=~^]/u,
];

/**
 * Common words of this domain as the OCR left them (umlaut or ß lost). None is a word here, though a few are
 * elsewhere ("verfugt" = grouted): substrings, so "Schuler" is listed only as "Schulerin"/"Schulern".
 */
const WORDS_WITHOUT_UMLAUT = [
  "Madchen", "Starkung", "gestarkt", "starkt", "Bevolkerung", "Mobilitat", "Qualitat", "Diversitat",
  "Interkulturalitat", "Aktivitat", "moglich", "Moglichkeit", "ermoglich", "Schulerin", "Schulern", "Fahigkeit",
  "Kraften", "Krafte", "unterstutz", "Unterstutz", "Zugange", "Ubergang", "Uberbruck", "Einburgerung",
  "Ruckkehr", "zur Verfugung", "verfugt", "Beschaftigung", "Tatig", "tatig", "Gesprach", "Luckenlos",
  "padagog", "grundsatzlich", "regelmaf", "regelmass", "Massnahme", "Strasse", "gemass", "Osnabruck",
  "Fruhwarn", "ausser", "zusatzlich", "wertschatz", "Wertschatz", "Verstandnis", "Verstandigung",
  "Raumlichkeit", "gemeinderaten", "Offnung", "geoffnet", "Offentlichkeit", "Religios", "religios",
  "Fuhrung", "alterer", "Bewaltigung", "Hausarztin", "behorde", "Behorde", "entschadigung", "fordernd",
  "Forderprogramm", "Sprachforder", "Burgerin", "burgerschaft", "Padagog", "Pravention", "pravention",
  "praventiv", "Geschaft", "Betreuungsplatze", "Arbeitsplatze", "Schlussel",
  "Ubersicht", "uberpruf", "Zugangangs", "Schulverweigende", "Schulabrech", "enrenamt", "Berufshezogen",
] as const;

function loadCatalogue(): Catalogue {
  const raw: unknown = JSON.parse(readFileSync(CATALOGUE_FILE, "utf8"));
  const parsed = catalogueSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  return parsed.data as Catalogue;
}

/** Every string in the file with its JSON path, so a failure names the place. */
function allStrings(value: unknown, path = "$"): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  return [];
}

/** The texts that end up in the workbook: names, headings, goals, measures, units. */
function contentTexts(catalogue: Catalogue): { path: string; text: string }[] {
  return catalogue.actionFields.flatMap((field) => [
    { path: `${field.id}.name`, text: field.name },
    ...field.challenges.flatMap((challenge) => [
      { path: `${field.id} Herausforderung`, text: challenge.title },
      ...challenge.goals.flatMap((goal) => [
        { path: `Ziel ${goal.number}`, text: goal.description },
        ...goal.measures.flatMap((m) => [
          { path: m.id, text: m.title },
          ...(m.unit ? [{ path: `${m.id}.unit`, text: m.unit }] : []),
        ]),
      ]),
    ]),
  ]);
}

describe("bundled catalogue seeds/konzept-migration-integration-2018-2022.json", () => {
  const catalogue = loadCatalogue();
  const goals = catalogue.actionFields.flatMap(goalsOf);

  it("parses with the catalogue schema and names its source and date", () => {
    expect(catalogue.id).toBe("lkos-migration-integration-2018-2022");
    expect(catalogue.source?.date).toBe("2023-05-31");
    expect(catalogue.source?.publisher).toBe("Landkreis Osnabrück");
  });

  it("has the 9 action fields numbered 1–9 with ids hf1–hf9", () => {
    expect(catalogue.actionFields.map((f) => [f.number, f.id])).toEqual(
      FIELD_RANGES.map((_, i) => [i + 1, `hf${i + 1}`]),
    );
  });

  it("holds goal numbers 1–89, each exactly once, in order", () => {
    expect(goals.map((g) => g.number)).toEqual(Array.from({ length: 89 }, (_, i) => i + 1));
  });

  it.each(FIELD_RANGES.map((range, i) => [i + 1, range[0], range[1]] as const))(
    "field %i holds exactly goals %i–%i",
    (fieldNumber, first, last) => {
      const field = catalogue.actionFields[fieldNumber - 1];
      const numbers = field ? goalsOf(field).map((g) => g.number) : [];
      expect(numbers).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    },
  );

  it("gives every field, challenge and goal at least one child and non-empty trimmed texts", () => {
    for (const field of catalogue.actionFields) {
      expect(field.challenges.length).toBeGreaterThan(0);
      for (const challenge of field.challenges) expect(challenge.goals.length).toBeGreaterThan(0);
    }
    for (const goal of goals) expect(goal.measures.length).toBeGreaterThan(0);
    const untidy = contentTexts(catalogue).filter(({ text }) => text.trim() === "" || text !== text.trim() || /\s{2}/.test(text));
    expect(untidy).toEqual([]);
  });

  it(`has ${EXPECTED_MEASURES} measures in all`, () => {
    expect(catalogue.actionFields.flatMap(measuresOf)).toHaveLength(EXPECTED_MEASURES);
  });

  it("gives measures unique IDs Z<goal>-M<k>, k counting 1.. within the goal", () => {
    const ids = [...measureEntries(catalogue)].map((e) => e.measure.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const goal of goals) {
      const expected = goal.measures.map((_, k) => `Z${String(goal.number).padStart(2, "0")}-M${k + 1}`);
      expect(goal.measures.map((m) => m.id)).toEqual(expected);
      for (const m of goal.measures) expect(m.id).toMatch(MEASURE_ID);
    }
  });

  it("records a unit only together with its source, and no ratings", () => {
    for (const { measure } of measureEntries(catalogue)) {
      expect(Boolean(measure.unit)).toBe(Boolean(measure.unitSource));
      if (measure.unitSource) expect(measure.unitSource).toMatch(/^Bericht, Abschnitt 3\.[1-9]/);
      expect(measure.rating).toBeUndefined();
    }
  });

  it("leaves no OCR artefact in any string", () => {
    const raw: unknown = JSON.parse(readFileSync(CATALOGUE_FILE, "utf8"));
    const hits = allStrings(raw).flatMap(({ path, text }) =>
      OCR_ARTEFACTS.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${String(pattern)} in "${text}"`),
    );
    expect(hits).toEqual([]);
  });

  it("has no common word missing its umlaut or ß", () => {
    const hits = contentTexts(catalogue).flatMap(({ path, text }) =>
      WORDS_WITHOUT_UMLAUT.filter((word) => text.includes(word)).map((word) => `${path}: "${word}" in "${text}"`),
    );
    expect(hits).toEqual([]);
  });

  it("uses only German letters, digits and ordinary punctuation in the workbook texts", () => {
    const odd = contentTexts(catalogue).filter(({ text }) => !/^[A-Za-zÄÖÜäöüß0-9 .,;:()/&„“–+-]+$/.test(text));
    expect(odd).toEqual([]);
  });

  it("joins words hyphenated across OCR lines (a hyphen before a space only before und/u./oder/sowie/&)", () => {
    const broken = contentTexts(catalogue).filter(({ text }) => /\p{L}- (?!und |u\. |oder |sowie |& )/u.test(text));
    expect(broken).toEqual([]);
  });
});

describe("the artefact checks themselves", () => {
  const flagged = (text: string) =>
    OCR_ARTEFACTS.some((p) => p.test(text)) || WORDS_WITHOUT_UMLAUT.some((w) => text.includes(w));

  it.each(["Osnabriick", "Zustandigkeit", "MaRnahme", "Auslanderinnen", "fur alle", "Gro3teil f3", "ﬁnden", "Madchen", "Sprachforderung", "Forderprogramm", "Uberpriifung", "uber alle"])(
    "flags %s",
    (text) => expect(flagged(text)).toBe(true),
  );

  it.each(["Osnabrück", "Zuständigkeit", "Maßnahme", "Ausländerinnen", "für alle", "Fördern und Fordern", "Mädchen", "Herausforderungen", "erforderlich", "hf3", "sauber", "Überprüfung"])(
    "accepts %s",
    (text) => expect(flagged(text)).toBe(false),
  );
});
