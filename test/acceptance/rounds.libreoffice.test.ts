/**
 * Three rounds of the bundled catalogue as real .xlsx files, the way the planning office runs them: round 1
 * written by the xlsx writer, filled in with exceljs as departments do, read back and the next round started
 * (readZielbildWorkbook + nextRound + buildPlan, as `npm run round` does), a catalogue update in round 3 that
 * adds measures and drops one. LibreOffice recalculates the round-3 file (every cached result poisoned): the
 * previous levels and change marks beside the inputs, the Übersicht's change table and per-round table must
 * equal a count made here from the raw values, by the rules written out again (not classifyChange).
 * And the annex print is unchanged by rounds: print area A:D, the cells of A:D the same as in round 1.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Catalogue, Goal } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import { COL_CHANGE, COL_PREVIOUS, COL_RATING, FIELD_TITLE_ROW } from "../../src/layout/fieldLayout";
import { HISTORY_FIRST_ROW, historyColumn } from "../../src/layout/historySheet";
import type { MeasureLocation, PlanOptions, RoundInfo, WorkbookPlan } from "../../src/layout/plan";
import { sheetByName, valueAt, type SheetSnapshot, type WorkbookSnapshot } from "../../src/layout/snapshot";
import { SUMMARY_COLUMNS, SUMMARY_FIRST_ROW } from "../../src/layout/summarySheet";
import { carryOver } from "../../src/returns/carryOver";
import { readZielbildWorkbook } from "../../src/returns/readWorkbook";
import { nextRound } from "../../src/returns/rounds";
import { INPUT_FIELDS, type InputKey } from "../../src/scheme/ratingScheme";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import { fillFile, seedCatalogue, tempDir, type Edit } from "../returns/departmentFiles";
import { fillAndPoison, formulaErrors, pick, POISON, random } from "./workbookFiles";
import { expectedMark, MARKS, RANK } from "../rounds/changeOracle";

const ROUNDS: readonly RoundInfo[] = [
  { number: 1, label: "Sachstand 2023", date: "2023-12-01" },
  { number: 2, label: "Sachstand 2024", date: "2024-12-01" },
  { number: 3, label: "Sachstand 2025", date: "2025-12-01" },
];
const builtAt = (round: RoundInfo) => `${round.date}T09:00:00.000Z`;

const LEVEL_ORDER = ["hoch", "mittel", "gering", "unklar"] as const;

type Value = string | null;
/** Raw inputs of one measure as they stand in the cells (only the keys entered; missing = blank). */
type Inputs = Partial<Record<InputKey, Value>>;
/** One round's raw values: measure ID → inputs. Measures not in the round's catalogue are absent. */
type RoundValues = Map<string, Inputs>;

const isLevel = (v: Value | undefined): v is string => typeof v === "string" && v in RANK;
const blank = (v: Value | undefined) => v === null || v === undefined || v === "";

/** A measure's inputs count in the level columns when its level is one of the scheme's and nothing is invalid. */
function countedLevel(inputs: Inputs): string | undefined {
  if (!isLevel(inputs.level)) return undefined;
  const valid = (key: InputKey, allowed: readonly string[]) =>
    blank(inputs[key]) || allowed.includes(inputs[key]!);
  const ok =
    valid("taskType", ["P", "R"]) &&
    (["weiterfuehrungsbedarf", "zustaendigkeitFraglich", "rahmenbedingungenVeraendert"] as const).every(
      (key) => valid(key, ["ja", "nein"]),
    );
  return ok ? inputs.level : undefined;
}

/** How a department changes its row from one round to the next (seeded, so a failure can be replayed). */
function nextValues(before: RoundValues, ids: readonly string[], seed: number): RoundValues {
  const next = random(seed);
  const after: RoundValues = new Map();
  for (const id of ids) {
    const inputs: Inputs = { ...(before.get(id) ?? {}) };
    if (next() < 0.55) inputs.level = pick(next, [null, null, ...LEVEL_ORDER]);
    if (next() < 0.2) inputs.taskType = pick(next, [null, "P", "R"]);
    if (next() < 0.2) inputs.weiterfuehrungsbedarf = pick(next, [null, "ja", "nein"]);
    if (next() < 0.15) inputs.remark = pick(next, [null, `Stand ${seed}: läuft`, "=nicht rechnen", "-"]);
    after.set(id, inputs);
  }
  return after;
}

