/**
 * Texts of the workbook's own sheets (headings, headers, notes) in both languages. Levels, symbols,
 * input headers, prompts and dropdown values come from the rating scheme, never from here.
 */
import type { Language, Localized } from "../scheme/ratingScheme";

export const LABELS = {
  summarySheet: { de: "Übersicht", en: "Summary" },
  legendSheet: { de: "Legende", en: "Legend" },
  archiveSheet: { de: "Archiv", en: "Archive" },
  listsSheet: { de: "Listen", en: "Lists" },
  historySheet: { de: "Verlauf", en: "History" },
  historyHeading: {
    de: "Verlauf: Eingaben der abgeschlossenen Runden (schreibgeschützt)",
    en: "History: inputs of the closed rounds (read-only)",
  },
  round: { de: "Runde", en: "Round" },
  defaultRoundLabel: { de: "Bewertung", en: "Evaluation" },
  previousLevel: { de: "Stufe Vorrunde", en: "Previous level" },
  change: { de: "Veränderung", en: "Change" },
  notInPreviousRound: { de: "—", en: "—" },
  changesHeading: { de: "Veränderung seit der Vorrunde", en: "Change since the previous round" },
  roundsHeading: { de: "Zielerreichungsgrad je Runde", en: "Degree of goal achievement per round" },
  actionField: { de: "Handlungsfeld", en: "Action field" },
  goal: { de: "Ziel", en: "Goal" },
  challengeAndGoal: { de: "Herausforderung & Zielbeschreibung", en: "Challenge & goal description" },
  measures: { de: "Maßnahmen", en: "Measures" },
  measure: { de: "Maßnahme", en: "Measure" },
  rating: { de: "Bewertung", en: "Rating" },
  unit: { de: "Zuständig", en: "Responsible" },
  id: { de: "ID", en: "ID" },
  status: { de: "Status", en: "Status" },
  note: { de: "Hinweis", en: "Note" },
  notYourUnit: { de: "nicht Ihre Zuständigkeit", en: "not your responsibility" },
  rated: { de: "bewertet", en: "rated" },
  goals: { de: "Ziele", en: "Goals" },
  total: { de: "Gesamt", en: "Total" },
  share: { de: "Anteil", en: "Share" },
  shareRated: { de: "Anteil bewertet", en: "Share rated" },
  organisationalUnit: { de: "Organisationseinheit", en: "Organisational unit" },
  noUnit: { de: "ohne Zuständigkeit", en: "no unit assigned" },
  summaryHeading: {
    de: "Übersicht: Bewertung der inhaltlichen Zielerreichung der Maßnahmen",
    en: "Summary: rating of the goal achievement of the measures",
  },
  perFieldHeading: { de: "Je Handlungsfeld", en: "Per action field" },
  perUnitHeading: { de: "Je Organisationseinheit", en: "Per organisational unit" },
  levelCounts: { de: "Zielerreichungsgrad (Anzahl)", en: "Degree of goal achievement (count)" },
  levelShares: {
    de: "Zielerreichungsgrad (Anteil an bewertet)",
    en: "Degree of goal achievement (share of rated)",
  },
  symbols: { de: "Symbole", en: "Symbols" },
  legendHeading: { de: "Bewertungsschema", en: "Rating scheme" },
  legendLevels: { de: "Zielerreichungsgrad (Ampel)", en: "Degree of goal achievement (traffic light)" },
  legendSymbols: { de: "Symbole", en: "Symbols" },
  legendStatus: { de: "Anzeige in der Spalte „Bewertung“", en: "Shown in the “Rating” column" },
  legendOpen: {
    de: "Noch kein Zielerreichungsgrad eingetragen.",
    en: "No degree of goal achievement entered yet.",
  },
  legendInvalid: {
    de: "Eine Eingabe liegt außerhalb des Bewertungsschemas (z. B. eingefügt statt aus der Liste gewählt).",
    en: "An input lies outside the rating scheme (e.g. pasted instead of picked from the list).",
  },
  legendHowTo: {
    de: "Bitte nur die farbig abgesetzten Eingabespalten rechts neben „Bewertung“ ausfüllen; Bewertung und Übersicht rechnen sich selbst.",
    en: "Please fill in only the input columns right of “Rating”; the rating and the summary update themselves.",
  },
  archiveHeading: {
    de: "Archiv: Maßnahmen, die nicht mehr im Katalog stehen, mit ihren Eingaben",
    en: "Archive: measures no longer in the catalogue, with their inputs",
  },
  archivedAt: { de: "archiviert am", en: "archived at" },
  listLevels: { de: "Zielerreichungsgrad", en: "Degree of goal achievement" },
  listTaskTypes: { de: "Aufgabe", en: "Task" },
  listYesNo: { de: "ja/nein", en: "yes/no" },
  listUnits: { de: "Organisationseinheiten", en: "Organisational units" },
  invalidInputTitle: { de: "Ungültiger Wert", en: "Invalid value" },
  invalidInputMessage: {
    de: "Bitte einen Wert aus der Liste wählen.",
    en: "Please pick a value from the list.",
  },
  unitPrompt: {
    de: "Zuständige Organisationseinheit (vom Planungsbüro zugewiesen).",
    en: "Responsible organisational unit (assigned by the planning office).",
  },
  page: { de: "Seite &P von &N", en: "Page &P of &N" },
  progressPrefix: { de: "Ihre Maßnahmen", en: "Your measures" },
  progressOf: { de: "von", en: "of" },
} as const satisfies Record<string, Localized>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Language): string {
  return LABELS[key][lang];
}
