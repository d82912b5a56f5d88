/**
 * Every malformed fixture with the message(s) a person must see: file → expected line/path and text.
 * A file in malformed/ without a row here fails the last test, so new fixtures cannot go unchecked.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { formatIssue, loadCatalogue, type Catalogue } from "../../src/catalogue";
import { FIXTURES, fixtureBytes, issuesOf } from "./helpers";

interface Expected {
  /** Number of issues reported. */
  readonly count: number;
  /** Substrings of the formatted issues ("file, Zeile n, field: message"), in order. */
  readonly lines: readonly string[];
}

const JSON_PATH = "actionFields[0].challenges[0].goals[0]";

const CASES: Record<string, Expected> = {
  "invalid-json.json": {
    count: 1,
    lines: ["Zeile 4: ungültiges JSON in Spalte 3: Kommentare sind in JSON nicht erlaubt"],
  },
  "not-an-object.json": { count: 1, lines: ["Zeile 1: muss ein Objekt { … } sein, nicht eine Liste"] },
  "too-deep.json": {
    count: 1,
    lines: ["Zeile 6: JSON ist tiefer verschachtelt, als das Katalogformat erlaubt"],
  },
  "wrong-types.json": {
    count: 2,
    lines: [
      `Zeile 15, ${JSON_PATH}.number: Zielnummer muss eine Zahl sein`,
      "Zeile 42, actionFields[1].name: Handlungsfeld muss ein Text sein",
    ],
  },
  "missing-fields.json": {
    count: 2,
    lines: [
      "Zeile 1, version: Pflichtfeld fehlt",
      `Zeile 23, ${JSON_PATH}.measures[1].title: Pflichtfeld fehlt`,
    ],
  },
  "unknown-field.json": {
    count: 1,
    lines: [`Zeile 23, ${JSON_PATH}.measures[0].verantwortlich: unbekanntes Feld „verantwortlich“`],
  },
  "duplicate-goal-numbers.json": {
    count: 1,
    lines: [
      `Zeile 48, actionFields[1].challenges[0].goals[0].number: Zielnummer 1 doppelt (zuerst bei ${JSON_PATH}.number)`,
    ],
  },
  "duplicate-measure-ids.json": {
    count: 1,
    lines: [
      "Zeile 52, actionFields[1].challenges[0].goals[0].measures[0].id: Maßnahmen-ID hf1-z1-m2 doppelt",
    ],
  },
  "goal-without-measures.json": {
    count: 1,
    lines: ["Zeile 50, actionFields[1].challenges[0].goals[0].measures: Ziel hat keine Maßnahme"],
  },
  "unknown-task-type.json": {
    count: 1,
    lines: [
      `Zeile 22, ${JSON_PATH}.measures[0].taskType: Aufgabe muss P (Pflichtaufgabe) oder R (Routine) sein`,
    ],
  },
  "unknown-rating.json": {
    count: 1,
    lines: [
      `Zeile 28, ${JSON_PATH}.measures[1].rating.level: Zielerreichungsgrad muss einer von hoch, mittel, gering, unklar sein`,
    ],
  },
  "empty-texts.json": {
    count: 2,
    lines: [
      `Zeile 16, ${JSON_PATH}.description: Zielbeschreibung darf nicht leer sein`,
      "Zeile 45, actionFields[1].challenges[0].title: Herausforderung darf nicht leer sein",
    ],
  },
  "several-errors.json": {
    count: 3,
    lines: [
      "Zeile 3, title: Titel darf nicht leer sein",
      "Zeile 48, actionFields[1].challenges[0].goals[0].number: Zielnummer 1 doppelt",
      "Zeile 55, actionFields[1].challenges[0].goals[0].measures[0].taskType: Aufgabe muss P",
    ],
  },
  "missing-column.csv": {
    count: 1,
    lines: [
      "Zeile 1: Pflichtspalte fehlt: Maßnahme. Erwartete Überschriften: Handlungsfeld; Herausforderung; Ziel; Zielbeschreibung; Maßnahme",
    ],
  },
  // an unknown column is only a warning (test/catalogue/csvWarnings.test.ts); a misspelt rating column stops
  "misspelt-rating-column.csv": {
    count: 1,
    lines: [
      "Zeile 1, Zielerreichungsgrd: Spalte F sieht aus wie die Bewertungsspalte „Zielerreichungsgrad“, ist aber anders geschrieben",
    ],
  },
  "goal-number-not-a-number.csv": { count: 1, lines: ["Zeile 3, Ziel: „drei“ ist keine Zielnummer"] },
  "conflicting-goal-descriptions.csv": {
    count: 1,
    lines: [
      "Zeile 4, Zielbeschreibung: widersprüchliche Beschreibung für Ziel 1: Zeile 2 „Deutsch lernen“, Zeile 4 „Deutsch sprechen“",
    ],
  },
  "duplicate-goal-numbers.csv": {
    count: 1,
    lines: ["Zeile 3, Ziel: Zielnummer 1 doppelt: schon in Zeile 2 (Handlungsfeld „Sprache“"],
  },
  // the first record spans lines 2–4, so the duplicate is on line 5
  "duplicate-measure-ids.csv": {
    count: 1,
    lines: ["Zeile 5, Maßnahmen-ID: Maßnahmen-ID M1 doppelt (zuerst in Zeile 2)"],
  },
  "unknown-task-type.csv": { count: 1, lines: ["Zeile 2, Aufgabe: unbekannte Aufgabe „X“"] },
  "unknown-rating.csv": {
    count: 1,
    lines: ["Zeile 2, Zielerreichungsgrad: unbekannter Zielerreichungsgrad „grün“"],
  },
  "invalid-flag.csv": { count: 1, lines: ["Zeile 2, Weiterführungsbedarf: unbekannter Wert „vielleicht“"] },
  "empty-measure.csv": { count: 1, lines: ["Zeile 2, Maßnahme: darf nicht leer sein"] },
  // a row with a goal and no measure data introduces the goal; no measure row follows
  "goal-without-measures.csv": { count: 1, lines: ["Zeile 2, Maßnahme: Ziel 1 hat keine Maßnahme"] },
  "unterminated-quote.csv": { count: 1, lines: ["Zeile 3: Anführungszeichen nicht geschlossen"] },
  "header-only.csv": { count: 1, lines: ["Zeile 1: Die Tabelle enthält keine Maßnahme"] },
  "empty.csv": { count: 1, lines: ["empty.csv: Die Datei ist leer"] },
  "binary-garbage.csv": { count: 1, lines: ["binary-garbage.csv: keine Textdatei"] },
  "workbook-not-csv.csv": {
    count: 1,
    lines: ["workbook-not-csv.csv: keine Textdatei (die Datei ist eine Excel-Arbeitsmappe"],
  },
};