/** The edits a department makes with exceljs: every changed input, blanks cleared (Entf). */
async function editFile(
  file: string,
  locations: readonly MeasureLocation[],
  before: RoundValues,
  after: RoundValues,
): Promise<void> {
  const edits: Edit[] = [];
  const clears: { measureId: string; key: InputKey }[] = [];
  for (const [measureId, inputs] of after)
    for (const field of INPUT_FIELDS) {
      const value = inputs[field.key] ?? null;
      if (value === (before.get(measureId)?.[field.key] ?? null)) continue;
      if (value === null) clears.push({ measureId, key: field.key });
      else edits.push({ measureId, key: field.key, value });
    }
  await fillFile(file, locations, edits);
  if (clears.length === 0) return;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const { measureId, key } of clears) {
    const at = locations.find((l) => l.measureId === measureId)!;
    workbook.getWorksheet(at.sheetName)!.getCell(`${at.inputColumns[key]}${at.row}`).value = null;
  }
  await workbook.xlsx.writeFile(file);
}

/** The inputs a file holds, per measure ID (the unit left out: departments do not change it here). */
async function inputsOf(file: string): Promise<RoundValues> {
  const read = readZielbildWorkbook(await readXlsx(new Uint8Array(await fs.readFile(file))));
  if ("error" in read) throw new Error(read.error);
  return new Map(
    [...read.workbook.inputs].map(([id, inputs]) => [
      id,
      Object.fromEntries(
        INPUT_FIELDS.filter((f) => inputs[f.key] !== undefined).map((f) => [f.key, String(inputs[f.key])]),
      ),
    ]),
  );
}

/** Reads a file back and writes the workbook of the next round, as `npm run round -- … --force` does. */
async function startRound(
  file: string,
  round: RoundInfo,
  out: string,
  force: boolean,
): Promise<WorkbookPlan> {
  const snapshot = await readXlsx(new Uint8Array(await fs.readFile(file)));
  const read = readZielbildWorkbook(snapshot);
  if ("error" in read) throw new Error(read.error);
  const request = { label: round.label, date: round.date, clear: false, builtAt: builtAt(round) };
  if (force) expect(nextRound(read.workbook, snapshot, request).ok).toBe(false);
  const next = nextRound(read.workbook, snapshot, request, force);
  if (!next.ok) throw new Error(`round refused: ${JSON.stringify(next.problem).slice(0, 400)}`);
  const plan = buildPlan(read.workbook.catalogue, next.options as PlanOptions);
  await fs.writeFile(out, await writeXlsxBuffer(plan));
  return plan;
}

/** Reads a file back and rebuilds it from a newer catalogue, as `npm run update` does. */
async function updateCatalogue(file: string, catalogue: Catalogue, out: string): Promise<WorkbookPlan> {
  const snapshot = await readXlsx(new Uint8Array(await fs.readFile(file)));
  const at = builtAt(ROUNDS[2]!);
  const carried = carryOver(snapshot, catalogue, at);
  if (!carried.ok) throw new Error(carried.error);
  const plan = buildPlan(catalogue, { language: "de", builtAt: at, ...carried.planInputs });
  await fs.writeFile(out, await writeXlsxBuffer(plan));
  return plan;
}

