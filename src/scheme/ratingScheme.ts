/**
 * The Bewertungsschema of the evaluation report — the single source of truth for every writer,
 * validator and the task pane. Nothing else in the code base spells out a level, a symbol, a colour
 * or an input value.
 *
 * Source: "Evaluation — Konzept Migration und Integration im Landkreis Osnabrück 2018 bis 2022",
 * section 2 and the head of the annex ("Bewertungsschema").
 */

export const SCHEME_VERSION = 1;

export type Language = "de" | "en";
export const LANGUAGES: readonly Language[] = ["de", "en"];

export type Localized = Readonly<Record<Language, string>>;

export type LevelCode = "hoch" | "mittel" | "gering" | "unklar";

export interface Level {
  readonly code: LevelCode;
  /** The value a user picks in the workbook's dropdown. */
  readonly value: Localized;
  /** Legend text, e.g. "Zielerreichungsgrad hoch". */
  readonly label: Localized;
  /** Fill of the traffic light (hex RGB, no '#'). Chosen so that black text stays readable (WCAG AA). */
  readonly fill: string;
  readonly fontColor: string;
  /**
   * Order for "better" between rounds: hoch > mittel > gering. "unklar" has none: a change from or to
   * it is counted apart, not as better or worse.
   */
  readonly rank: number | null;
}

export const LEVELS: readonly Level[] = [
  {
    code: "hoch",
    value: { de: "hoch", en: "high" },
    label: { de: "Zielerreichungsgrad hoch", en: "Degree of goal achievement high" },
    fill: "70AD47",
    fontColor: "000000",
    rank: 3,
  },
  {
    code: "mittel",
    value: { de: "mittel", en: "medium" },
    label: { de: "Zielerreichungsgrad mittel", en: "Degree of goal achievement medium" },
    fill: "FFC000",
    fontColor: "000000",
    rank: 2,
  },
  {
    code: "gering",
    value: { de: "gering", en: "low" },
    label: { de: "Zielerreichungsgrad gering", en: "Degree of goal achievement low" },
    fill: "E06666",
    fontColor: "000000",
    rank: 1,
  },
  {
    code: "unklar",
    value: { de: "unklar", en: "unclear" },
    label: { de: "Zielerreichungsgrad unklar", en: "Degree of goal achievement unclear" },
    fill: "A6A6A6",
    fontColor: "000000",
    rank: null,
  },
];

/** A measure without a degree of goal achievement. Not a level: it has no fill and no dropdown value. */
export const NOT_RATED = {
  label: { de: "noch nicht bewertet", en: "not yet rated" } as Localized,
  /** Shown in the Bewertung cell so that "open" is readable without colour. */
  display: { de: "offen", en: "open" } as Localized,
};

/** What the Bewertung cell shows for a level value outside the scheme. */
export const INVALID_DISPLAY: Localized = { de: "ungültig", en: "invalid" };

export type TaskTypeCode = "P" | "R";

export type SymbolCode =
  | "pflichtaufgabe"
  | "routine"
  | "weiterfuehrungsbedarf"
  | "zustaendigkeitFraglich"
  | "rahmenbedingungenVeraendert";

export interface RatingSymbol {
  readonly code: SymbolCode;
  /** Glyph printed in the Bewertung column. P and R are the report's; the others are ours (the OCR lost them). */
  readonly glyph: string;
  readonly label: Localized;
  readonly meaning: Localized;
}

export const SYMBOLS: readonly RatingSymbol[] = [
  {
    code: "pflichtaufgabe",
    glyph: "P",
    label: { de: "Pflichtaufgabe", en: "Statutory task" },
    meaning: {
      de: "Kommunale Pflichtaufgabe: Die Maßnahme ist gesetzlich vorgeschrieben.",
      en: "Statutory municipal task: the measure is required by law.",
    },
  },
  {
    code: "routine",
    glyph: "R",
    label: { de: "Routine", en: "Routine" },
    meaning: {
      de: "Die Maßnahme ist in die Regelarbeit übergegangen.",
      en: "The measure has become part of regular work.",
    },
  },
  {
    code: "weiterfuehrungsbedarf",
    glyph: "→",
    label: { de: "Weiterführungsbedarf", en: "Needs to be continued" },
    meaning: {
      de: "Das konkrete Vorhaben sollte weitergeführt werden.",
      en: "The measure should be continued.",
    },
  },
  {
    code: "zustaendigkeitFraglich",
    glyph: "?",
    label: {
      de: "Zuständigkeit bzw. kommunale Einflussmöglichkeit fraglich",
      en: "Responsibility or municipal influence questionable",
    },
    meaning: {
      de: "Unklare Zuständigkeit bzw. fragliche Einflussmöglichkeit der Kreisverwaltung.",
      en: "Unclear responsibility or questionable influence of the county administration.",
    },
  },
  {
    code: "rahmenbedingungenVeraendert",
    glyph: "Δ",
    label: { de: "Veränderte Rahmenbedingungen", en: "Changed circumstances" },
    meaning: {
      de: "Die Rahmenbedingungen haben sich im Umsetzungszeitraum massiv verändert.",
      en: "Circumstances changed substantially during the implementation period.",
    },
  },
];

export const TASK_TYPES: readonly { code: TaskTypeCode; symbol: SymbolCode }[] = [
  { code: "P", symbol: "pflichtaufgabe" },
  { code: "R", symbol: "routine" },
];

