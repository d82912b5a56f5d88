/**
 * Random sequences of what happens to an overview workbook over its life — people typing (also
 * invalid pastes, cleared cells), rebuilds, catalogue updates, merges of returns with stray edits and
 * disagreeing files — on the pure input maps. After every step: no value a person entered is lost (it is
 * in the workbook under its ID or on the Archiv sheet, a cleared cell still blank, also after the archive
 * and back), and a merge never applied a conflicting value silently.
 */
import fc from "fast-check";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { ArchivedMeasure, MeasureInputs } from "../../src/layout/plan";
import { prefilledInputs } from "../../src/layout/prefill";
import { readInputs } from "../../src/layout/readInputs";
import { updateCatalogue } from "../../src/returns/catalogueUpdate";
import { mergeReturns, type ReturnInputs } from "../../src/returns/merge";
import {
  isBlank,
  keepClearedUnits,
  RATING_KEYS,
  sameValue,
  type InputOrUnitKey,
  type InputValue,
} from "../../src/returns/ratingFields";
import { snapshotFromPlan } from "../fakes/synthetic";
import {
  catalogueArb,
  invalidMeasures,
  KEYS,
  must,
  recordArb,
  UNITS,
  valueArb,
  writeAndReadBack,
} from "./model";

type Op =
  | { kind: "edit"; index: number; key: InputOrUnitKey; value: InputValue }
  | { kind: "rebuild" }
  | { kind: "update"; catalogue: Catalogue }
  | { kind: "merge"; returns: { unit: string | undefined; edits: [number, MeasureInputs][] }[] };

const editArb = fc.constantFrom(...KEYS).chain((key) =>
  fc.record({
    kind: fc.constant("edit" as const),
    index: fc.nat(),
    key: fc.constant(key),
    value: valueArb(key),
  }),
);
const returnArb = fc.record({
  unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined, freq: 4 }),
  edits: fc.array(fc.tuple(fc.nat(), recordArb), { minLength: 1, maxLength: 3 }),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: editArb },
  { weight: 1, arbitrary: fc.constant({ kind: "rebuild" as const }) },
  { weight: 1, arbitrary: catalogueArb.map((catalogue) => ({ kind: "update" as const, catalogue })) },
  {
    weight: 2,
    arbitrary: fc
      .array(returnArb, { minLength: 1, maxLength: 2 })
      .map((returns) => ({ kind: "merge" as const, returns })),
  },
);

interface State {
  catalogue: Catalogue;
  inputs: Map<string, MeasureInputs>;
  archive: ArchivedMeasure[];
  /** What people entered and must never be lost: measure ID → key → value. */
  ledger: Map<string, Map<InputOrUnitKey, InputValue>>;
}

const idsOf = (catalogue: Catalogue) => [...measureEntries(catalogue)].map((e) => e.measure.id);

function record(state: State, id: string, key: InputOrUnitKey, value: InputValue | undefined): void {
  // A cleared cell is an input too: it is recorded as "" and must stay blank.
  const entry = state.ledger.get(id) ?? new Map();
  entry.set(key, isBlank(value) ? "" : value);
  state.ledger.set(id, entry);
}

function apply(state: State, op: Op): void {
  const ids = idsOf(state.catalogue);
  switch (op.kind) {
    case "edit": {
      const id = ids[op.index % ids.length]!;
      state.inputs.set(id, { ...state.inputs.get(id), [op.key]: op.value });
      record(state, id, op.key, op.value);
      return;
    }
    case "rebuild":
      // A rebuild carries the inputs over as a catalogue update to the same catalogue does.
      return update(state, state.catalogue);
    case "update":
      return update(state, op.catalogue);
    case "merge":
      return merge(state, op.returns);
  }
}

function update(state: State, next: Catalogue): void {
  // A value equal to what the old catalogue itself put in the cell is not distinguishable from it.
  for (const { measure } of measureEntries(state.catalogue)) {
    const base = prefilledInputs(measure, { language: "de", builtAt: "" }, "de");
    for (const [key, value] of state.ledger.get(measure.id) ?? [])
      if (sameValue(base[key], value)) state.ledger.get(measure.id)!.delete(key);
  }
  const result = updateCatalogue({
    oldCatalogue: state.catalogue,
    newCatalogue: next,
    language: "de",
    inputs: state.inputs,
    archive: state.archive,
    archivedAt: "t",
  });
  state.catalogue = next;
  state.archive = result.archive;
  state.inputs = writeAndReadBack(next, result.inputs);
}

