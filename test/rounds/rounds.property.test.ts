/**
 * Random sequences of what happens to an overview workbook over several evaluation rounds — people typing
 * (also invalid pastes, blanks, cleared units), the next round started (inputs kept or cleared; with
 * confirmation when there are invalid entries), catalogue updates (measures added, removed, moved between
 * goals and fields), merges of returns (also one of an earlier round, which must be refused) and rebuilds —
 * on the pure snapshot path (a plan's cells, values typed in, read back; no files).
 *
 * After every step that rebuilds the workbook:
 * - every closed round holds exactly the cells as they stood when it was closed, per measure ID, both in
 *   the stored copy on _Zielbild and in the cells of the Verlauf sheet, in round order; it never changes;
 * - every value a person entered (or a merge applied) is found, per measure ID and key, in the round it
 *   stood in when that round was closed, and the values of the running round in the current inputs or the
 *   Archiv.
 * The change marks and the Übersicht's change and per-round tables, computed by the workbook's own formulas
 * (HyperFormula), equal a count made here from the raw values with the rules (not classifyChange).
 */
import fc from "fast-check";
import type { Catalogue, Measure } from "../../src/catalogue/model";
import { columnIndex, columnLetter } from "../../src/core/address";
import { buildPlan } from "../../src/layout/buildPlan";
import { COL_CHANGE, COL_PREVIOUS } from "../../src/layout/fieldLayout";
import { HISTORY_COLUMNS, HISTORY_FIRST_ROW, historyColumn } from "../../src/layout/historySheet";
import type { MeasureInputs, WorkbookPlan } from "../../src/layout/plan";
import { optionsOfWorkbook } from "../../src/layout/planOfWorkbook";
import { prefilledInputs } from "../../src/layout/prefill";
import { sheetByName, valueAt, type CellValue, type WorkbookSnapshot } from "../../src/layout/snapshot";
import { assessReturn } from "../../src/returns/assessReturn";
import { carryOver } from "../../src/returns/carryOver";
import { mergeReturns, type RefusedReturn, type ReturnInputs } from "../../src/returns/merge";
import {
  ALL_KEYS,
  isBlank,
  keepClearedUnits,
  RATING_KEYS,
  sameValue,
  shown,
  type InputOrUnitKey,
  type InputValue,
} from "../../src/returns/ratingFields";
import type { ZielbildWorkbook } from "../../src/returns/readWorkbook";
import { nextRound } from "../../src/returns/rounds";
import { formulaErrors, loadPlan, valueOf, type Entries, type EnteredValue } from "../layout/engine";
import { must, recordArb, UNITS, valueArb, KEYS } from "../returns/model";
import { readBack, startRound as startRoundOn, typedInto, type Entry } from "./helpers";
import { expectedMark, MARKS } from "./changeOracle";

const IDS = ["M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8"] as const;
const FIELDS = [
  { id: "hf1", number: 1, name: "Ankommen", goals: [1, 2] },
  { id: "hf2", number: 2, name: "Wohnen", goals: [3] },
] as const;
const FIRST_ROUND = { number: 1, label: "Runde 1", date: "2025-01-01" };
/**
 * HyperFormula on every run would take minutes (a second or so per evaluation on a busy machine): the
 * formulas are evaluated on the final state of every EVALUATE_EVERY-th run that has a closed round.
 */
const EVALUATE_EVERY = 15;
const NUM_RUNS = Number(process.env.ROUNDS_RUNS ?? 1000);

// ——— the catalogue: two fields (goals 1–2 and goal 3), so a measure can move between goals and fields ———

interface Spec {
  readonly id: string;
  readonly goal: number;
  readonly unit?: string;
  readonly taskType?: "P" | "R";
  readonly level?: "hoch" | "gering";
}

function catalogueOf(specs: readonly Spec[], version: string): Catalogue {
  return {
    id: "runden",
    title: "Runden",
    version,
    actionFields: FIELDS.filter((f) =>
      specs.some((s) => (f.goals as readonly number[]).includes(s.goal)),
    ).map((f) => ({
      id: f.id,
      number: f.number,
      name: f.name,
      challenges: [
        {
          title: `Herausforderung ${f.id}`,
          goals: f.goals
            .filter((g) => specs.some((s) => s.goal === g))
            .map((number) => ({
              number,
              description: `Ziel ${number}`,
              measures: specs.filter((s) => s.goal === number).map(measureOf),
            })),
        },
      ],
    })),
  };
}

