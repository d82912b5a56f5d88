/**
 * The real workbook (bundled catalogue → buildPlan → .xlsx) in LibreOffice: random ratings are filled in,
 * every cached formula result is poisoned, LibreOffice recalculates, and every summary number must equal
 * a count computed here, independently, from the same random ratings. Also renders the annex to PDF/PNG.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { loadCatalogue } from "../../src/catalogue/load";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import {
  INPUT_FIELDS,
  allowedValues,
  LEVELS,
  type InputKey,
  type Language,
} from "../../src/scheme/ratingScheme";
import { SUMMARY_COLUMNS, SUMMARY_FIRST_ROW, summarySymbols } from "../../src/layout/summarySheet";
import { label } from "../../src/layout/labels";
import { statusTexts } from "../../src/layout/context";
import { LETTER } from "../../src/layout/fieldLayout";
import { columnIndex } from "../../src/core/address";
import type { MeasureLocation, WorkbookPlan } from "../../src/layout/plan";
import { sheetByName, valueAt, type SheetSnapshot, type WorkbookSnapshot } from "../../src/layout/snapshot";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import {
  fillAndPoison,
  formulaErrors,
  pick,
  POISON,
  random,
  sharedFormulaCells,
  type Entry,
} from "./workbookFiles";

const BUILT_AT = "2024-05-01T10:00:00.000Z";
const ANNEX_DIR = path.resolve(__dirname, "../../test-output/annex");
const OUTSIDE_SCHEME: Record<string, readonly (string | number)[]> = {
  level: ["sehr gut", "Hoch", " hoch", 3],
  taskType: ["p", "X"],
  flag: ["vielleicht", "JA", 1],
};

type Value = string | number | null;
interface RatedMeasure {
  readonly location: MeasureLocation;
  readonly inputs: Readonly<Record<InputKey, Value>>;
  readonly unit: string;
  readonly status: "rated" | "open" | "invalid";
}

async function bundledCatalogue(): Promise<Catalogue> {
  const file = path.resolve(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");
  return loadCatalogue(new Uint8Array(await fs.readFile(file)), file);
}

function unitsOf(catalogue: Catalogue): string[] {
  const units = new Set<string>();
  for (const { measure } of measureEntries(catalogue)) if (measure.unit) units.add(measure.unit);
  return [...units];
}

/** Random inputs per measure: blanks, values of the scheme, and values outside it (as if pasted). */
function randomRatings(
  plan: WorkbookPlan,
  units: readonly string[],
  lang: Language,
  seed: number,
): RatedMeasure[] {
  const next = random(seed);
  return plan.measures.map((location) => {
    const inputs = {} as Record<InputKey, Value>;
    let invalid = false;
    for (const field of INPUT_FIELDS) {
      const allowed = allowedValues(field, lang);
      const roll = next();
      let value: Value;
      if (field.kind === "text") value = roll < 0.3 ? pick(next, ["=1+1", "läuft", "-", "@Team"]) : null;
      else if (roll < (field.kind === "level" ? 0.25 : 0.5)) value = null;
      else if (roll < 0.9) value = pick(next, allowed);
      else
        value = pick(
          next,
          OUTSIDE_SCHEME[field.kind === "level" ? "level" : field.kind === "taskType" ? "taskType" : "flag"]!,
        );
      inputs[field.key] = value;
      if (allowed.length > 0 && value !== null && !allowed.includes(value as string)) invalid = true;
    }
    const unit = next() < 0.1 ? "" : pick(next, units);
    const status = invalid ? "invalid" : inputs.level === null ? "open" : "rated";
    return { location, inputs, unit, status };
  });
}

function entriesOf(measures: readonly RatedMeasure[]): Entry[] {
  return measures.flatMap(({ location, inputs, unit }) => [
    ...INPUT_FIELDS.map((field) => ({
      sheet: location.sheetName,
      address: `${location.inputColumns[field.key]}${location.row}`,
      value: inputs[field.key],
    })),
    {
      sheet: location.sheetName,
      address: `${location.unitColumn}${location.row}`,
      value: unit === "" ? null : unit,
    },
  ]);
}

