import fc from "fast-check";
import type { MeasureInputs } from "../../src/layout/plan";
import { mergeReturns, type MergeItem, type ReturnInputs } from "../../src/returns/merge";
import {
  keepClearedUnits,
  RATING_KEYS,
  sameValue,
  withoutBlanks,
  type InputOrUnitKey,
} from "../../src/returns/ratingFields";
import { mergeReportCsv, mergeReportMarkdown } from "../../src/returns/mergeReport";
import {
  catalogueArb,
  catalogueOf,
  invalidMeasures,
  must,
  ownerIn,
  recordArb,
  UNITS,
  writeAndReadBack,
} from "./model";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";

const catalogue = catalogueOf([
  { id: "M1", unit: "Amt A", goal: 1 },
  { id: "M2", unit: "Amt A", goal: 1, taskType: "P" },
  { id: "M3", unit: "Amt B", goal: 2 },
  { id: "M4", goal: 2 },
]);
const masterInputs = new Map<string, MeasureInputs>([
  ["M1", { unit: "Amt A" }],
  ["M2", { unit: "Amt A", taskType: "P" }],
  ["M3", { unit: "Amt B", level: "mittel" }],
  ["M4", {}],
]);
const master = { catalogue, inputs: masterInputs };
/** What every file built from the catalogue shows before anyone fills it in. */
const sent = writeAndReadBack(catalogue, new Map());

/** A file as sent out, filled in with these edits and read back (blanks left out). */
function ret(file: string, unit: string | undefined, edits: Record<string, MeasureInputs>): ReturnInputs {
  const inputs = new Map(sent);
  for (const [id, values] of Object.entries(edits))
    inputs.set(id, withoutBlanks({ ...inputs.get(id), ...values }));
  return { file, ...(unit !== undefined && { unit }), inputs, sent, invalid: invalidMeasures(inputs) };
}

const itemsFor = (items: readonly MergeItem[], id: string) => items.filter((i) => i.measureId === id);

