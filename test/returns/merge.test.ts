import fc from "fast-check";
import type { MeasureInputs } from "../../src/layout/plan";
import { mergeReturns, type MergeItem, type ReturnInputs } from "../../src/returns/merge";
import { isBlank, RATING_KEYS, ratingKey, ratingPart, sameValue } from "../../src/returns/ratingFields";
import { mergeReportCsv, mergeReportMarkdown } from "../../src/returns/mergeReport";
import { catalogueArb, catalogueOf, invalidMeasures, must, ownerIn, recordArb, UNITS } from "./model";
import { measureEntries } from "../../src/catalogue/model";

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

function ret(file: string, unit: string | undefined, edits: Record<string, MeasureInputs>): ReturnInputs {
  const inputs = new Map(masterInputs);
  for (const [id, values] of Object.entries(edits)) inputs.set(id, { ...inputs.get(id), ...values });
  return { file, ...(unit !== undefined && { unit }), inputs, invalid: invalidMeasures(inputs) };
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

  it("treats a return that clears the master's value as a conflict, not as a deletion", () => {
    const result = mergeReturns(master, [ret("b.xlsx", "Amt B", { M3: { level: "" } })]);
    expect(result.inputs.get("M3")?.level).toBe("mittel");
    expect(itemsFor(result.items, "M3")[0]).toMatchObject({
      outcome: "conflict",
      conflict: "masterHasValue",
    });
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
      "Konflikt;Hauptdatei hat schon einen Wert;b.xlsx;M3;Titel M3;Amt B;Zielerreichungsgrad;mittel;hoch;Die Hauptdatei hat hier schon einen anderen Wert; er bleibt, bis jemand entscheidet.".replace(
        /Die Hauptdatei hat hier schon einen anderen Wert; er bleibt, bis jemand entscheidet\./,
        '"Die Hauptdatei hat hier schon einen anderen Wert; er bleibt, bis jemand entscheidet."',
      ),
    );
  });
});

const NUM_RUNS = 1000;

const mergeCase = catalogueArb.chain((cat) => {
  const ids = [...measureEntries(cat)].map((e) => e.measure.id);
  const inputsArb = fc
    .tuple(...ids.map(() => recordArb))
    .map((records) => new Map(ids.map((id, i) => [id, records[i]!])));
  const returnArb = fc.record({
    unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
    edits: fc.array(fc.tuple(fc.constantFrom(...ids), recordArb), { maxLength: 4 }),
  });
  return fc.record({
    catalogue: fc.constant(cat),
    master: inputsArb,
    returns: fc.array(returnArb, { maxLength: 4 }),
    refusedFiles: fc.nat({ max: 2 }),
  });
});

describe("mergeReturns: properties (fast-check)", () => {
  it("never loses a master value and never applies a conflicting value silently", () => {
    fc.assert(
      fc.property(mergeCase, ({ catalogue: cat, master: masterMap, returns: specs, refusedFiles }) => {
        const returns: ReturnInputs[] = specs.map((spec, n) => {
          const inputs = new Map(masterMap);
          for (const [id, record] of spec.edits) inputs.set(id, { ...inputs.get(id), ...record });
          return {
            file: `r${n}.xlsx`,
            ...(spec.unit && { unit: spec.unit }),
            inputs,
            invalid: invalidMeasures(inputs),
          };
        });
        const refused = Array.from({ length: refusedFiles }, (_, i) => ({
          file: `bad${i}.xlsx`,
          reason: "kaputt",
        }));
        const result = mergeReturns({ catalogue: cat, inputs: masterMap }, returns, refused);

        for (const [id, before] of masterMap) {
          const after = result.inputs.get(id)!;
          const applied = result.items.filter((i) => i.measureId === id && i.outcome === "applied");
          for (const key of [...RATING_KEYS, "unit" as const]) {
            // A master value is never replaced; a blank one is filled only through an applied item.
            if (!isBlank(before[key]))
              must(sameValue(after[key], before[key]), `${id}.${key}: master value replaced`);
            else if (!isBlank(after[key]))
              must(
                applied.some((i) =>
                  i.changes.some((c) => c.key === key && sameValue(c.returned, after[key])),
                ),
                `${id}.${key}: filled without an applied item`,
              );
          }
          // Applied proposals for a measure all agree, come from its owner and passed validation.
          const owner = ownerIn(cat, masterMap, id);
          for (const item of applied) {
            const r = returns.find((x) => x.file === item.file)!;
            must(r.unit === undefined || r.unit === owner, `${id}: applied from ${r.unit}, owner ${owner}`);
            must(!r.invalid!.has(id), `${id}: invalid entry applied`);
            must(
              ratingKey(ratingPart(r.inputs.get(id))) === ratingKey(ratingPart(after)),
              `${id}: applied differs`,
            );
          }
        }
        // Every returned difference is accounted for: applied (and then in the workbook) or reported.
        for (const r of returns)
          for (const [id, returned] of r.inputs) {
            const before = masterMap.get(id)!;
            const differing = RATING_KEYS.filter((k) => !sameValue(before[k], returned[k]));
            if (differing.length === 0) continue;
            const item = result.items.find(
              (i) =>
                i.file === r.file &&
                i.measureId === id &&
                i.outcome !== "unchanged" &&
                i.conflict !== "unitChanged",
            );
            must(item !== undefined, `${r.file} ${id}: difference not reported`);
            must(
              item.changes.map((c) => c.key).join() === differing.join(),
              `${r.file} ${id}: changes incomplete`,
            );
            // An owner's entry that was not applied means nothing of any owner was applied to the measure.
            if (item.outcome !== "applied" && item.conflict !== "otherUnit")
              for (const k of RATING_KEYS)
                must(
                  sameValue(result.inputs.get(id)![k], before[k]),
                  `${id}.${k}: changed despite ${item.outcome}`,
                );
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
});