/** Summary numbers of one group of measures, counted here without any spreadsheet formula. */
function expectedRow(measures: readonly RatedMeasure[], lang: Language) {
  const rated = measures.filter((m) => m.status === "rated");
  const levelCounts = LEVELS.map((level) => rated.filter((m) => m.inputs.level === level.value[lang]).length);
  const valid = measures.filter((m) => m.status !== "invalid");
  const symbols = summarySymbols(lang).map(
    (s) =>
      valid.filter((m) =>
        INPUT_FIELDS.some((f) => m.location.inputColumns[f.key] === s.letter && m.inputs[f.key] === s.value),
      ).length,
  );
  return {
    measures: measures.length,
    rated: rated.length,
    open: measures.filter((m) => m.status === "open").length,
    invalid: measures.filter((m) => m.status === "invalid").length,
    levelCounts,
    shares: levelCounts.map((n) => (rated.length === 0 ? 0 : n / rated.length)),
    symbols,
  };
}

function actualRow(summary: SheetSnapshot, row: number, lang: Language) {
  const c = SUMMARY_COLUMNS;
  const at = (column: number) => valueAt(summary, row, column);
  return {
    measures: at(c.measures),
    rated: at(c.rated),
    open: at(c.open),
    invalid: at(c.invalid),
    levelCounts: LEVELS.map((_, i) => at(c.level + i)),
    shares: LEVELS.map((_, i) => at(c.share + i)),
    symbols: summarySymbols(lang).map((_, i) => at(c.symbol + i)),
  };
}

function rowWithLabel(sheet: SheetSnapshot, text: string, below: number): number {
  for (let row = below + 1; row <= sheet.values.length; row++)
    if (valueAt(sheet, row, 1) === text) return row;
  throw new Error(`no row "${text}" below row ${below} on ${sheet.name}`);
}

async function recalculated(plan: WorkbookPlan, measures: readonly RatedMeasure[]) {
  const filled = await fillAndPoison(await writeXlsxBuffer(plan), entriesOf(measures));
  return { filled, snapshot: await readXlsx(await convertWithLibreOffice(filled, "xlsx", "always")) };
}

function expectSummaryMatches(
  snapshot: WorkbookSnapshot,
  plan: WorkbookPlan,
  catalogue: Catalogue,
  measures: readonly RatedMeasure[],
  lang: Language,
): void {
  const summary = sheetByName(snapshot, plan.sheets[0]!.name)!;
  const round = (row: ReturnType<typeof expectedRow> | ReturnType<typeof actualRow>) => ({
    ...row,
    shares: row.shares.map((s) => (typeof s === "number" ? Math.round(s * 1e9) / 1e9 : s)),
  });
  catalogue.actionFields.forEach((field, i) => {
    const own = measures.filter((m) => m.location.fieldId === field.id);
    const goals = field.challenges.reduce((n, c) => n + c.goals.length, 0);
    const row = SUMMARY_FIRST_ROW + i;
    expect([
      field.id,
      valueAt(summary, row, SUMMARY_COLUMNS.goals),
      round(actualRow(summary, row, lang)),
    ]).toEqual([field.id, goals, round(expectedRow(own, lang))]);
  });
  const totalRow = SUMMARY_FIRST_ROW + catalogue.actionFields.length;
  expect(round(actualRow(summary, totalRow, lang))).toEqual(round(expectedRow(measures, lang)));

  const unitHeading = rowWithLabel(summary, label("perUnitHeading", lang), totalRow);
  const status = statusTexts(lang);
  for (const unit of [...new Set(measures.map((m) => m.unit))]) {
    const row = rowWithLabel(summary, unit === "" ? label("noUnit", lang) : unit, unitHeading);
    const own = measures.filter((m) => m.unit === unit);
    expect([unit, [2, 3, 4, 5].map((c) => valueAt(summary, row, c))]).toEqual([
      unit,
      [
        own.length,
        ...(["rated", "open", "invalid"] as const).map((s) => own.filter((m) => m.status === s).length),
      ],
    ]);
  }
  // Each field sheet's hidden status column and visible Bewertung cell agree with the random inputs.
  for (const m of measures) {
    const sheet = sheetByName(snapshot, m.location.sheetName)!;
    const shownStatus = valueAt(sheet, m.location.row, columnIndex(LETTER.status));
    const rating = String(valueAt(sheet, m.location.row, columnIndex(LETTER.rating)));
    const levelText = m.status === "rated" ? String(m.inputs.level) : status[m.status];
    expect([m.location.measureId, shownStatus, rating.startsWith(levelText)]).toEqual([
      m.location.measureId,
      status[m.status],
      true,
    ]);
  }
}