describe("mergeReturns", () => {
  it("takes the owning unit's rating where the master is empty, keeping catalogue values it repeats", () => {
    const result = mergeReturns(master, [ret("a.xlsx", "Amt A", { M2: { level: "hoch", remark: "gut" } })]);
    expect(result.inputs.get("M2")).toEqual({ unit: "Amt A", taskType: "P", level: "hoch", remark: "gut" });
    expect(itemsFor(result.items, "M2")).toMatchObject([{ outcome: "applied", file: "a.xlsx" }]);
    expect(itemsFor(result.items, "M1")).toMatchObject([{ outcome: "unchanged" }]);
    expect(result.counts).toEqual({ applied: 1, unchanged: 1, conflict: 0, refused: 0 });
  });

  it("keeps the master's rating when a return differs from it, and lists the conflict with both values", () => {
    const result = mergeReturns(master, [ret("b.xlsx", "Amt B", { M3: { level: "hoch" } })]);
    expect(result.inputs.get("M3")).toEqual({ unit: "Amt B", level: "mittel" });
    expect(itemsFor(result.items, "M3")).toMatchObject([
      {
        outcome: "conflict",
        conflict: "masterHasValue",
        changes: [{ key: "level", master: "mittel", returned: "hoch" }],
      },
    ]);
  });

  it("judges a return against what was sent out: another unit's row left as sent is no conflict", () => {
    // The master has a rating for M3 (Amt B) that Amt A's file never showed; Amt A did not touch M3.
    const result = mergeReturns(master, [ret("a.xlsx", "Amt A", { M1: { level: "hoch" } })]);
    expect(result.items.filter((i) => i.outcome === "conflict")).toEqual([]);
    expect(itemsFor(result.items, "M3")).toEqual([]);
    expect(result.inputs.get("M3")).toEqual({ unit: "Amt B", level: "mittel" });
  });

  it("takes a cleared catalogue value from the owner as a clearing, and keeps it when the master moved on", () => {
    const cleared = ret("a.xlsx", "Amt A", { M2: { taskType: "" } });
    expect(mergeReturns(master, [cleared]).inputs.get("M2")).toEqual({ unit: "Amt A" });
    const moved = new Map(masterInputs).set("M2", { unit: "Amt A", taskType: "R" });
    const result = mergeReturns({ catalogue, inputs: moved }, [cleared]);
    expect(result.inputs.get("M2")).toEqual({ unit: "Amt A", taskType: "R" });
    expect(itemsFor(result.items, "M2")).toMatchObject([
      { outcome: "conflict", conflict: "masterHasValue", changes: [{ key: "taskType", master: "R" }] },
    ]);
  });

  it("a changed Zuständig is one conflict; the same return's ratings are still merged", () => {
    const result = mergeReturns(master, [
      ret("a.xlsx", "Amt A", { M1: { unit: "Amt B", level: "hoch" }, M2: { remark: "gut" } }),
    ]);
    expect(result.inputs.get("M1")).toEqual({ unit: "Amt A", level: "hoch" });
    expect(result.inputs.get("M2")?.remark).toBe("gut");
    const conflicts = result.items.filter((i) => i.outcome === "conflict");
    expect(conflicts).toMatchObject([
      {
        measureId: "M1",
        conflict: "unitChanged",
        changes: [{ key: "unit", master: "Amt A", returned: "Amt B" }],
      },
    ]);
  });

  it("applies nothing when two returns disagree, and names the other file", () => {
    const result = mergeReturns(master, [
      ret("a1.xlsx", "Amt A", { M1: { level: "hoch" } }),
      ret("a2.xlsx", "Amt A", { M1: { level: "gering" } }),
    ]);
    expect(result.inputs.get("M1")).toEqual({ unit: "Amt A" });
    const items = itemsFor(result.items, "M1");
    expect(items.map((i) => [i.file, i.outcome, i.conflict])).toEqual([
      ["a1.xlsx", "conflict", "returnsDiffer"],
      ["a2.xlsx", "conflict", "returnsDiffer"],
    ]);
    expect(items[0]!.reason).toContain("a2.xlsx");
  });

  it("applies agreeing returns once (the same file sent twice)", () => {
    const same = ret("a.xlsx", "Amt A", { M1: { level: "hoch" } });
    const result = mergeReturns(master, [same, { ...same, file: "a-kopie.xlsx" }]);
    expect(result.inputs.get("M1")?.level).toBe("hoch");
    expect(itemsFor(result.items, "M1").map((i) => i.outcome)).toEqual(["applied", "applied"]);
  });

  it("never takes an edit in another unit's row, even where the master is empty", () => {
    const result = mergeReturns(master, [
      ret("a.xlsx", "Amt A", { M4: { level: "hoch" }, M3: { remark: "x" } }),
    ]);
    expect(result.inputs.get("M4")).toEqual({});
    expect(result.inputs.get("M3")?.remark).toBeUndefined();
    expect(itemsFor(result.items, "M4")).toMatchObject([{ outcome: "conflict", conflict: "otherUnit" }]);
    expect(itemsFor(result.items, "M3")).toMatchObject([{ outcome: "conflict", conflict: "otherUnit" }]);
  });

  it("refuses an entry outside the scheme and still takes the file's other entries", () => {
    const result = mergeReturns(master, [
      ret("a.xlsx", "Amt A", { M1: { level: "sehr gut" }, M2: { level: "hoch" } }),
    ]);
    expect(result.inputs.get("M1")?.level).toBeUndefined();
    expect(result.inputs.get("M2")?.level).toBe("hoch");
    expect(itemsFor(result.items, "M1")).toMatchObject([{ outcome: "refused" }]);
  });

  it("lists refused files and a changed unit", () => {
    const result = mergeReturns(
      master,
      [ret("x.xlsx", undefined, { M4: { unit: "Amt B", level: "gering" } })],
      [{ file: "kaputt.xlsx", reason: "keine Zielbild-Arbeitsmappe" }],
    );
    expect(result.items[0]).toMatchObject({ outcome: "refused", file: "kaputt.xlsx" });
    expect(itemsFor(result.items, "M4").map((i) => i.conflict ?? i.outcome)).toEqual([
      "unitChanged",
      "applied",
    ]);
    expect(result.inputs.get("M4")).toEqual({ level: "gering" });
  });

  it("writes a Markdown and a CSV report with the counts and every conflicting value", () => {
    const result = mergeReturns(
      master,
      [ret("b.xlsx", "Amt B", { M3: { level: "hoch" } })],
      [{ file: "alt.xlsx", reason: "anderer Katalog" }],
    );
    const md = mergeReportMarkdown(result, {
      master: "m.xlsx",
      out: "o.xlsx",
      returns: ["b.xlsx"],
      createdAt: "t",
    });
    expect(md).toContain("| Konflikt | 1 |");
    expect(md).toContain("| abgelehnt | 1 |");
    expect(md).toMatch(/Hauptdatei „mittel“, Rücklauf „hoch“/);
    const csv = mergeReportCsv(result);
    expect(csv.startsWith("\uFEFFErgebnis;Art;Datei;")).toBe(true);
    expect(csv.split("\r\n")).toContain(
      'Konflikt;Hauptdatei hat schon einen Wert;b.xlsx;M3;Titel M3;Amt B;Zielerreichungsgrad;mittel;hoch;"Die Hauptdatei hat hier inzwischen einen anderen Wert als die versandte Datei; er bleibt, bis jemand entscheidet."',
    );
  });

  it("writes the reports and the reasons in English when asked (merge --lang en)", () => {
    const result = mergeReturns(
      master,
      [ret("b.xlsx", "Amt B", { M3: { level: "hoch" } })],
      [{ file: "alt.xlsx", reason: "another catalogue" }],
      "en",
    );
    const md = mergeReportMarkdown(
      result,
      { master: "m.xlsx", out: "o.xlsx", returns: ["b.xlsx"], createdAt: "t" },
      "en",
    );
    expect(md).toContain("# Merge of the returns");
    expect(md).toContain("| conflict | 1 |");
    expect(md).toContain("| refused | 1 |");
    expect(md).toContain("file refused: another catalogue");
    expect(md).toMatch(/Degree of goal achievement: master file “mittel”, return “hoch”/);
    expect(md).not.toMatch(/Hauptdatei|Rücklauf|„/);
    const csv = mergeReportCsv(result, "en");
    expect(csv.startsWith("\uFEFFOutcome;Kind;File;")).toBe(true);
    expect(csv).toContain("conflict;master file already has a value;b.xlsx;M3;Titel M3;Amt B;");
  });
});

