import { promises as fs } from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../../src/catalogue/load";
import { COLUMNS } from "../../src/catalogue/csvColumns";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureInputs } from "../../src/layout/plan";
import { readInputs } from "../../src/layout/readInputs";
import {
  describeWarning,
  ratedCatalogue,
  ratedCatalogueJson,
  ratingsCsv,
} from "../../src/returns/exportRatings";
import { ratingPart } from "../../src/returns/ratingFields";
import { mergeReturns } from "../../src/returns/merge";
import { mergeReportCsv } from "../../src/returns/mergeReport";
import Papa from "papaparse";
import { injectionCatalogue, PAYLOADS } from "../fixtures/hostile/injection";
import { snapshotFromPlan } from "../fakes/synthetic";

const SEED = path.resolve(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");

async function seedCatalogue(): Promise<Catalogue> {
  return loadCatalogue(new Uint8Array(await fs.readFile(SEED)), SEED);
}

/** Ratings as departments enter them, in every shape the scheme allows, plus two invalid pastes. */
function enteredRatings(catalogue: Catalogue): Map<string, MeasureInputs> {
  const ids = [...measureEntries(catalogue)].map((e) => e.measure.id);
  const inputs = new Map<string, MeasureInputs>();
  const levels = ["hoch", "mittel", "gering", "unklar"];
  ids.forEach((id, i) => {
    if (i % 5 === 4) return;
    inputs.set(id, {
      level: levels[i % 4]!,
      ...(i % 3 === 0 && { taskType: "R" }),
      ...(i % 2 === 0 && { weiterfuehrungsbedarf: "ja" }),
      ...(i % 7 === 0 && { zustaendigkeitFraglich: "nein" }),
      ...(i % 4 === 1 && { rahmenbedingungenVeraendert: "ja" }),
      ...(i % 6 === 0 && { remark: `Bemerkung; mit "Zitat"\nund Zeilenumbruch ${i}` }),
    });
  });
  inputs.set(ids[4]!, { level: "sehr gut", taskType: "P/R", remark: "bleibt" });
  return inputs;
}

describe("rating exports", () => {
  it("maps workbook values back to scheme codes and warns (never drops silently) about invalid ones", async () => {
    const catalogue = await seedCatalogue();
    const inputs = enteredRatings(catalogue);
    const { catalogue: rated, warnings } = ratedCatalogue(catalogue, inputs, "de", { version: "2025-1" });
    const measures = [...measureEntries(rated)].map((e) => e.measure);
    expect(rated.version).toBe("2025-1");
    expect(measures[0]).toMatchObject({
      rating: { level: "hoch", weiterfuehrungsbedarf: true, zustaendigkeitFraglich: false },
      taskType: "R",
    });
    expect(measures[4]!.rating).toEqual({ remark: "bleibt" });
    expect(warnings.map((w) => `${w.measureId}:${w.key}`)).toEqual([
      `${measures[4]!.id}:level`,
      `${measures[4]!.id}:taskType`,
    ]);
    const id = measures[4]!.id;
    const level = warnings[0]!;
    expect(describeWarning(level)).toBe(
      `Maßnahme ${id}, Zielerreichungsgrad „${level.value}“: kein Wert des Bewertungsschemas; nicht exportiert`,
    );
    expect(describeWarning(level, "en")).toBe(
      `measure ${id}, Degree of goal achievement “${level.value}”: not a value of the rating scheme; not exported`,
    );
    expect(describeWarning(warnings[1]!, "en")).toMatch(/: neither P nor R; not exported$/);
  });

  it("JSON re-imports through loadCatalogue and rebuilds a workbook with the same ratings", async () => {
    const catalogue = await seedCatalogue();
    const inputs = enteredRatings(catalogue);
    const { catalogue: rated } = ratedCatalogue(catalogue, inputs, "de");
    const json = ratedCatalogueJson(rated);
    const again = loadCatalogue(new TextEncoder().encode(json), "next.json");
    expect(again).toEqual(rated);
    const plan = buildPlan(again, { language: "de", builtAt: "t" });
    const back = readInputs(plan, snapshotFromPlan(plan));
    for (const { measure } of measureEntries(catalogue)) {
      const entered = inputs.get(measure.id);
      if (!entered || entered.level === "sehr gut") continue;
      const expected = {
        ...ratingPart(entered),
        ...(entered.remark && { remark: String(entered.remark).trim() }),
      };
      // The entered row is the whole row (as readInputs gives it): an empty task type cell stays empty.
      expect(ratingPart(back.get(measure.id))).toEqual(expected);
    }
  });

  it("CSV is semicolon-separated UTF-8 with BOM and CRLF, with the catalogue reader's headers, and re-imports", async () => {
    const catalogue = await seedCatalogue();
    const { catalogue: rated } = ratedCatalogue(catalogue, enteredRatings(catalogue), "de");
    const csv = ratingsCsv(rated);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, csv.indexOf("\r\n"))).toBe(COLUMNS.map((c) => c.header).join(";"));
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, "");
    expect(outsideQuotes.match(/(?<!\r)\n/g)).toBeNull();
    expect(outsideQuotes.split("\r\n")).toHaveLength([...measureEntries(rated)].length + 2); // header, rows, final CRLF
    const bytes = new TextEncoder().encode(csv);
    const again = loadCatalogue(bytes, "naechste-runde.csv", {
      id: rated.id,
      title: rated.title,
      version: rated.version,
    });
    const strip = (c: Catalogue) =>
      [...measureEntries(c)].map(({ field, challenge, goal, measure }) => {
        const { unitSource: _source, ...rest } = measure;
        return {
          field: field.name,
          challenge: challenge.title,
          goal: goal.number,
          description: goal.description,
          ...rest,
        };
      });
    expect(strip(again)).toEqual(strip(rated));
  });
});

