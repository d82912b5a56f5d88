import fc from "fast-check";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import type { ArchivedMeasure, MeasureInputs } from "../../src/layout/plan";
import { prefilledInputs } from "../../src/layout/prefill";
import {
  catalogueUpdateMarkdown,
  describeMovement,
  updateCatalogue,
} from "../../src/returns/catalogueUpdate";
import { ALL_KEYS, isBlank, sameValue } from "../../src/returns/ratingFields";
import { catalogueArb, catalogueOf, IDS, must, recordArb, writeAndReadBack } from "./model";

const v1 = catalogueOf([
  { id: "M1", unit: "Amt A", goal: 1 },
  { id: "M2", unit: "Amt A", goal: 1, taskType: "P" },
  { id: "M3", unit: "Amt B", goal: 2 },
]);
const v2 = catalogueOf(
  [
    { id: "M1", unit: "Amt A", goal: 2 },
    { id: "M2", unit: "Amt B", goal: 1, taskType: "R" },
    { id: "M4", unit: "Amt B", goal: 2 },
  ],
  "2",
);

function update(inputs: Record<string, MeasureInputs>, archive: ArchivedMeasure[] = [], from = v1, to = v2) {
  return updateCatalogue({
    oldCatalogue: from,
    newCatalogue: to,
    language: "de",
    inputs: new Map(Object.entries(inputs)),
    archive,
    archivedAt: "2025-01-01T00:00:00Z",
  });
}

describe("updateCatalogue", () => {
  const entered = {
    M1: { unit: "Amt A", level: "hoch", remark: "läuft" },
    M2: { unit: "Amt A", taskType: "P" },
    M3: { unit: "Amt B", level: "gering", weiterfuehrungsbedarf: "ja" },
  };

  it("keeps ratings by ID, archives measures that left with their ratings, and starts new ones empty", () => {
    const result = update(entered);
    expect(result.inputs.get("M1")).toEqual({ unit: "Amt A", level: "hoch", remark: "läuft" });
    expect(result.inputs.has("M4")).toBe(false);
    expect(result.archive).toEqual([
      {
        measureId: "M3",
        fieldName: "Feld",
        goalNumber: 2,
        title: "Titel M3",
        inputs: { unit: "Amt B", level: "gering", weiterfuehrungsbedarf: "ja" },
        archivedAt: "2025-01-01T00:00:00Z",
      },
    ]);
    expect(result.report.added.map((m) => m.id)).toEqual(["M4"]);
    expect(result.report.archived).toEqual([{ id: "M3", title: "Titel M3", rated: true }]);
    expect(result.report.moved).toEqual([
      { id: "M1", title: "Titel M1", changes: [{ kind: "goal", from: 1, to: 2 }] },
    ]);
  });

  it("takes the new catalogue's unit and task type where the workbook only repeated the old catalogue", () => {
    const result = update(entered);
    expect(result.inputs.get("M2")).toEqual({ unit: "Amt B", taskType: "R" });
    expect(result.report.fromCatalogue.map((c) => `${c.id}.${c.key}`)).toEqual(["M2.taskType", "M2.unit"]);
  });

  it("keeps what a person entered even where the new catalogue says otherwise, and reports it", () => {
    const result = update({ ...entered, M2: { unit: "Amt C", taskType: "" } });
    expect(result.inputs.get("M2")).toEqual({ unit: "Amt C" });
    expect(result.report.enteredOverCatalogue.map((c) => `${c.id}.${c.key}`)).toEqual([
      "M2.taskType",
      "M2.unit",
    ]);
  });

  it("brings an archived measure back with its ratings when a later version has it again", () => {
    const once = update(entered);
    const back = update(
      { M1: {}, M2: {}, M4: {} },
      once.archive,
      v2,
      catalogueOf([{ id: "M3", goal: 1 }], "3"),
    );
    expect(back.inputs.get("M3")).toEqual({ unit: "Amt B", level: "gering", weiterfuehrungsbedarf: "ja" });
    expect(back.archive.map((a) => a.measureId)).toEqual(["M2", "M1", "M4"]); // catalogue order of v2
    expect(back.report.restored.map((m) => m.id)).toEqual(["M3"]);
    expect(catalogueUpdateMarkdown(back.report)).toContain("| aus dem Archiv zurückgeholt | 1 |");
  });
});

/** What the old workbook showed for a measure before anyone typed: the catalogue's own values. */
function base(catalogue: Catalogue, id: string): MeasureInputs {
  const measure = [...measureEntries(catalogue)].find((e) => e.measure.id === id)!.measure;
  return prefilledInputs(measure, { language: "de", builtAt: "" }, "de");
}

const archiveArb = fc.array(
  fc.record({ id: fc.constantFrom(...IDS), inputs: recordArb }).map(({ id, inputs }): ArchivedMeasure => ({
    measureId: id,
    fieldName: "Alt",
    goalNumber: 9,
    title: `Alt ${id}`,
    inputs,
    archivedAt: "x",
  })),
  { maxLength: 3 },
);