function measureOf(spec: Spec): Measure {
  return {
    id: spec.id,
    title: `Titel ${spec.id}`,
    ...(spec.unit !== undefined && { unit: spec.unit }),
    ...(spec.taskType !== undefined && { taskType: spec.taskType }),
    ...(spec.level !== undefined && { rating: { level: spec.level } }),
  };
}

const specArb = (id: string): fc.Arbitrary<Spec> =>
  fc.record(
    {
      id: fc.constant(id),
      goal: fc.integer({ min: 1, max: 3 }),
      unit: fc.constantFrom(...UNITS),
      taskType: fc.constantFrom("P" as const, "R" as const),
      level: fc.constantFrom("hoch" as const, "gering" as const),
    },
    { requiredKeys: ["id", "goal"] },
  );

const specsArb: fc.Arbitrary<Spec[]> = fc
  .subarray([...IDS], { minLength: 1, maxLength: 6 })
  .chain((ids) => fc.tuple(...ids.map(specArb)));

// ——— the steps ———

type Step =
  | { kind: "edit"; edits: { index: number; key: InputOrUnitKey; value: InputValue }[] }
  | { kind: "round"; clear: boolean }
  | { kind: "update"; specs: Spec[] }
  | { kind: "merge"; returns: ReturnSpec[] }
  | { kind: "rebuild" };

interface ReturnSpec {
  readonly unit: string | undefined;
  /** Built for the previous round: the merge must refuse it. */
  readonly stale: boolean;
  readonly edits: [number, MeasureInputs][];
}

const oneEditArb = fc
  .constantFrom(...KEYS)
  .chain((key) => fc.record({ index: fc.nat(), key: fc.constant(key), value: valueArb(key) }));
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(oneEditArb, { minLength: 1, maxLength: 5 })
      .map((edits) => ({ kind: "edit" as const, edits })),
  },
  { weight: 3, arbitrary: fc.boolean().map((clear) => ({ kind: "round" as const, clear })) },
  { weight: 1, arbitrary: specsArb.map((specs) => ({ kind: "update" as const, specs })) },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.record({
          unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined, freq: 3 }),
          stale: fc.boolean(),
          edits: fc.array(fc.tuple(fc.nat(), recordArb), { minLength: 1, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 2 },
      )
      .map((returns) => ({ kind: "merge" as const, returns })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "rebuild" as const }) },
);

// ——— the model ———

type Cells = Readonly<Record<InputOrUnitKey, CellValue>>;

interface ClosedRound {
  readonly number: number;
  readonly label: string;
  /** Every measure of the round with its cells as they stood at the close (raw, from the snapshot). */
  readonly cells: ReadonlyMap<string, Cells>;
  /** The entered values still standing at the close. */
  readonly ledger: ReadonlyMap<string, ReadonlyMap<InputOrUnitKey, InputValue>>;
}

interface State {
  catalogue: Catalogue;
  versions: number;
  plan: WorkbookPlan;
  /** What was typed into the cells since the plan was built. */
  typed: Map<string, Record<string, CellValue>>;
  /** What people entered and must never be lost: measure ID → key → value ("" for a cleared cell). */
  ledger: Map<string, Map<InputOrUnitKey, InputValue>>;
  closed: ClosedRound[];
  steps: number;
  /** The read-back workbook of the current snapshot (reading back is what costs: cached until it changes). */
  read?: { snapshot: WorkbookSnapshot; workbook: ZielbildWorkbook };
}

const builtAt = (state: State) => `2026-01-01T08:${String(state.steps % 60).padStart(2, "0")}:00.000Z`;
const idsOf = (plan: WorkbookPlan) => plan.measures.map((m) => m.measureId);
function readState(state: State): { snapshot: WorkbookSnapshot; workbook: ZielbildWorkbook } {
  if (!state.read) {
    const snapshot = typedInto(state.plan, state.typed as Map<string, Entry>);
    state.read = { snapshot, workbook: readBack(snapshot) };
  }
  return state.read;
}

function record(state: State, id: string, key: InputOrUnitKey, value: InputValue | null | undefined): void {
  const entry = state.ledger.get(id) ?? new Map<InputOrUnitKey, InputValue>();
  entry.set(key, isBlank(value) ? "" : value);
  state.ledger.set(id, entry);
}

