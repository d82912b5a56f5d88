/**
 * Three rounds of the bundled catalogue in the open workbook, through Microsoft's Office.js over the strict
 * host, as the pane's Runden panel runs them: ratings typed in as a user would, the next round started in
 * the workbook (startRoundInWorkbook), a catalogue update by rebuild in round 3. After each step the host
 * holds exactly the plan of that step, no backup sheet is left, and the read-back gives every closed round
 * with every value entered. The host's formulas, computed by HyperFormula, give the change marks and the
 * Übersicht's counts that the test counts itself from the typed values.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { Catalogue, Goal } from "../../../src/catalogue/model";
import { buildPlan } from "../../../src/layout/buildPlan";
import { COL_CHANGE, COL_PREVIOUS } from "../../../src/layout/fieldLayout";
import type { MeasureLocation, PlanOptions, RoundInfo, WorkbookPlan } from "../../../src/layout/plan";
import type { WorkbookSnapshot } from "../../../src/layout/snapshot";
import { SUMMARY_FIRST_ROW } from "../../../src/layout/summarySheet";
import { carryOver } from "../../../src/returns/carryOver";
import { readZielbildWorkbook, type ZielbildWorkbook } from "../../../src/returns/readWorkbook";
import { nextRound } from "../../../src/returns/rounds";
import { INPUT_FIELDS, type InputKey } from "../../../src/scheme/ratingScheme";
import { readWorkbookWithIdentity } from "../../../src/writers/excel/readWorkbook";
import { rebuildWorkbook } from "../../../src/writers/excel/rebuild";
import { startRoundInWorkbook } from "../../../src/writers/excel/startRound";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { bundledCatalogue, useExcelHost } from "./helpers";
import { expectHostMatchesPlan } from "./hostConformance";
import { expectedMark, MARKS } from "../../rounds/changeOracle";

jest.setTimeout(240_000);

const host = useExcelHost();

const ROUNDS: readonly RoundInfo[] = [
  { number: 1, label: "Sachstand 2023", date: "2023-12-01" },
  { number: 2, label: "Sachstand 2024", date: "2024-12-01" },
  { number: 3, label: "Sachstand 2025", date: "2025-12-01" },
];
const builtAt = (round: RoundInfo) => `${round.date}T09:00:00.000Z`;

type Inputs = Partial<Record<InputKey | "unit", string>>;
type RoundValues = Map<string, Inputs>;

async function readBack(): Promise<{ snapshot: WorkbookSnapshot; workbook: ZielbildWorkbook }> {
  const { snapshot } = await readWorkbookWithIdentity();
  const read = readZielbildWorkbook(snapshot);
  if ("error" in read) throw new Error(read.error);
  return { snapshot, workbook: read.workbook };
}

/** What the workbook holds per measure, as plain strings (what a round freezes). */
function valuesOf(workbook: ZielbildWorkbook): RoundValues {
  return new Map(
    [...workbook.inputs].map(([id, inputs]) => [
      id,
      Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])) as Inputs,
    ]),
  );
}

/** Types the changes from `before` to `after` into the host's input cells, as a user would ("" = Entf). */
function typeChanges(locations: readonly MeasureLocation[], before: RoundValues, after: RoundValues): number {
  let typed = 0;
  for (const [id, inputs] of after) {
    const at = locations.find((l) => l.measureId === id)!;
    for (const field of INPUT_FIELDS) {
      const value = inputs[field.key];
      if (value === before.get(id)?.[field.key]) continue;
      host().type(at.sheetName, `${at.inputColumns[field.key]}${at.row}`, value ?? "");
      typed++;
    }
  }
  return typed;
}

/** The plan the next round must have: the pure path (nextRound + buildPlan) over what the host holds. */
async function expectedNextPlan(round: RoundInfo, confirmed: boolean): Promise<WorkbookPlan> {
  const { snapshot, workbook } = await readBack();
  const next = nextRound(
    workbook,
    snapshot,
    { label: round.label, date: round.date, clear: false, builtAt: builtAt(round) },
    confirmed,
  );
  if (!next.ok) throw new Error(`refused: ${JSON.stringify(next.problem).slice(0, 300)}`);
  return buildPlan(workbook.catalogue, next.options as PlanOptions);
}