const NUM_RUNS = 1000;

const mergeCase = catalogueArb.chain((cat) => {
  const ids = [...measureEntries(cat)].map((e) => e.measure.id);
  const editsArb = fc.array(fc.tuple(fc.constantFrom(...ids), recordArb), { maxLength: 4 });
  const returnArb = fc.record({
    unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
    edits: editsArb,
  });
  return fc.record({
    catalogue: fc.constant(cat),
    masterEdits: editsArb,
    returns: fc.array(returnArb, { maxLength: 4 }),
    refusedFiles: fc.nat({ max: 2 }),
  });
});

type Edits = readonly (readonly [string, MeasureInputs])[];

/** Inputs as a workbook built from the catalogue shows them after these edits and a save. */
function filled(cat: Catalogue, edits: Edits): Map<string, MeasureInputs> {
  const inputs = writeAndReadBack(cat, new Map());
  for (const [id, record] of edits) inputs.set(id, { ...inputs.get(id), ...record });
  return writeAndReadBack(cat, inputs);
}

function returnOf(cat: Catalogue, file: string, unit: string | undefined, edits: Edits): ReturnInputs {
  const inputs = filled(cat, edits);
  return {
    file,
    ...(unit !== undefined && { unit }),
    inputs,
    sent: writeAndReadBack(cat, new Map()),
    invalid: invalidMeasures(inputs),
  };
}

const conflictKey = (i: MergeItem) =>
  `${i.file} ${i.measureId} ${i.conflict} ${i.changes.map((c) => `${c.key}=${String(c.returned)}`).join()}`;