/** The raw cells of every measure as the snapshot holds them (read here by position, not by readInputs). */
function cellsOf(plan: WorkbookPlan, snapshot: WorkbookSnapshot): Map<string, Cells> {
  const result = new Map<string, Cells>();
  for (const m of plan.measures) {
    const sheet = sheetByName(snapshot, m.sheetName)!;
    const at = (letter: string) => valueAt(sheet, m.row, columnIndex(letter));
    const cells = Object.fromEntries(RATING_KEYS.map((k) => [k, at(m.inputColumns[k])])) as Record<
      InputOrUnitKey,
      CellValue
    >;
    cells.unit = at(m.unitColumn);
    result.set(m.measureId, cells);
  }
  return result;
}

/** What my own validity rules say about a measure's cells: a constrained input outside the scheme. */
function invalidCells(cells: Cells): boolean {
  const ok = (value: CellValue, allowed: readonly string[]) =>
    value === null || value === "" || (typeof value === "string" && allowed.includes(value));
  return !(
    ok(cells.level, ["hoch", "mittel", "gering", "unklar"]) &&
    ok(cells.taskType, ["P", "R"]) &&
    ok(cells.weiterfuehrungsbedarf, ["ja", "nein"]) &&
    ok(cells.zustaendigkeitFraglich, ["ja", "nein"]) &&
    ok(cells.rahmenbedingungenVeraendert, ["ja", "nein"])
  );
}

function rebuilt(state: State, plan: WorkbookPlan): void {
  state.plan = plan;
  state.typed = new Map();
  delete state.read;
}

function apply(state: State, step: Step): void {
  state.steps++;
  switch (step.kind) {
    case "edit": {
      const ids = idsOf(state.plan);
      for (const edit of step.edits) {
        const id = ids[edit.index % ids.length]!;
        const value = isBlank(edit.value) ? null : edit.value;
        delete state.read;
        state.typed.set(id, { ...state.typed.get(id), [edit.key]: value });
        record(state, id, edit.key, value);
      }
      return;
    }
    case "round":
      return startRound(state, step.clear);
    case "update":
      state.versions++;
      return update(state, catalogueOf(step.specs, String(state.versions)));
    case "rebuild":
      return update(state, state.catalogue);
    case "merge":
      return merge(state, step.returns);
  }
}

function startRound(state: State, clear: boolean): void {
  const { snapshot, workbook } = readState(state);
  const number = state.closed.length + 2;
  const request = {
    label: `Runde ${number}`,
    date: `2026-02-${String(number).padStart(2, "0")}`,
    clear,
    builtAt: builtAt(state),
  };
  const cells = cellsOf(state.plan, snapshot);
  const invalid = [...cells].filter(([, c]) => invalidCells(c)).map(([id]) => id);
  let result = nextRound(workbook, snapshot, request);
  if (invalid.length > 0) {
    must(
      !result.ok,
      () => `a round started without confirmation over invalid entries of ${invalid.join(", ")}`,
    );
    if (!result.ok) {
      must(result.problem.kind === "invalid", `refused for ${result.problem.kind}`);
      const named = result.problem.kind === "invalid" ? result.problem.findings.map((f) => f.measureId) : [];
      for (const id of invalid) must(named.includes(id), `the refusal does not name ${id}`);
    }
    result = nextRound(workbook, snapshot, request, true);
  }
  if (!result.ok) throw new Error(`round refused: ${JSON.stringify(result.problem).slice(0, 300)}`);
  const ids = new Set(cells.keys());
  state.closed.push({
    number: number - 1,
    label: state.closed.length === 0 ? FIRST_ROUND.label : `Runde ${number - 1}`,
    cells,
    ledger: new Map(
      [...state.ledger].filter(([id]) => ids.has(id)).map(([id, entry]) => [id, new Map(entry)]),
    ),
  });
  rebuilt(state, buildPlan(state.catalogue, result.options));
  if (clear) for (const id of ids) for (const key of RATING_KEYS) record(state, id, key, "");
}

function update(state: State, next: Catalogue): void {
  // A value equal to what the old catalogue itself put in the cell cannot be told apart from it: the
  // update takes the new catalogue's value there (catalogueUpdate.ts, three-way).
  if (next !== state.catalogue)
    for (const m of state.catalogue.actionFields.flatMap((f) =>
      f.challenges.flatMap((c) => c.goals.flatMap((g) => g.measures)),
    )) {
      const base = prefilledInputs(m, { language: "de", builtAt: "" }, "de");
      for (const [key, value] of state.ledger.get(m.id) ?? [])
        if (sameValue(base[key], value)) state.ledger.get(m.id)!.delete(key);
    }
  const carried = carryOver(readState(state).snapshot, next, builtAt(state));
  if (!carried.ok) throw new Error(carried.error);
  state.catalogue = next;
  rebuilt(
    state,
    buildPlan(next, {
      ...optionsOfWorkbook(carried.previous.meta),
      builtAt: builtAt(state),
      ...carried.planInputs,
    }),
  );
}