function merge(state: State, specs: Extract<Op, { kind: "merge" }>["returns"]): void {
  const ids = idsOf(state.catalogue);
  const master = state.inputs;
  // Files are built from the catalogue: what they show before anyone types is what was sent out.
  const sent = writeAndReadBack(state.catalogue, new Map());
  // A value equal to what the sent file showed is not distinguishable from it (as for an update).
  for (const id of ids)
    for (const [key, value] of state.ledger.get(id) ?? [])
      if (sameValue(sent.get(id)?.[key], value)) state.ledger.get(id)!.delete(key);
  const returns: ReturnInputs[] = specs.map((spec, n) => {
    const inputs = new Map(sent);
    for (const [index, edit] of spec.edits) {
      const id = ids[index % ids.length]!;
      inputs.set(id, { ...inputs.get(id), ...edit });
    }
    const read = writeAndReadBack(state.catalogue, inputs);
    return {
      file: `r${n}.xlsx`,
      ...(spec.unit && { unit: spec.unit }),
      inputs: read,
      sent,
      invalid: invalidMeasures(read),
    };
  });
  const result = mergeReturns({ catalogue: state.catalogue, inputs: master }, returns);
  for (const id of ids)
    for (const key of RATING_KEYS) {
      const before = master.get(id)?.[key];
      const after = result.inputs.get(id)?.[key];
      if (!sameValue(before, sent.get(id)?.[key]))
        must(sameValue(before, after), `merge replaced ${id}.${key}, which the master changed`);
    }
  for (const r of returns)
    for (const id of ids) {
      const differs = RATING_KEYS.some(
        (k) =>
          !sameValue(sent.get(id)?.[k], r.inputs.get(id)?.[k]) &&
          !sameValue(master.get(id)?.[k], r.inputs.get(id)?.[k]),
      );
      const reported = result.items.some(
        (i) => i.file === r.file && i.measureId === id && i.outcome !== "unchanged",
      );
      must(!differs || reported, `${r.file} ${id}: difference neither applied nor reported`);
    }
  for (const item of result.items)
    if (item.outcome === "applied")
      for (const change of item.changes) record(state, item.measureId!, change.key, change.returned);
  state.inputs = writeAndReadBack(state.catalogue, keepClearedUnits(result.inputs));
}

function checkNothingLost(state: State, after: string): void {
  const current = new Set(idsOf(state.catalogue));
  for (const [id, entries] of state.ledger)
    for (const [key, value] of entries) {
      const kept = current.has(id)
        ? sameValue(state.inputs.get(id)?.[key], value)
        : state.archive.some((a) => a.measureId === id && sameValue(a.inputs[key], value));
      must(kept, () => `after ${after}: ${id}.${key} = ${String(value)} lost`);
    }
}

describe("round trip: properties over random sequences (fast-check)", () => {
  it("no entered value is ever lost and no conflicting value is ever applied silently", () => {
    fc.assert(
      fc.property(catalogueArb, fc.array(opArb, { maxLength: 12 }), (catalogue, ops) => {
        const state: State = {
          catalogue,
          inputs: writeAndReadBack(catalogue, new Map()),
          archive: [],
          ledger: new Map(),
        };
        for (const op of ops) {
          apply(state, op);
          checkNothingLost(state, op.kind);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("the pure write-and-read-back stand-in matches buildPlan + readInputs", () => {
    fc.assert(
      fc.property(
        catalogueArb,
        fc.array(fc.tuple(fc.nat(), recordArb), { maxLength: 6 }),
        (catalogue, edits) => {
          const ids = idsOf(catalogue);
          const inputs = new Map<string, MeasureInputs>();
          for (const [index, edit] of edits) inputs.set(ids[index % ids.length]!, edit);
          const plan = buildPlan(catalogue, { language: "de", builtAt: "t", inputs });
          const real = readInputs(plan, snapshotFromPlan(plan));
          expect(writeAndReadBack(catalogue, inputs)).toEqual(real);
        },
      ),
      { numRuns: 100 },
    );
  });
});