/** Value of a yes/no symbol input. Blank means "no". */
export const YES: Localized = { de: "ja", en: "yes" };
export const NO: Localized = { de: "nein", en: "no" };

/**
 * How a measure's degree of goal achievement moved since the previous round. "new": the measure was not
 * in the previous round (added by a catalogue update).
 */
export type ChangeCode = "better" | "worse" | "same" | "unclear" | "newlyRated" | "noLongerRated" | "new";

export interface Change {
  readonly code: ChangeCode;
  /** The mark shown beside the measure's inputs and counted on the summary. */
  readonly mark: Localized;
}

export const CHANGES: readonly Change[] = [
  { code: "better", mark: { de: "besser", en: "better" } },
  { code: "worse", mark: { de: "schlechter", en: "worse" } },
  { code: "same", mark: { de: "gleich", en: "unchanged" } },
  { code: "unclear", mark: { de: "von/zu unklar", en: "from/to unclear" } },
  { code: "newlyRated", mark: { de: "neu bewertet", en: "newly rated" } },
  { code: "noLongerRated", mark: { de: "nicht mehr bewertet", en: "no longer rated" } },
  { code: "new", mark: { de: "neu im Katalog", en: "new in catalogue" } },
];

export function changeByCode(code: ChangeCode): Change {
  const change = CHANGES.find((c) => c.code === code);
  if (!change) throw new Error(`Unknown change code: ${code}`);
  return change;
}

/** The inputs a department fills in for each measure, in workbook column order. */
export type InputKey =
  | "level"
  | "taskType"
  | "weiterfuehrungsbedarf"
  | "zustaendigkeitFraglich"
  | "rahmenbedingungenVeraendert"
  | "remark";

export interface InputField {
  readonly key: InputKey;
  readonly header: Localized;
  /** Input message of the data validation. */
  readonly prompt: Localized;
  /** The symbol it sets, for the yes/no inputs and the task type. */
  readonly symbol?: SymbolCode;
  readonly kind: "level" | "taskType" | "flag" | "text";
}

export const INPUT_FIELDS: readonly InputField[] = [
  {
    key: "level",
    kind: "level",
    header: { de: "Zielerreichungsgrad", en: "Degree of goal achievement" },
    prompt: {
      de: "Bitte wählen: hoch, mittel, gering oder unklar. Leer lassen, solange nicht bewertet.",
      en: "Please choose: high, medium, low or unclear. Leave blank while not rated.",
    },
  },
  {
    key: "taskType",
    kind: "taskType",
    header: { de: "Aufgabe (P/R)", en: "Task (P/R)" },
    prompt: {
      de: "P = Pflichtaufgabe, R = Routine. Leer lassen, wenn keines zutrifft.",
      en: "P = statutory task, R = routine. Leave blank if neither applies.",
    },
  },
  {
    key: "weiterfuehrungsbedarf",
    kind: "flag",
    symbol: "weiterfuehrungsbedarf",
    header: { de: "Weiterführungsbedarf", en: "Continue" },
    prompt: {
      de: "„ja“, wenn das Vorhaben weitergeführt werden sollte.",
      en: "“yes” if the measure should be continued.",
    },
  },
  {
    key: "zustaendigkeitFraglich",
    kind: "flag",
    symbol: "zustaendigkeitFraglich",
    header: { de: "Zuständigkeit fraglich", en: "Responsibility questionable" },
    prompt: {
      de: "„ja“, wenn Zuständigkeit bzw. kommunale Einflussmöglichkeit fraglich ist.",
      en: "“yes” if responsibility or municipal influence is questionable.",
    },
  },
  {
    key: "rahmenbedingungenVeraendert",
    kind: "flag",
    symbol: "rahmenbedingungenVeraendert",
    header: { de: "Veränderte Rahmenbedingungen", en: "Changed circumstances" },
    prompt: {
      de: "„ja“, wenn sich die Rahmenbedingungen massiv verändert haben.",
      en: "“yes” if circumstances changed substantially.",
    },
  },
  {
    key: "remark",
    kind: "text",
    header: { de: "Bemerkung", en: "Remark" },
    prompt: {
      de: "Kurze Begründung, vor allem bei „gering“ oder „unklar“.",
      en: "Short explanation, especially for “low” or “unclear”.",
    },
  },
];

/** The values a dropdown offers for an input, in the workbook's language. Free text has none. */
export function allowedValues(field: InputField, lang: Language): readonly string[] {
  switch (field.kind) {
    case "level":
      return LEVELS.map((level) => level.value[lang]);
    case "taskType":
      return TASK_TYPES.map((t) => t.code);
    case "flag":
      return [YES[lang], NO[lang]];
    case "text":
      return [];
  }
}

export function levelByValue(value: string, lang: Language): Level | undefined {
  const wanted = value.trim().toLowerCase();
  return LEVELS.find((level) => level.value[lang].toLowerCase() === wanted);
}

export function levelByCode(code: LevelCode): Level {
  const level = LEVELS.find((l) => l.code === code);
  if (!level) throw new Error(`Unknown level code: ${code}`);
  return level;
}

export function symbolByCode(code: SymbolCode): RatingSymbol {
  const symbol = SYMBOLS.find((s) => s.code === code);
  if (!symbol) throw new Error(`Unknown symbol code: ${code}`);
  return symbol;
}

export function inputField(key: InputKey): InputField {
  const field = INPUT_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`Unknown input: ${key}`);
  return field;
}

export const LEVEL_CODES = LEVELS.map((l) => l.code) as readonly LevelCode[];
