/** The columns of a catalogue table (CSV or a sheet in the workbook): German headers, English aliases. */
import { INPUT_FIELDS, inputField, type InputKey } from "../scheme/ratingScheme";

export type ColumnKey =
  | "actionField"
  | "challenge"
  | "goalNumber"
  | "goalDescription"
  | "measureTitle"
  | "measureId"
  | "unit"
  | InputKey;

export interface ColumnSpec {
  readonly key: ColumnKey;
  /** The header we write and name in messages. */
  readonly header: string;
  readonly required: boolean;
  readonly aliases: readonly string[];
}

const ratingColumns: ColumnSpec[] = INPUT_FIELDS.filter((f) => f.key !== "taskType").map((f) => ({
  key: f.key,
  header: f.header.de,
  required: false,
  aliases: [f.header.en, f.key],
}));

export const COLUMNS: readonly ColumnSpec[] = [
  {
    key: "actionField",
    header: "Handlungsfeld",
    required: true,
    aliases: ["Action field", "actionField", "Field"],
  },
  { key: "challenge", header: "Herausforderung", required: true, aliases: ["Challenge"] },
  {
    key: "goalNumber",
    header: "Ziel",
    required: true,
    aliases: ["Zielnummer", "Ziel-Nr.", "Ziel Nr", "Goal", "Goal number"],
  },
  {
    key: "goalDescription",
    header: "Zielbeschreibung",
    required: true,
    aliases: ["Goal description", "Description"],
  },
  { key: "measureTitle", header: "Maßnahme", required: true, aliases: ["Measure", "Measure title"] },
  {
    key: "measureId",
    header: "Maßnahmen-ID",
    required: false,
    aliases: ["Maßnahme-ID", "ID", "Measure ID", "measureId"],
  },
  {
    key: "unit",
    header: "Zuständig",
    required: false,
    aliases: [
      "Zuständige Organisationseinheit",
      "Organisationseinheit",
      "Zuständigkeit",
      "Unit",
      "Responsible",
      "Responsible unit",
    ],
  },
  {
    key: "taskType",
    header: "Aufgabe",
    required: false,
    aliases: [
      inputField("taskType").header.de,
      inputField("taskType").header.en,
      "Aufgabenart",
      "Task type",
      "taskType",
    ],
  },
  ...ratingColumns,
];

/** Case, spaces, hyphens, dots and ß/ss do not matter: "Maßnahmen-ID" = "massnahmen id". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const byNormalizedName = new Map<string, ColumnSpec>(
  COLUMNS.flatMap((spec) =>
    [spec.header, ...spec.aliases].map((name) => [normalizeHeader(name), spec] as const),
  ),
);

export function columnByHeader(header: string): ColumnSpec | undefined {
  return byNormalizedName.get(normalizeHeader(header));
}

export function columnSpec(key: ColumnKey): ColumnSpec {
  const spec = COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`Unknown column: ${key}`);
  return spec;
}

/** The columns that carry a department's input: losing one of them silently would drop ratings. */
const INPUT_COLUMNS = COLUMNS.filter((spec) => INPUT_FIELDS.some((f) => f.key === spec.key));

/**
 * The rating/input column an unknown header seems meant to be, or undefined: close to a known name by
 * edit distance (about one typo per four letters), or starting with such a column's first word
 * ("Bemerkungen Amt") or its first word the start of one ("Zielerreichung 2023"). Such a column stops a CSV import; any other unknown
 * column only gives a warning.
 */
export function misspeltInputColumn(header: string): ColumnSpec | undefined {
  const whole = normalizeHeader(header);
  const first = firstWord(header);
  if (whole === "") return undefined;
  for (const spec of INPUT_COLUMNS) {
    const names = [spec.header, ...spec.aliases];
    if (names.some((name) => close(whole, normalizeHeader(name)))) return spec;
    for (const name of names) {
      const word = firstWord(name);
      if (word.length >= 5 && (whole.startsWith(word) || (first.length >= 6 && word.startsWith(first))))
        return spec;
    }
  }
  return undefined;
}

function firstWord(text: string): string {
  return normalizeHeader(text.trim().split(/[^\p{L}\p{N}ß]+/u)[0] ?? "");
}

function close(a: string, b: string): boolean {
  return editDistance(a, b) <= Math.max(1, Math.floor(b.length / 4));
}

/** Levenshtein distance (insert, delete, replace one character). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[y.length] ?? 0;
}