async function startRound(round: RoundInfo, confirmed = false): Promise<WorkbookPlan> {
  const expected = await expectedNextPlan(round, confirmed);
  const result = await startRoundInWorkbook({
    label: round.label,
    date: round.date,
    clear: false,
    builtAt: builtAt(round),
    confirmed,
  });
  if (!result.started) throw new Error(`not started: ${JSON.stringify(result.problem).slice(0, 300)}`);
  expect(result.round).toEqual(round);
  return expected;
}

function expectNoBackups(): void {
  expect(
    host()
      .state.sheets.map((s) => s.name)
      .filter((name) => name.startsWith("~zb-alt-")),
  ).toEqual([]);
}

/** Every change of level a user makes, so each class occurs: [round 1, round 2, round 3]. */
const FIXED: [string | undefined, string | undefined, string | undefined][] = [
  ["gering", "mittel", "hoch"],
  ["hoch", "hoch", "gering"],
  ["mittel", "mittel", "mittel"],
  ["unklar", "unklar", "hoch"],
  ["mittel", "hoch", "unklar"],
  [undefined, undefined, "mittel"],
  ["hoch", "gering", undefined],
  [undefined, "sehr gut", "hoch"], // invalid in round 2: round 3 only starts when confirmed
];

function withLevels(before: RoundValues, ids: readonly string[], round: number): RoundValues {
  const after = new Map([...before].map(([id, inputs]) => [id, { ...inputs }]));
  FIXED.forEach((levels, i) => {
    const inputs = after.get(ids[i]!)!;
    if (levels[round] === undefined) delete inputs.level;
    else inputs.level = levels[round];
  });
  // and a remark, a symbol, a flag on a few more rows, changed from round to round
  ids.slice(FIXED.length, FIXED.length + 12).forEach((id, i) => {
    const inputs = after.get(id)!;
    inputs.level = ["hoch", "mittel", "gering", "unklar"][(i + round) % 4]!;
    inputs.remark = `Runde ${round + 1}: „Stand“ ${i} 😀`;
    if (i % 3 === round) inputs.weiterfuehrungsbedarf = "ja";
    if (i % 4 === 0) inputs.taskType = round === 1 ? "R" : "P";
  });
  return after;
}

/** The catalogue's next version: one measure added to the first goal. */
function withNewMeasure(catalogue: Catalogue): Catalogue {
  const next = structuredClone(catalogue) as Catalogue;
  const goal = next.actionFields[0]!.challenges[0]!.goals[0]! as { -readonly [K in keyof Goal]: Goal[K] };
  goal.measures = [...goal.measures, { id: "NEU-1", title: "Fortschreibung: Lotsenprogramm" }];
  return { ...next, version: "2025-11-01" };
}

/** The host's cells (formula, else constant) computed by a real engine. */
function computed(snapshot: WorkbookSnapshot): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of snapshot.sheets)
    sheets[sheet.name] = sheet.values.map((row, r) =>
      row.map((value, c): RawCellContent => {
        const formula = sheet.formulas[r]?.[c];
        if (formula) return formula;
        return typeof value === "string" ? `'${value}` : value;
      }),
    );
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
}