describe("LibreOffice recalculates the real workbook of the bundled catalogue", () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    catalogue = await bundledCatalogue();
  });

  it.each([
    [11, "de"],
    [12, "de"],
    [13, "en"],
  ] as const)(
    "seed %i (%s): every summary number equals the independent count, no formula error",
    async (seed, lang) => {
      const plan = buildPlan(catalogue, { language: lang, builtAt: BUILT_AT });
      const measures = randomRatings(plan, unitsOf(catalogue), lang, seed);
      expect(new Set(measures.map((m) => m.status))).toEqual(new Set(["rated", "open", "invalid"]));
      const { filled, snapshot } = await recalculated(plan, measures);
      // Most measure-row formulas are stored shared: LibreOffice must move them to each row itself.
      expect(await sharedFormulaCells(filled)).toBeGreaterThan(plan.measures.length);
      expect(formulaErrors(snapshot)).toEqual([]);
      expectSummaryMatches(snapshot, plan, catalogue, measures, lang);
    },
  );

  it("the same file shows only the poisoned values when LibreOffice does not recalculate", async () => {
    const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
    const measures = randomRatings(plan, unitsOf(catalogue), "de", 11);
    const filled = await fillAndPoison(await writeXlsxBuffer(plan), entriesOf(measures));
    const stale = await readXlsx(await convertWithLibreOffice(filled, "xlsx", "never"));
    const summary = sheetByName(stale, plan.sheets[0]!.name)!;
    const totalRow = SUMMARY_FIRST_ROW + catalogue.actionFields.length;
    expect(valueAt(summary, totalRow, SUMMARY_COLUMNS.measures)).toBe(POISON);
    expect(valueAt(summary, totalRow, SUMMARY_COLUMNS.rated)).toBe(POISON);
  });

  it("renders the annex to PDF and PNG pages for a person to look at", async () => {
    const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
    const measures = randomRatings(plan, unitsOf(catalogue), "de", 11);
    const filled = await fillAndPoison(await writeXlsxBuffer(plan), entriesOf(measures));
    const pdf = await convertWithLibreOffice(filled, "pdf", "always");
    await fs.rm(ANNEX_DIR, { recursive: true, force: true });
    await fs.mkdir(ANNEX_DIR, { recursive: true });
    const pdfFile = path.join(ANNEX_DIR, "Bewertungsuebersicht.pdf");
    await fs.writeFile(pdfFile, pdf);
    await fs.writeFile(path.join(ANNEX_DIR, "Bewertungsuebersicht.xlsx"), filled);
    await promisify(execFile)("pdftoppm", ["-png", "-r", "80", pdfFile, path.join(ANNEX_DIR, "seite")]);
    const pages = (await fs.readdir(ANNEX_DIR)).filter((f) => f.endsWith(".png"));
    const fieldSheets = plan.sheets.filter((s) => s.role === "field").length;
    expect(pages.length).toBeGreaterThan(fieldSheets);
    expect(new TextDecoder("latin1").decode(pdf.slice(0, 5))).toBe("%PDF-");
    // Page 2 is the first field's annex: its print area ends at Bewertung, so no input column or ID shows.
    const { stdout } = await promisify(execFile)("pdftotext", [
      "-f",
      "2",
      "-l",
      "2",
      "-layout",
      pdfFile,
      "-",
    ]);
    const firstField = catalogue.actionFields[0]!;
    expect(stdout).toContain("Bewertung");
    expect(stdout).toContain(firstField.challenges[0]!.title);
    expect(stdout).not.toContain(firstField.challenges[0]!.goals[0]!.measures[0]!.id);
    expect(stdout).not.toContain(label("unit", "de"));
  });
});
