/**
 * Texts of the Word documents (annex and Sachstand) in both languages. Levels, symbols and their meanings
 * come from the rating scheme; the table headers and legend headings from the workbook's labels.
 */
import type { Language, Localized } from "../scheme/ratingScheme";

export const ANNEX_LABELS = {
  annexHeading: {
    de: "Übersicht: Bewertung der inhaltlichen Zielerreichung der Maßnahmen",
    en: "Overview: rating of the goal achievement of the measures",
  },
  annexKind: { de: "Anlage", en: "Annex" },
  sachstandKind: { de: "Sachstand je Handlungsfeld", en: "Status per action field" },
  sachstandIntro: {
    de: "Arbeitsunterlage für die Berichtskapitel: je Handlungsfeld die Zahlen der Übersicht, die Maßnahmen nach Zielerreichungsgrad mit ihren Bemerkungen und die markierten Maßnahmen.",
    en: "Working document for the report's chapters: per action field the summary's figures, the measures by degree of goal achievement with their remarks, and the marked measures.",
  },
  catalogue: { de: "Katalog", en: "Catalogue" },
  catalogueVersion: { de: "Stand des Katalogs", en: "Catalogue version" },
  workbookUnit: { de: "Organisationseinheit", en: "Organisational unit" },
  createdOn: { de: "Erstellt am", en: "Created on" },
  page: { de: "Seite", en: "Page" },
  pageOf: { de: "von", en: "of" },
  figures: { de: "Kennzahlen", en: "Figures" },
  figure: { de: "Kennzahl", en: "Figure" },
  count: { de: "Anzahl", en: "Count" },
  shareOfRated: { de: "Anteil an bewertet", en: "Share of rated" },
  measuresCount: { de: "Maßnahmen", en: "Measures" },
  goalsCount: { de: "Ziele", en: "Goals" },
  rated: { de: "bewertet", en: "rated" },
  byLevel: { de: "Maßnahmen nach Zielerreichungsgrad", en: "Measures by degree of goal achievement" },
  marked: { de: "Markierte Maßnahmen", en: "Marked measures" },
  changes: { de: "Veränderungen seit der letzten Runde", en: "Changes since the last round" },
  before: { de: "vorher", en: "before" },
  now: { de: "jetzt", en: "now" },
  remark: { de: "Bemerkung", en: "Remark" },
  remarkBefore: { de: "Bemerkung vorher", en: "Remark before" },
  unit: { de: "Zuständig", en: "Responsible" },
  none: { de: "keine", en: "none" },
  legendShown: { de: "Anzeige", en: "Shown" },
  legendName: { de: "Bezeichnung", en: "Name" },
  legendMeaning: { de: "Bedeutung", en: "Meaning" },
  noChanges: { de: "Keine Veränderungen.", en: "No changes." },
} as const satisfies Record<string, Localized>;

export type AnnexLabelKey = keyof typeof ANNEX_LABELS;

export function annexLabel(key: AnnexLabelKey, lang: Language): string {
  return ANNEX_LABELS[key][lang];
}

/** "31.05.2023" in German, "2023-05-31" in English, from an ISO date or timestamp. */
export function formatDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return lang === "de" ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
}