it("runs three rounds and a rebuild in the open workbook, keeping every value entered", async () => {
  const catalogue = bundledCatalogue();
  const plan1 = buildPlan(catalogue, { language: "de", builtAt: builtAt(ROUNDS[0]!), round: ROUNDS[0]! });
  await writePlanToWorkbook(plan1);
  expectHostMatchesPlan(host(), plan1);
  const ids = plan1.measures.map((m) => m.measureId);
  const prefilled = valuesOf((await readBack()).workbook);

  // Round 1: ratings typed in, round 2 started.
  const round1 = withLevels(prefilled, ids, 0);
  expect(typeChanges(plan1.measures, prefilled, round1)).toBeGreaterThan(30);
  const plan2 = await startRound(ROUNDS[1]!);
  expectHostMatchesPlan(host(), plan2);
  expectNoBackups();

  // Round 2: changes typed in; the invalid entry stops round 3 until the user confirms.
  const round2 = withLevels(round1, ids, 1);
  typeChanges(plan2.measures, round1, round2);
  const before = JSON.stringify(host().dump());
  const refused = await startRoundInWorkbook({
    label: ROUNDS[2]!.label,
    date: ROUNDS[2]!.date,
    clear: false,
    builtAt: builtAt(ROUNDS[2]!),
    confirmed: false,
  });
  expect(refused.started).toBe(false);
  if (!refused.started) expect(refused.problem.kind).toBe("invalid");
  expect(JSON.stringify(host().dump())).toBe(before);
  const plan3 = await startRound(ROUNDS[2]!, true);
  expectHostMatchesPlan(host(), plan3);
  expectNoBackups();

  // Round 3: a catalogue update (rebuild) adds a measure; round and history stay.
  const next = withNewMeasure(catalogue);
  const { snapshot: beforeRebuild } = await readBack();
  const carried = carryOver(beforeRebuild, next, builtAt(ROUNDS[2]!));
  if (!carried.ok) throw new Error(carried.error);
  const rebuilt = buildPlan(next, { language: "de", builtAt: builtAt(ROUNDS[2]!), ...carried.planInputs });
  await rebuildWorkbook(next, { builtAt: builtAt(ROUNDS[2]!) });
  expectHostMatchesPlan(host(), rebuilt);
  expectNoBackups();
  const round3 = withLevels(round2, ids, 2);
  round3.set("NEU-1", { level: "hoch" });
  typeChanges(rebuilt.measures, new Map([...round2, ["NEU-1", {}]]), round3);

  // Read back: every closed round with every value entered, the running round's inputs as typed.
  const { snapshot, workbook } = await readBack();
  expect(workbook.meta.round).toEqual(ROUNDS[2]);
  expect(workbook.meta.catalogueVersion).toBe("2025-11-01");
  expect(workbook.history.map(({ number, label, date }) => ({ number, label, date }))).toEqual(
    ROUNDS.slice(0, 2),
  );
  [round1, round2].forEach((values, r) => {
    const frozen = new Map(workbook.history[r]!.measures.map((m) => [m.measureId, m.inputs]));
    expect(new Set(frozen.keys())).toEqual(new Set(ids));
    for (const [id, inputs] of values)
      expect({ round: r + 1, id, inputs: frozen.get(id) }).toEqual({ round: r + 1, id, inputs });
  });
  for (const [id, inputs] of round3)
    expect({ id, inputs: Object.fromEntries(Object.entries(workbook.inputs.get(id) ?? {})) }).toEqual({
      id,
      inputs,
    });

  // The host's formulas, computed: marks and counts as counted here.
  const hf = computed(snapshot);
  const at = (sheet: string, row: number, column: number) =>
    hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: row - 1, col: column - 1 });
  const marks = rebuilt.measures.map((m) => [
    m.measureId,
    at(m.sheetName, m.row, COL_PREVIOUS),
    at(m.sheetName, m.row, COL_CHANGE),
  ]);
  expect(marks).toEqual(
    rebuilt.measures.map((m) => {
      const previous = round2.get(m.measureId);
      return [
        m.measureId,
        previous === undefined ? "—" : (previous.level ?? ""),
        expectedMark(previous, round3.get(m.measureId)!),
      ];
    }),
  );
  expect(new Set(marks.map(([, , mark]) => mark))).toEqual(new Set([...MARKS, ""]));
  const summary = rebuilt.sheets[0]!.name;
  const values = hf.getSheetValues(hf.getSheetId(summary)!);
  const header = values.findIndex((row) => row[1] === MARKS[0]) + 1;
  const total = header + 1 + catalogue.actionFields.length;
  expect(values[total - 1]![0]).toBe("Gesamt");
  expect(MARKS.map((_, c) => at(summary, total, 2 + c))).toEqual(
    MARKS.map(
      (mark) =>
        rebuilt.measures.filter(
          (m) => expectedMark(round2.get(m.measureId), round3.get(m.measureId)!) === mark,
        ).length,
    ),
  );
  // the per-round table's total rows: levels per round, counted here (invalid entries not counted)
  const roundsHeader = values.findIndex((row) => row[1] === "Runde") + 1;
  const totalRows = roundsHeader + catalogue.actionFields.length * ROUNDS.length + 1;
  expect(at(summary, totalRows, 1)).toBe("Gesamt");
  expect(at(summary, SUMMARY_FIRST_ROW + catalogue.actionFields.length, 1)).toBe("Gesamt");
  [round1, round2, round3].forEach((values, r) =>
    expect([r + 1, [3, 4, 5, 6].map((c) => at(summary, totalRows + r, c))]).toEqual([
      r + 1,
      ["hoch", "mittel", "gering", "unklar"].map(
        (level) => [...values.values()].filter((inputs) => inputs.level === level).length,
      ),
    ]),
  );
});