describe("mergeReturns: properties (fast-check)", () => {
  it("never replaces a value the master changed since sending, never applies a conflicting value silently, reports every change", () => {
    fc.assert(
      fc.property(mergeCase, ({ catalogue: cat, masterEdits, returns: specs, refusedFiles }) => {
        const masterMap = filled(cat, masterEdits);
        const sentMap = writeAndReadBack(cat, new Map());
        const returns = specs.map((spec, n) => returnOf(cat, `r${n}.xlsx`, spec.unit, spec.edits));
        const refused = Array.from({ length: refusedFiles }, (_, i) => ({
          file: `bad${i}.xlsx`,
          reason: "kaputt",
        }));
        const result = mergeReturns({ catalogue: cat, inputs: masterMap }, returns, refused);

        for (const [id, before] of masterMap) {
          const after = result.inputs.get(id)!;
          const sentBefore = sentMap.get(id)!;
          const applied = result.items.filter((i) => i.measureId === id && i.outcome === "applied");
          must(sameValue(after.unit, before.unit), `${id}: unit changed by a merge`);
          for (const key of RATING_KEYS) {
            if (sameValue(after[key], before[key])) continue;
            // Changed only where the master still held what was sent, through an applied item.
            must(sameValue(before[key], sentBefore[key]), `${id}.${key}: master value replaced`);
            must(
              applied.some((i) => i.changes.some((c) => c.key === key && sameValue(c.returned, after[key]))),
              `${id}.${key}: changed without an applied item`,
            );
          }
          const owner = ownerIn(cat, masterMap, id);
          for (const item of applied) {
            const r = returns.find((x) => x.file === item.file)!;
            must(r.unit === undefined || r.unit === owner, `${id}: applied from ${r.unit}, owner ${owner}`);
            must(!r.invalid!.has(id), `${id}: invalid entry applied`);
            for (const c of item.changes)
              must(sameValue(after[c.key], c.returned), `${id}.${c.key}: applied item not in the workbook`);
          }
        }
        // Every field a return changed against what was sent is in the workbook or reported.
        for (const r of returns)
          for (const [id, returned] of r.inputs) {
            const sentNow = r.sent.get(id)!;
            for (const key of [...RATING_KEYS, "unit"] as InputOrUnitKey[]) {
              if (sameValue(returned[key], sentNow[key])) continue;
              const reported = result.items.some(
                (i) =>
                  i.file === r.file &&
                  i.measureId === id &&
                  i.outcome !== "unchanged" &&
                  i.changes.some((c) => c.key === key),
              );
              const inWorkbook = sameValue(result.inputs.get(id)![key], returned[key]);
              must(
                reported ||
                  (inWorkbook && key !== "unit") ||
                  sameValue(masterMap.get(id)![key], returned[key]),
                `${r.file} ${id}.${key}: change neither in the workbook nor reported`,
              );
            }
          }
        expect(
          result.items.filter((i) => i.outcome === "refused" && !i.measureId).map((i) => i.file),
        ).toEqual(refused.map((r) => r.file));
        const counted = { applied: 0, unchanged: 0, conflict: 0, refused: 0 };
        for (const i of result.items) counted[i.outcome]++;
        expect(result.counts).toEqual(counted);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("one file per unit merged in any order, at once or in batches: the same workbook and the same conflicts", () => {
    const caseArb = catalogueArb.chain((cat) => {
      const ids = [...measureEntries(cat)].map((e) => e.measure.id);
      const edits = fc.array(fc.tuple(fc.constantFrom(...ids), recordArb), { maxLength: 4 });
      return fc.record({
        catalogue: fc.constant(cat),
        masterEdits: edits,
        perUnit: fc.tuple(...UNITS.map(() => edits)),
        order: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
        cuts: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
      });
    });
    fc.assert(
      fc.property(caseArb, ({ catalogue: cat, masterEdits, perUnit, order, cuts }) => {
        const returns = UNITS.map((unit, n) => returnOf(cat, `${unit}.xlsx`, unit, perUnit[n]!));
        const start = filled(cat, masterEdits);
        const once = mergeReturns({ catalogue: cat, inputs: start }, returns);
        // The same files in another order, cut into batches; each batch's result is written and read back.
        let inputs = start;
        const conflicts: string[] = [];
        let batch: ReturnInputs[] = [];
        const run = () => {
          if (batch.length === 0) return;
          const result = mergeReturns({ catalogue: cat, inputs }, batch);
          conflicts.push(...result.items.filter((i) => i.outcome === "conflict").map(conflictKey));
          inputs = writeAndReadBack(cat, keepClearedUnits(result.inputs));
          batch = [];
        };
        order.forEach((n, i) => {
          batch.push(returns[n]!);
          if (i < cuts.length && cuts[i]) run();
        });
        run();
        expect(inputs).toEqual(writeAndReadBack(cat, keepClearedUnits(once.inputs)));
        expect(conflicts.sort()).toEqual(
          once.items
            .filter((i) => i.outcome === "conflict")
            .map(conflictKey)
            .sort(),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