/** A cell a spreadsheet would read as a formula or DDE call when the CSV is opened (OWASP). */
const LIVE = /^[=+\-@\t\r]/;

function csvCells(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter: ";" });
  return parsed.data.flat();
}

const TEXTS = [...PAYLOADS, "'=1+1", "''@x", "'Lotsen' gewinnen", "  zwei Leerzeichen\t", "\tTab vorn"];

describe("CSV injection: no CSV we write has a live formula, and export → import restores the texts", () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t), t] as const))("text %s in every field", (_, text) => {
    const catalogue = injectionCatalogue(text);
    const inputs = new Map(
      [...measureEntries(catalogue)].map(({ measure }) => [measure.id, { remark: text, unit: text }]),
    );
    const { catalogue: rated } = ratedCatalogue(catalogue, inputs, "de");
    const csv = ratingsCsv(rated);
    expect(csvCells(csv).filter((cell) => LIVE.test(cell))).toEqual([]);
    const again = loadCatalogue(new TextEncoder().encode(csv), "runde.csv", {
      id: "x",
      title: "x",
      version: "1",
    });
    // A CSV line break inside a cell arrives as Excel keeps it: LF. Everything else, spaces and tabs included, exactly.
    const expected = text.replace(/\r\n?/g, "\n");
    for (const { field, challenge, goal, measure } of measureEntries(again)) {
      expect([field.name, challenge.title, goal.description, measure.title, measure.unit]).toEqual(
        Array(5).fill(expected),
      );
      expect(measure.rating?.remark).toBe(expected);
    }
  });

  it("the merge report's CSV neutralises file names, values and reasons", () => {
    const catalogue = injectionCatalogue("=1+1");
    const ids = [...measureEntries(catalogue)].map((e) => e.measure.id);
    const sent = new Map(ids.map((id) => [id, { unit: "=1+1" }]));
    const inputs = new Map(
      ids.map((id) => [id, { unit: "+cmd|' /C calc'!A0", remark: "@SUM(1,1)", level: "-1" }]),
    );
    const result = mergeReturns(
      { catalogue, inputs: sent },
      [{ file: '=HYPERLINK("x").xlsx', unit: "=1+1", inputs, sent, invalid: new Map() }],
      [{ file: "-kaputt.xlsx", reason: "=A1" }],
    );
    const cells = csvCells(mergeReportCsv(result));
    expect(cells).toContain("'+cmd|' /C calc'!A0");
    expect(cells.filter((cell) => LIVE.test(cell))).toEqual([]);
  });
});

it("a cleared Zuständig and a cleared pre-filled P are exported as cleared, not refilled from the catalogue", () => {
  const catalogue = injectionCatalogue("Text");
  const [first, second] = [...measureEntries(catalogue)].map((e) => e.measure);
  const inputs = new Map([
    [first!.id, { level: "hoch" }],
    [second!.id, { unit: "Text", taskType: "P" }],
  ]);
  const measures = [...measureEntries(ratedCatalogue(catalogue, inputs, "de").catalogue)].map(
    (e) => e.measure,
  );
  expect(measures[0]).not.toHaveProperty("unit");
  expect(measures[0]).not.toHaveProperty("taskType");
  expect(measures[1]).toMatchObject({ unit: "Text", taskType: "P" });
});