describe("malformed catalogues", () => {
  it.each(Object.entries(CASES))("%s", (file, expected) => {
    const issues = issuesOf(() => loadCatalogue(fixtureBytes(join("malformed", file)), file));
    const formatted = issues.map(formatIssue);
    expect(formatted).toHaveLength(expected.count);
    expected.lines.forEach((line, i) => expect(formatted[i]).toContain(line));
    for (const issue of issues) expect(issue.file).toBe(file);
  });

  it("has an expectation for every fixture file (at least 15)", () => {
    const files = readdirSync(join(FIXTURES, "malformed")).sort();
    expect(files).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it("loads nothing partially: a throw, never a result, even with one bad row among good ones", () => {
    const good = Array.from(
      { length: 50 },
      (_, i) => `Feld;Herausforderung;${i + 1};Ziel ${i + 1};Maßnahme ${i + 1}`,
    );
    const lines = ["Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme", ...good];
    lines[30] = "Feld;Herausforderung;30;Ziel 30;";
    let result: Catalogue | undefined;
    const issues = issuesOf(
      () => (result = loadCatalogue(new TextEncoder().encode(lines.join("\n")), "teil.csv")),
    );
    expect(result).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ line: 31, field: "Maßnahme" })]);
  });

  it("rejects text over 32,767 characters in JSON and CSV (generated, not a fixture)", () => {
    const long = "Ö".repeat(32768);
    const csv = `Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme\nA;B;1;${long};D\n`;
    expect(issuesOf(() => loadCatalogue(new TextEncoder().encode(csv), "lang.csv")).map(formatIssue)).toEqual(
      [
        "lang.csv, Zeile 2, Zielbeschreibung: ist 32.768 Zeichen lang (höchstens 32.767, Grenze einer Excel-Zelle)",
      ],
    );
    const json = JSON.stringify({ id: "x", title: long, version: "1", actionFields: [] });
    expect(
      issuesOf(() => loadCatalogue(new TextEncoder().encode(json), "lang.json")).map(formatIssue),
    ).toEqual([
      "lang.json, Zeile 1, title: Titel ist länger als 32.767 Zeichen (Grenze einer Excel-Zelle)",
      "lang.json, Zeile 1, actionFields: Katalog hat kein Handlungsfeld",
    ]);
  });
});
