/** A small catalogue with awkward texts, and a written-and-read-back workbook with ratings entered. */
import type { Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureInputs } from "../../src/layout/plan";
import { readZielbildWorkbook, type ZielbildWorkbook } from "../../src/returns/readWorkbook";
import type { Language } from "../../src/scheme/ratingScheme";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";

export const BUILT_AT = "2025-03-01T09:00:00.000Z";
export const DATE = "2025-06-30";

export const TEXTS = {
  challenge: "Rückkehr differenziert managen 🚀",
  goal1: "=Übergänge schaffen: Größe & Maß",
  emoji: "Öffnungszeiten erweitern 😀 (Ärztinnen)",
  formula: "=SUMME(A1:A3)",
  twoLines: "Zeile eins\nZeile zwei mit ß",
  plus: "+49 541 501-0 anrufen",
  remark: "Bemerkung mit „Anführung“ & <Tag> =1+1",
} as const;

export function annexCatalogue(rated = false): Catalogue {
  return {
    id: "test-anlage",
    title: "Testkonzept Integration – Anlage",
    version: "2025-1",
    actionFields: [
      {
        id: "hf1",
        number: 1,
        name: "Ankommen & Aufenthalt",
        challenges: [
          {
            title: TEXTS.challenge,
            goals: [
              {
                number: 1,
                description: TEXTS.goal1,
                measures: [
                  {
                    id: "M1",
                    title: TEXTS.emoji,
                    unit: "Migrationszentrum",
                    ...(rated ? { rating: { level: "mittel" as const, remark: "alt" } } : {}),
                  },
                  {
                    id: "M2",
                    title: TEXTS.formula,
                    unit: "Ausländerbehörde",
                    ...(rated ? { rating: { level: "mittel" as const } } : {}),
                  },
                  { id: "M3", title: TEXTS.twoLines },
                ],
              },
              {
                number: 2,
                description: "Ziel zwei",
                measures: [{ id: "M4", title: TEXTS.plus, unit: "Jobcenter" }],
              },
            ],
          },
          {
            title: "Ankommen gestalten",
            goals: [
              { number: 3, description: "Ziel drei", measures: [{ id: "M5", title: "Maßnahme fünf" }] },
            ],
          },
        ],
      },
      {
        id: "hf2",
        number: 2,
        name: "Sprache",
        challenges: [
          {
            title: "Sprache fördern",
            goals: [
              {
                number: 4,
                description: "Ziel vier",
                measures: [
                  { id: "M6", title: "Maßnahme sechs" },
                  { id: "M7", title: "Maßnahme sieben" },
                ],
              },
            ],
          },
        ],
      },
      {
        id: "hf3",
        number: 3,
        name: "Bildung",
        challenges: [
          {
            title: "Bildung öffnen",
            goals: [
              { number: 5, description: "Ziel fünf", measures: [{ id: "M8", title: "Maßnahme acht" }] },
            ],
          },
        ],
      },
    ],
  };
}

/** Entered inputs in German (the workbook's language). */
export const GERMAN_INPUTS: ReadonlyMap<string, MeasureInputs> = new Map<string, MeasureInputs>([
  ["M1", { level: "hoch", taskType: "P", weiterfuehrungsbedarf: "ja", remark: "gut angenommen" }],
  ["M2", { level: "mittel", taskType: "R", zustaendigkeitFraglich: "ja", rahmenbedingungenVeraendert: "ja" }],
  ["M3", { level: "gering", remark: "zweite\nZeile" }],
  ["M4", { level: "unklar", remark: TEXTS.remark }],
  ["M5", { weiterfuehrungsbedarf: "ja", remark: "noch offen, aber wichtig" }],
  ["M6", { level: "sehr gut", remark: "ungültig eingefügt" }],
  ["M7", { level: "hoch", weiterfuehrungsbedarf: "nein" }],
]);

/** The workbook as the CLI reads it: built with the inputs, written as .xlsx, read back. */
export async function writtenWorkbook(
  catalogue: Catalogue = annexCatalogue(),
  inputs: ReadonlyMap<string, MeasureInputs> = GERMAN_INPUTS,
  language: Language = "de",
): Promise<{ bytes: Uint8Array; workbook: ZielbildWorkbook }> {
  const plan = buildPlan(catalogue, { language, builtAt: BUILT_AT, inputs });
  const bytes = await writeXlsxBuffer(plan);
  const read = readZielbildWorkbook(await readXlsx(bytes));
  if ("error" in read) throw new Error(read.error);
  return { bytes, workbook: read.workbook };
}
