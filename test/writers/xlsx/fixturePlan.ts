/**
 * A small hand-written WorkbookPlan shaped like the real one (lists, one field sheet with inputs,
 * a summary with live formulas, a veryHidden meta sheet), for testing the writer without the layout.
 */
import type { CellContent, SheetPlan, WorkbookPlan } from "../../../src/layout/plan";

export const FIELD_SHEET = "Migrations- & Integrationsman";
export const LEVEL_VALUES = ["hoch", "mittel", "gering", "unklar"] as const;
export const FIRST_MEASURE_ROW = 4;
/** Summary cells (sheet "Übersicht"): B2 measures, B3 rated, B4 open, B5 invalid, B6..B9 per level, B10 "ja" in G. */
export const SUMMARY = {
  measures: "B2",
  rated: "B3",
  open: "B4",
  invalid: "B5",
  levels: "B6:B9",
  weiter: "B10",
};

const text = (t: string): CellContent => ({ text: t });
const formula = (f: string): CellContent => ({ formula: f });

export function fixturePlan(
  options: { measures?: number; texts?: readonly string[]; password?: string } = {},
): WorkbookPlan {
  const texts = options.texts ?? ["Sprachkurse ausbauen"];
  const count = options.measures ?? Math.max(6, texts.length);
  const last = FIRST_MEASURE_ROW + count - 1;
  const protection = {
    protected: true,
    ...(options.password !== undefined && { password: options.password }),
    allowFormatColumns: true,
    allowAutoFilter: false,
    allowSort: false,
  };
  const listen: SheetPlan = {
    key: "lists",
    name: "Listen",
    role: "lists",
    visibility: "hidden",
    columns: [{ index: 1, width: 12 }],
    rows: [],
    blocks: [{ origin: "A1", cells: [[text("Zielerreichungsgrad")], ...LEVEL_VALUES.map((v) => [text(v)])] }],
    styleRanges: [],
    conditionalFormats: [],
    dataValidations: [],
    protection,
    extent: "A1:A5",
  };
  const measureRows: CellContent[][] = [];
  for (let i = 0; i < count; i++) {
    const row = FIRST_MEASURE_ROW + i;
    measureRows.push([
      { number: 1 + Math.floor(i / 3) },
      text(i === 0 ? "=Herausforderung beginnt mit Gleichheitszeichen" : "Zielbeschreibung " + (i + 1)),
      text(texts[i % texts.length]!),
      formula(
        `=IF(E${row}="","offen",IF(ISNUMBER(MATCH(E${row},Listen!$A$2:$A$5,0)),E${row},"ungültig"))` +
          `&IF(F${row}<>""," "&F${row},"")&IF(G${row}="ja"," →","")`,
      ),
      null,
      null,
      null,
      text(i % 2 === 0 ? "Amt für Integration" : "Jobcenter"),
      text(`M-${String(i + 1).padStart(5, "0")}`),
    ]);
  }
  const field: SheetPlan = {
    key: "field:hf1",
    name: FIELD_SHEET,
    role: "field",
    visibility: "visible",
    tabColor: "2F5597",
    columns: [
      { index: 1, width: 6 },
      { index: 2, width: 40 },
      { index: 3, width: 50 },
      { index: 4, width: 14 },
      { index: 5, width: 14 },
      { index: 6, width: 8 },
      { index: 7, width: 10 },
      { index: 8, width: 24 },
      { index: 9, width: 14, hidden: true },
    ],
    rows: [{ index: 1, height: 24 }],
    blocks: [
      {
        origin: "A1",
        cells: [[text("Bewertungsübersicht – Migrations- & Integrationsmanagement"), null, null, null]],
      },
      {
        origin: "A3",
        cells: [
          [
            "Ziel",
            "Herausforderung & Zielbeschreibung",
            "Maßnahmen",
            "Bewertung",
            "Zielerreichungsgrad",
            "Aufgabe",
            "Weiterführungsbedarf",
            "Zuständig",
            "ID",
          ].map(text),
        ],
      },
      { origin: `A${FIRST_MEASURE_ROW}`, cells: measureRows },
    ],
    styleRanges: [
      { range: "A1:D1", style: "title" },
      { range: "A3:I3", style: "header" },
      { range: `A${FIRST_MEASURE_ROW}:I${last}`, style: "body" },
      { range: `E${FIRST_MEASURE_ROW}:H${last}`, style: "input" },
      { range: `D${FIRST_MEASURE_ROW}:D${last}`, style: "rating" },
    ],
    conditionalFormats: LEVEL_VALUES.map((value, i) => ({
      kind: "expression" as const,
      range: `D${FIRST_MEASURE_ROW}:D${last}`,
      formula: `=$E${FIRST_MEASURE_ROW}="${value}"`,
      fill: ["70AD47", "FFC000", "E06666", "A6A6A6"][i]!,
      fontColor: "000000",
      priority: i + 1,
    })),
    dataValidations: [
      {
        range: `E${FIRST_MEASURE_ROW}:E${last}`,
        list: { source: "=Listen!$A$2:$A$5" },
        allowBlank: true,
        prompt: { title: "Zielerreichungsgrad", message: "Bitte wählen: hoch, mittel, gering oder unklar." },
        error: { title: "Ungültiger Wert", message: "Bitte einen Wert aus der Liste wählen." },
      },
      {
        range: `F${FIRST_MEASURE_ROW}:F${last}`,
        list: { values: ["P", "R"] },
        allowBlank: true,
        prompt: { title: "Aufgabe", message: "P = Pflichtaufgabe, R = Routine." },
        error: { title: "Ungültiger Wert", message: "Bitte P oder R wählen." },
      },
      {
        range: `G${FIRST_MEASURE_ROW}:G${last}`,
        list: { values: ["ja", "nein"] },
        allowBlank: true,
        prompt: {
          title: "Weiterführungsbedarf",
          message: "„ja“, wenn das Vorhaben weitergeführt werden sollte.",
        },
        error: { title: "Ungültiger Wert", message: "Bitte ja oder nein wählen." },
      },
    ],
    protection,
    freeze: { rows: 3, columns: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      scale: 100,
      printArea: `A1:D${last}`,
      titleRows: "$3:$3",
      header: { left: '&"-,Bold"Bewertungsübersicht', right: "&A" },
      footer: { center: "Seite &P von &N" },
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    },
    extent: `A1:I${last}`,
  };
  const range = (col: string) => `'${FIELD_SHEET}'!$${col}$${FIRST_MEASURE_ROW}:$${col}$${last}`;
  const levels = range("E");
  const summaryRows: CellContent[][] = [
    [text("Kennzahl"), text("Anzahl")],
    [text("Maßnahmen"), formula(`=COUNTA(${range("I")})`)],
    [text("bewertet"), formula(`=SUMPRODUCT(COUNTIF(${levels},Listen!$A$2:$A$5))`)],
    [text("offen"), formula(`=COUNTBLANK(${levels})`)],
    [text("ungültig"), formula("=B2-B3-B4")],
    ...LEVEL_VALUES.map((v) => [text(v), formula(`=COUNTIF(${levels},"${v}")`)]),
    [text("Weiterführungsbedarf"), formula(`=COUNTIF(${range("G")},"ja")`)],
    [text("Anteil hoch"), formula("=IF(B2=0,0,B6/B2)")],
  ];
  const summary: SheetPlan = {
    key: "summary",
    name: "Übersicht",
    role: "summary",
    visibility: "visible",
    columns: [
      { index: 1, width: 24 },
      { index: 2, width: 12 },
    ],
    rows: [],
    blocks: [{ origin: "A1", cells: summaryRows }],
    styleRanges: [
      { range: "A1:B1", style: "header" },
      { range: "B11", style: "percent" },
    ],
    conditionalFormats: [{ kind: "dataBar", range: "B6:B9", color: "5B9BD5", priority: 1 }],
    dataValidations: [],
    protection,
    freeze: { rows: 1, columns: 1 },
    extent: "A1:B11",
  };
  const meta: SheetPlan = {
    key: "meta",
    name: "Zielbild",
    role: "meta",
    visibility: "veryHidden",
    columns: [],
    rows: [],
    blocks: [{ origin: "A1", cells: [[text("generator"), text("Zielbild")]] }],
    styleRanges: [],
    conditionalFormats: [],
    dataValidations: [],
    protection,
    extent: "A1:B1",
  };
  return {
    meta: {
      generator: "Zielbild",
      formatVersion: 1,
      schemeVersion: 1,
      catalogueId: "test-katalog",
      catalogueVersion: "1",
      catalogueTitle: "Testkatalog",
      title: "Bewertungsübersicht Test",
      language: "de",
      builtAt: "2024-01-02T03:04:05.000Z",
    },
    styles: {
      title: { font: { bold: true, size: 14 }, horizontal: "centerContinuous" },
      header: { font: { bold: true, color: "FFFFFF" }, fill: "1F4E79", wrap: true, border: "808080" },
      body: { vertical: "top", wrap: true, border: "BFBFBF" },
      input: { fill: "FFF2CC", locked: false },
      rating: { font: { bold: true }, horizontal: "center" },
      percent: { numberFormat: "0.0%" },
    },
    sheets: [summary, field, listen, meta],
    definedNames: [{ name: "Zielerreichungsgrade", ref: "'Listen'!$A$2:$A$5" }],
    measures: [],
  };
}