/** As `npm run merge` does it (src/cli/merge.ts): assess every return, merge, rebuild from the master. */
function merge(state: State, specs: readonly ReturnSpec[]): void {
  const master = readState(state).workbook;
  const ids = idsOf(state.plan);
  const accepted: ReturnInputs[] = [];
  const refused: RefusedReturn[] = [];
  specs.forEach((spec, n) => {
    const stale = spec.stale && state.closed.length > 0;
    const round = stale
      ? { ...FIRST_ROUND, number: state.closed.length, label: state.closed[state.closed.length - 1]!.label }
      : master.meta.round!;
    const plan = buildPlan(state.catalogue, {
      ...optionsOfWorkbook(master.meta),
      round,
      ...(spec.unit !== undefined && { unit: spec.unit }),
    });
    const typed = new Map<string, Entry>();
    for (const [index, edit] of spec.edits) {
      const id = ids[index % ids.length]!;
      typed.set(id, { ...typed.get(id), ...edit } as Entry);
    }
    const assessed = assessReturn(master, `r${n}.xlsx`, typedInto(plan, typed));
    if ("accepted" in assessed) {
      must(!stale, "a return of an earlier round was accepted");
      accepted.push(assessed.accepted);
    } else {
      must(stale, () => `a return of this round was refused: ${assessed.refused.reason}`);
      refused.push(assessed.refused);
    }
  });
  const result = mergeReturns({ catalogue: master.catalogue, inputs: master.inputs }, accepted, refused);
  for (const item of result.items)
    if (item.outcome === "applied")
      for (const change of item.changes) record(state, item.measureId!, change.key, change.returned);
  rebuilt(
    state,
    buildPlan(master.catalogue, {
      ...optionsOfWorkbook(master.meta, { archive: master.archive, history: master.history }),
      builtAt: builtAt(state),
      inputs: keepClearedUnits(result.inputs),
    }),
  );
}

// ——— the checks ———

function checkNothingLost(state: State, after: string): void {
  const { snapshot, workbook } = readState(state);
  const where = (text: string) => `after ${after}: ${text}`;
  must(
    workbook.meta.round?.number === state.closed.length + 1,
    where(`round ${workbook.meta.round?.number}, expected ${state.closed.length + 1}`),
  );
  must(workbook.history.length === state.closed.length, where(`${workbook.history.length} closed rounds`));
  const verlauf = sheetByName(snapshot, "Verlauf");
  must((verlauf !== undefined) === state.closed.length > 0, where("Verlauf sheet present iff rounds closed"));
  const verlaufRows = new Map<string, number>();
  if (verlauf)
    for (let row = HISTORY_FIRST_ROW; row <= verlauf.values.length; row++) {
      const id = valueAt(verlauf, row, HISTORY_COLUMNS.id);
      if (typeof id === "string") {
        must(!verlaufRows.has(id), where(`${id} twice on the Verlauf sheet`));
        verlaufRows.set(id, row);
      }
    }
  state.closed.forEach((round, r) => {
    const stored = workbook.history[r]!;
    must(stored.number === round.number && stored.label === round.label, where(`round ${r + 1} renamed`));
    const storedIds = stored.measures.map((m) => m.measureId);
    must(JSON.stringify(storedIds.slice().sort()) === JSON.stringify([...round.cells.keys()].sort()), () =>
      where(
        `round ${round.number} holds ${storedIds.join(",")}, expected ${[...round.cells.keys()].join(",")}`,
      ),
    );
    for (const [id, cells] of round.cells) {
      const inputs = stored.measures.find((m) => m.measureId === id)!.inputs;
      const row = verlaufRows.get(id);
      must(row !== undefined, where(`${id} of round ${round.number} not on the Verlauf sheet`));
      for (const key of ALL_KEYS) {
        const expected = cells[key];
        must(sameValue(inputs[key], expected), () =>
          where(
            `_Zielbild round ${round.number} ${id}.${key} = ${String(inputs[key])}, was ${String(expected)}`,
          ),
        );
        const cell = valueAt(verlauf!, row!, historyColumn(r, key));
        must(shown(cell ?? undefined) === shown(expected ?? undefined), () =>
          where(`Verlauf round ${round.number} ${id}.${key} = ${String(cell)}, was ${String(expected)}`),
        );
      }
      // What a person entered and was standing at the close is in that round, in round order.
      for (const [key, value] of round.ledger.get(id) ?? [])
        must(
          sameValue(inputs[key], value),
          where(`${id}.${key} = ${String(value)} lost from round ${round.number}`),
        );
    }
    // Measures not in the round: "—" in its level cell, nothing else.
    for (const [id, row] of verlaufRows)
      if (!round.cells.has(id)) {
        must(
          valueAt(verlauf!, row, historyColumn(r, "level")) === "—",
          where(`${id} not marked absent in round ${round.number}`),
        );
        for (const key of ALL_KEYS.filter((k) => k !== "level"))
          must(
            isBlank(valueAt(verlauf!, row, historyColumn(r, key)) ?? undefined),
            where(`${id}.${key} filled in an absent round`),
          );
      }
  });
  for (const id of idsOf(state.plan))
    must(state.closed.length === 0 || verlaufRows.has(id), where(`${id} has no Verlauf row`));
  // The running round: in the current inputs, or on the Archiv sheet for a measure that left.
  const current = new Set(idsOf(state.plan));
  for (const [id, entries] of state.ledger)
    for (const [key, value] of entries) {
      const kept = current.has(id)
        ? sameValue(workbook.inputs.get(id)?.[key], value)
        : workbook.archive.some((a) => a.measureId === id && sameValue(a.inputs[key], value));
      must(kept, () => where(`${id}.${key} = ${String(value)} lost from the running round`));
    }
}