/** The catalogue's next version: two measures added (one in the first field, one in the fourth), one dropped. */
function updatedCatalogue(catalogue: Catalogue, dropped: string): Catalogue {
  const next = structuredClone(catalogue) as Catalogue;
  const goalOf = (field: number) =>
    next.actionFields[field]!.challenges[0]!.goals[0]! as { -readonly [K in keyof Goal]: Goal[K] };
  goalOf(0).measures = [...goalOf(0).measures, { id: "NEU-1", title: "Fortschreibung: Lotsenprogramm" }];
  goalOf(3).measures = [...goalOf(3).measures, { id: "NEU-2", title: "Fortschreibung: Bildungsberatung" }];
  for (const field of next.actionFields)
    for (const challenge of field.challenges)
      for (const goal of challenge.goals) {
        const g = goal as { -readonly [K in keyof Goal]: Goal[K] };
        g.measures = g.measures.filter((m) => m.id !== dropped);
      }
  return { ...next, version: "2025-11-01" };
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function rowWhere(sheet: SheetSnapshot, test: (row: number) => boolean, from = 1): number {
  for (let row = from; row <= sheet.values.length; row++) if (test(row)) return row;
  throw new Error(`no such row on ${sheet.name} from row ${from}`);
}

/** Every cell of A:D below the title row, as the file stores it (formula text, else the constant). */
function annexCells(snapshot: WorkbookSnapshot, plan: WorkbookPlan): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const sheetPlan of plan.sheets.filter((s) => s.role === "field")) {
    const sheet = sheetByName(snapshot, sheetPlan.name)!;
    const rows: string[] = [];
    for (let row = FIELD_TITLE_ROW + 1; row <= sheet.values.length; row++)
      for (let column = 1; column <= COL_RATING; column++) {
        const formula = sheet.formulas[row - 1]?.[column - 1];
        rows.push(`${row}/${column}: ${formula ?? text(valueAt(sheet, row, column))}`);
      }
    cells.set(sheetPlan.name, rows);
  }
  return cells;
}

/** Print settings of the field sheets as the file stores them ($ signs dropped). */
async function printSettings(bytes: Uint8Array, plan: WorkbookPlan) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return plan.sheets
    .filter((s) => s.role === "field")
    .map((s) => {
      const sheet = workbook.getWorksheet(s.name)!;
      return {
        sheet: s.name,
        printArea: (sheet.pageSetup.printArea ?? "").replace(/\$/g, ""),
        widths: [1, 2, 3, 4].map((c) => sheet.getColumn(c).width),
        orientation: sheet.pageSetup.orientation,
      };
    });
}