describe("a cleared input is an input (§7)", () => {
  const v1 = catalogueOf([
    { id: "Z09-M1", unit: "Amt A", goal: 9, taskType: "P" },
    { id: "Z10-M1", unit: "Amt A", goal: 10, taskType: "P" },
    { id: "Z10-M2", unit: "Amt B", goal: 10, taskType: "R" },
  ]);
  const without = catalogueOf(
    [
      { id: "Z09-M1", unit: "Amt A", goal: 9, taskType: "P" },
      { id: "Z10-M2", unit: "Amt B", goal: 10, taskType: "R" },
    ],
    "2",
  );
  const back = catalogueOf(
    [
      { id: "Z09-M1", unit: "Amt C", goal: 9, taskType: "P" },
      { id: "Z10-M1", unit: "Amt A", goal: 10, taskType: "P" },
      { id: "Z10-M2", unit: "Amt B", goal: 10, taskType: "R" },
    ],
    "3",
  );
  const step = (
    from: Catalogue,
    to: Catalogue,
    inputs: Map<string, MeasureInputs>,
    archive: ArchivedMeasure[],
  ) => {
    const result = updateCatalogue({
      oldCatalogue: from,
      newCatalogue: to,
      language: "de",
      inputs,
      archive,
      archivedAt: "t",
    });
    return { ...result, read: writeAndReadBack(to, result.inputs) };
  };

  it("a pre-filled P cleared stays cleared through the archive and back; a cleared Zuständig stays cleared", () => {
    const start = writeAndReadBack(v1, new Map());
    start.set("Z09-M1", { unit: "" }); // P and Zuständig cleared
    start.set("Z10-M1", { unit: "Amt A" }); // P cleared
    const first = step(v1, without, writeAndReadBack(v1, start), []);
    expect(first.archive).toMatchObject([{ measureId: "Z10-M1", inputs: { unit: "Amt A" } }]);
    const second = step(without, back, first.read, first.archive);
    expect(second.read.get("Z10-M1")).toEqual({ unit: "Amt A" });
    expect(second.read.get("Z09-M1")).toEqual({});
    expect(second.report.fromCatalogue.filter((c) => c.id === "Z10-M1")).toEqual([]);
    expect(second.report.enteredOverCatalogue).toContainEqual(
      expect.objectContaining({ id: "Z10-M1", key: "taskType", to: "P" }),
    );
  });

  it("'mit Bewertung' counts measures with a Zielerreichungsgrad, not pre-filled P/R or ja/nein", () => {
    const inputs = writeAndReadBack(v1, new Map());
    inputs.set("Z10-M2", { unit: "Amt B", taskType: "R", weiterfuehrungsbedarf: "ja" });
    inputs.set("Z09-M1", { unit: "Amt A", taskType: "P", level: "hoch" });
    const result = step(v1, without, inputs, []);
    expect(result.report.keptWithRating).toBe(1);
    expect(result.report.archived).toEqual([{ id: "Z10-M1", title: "Titel Z10-M1", rated: false }]);
  });
});

describe("updateCatalogue: properties (fast-check)", () => {
  it("never loses an entered value: it is under its ID in the new workbook or in the archive", () => {
    fc.assert(
      fc.property(
        catalogueArb,
        catalogueArb,
        fc.array(recordArb, { minLength: IDS.length, maxLength: IDS.length }),
        archiveArb,
        (from, to, records, archiveIn) => {
          const oldIds = [...measureEntries(from)].map((e) => e.measure.id);
          const newIds = new Set([...measureEntries(to)].map((e) => e.measure.id));
          const archive = archiveIn.filter((a) => !oldIds.includes(a.measureId));
          const inputs = new Map(oldIds.map((id, i) => [id, records[i]!]));
          const result = updateCatalogue({
            oldCatalogue: from,
            newCatalogue: to,
            language: "de",
            inputs,
            archive,
            archivedAt: "t",
          });
          for (const id of oldIds)
            for (const key of ALL_KEYS) {
              const value = inputs.get(id)![key];
              if (sameValue(value, base(from, id)[key])) continue; // only the catalogue's value, not entered
              const kept = newIds.has(id)
                ? sameValue(result.inputs.get(id)?.[key], value)
                : result.archive.some((a) => a.measureId === id && sameValue(a.inputs[key], value));
              must(kept, `${id}.${key} = ${String(value)} lost`);
            }
          // Archived entries stay archived unless their measure came back, and then their values are back.
          for (const entry of archive) {
            if (result.archive.includes(entry)) continue;
            must(newIds.has(entry.measureId), `${entry.measureId}: archive entry dropped`);
            for (const key of ALL_KEYS)
              if (!isBlank(entry.inputs[key]))
                must(
                  sameValue(result.inputs.get(entry.measureId)?.[key], entry.inputs[key]),
                  `${entry.measureId}.${key} not restored`,
                );
          }
          const r = result.report;
          must(
            r.kept.length + r.added.length + r.restored.length === newIds.size,
            "report does not cover the new catalogue",
          );
          must(r.archived.length === oldIds.filter((id) => !newIds.has(id)).length, "archived count");
        },
      ),
      { numRuns: 1000 },
    );
  });
});

test("the update report and a movement read in English when asked", () => {
  expect(describeMovement({ kind: "goal", from: 1, to: 2 })).toBe("Ziel 1 → 2");
  expect(describeMovement({ kind: "field", from: "A", to: "B" }, "en")).toBe("action field “A” → “B”");
  expect(describeMovement({ kind: "title" }, "en")).toBe("title changed");
});