// ——— the formulas (HyperFormula) against a count made here ———

function fieldOf(catalogue: Catalogue, id: string): string | undefined {
  for (const field of catalogue.actionFields)
    for (const challenge of field.challenges)
      for (const goal of challenge.goals)
        if (goal.measures.some((m) => m.id === id)) return `${field.number} ${field.name}`;
  return undefined;
}

function checkFormulas(state: State): void {
  const entries: Entries = new Map();
  for (const [id, typed] of state.typed) {
    const at = state.plan.measures.find((m) => m.measureId === id)!;
    const sheet = entries.get(at.sheetName) ?? new Map<string, EnteredValue>();
    for (const [key, value] of Object.entries(typed)) {
      const letter = key === "unit" ? at.unitColumn : at.inputColumns[key as "level"];
      // A pasted boolean stays a boolean cell (HyperFormula takes it as such).
      sheet.set(`${letter}${at.row}`, value as EnteredValue);
    }
    entries.set(at.sheetName, sheet);
  }
  const hf = loadPlan(state.plan, entries);
  const errors = formulaErrors(hf);
  must(errors.length === 0, () => `formula errors: ${errors.slice(0, 3).join("; ")}`);
  const previous = state.closed[state.closed.length - 1]!;
  const cells = cellsOf(state.plan, readState(state).snapshot);
  const fields = state.catalogue.actionFields.map((f) => `${f.number} ${f.name}`);
  const counts = new Map<string, number[]>(fields.map((f) => [f, MARKS.map(() => 0)]));
  for (const m of state.plan.measures) {
    const before = previous.cells.get(m.measureId)?.level;
    const expected = expectedMark(before === undefined ? undefined : { level: before }, {
      level: cells.get(m.measureId)!.level,
    });
    const mark = valueOf(hf, m.sheetName, `${columnLetter(COL_CHANGE)}${m.row}`);
    must(
      mark === expected,
      () =>
        `${m.measureId}: mark "${String(mark)}", expected "${expected}" (${String(before)} → ${String(cells.get(m.measureId)!.level)})`,
    );
    const shownBefore = valueOf(hf, m.sheetName, `${columnLetter(COL_PREVIOUS)}${m.row}`);
    must(
      shownBefore === (before === undefined ? "—" : shown(before ?? undefined)),
      () => `${m.measureId}: previous level "${String(shownBefore)}", expected "${String(before)}"`,
    );
    if (expected !== "") counts.get(fieldOf(state.catalogue, m.measureId)!)![MARKS.indexOf(expected)]!++;
  }
  const summary = hf.getSheetValues(hf.getSheetId("Übersicht")!);
  const header = summary.findIndex((r) => r[1] === MARKS[0] && r[7] === MARKS[6]);
  must(header > 0, "no change table on the Übersicht");
  const total = MARKS.map(() => 0);
  fields.forEach((field, f) => {
    const row = summary[header + 1 + f]!;
    const expected = counts.get(field)!;
    expected.forEach((n, i) => (total[i]! += n));
    must(row[0] === field, `change table row ${f + 1} is ${String(row[0])}, expected ${field}`);
    must(
      JSON.stringify(row.slice(1, 8)) === JSON.stringify(expected),
      () => `changes in ${field}: ${JSON.stringify(row.slice(1, 8))}, expected ${JSON.stringify(expected)}`,
    );
  });
  const totalRow = summary[header + 1 + fields.length]!;
  must(
    totalRow[0] === "Gesamt" && JSON.stringify(totalRow.slice(1, 8)) === JSON.stringify(total),
    () => `changes in total: ${JSON.stringify(totalRow.slice(0, 8))}, expected ${JSON.stringify(total)}`,
  );
  checkRoundTable(state, summary, header + 1 + fields.length, cells);
}