describe("three rounds of the bundled catalogue, recalculated by LibreOffice", () => {
  let dir: string;
  let catalogue: Catalogue;
  const plans: WorkbookPlan[] = [];
  const values: RoundValues[] = [];
  let planBeforeUpdate: WorkbookPlan;
  let updated: WorkbookPlan;
  let recalculated: WorkbookSnapshot;
  let recalculatedBytes: Uint8Array;
  let dropped: string;
  let files: { round1: string; round3SameCatalogue: string; round3: string };

  beforeAll(async () => {
    dir = await tempDir();
    catalogue = await seedCatalogue();
    files = {
      round1: path.join(dir, "Runde1.xlsx"),
      round3SameCatalogue: path.join(dir, "Runde3-alter-Katalog.xlsx"),
      round3: path.join(dir, "Runde3.xlsx"),
    };
    // Round 1: a fresh build, then the departments' ratings.
    const plan1 = buildPlan(catalogue, { language: "de", builtAt: builtAt(ROUNDS[0]!), round: ROUNDS[0]! });
    await fs.writeFile(files.round1, await writeXlsxBuffer(plan1));
    const ids = plan1.measures.map((m) => m.measureId);
    // What the fresh file already holds (the catalogue's task types), then what departments enter.
    const prefilled = await inputsOf(files.round1);
    const round1 = nextValues(prefilled, ids, 1);
    // Fixed cases, so each class of change occurs whatever the seed gives: [round 1, round 2, round 3].
    const fixed: [Value, Value, Value][] = [
      ["gering", "mittel", "hoch"], // better, better
      ["hoch", "hoch", "gering"], // same, worse
      ["mittel", "mittel", "mittel"], // same, same
      ["unklar", "unklar", "hoch"], // same, from unclear
      ["mittel", "hoch", "unklar"], // better, to unclear
      [null, null, "mittel"], // –, newly rated
      ["hoch", "gering", null], // worse, no longer rated
      [null, null, null], // nothing to report
      ["gering", "Hoch", "hoch"], // invalid in round 2 (round 3 started with --force): no mark
      ["mittel", "gering", "sehr gut"], // invalid now: no mark
    ];
    fixed.forEach(([level], i) => round1.set(ids[i]!, { ...round1.get(ids[i]!), level }));
    // The measure the update drops keeps a rating in rounds 1 and 2; it stays on the Verlauf.
    dropped = ids[20]!;
    round1.set(dropped, { ...round1.get(dropped), level: "hoch", remark: "wird gestrichen" });
    const file1 = path.join(dir, "Runde1-ausgefuellt.xlsx");
    await fs.copyFile(files.round1, file1);
    await editFile(file1, plan1.measures, prefilled, round1);

    // Round 2: started on the filled file, inputs kept as the starting point, then changed.
    const plan2 = await startRound(file1, ROUNDS[1]!, path.join(dir, "Runde2.xlsx"), false);
    const round2 = nextValues(round1, ids, 2);
    fixed.forEach(([, level], i) => round2.set(ids[i]!, { ...round2.get(ids[i]!), level }));
    round2.set(dropped, { ...round2.get(dropped), level: "mittel" });
    await editFile(path.join(dir, "Runde2.xlsx"), plan2.measures, round1, round2);

    // Round 3: started despite the invalid "Hoch" (--force), then the catalogue update, then the edits.
    planBeforeUpdate = await startRound(
      path.join(dir, "Runde2.xlsx"),
      ROUNDS[2]!,
      files.round3SameCatalogue,
      true,
    );
    const next = updatedCatalogue(catalogue, dropped);
    updated = await updateCatalogue(files.round3SameCatalogue, next, files.round3);
    const ids3 = updated.measures.map((m) => m.measureId);
    const kept = new Map([...round2].filter(([id]) => id !== dropped));
    const round3 = nextValues(kept, ids3, 3);
    fixed.forEach(([, , level], i) => round3.set(ids[i]!, { ...round3.get(ids[i]!), level }));
    round3.set("NEU-1", { level: "hoch", remark: "neu aufgenommen" });
    round3.set("NEU-2", {});
    await editFile(files.round3, updated.measures, kept, round3);

    plans.push(plan1, plan2, updated);
    values.push(round1, round2, round3);
    const poisoned = await fillAndPoison(new Uint8Array(await fs.readFile(files.round3)), []);
    recalculatedBytes = await convertWithLibreOffice(poisoned, "xlsx", "always");
    recalculated = await readXlsx(recalculatedBytes);
  });

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it("the round-3 workbook is round 3 with two closed rounds, and the raw values cover every change", () => {
    const read = readZielbildWorkbook(recalculated);
    if ("error" in read) throw new Error(read.error);
    expect(read.workbook.meta.round).toEqual(ROUNDS[2]);
    expect(read.workbook.history.map((r) => r.label)).toEqual(["Sachstand 2023", "Sachstand 2024"]);
    expect(formulaErrors(recalculated)).toEqual([]);
    const marks = new Set(
      updated.measures.map((m) => expectedMark(values[1]!.get(m.measureId), values[2]!.get(m.measureId)!)),
    );
    expect([...marks].sort()).toEqual([...MARKS, ""].sort());
    // every entered value of every round survived the round trips, per measure ID, in order
    for (const [r, round] of read.workbook.history.entries())
      for (const [id, inputs] of values[r]!) {
        const frozen = round.measures.find((m) => m.measureId === id)!.inputs;
        for (const field of INPUT_FIELDS)
          expect([id, r + 1, field.key, frozen[field.key] ?? null]).toEqual([
            id,
            r + 1,
            field.key,
            inputs[field.key] ?? null,
          ]);
      }
    for (const [id, inputs] of values[2]!)
      for (const field of INPUT_FIELDS)
        expect([id, field.key, read.workbook.inputs.get(id)?.[field.key] ?? null]).toEqual([
          id,
          field.key,
          inputs[field.key] ?? null,
        ]);
  });

  it("beside each measure: the previous round's level (P) and the change mark (Q), as counted here", () => {
    const found: [string, string, string][] = [];
    const expected: [string, string, string][] = [];
    for (const at of updated.measures) {
      const sheet = sheetByName(recalculated, at.sheetName)!;
      const previous = values[1]!.get(at.measureId);
      found.push([
        at.measureId,
        text(valueAt(sheet, at.row, COL_PREVIOUS)),
        text(valueAt(sheet, at.row, COL_CHANGE)),
      ]);
      expected.push([
        at.measureId,
        previous === undefined ? "—" : text(previous.level),
        expectedMark(previous, values[2]!.get(at.measureId)!),
      ]);
    }
    expect(found).toEqual(expected);
    expect(found.some(([, p, q]) => p === String(POISON) || q === String(POISON))).toBe(false);
  });

  it("the Übersicht's change table counts per field and in total", () => {
    const summary = sheetByName(recalculated, updated.sheets[0]!.name)!;
    const header = rowWhere(summary, (r) => valueAt(summary, r, 2) === MARKS[0]);
    expect(text(valueAt(summary, header - 1, 1))).toBe("Veränderung seit der Vorrunde (Sachstand 2024)");
    expect(MARKS.map((_, i) => valueAt(summary, header, 2 + i))).toEqual([...MARKS]);
    const count = (fieldId?: string) =>
      MARKS.map(
        (mark) =>
          updated.measures.filter(
            (m) =>
              (fieldId === undefined || m.fieldId === fieldId) &&
              expectedMark(values[1]!.get(m.measureId), values[2]!.get(m.measureId)!) === mark,
          ).length,
      );
    catalogue.actionFields.forEach((field, i) => {
      const row = header + 1 + i;
      expect([valueAt(summary, row, 1), MARKS.map((_, c) => valueAt(summary, row, 2 + c))]).toEqual([
        valueAt(summary, SUMMARY_FIRST_ROW + i, 1),
        count(field.id),
      ]);
    });
    const total = header + 1 + catalogue.actionFields.length;
    expect(valueAt(summary, total, 1)).toBe("Gesamt");
    expect(MARKS.map((_, c) => valueAt(summary, total, 2 + c))).toEqual(count());
  });

  it("the Übersicht's per-round table: level counts and shares per field and round, as counted here", () => {
    const summary = sheetByName(recalculated, updated.sheets[0]!.name)!;
    const header = rowWhere(summary, (r) => valueAt(summary, r, 2) === "Runde");
    expect(valueAt(summary, header - 1, 1)).toBe("Zielerreichungsgrad je Runde");
    expect([3, 4, 5, 6].map((c) => valueAt(summary, header, c))).toEqual([...LEVEL_ORDER]);
    // Which field a measure belongs to in each round: the catalogue of that round (the dropped one too).
    const fieldOf = new Map<string, string>();
    for (const plan of plans) for (const m of plan.measures) fieldOf.set(m.measureId, m.fieldId);
    const counted = (r: number, fieldId?: string) => {
      const counts = LEVEL_ORDER.map(
        (level) =>
          [...values[r]!].filter(
            ([id, inputs]) =>
              (fieldId === undefined || fieldOf.get(id) === fieldId) && countedLevel(inputs) === level,
          ).length,
      );
      const sum = counts.reduce((a, b) => a + b, 0);
      return [...counts, ...counts.map((n) => (sum === 0 ? 0 : Math.round((n / sum) * 1e9) / 1e9))];
    };
    const shown = (row: number) =>
      [3, 4, 5, 6, 7, 8, 9, 10].map((c) => {
        const v = valueAt(summary, row, c);
        return c > 6 && typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v;
      });
    const groups = [...catalogue.actionFields.map((f) => f.id), undefined];
    groups.forEach((fieldId, g) =>
      ROUNDS.forEach((round, r) => {
        const row = header + 1 + g * ROUNDS.length + r;
        const name = fieldId === undefined ? "Gesamt" : valueAt(summary, SUMMARY_FIRST_ROW + g, 1);
        expect([fieldId, round.label, valueAt(summary, row, 2), shown(row)]).toEqual([
          fieldId,
          round.label,
          round.label,
          counted(r, fieldId),
        ]);
        if (r === 0) expect(valueAt(summary, row, 1)).toBe(name);
      }),
    );
    // the running round's row is the summary's own total
    const totalRow = SUMMARY_FIRST_ROW + catalogue.actionFields.length;
    const lastRow = header + groups.length * ROUNDS.length;
    expect(shown(lastRow).slice(0, 4)).toEqual(
      [0, 1, 2, 3].map((i) => valueAt(summary, totalRow, SUMMARY_COLUMNS.level + i)),
    );
  });

  it("the Verlauf holds every closed round's level by measure ID, the dropped measure included", () => {
    const verlauf = sheetByName(recalculated, "Verlauf")!;
    expect([0, 1].map((r) => valueAt(verlauf, HISTORY_FIRST_ROW - 2, historyColumn(r, "level")))).toEqual([
      "1. Sachstand 2023 (Stand 01.12.2023)",
      "2. Sachstand 2024 (Stand 01.12.2024)",
    ]);
    const rows = new Map<string, number>();
    for (let row = HISTORY_FIRST_ROW; row <= verlauf.values.length; row++)
      rows.set(text(valueAt(verlauf, row, 1)), row);
    const ids = new Set([...values[0]!.keys(), ...values[2]!.keys()]);
    expect([...rows.keys()].filter((id) => id !== "").sort()).toEqual([...ids].sort());
    for (const id of ids)
      expect([
        id,
        [0, 1].map((r) => text(valueAt(verlauf, rows.get(id)!, historyColumn(r, "level")))),
      ]).toEqual([
        id,
        [0, 1].map((r) => {
          const inputs = values[r]!.get(id);
          return inputs === undefined ? "—" : text(inputs.level);
        }),
      ]);
    expect(rows.get(dropped)).toBeGreaterThan(rows.get("NEU-2")!);
  });

  it("shows the round in the title rows and the Übersicht", () => {
    const title = "(Stand 01.12.2025)";
    for (const sheetPlan of updated.sheets.filter((s) => s.role === "field" || s.role === "summary"))
      expect(text(valueAt(sheetByName(recalculated, sheetPlan.name)!, 1, 1))).toContain(
        `Sachstand 2025 ${title}`,
      );
  });

  it("leaves the annex print unchanged: print area A:D, the cells of A:D as in round 1", async () => {
    const round1 = new Uint8Array(await fs.readFile(files.round1));
    const round3 = new Uint8Array(await fs.readFile(files.round3SameCatalogue));
    const settings1 = await printSettings(round1, plans[0]!);
    expect(settings1.every((s) => /^A1:D\d+$/.test(s.printArea))).toBe(true);
    expect(await printSettings(round3, planBeforeUpdate)).toEqual(settings1);
    const cells1 = annexCells(await readXlsx(round1), plans[0]!);
    const cells3 = annexCells(await readXlsx(round3), planBeforeUpdate);
    expect([...cells3.keys()]).toEqual([...cells1.keys()]);
    for (const [sheet, cells] of cells1)
      expect({ sheet, cells: cells3.get(sheet) }).toEqual({ sheet, cells });
    // only the title row carries the round label
    const field = plans[0]!.sheets.find((s) => s.role === "field")!.name;
    const title = async (bytes: Uint8Array) =>
      text(valueAt(sheetByName(await readXlsx(bytes), field)!, FIELD_TITLE_ROW, 1));
    expect(await title(round1)).toContain("Sachstand 2023 (Stand 01.12.2023)");
    expect(await title(round3)).toContain("Sachstand 2025 (Stand 01.12.2025)");
    // after the catalogue update, the edits and LibreOffice's save, every field sheet still prints A:D only
    const saved = await printSettings(recalculatedBytes, updated);
    expect(saved.map((s) => s.printArea)).toEqual(
      updated.sheets.filter((s) => s.role === "field").map((s) => s.print!.printArea.replace(/\$/g, "")),
    );
    expect(saved.every((s) => /^A1:D\d+$/.test(s.printArea))).toBe(true);
  });
});
