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