/**
 * The per-round level counts (total), one rule for every round, closed or running: as the Übersicht counts
 * the running round, measures whose whole row is within the scheme and whose level is exactly that value.
 */
function checkRoundTable(
  state: State,
  summary: unknown[][],
  after: number,
  current: ReadonlyMap<string, Cells>,
): void {
  const header = summary.findIndex((r, i) => i > after && r[1] === "Runde");
  must(header > after, "no per-round table on the Übersicht");
  const totalAt = summary.findIndex((r, i) => i > header && r[0] === "Gesamt");
  must(totalAt > header, "no total in the per-round table");
  const levels = ["hoch", "mittel", "gering", "unklar"];
  state.closed.forEach((round, r) => {
    const row = summary[totalAt + r]!;
    const rated = [...round.cells.values()].filter((c) => !invalidCells(c));
    const expected = levels.map((l) => rated.filter((c) => c.level === l).length);
    must(
      row[1] === round.label && JSON.stringify(row.slice(2, 6)) === JSON.stringify(expected),
      () =>
        `round ${round.number} in the per-round table: ${JSON.stringify(row.slice(1, 6))}, expected ${JSON.stringify(expected)}`,
    );
  });
  // The running round: the Übersicht's own counts (rated measures: the whole row within the scheme).
  const row = summary[totalAt + state.closed.length]!;
  const rated = [...current.values()].filter((c) => !invalidCells(c));
  const expected = levels.map((l) => rated.filter((c) => c.level === l).length);
  must(
    JSON.stringify(row.slice(2, 6)) === JSON.stringify(expected),
    () =>
      `running round in the per-round table: ${JSON.stringify(row.slice(1, 6))}, expected ${JSON.stringify(expected)}`,
  );
}

describe("rounds: properties over random sequences (fast-check)", () => {
  it("nothing entered in any round is lost, and the workbook's change counts equal our own", () => {
    let withRounds = 0;
    fc.assert(
      fc.property(specsArb, fc.array(stepArb, { minLength: 1, maxLength: 6 }), (specs, steps) => {
        const catalogue = catalogueOf(specs, "1");
        const state: State = {
          catalogue,
          versions: 1,
          plan: buildPlan(catalogue, {
            language: "de",
            builtAt: "2025-01-01T08:00:00.000Z",
            round: FIRST_ROUND,
          }),
          typed: new Map(),
          ledger: new Map(),
          closed: [],
          steps: 0,
        };
        let previous = "the start";
        for (const step of steps) {
          // Checked where the next step reads the workbook back anyway (reading back is what costs).
          if (step.kind !== "edit") checkNothingLost(state, previous);
          apply(state, step);
          previous = step.kind;
        }
        checkNothingLost(state, `the last step (${previous})`);
        if (state.closed.length > 0 && withRounds++ % EVALUATE_EVERY === 0) checkFormulas(state);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("known bug: the round tables move with the set of units (summarySheet.ts)", () => {
  // The round tables sit above the per-unit table, which grows with the units entered.
  it("a unit typed in during round 2 still lets round 3 start", () => {
    const catalogue = catalogueOf(
      [
        { id: "M1", goal: 1, unit: "Amt A" },
        { id: "M2", goal: 3 },
      ],
      "1",
    );
    const plan1 = buildPlan(catalogue, {
      language: "de",
      builtAt: "2025-01-01T08:00:00.000Z",
      round: FIRST_ROUND,
    });
    const plan2 = startRoundOn(typedInto(plan1, new Map()), { label: "Runde 2" });
    const typed = typedInto(plan2, new Map([["M2", { unit: "Amt B" }]]));
    expect(startRoundOn(typed, { label: "Runde 3" }).meta.round?.number).toBe(3);
  });
});
