/**
 * Rounds end to end without files: a workbook's snapshot, entries typed in, the next round started,
 * the workbook's own formulas computed by HyperFormula.
 */
import type { Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import { COL_CHANGE, COL_PREVIOUS } from "../../src/layout/fieldLayout";
import { HISTORY_FIRST_ROW, historyColumn } from "../../src/layout/historySheet";
import type { WorkbookPlan } from "../../src/layout/plan";
import { classifyChange } from "../../src/layout/rounds";
import { columnLetter } from "../../src/core/address";
import { carryOver } from "../../src/returns/carryOver";
import { assessReturn } from "../../src/returns/assessReturn";
import { nextRound } from "../../src/returns/rounds";
import { changesSinceLastRound } from "../../src/returns/compareRounds";
import { expectedPlan } from "../../src/validation/expectedPlan";
import { validateWorkbook } from "../../src/validation";
import { formulaErrors, loadPlan, valueOf } from "../layout/engine";
import { fixtureCatalogue } from "../validation/fixtures";
import { readBack, startRound, typedInto, type Entry } from "./helpers";
import { MARKS } from "./changeOracle";

const BUILT_AT = "2025-01-01T08:00:00.000Z";

function firstPlan(catalogue: Catalogue = fixtureCatalogue()): WorkbookPlan {
  return buildPlan(catalogue, {
    language: "de",
    builtAt: BUILT_AT,
    round: { number: 1, label: "Sachstand 2024", date: "2025-01-01" },
  });
}

function changeMarks(plan: WorkbookPlan, snapshotEntries = new Map<string, Entry>()) {
  const entries = new Map<string, Map<string, string | number | null>>();
  for (const [id, entry] of snapshotEntries) {
    const at = plan.measures.find((m) => m.measureId === id)!;
    const sheet = entries.get(at.sheetName) ?? new Map<string, string | number | null>();
    for (const [key, value] of Object.entries(entry)) {
      const letter = key === "unit" ? at.unitColumn : at.inputColumns[key as "level"];
      sheet.set(`${letter}${at.row}`, value as string | number | null);
    }
    entries.set(at.sheetName, sheet);
  }
  const hf = loadPlan(plan, entries);
  expect(formulaErrors(hf)).toEqual([]);
  return {
    hf,
    mark: (id: string) => {
      const at = plan.measures.find((m) => m.measureId === id)!;
      return valueOf(hf, at.sheetName, `${columnLetter(COL_CHANGE)}${at.row}`);
    },
    previous: (id: string) => {
      const at = plan.measures.find((m) => m.measureId === id)!;
      return valueOf(hf, at.sheetName, `${columnLetter(COL_PREVIOUS)}${at.row}`);
    },
  };
}

describe("the change between two rounds", () => {
  // previous (undefined = not in the previous round), current → expected mark
  const cases: [string | null | undefined, string | null, string | undefined][] = [
    ["gering", "hoch", "better"],
    ["mittel", "hoch", "better"],
    ["hoch", "gering", "worse"],
    ["mittel", "mittel", "same"],
    ["unklar", "hoch", "unclear"],
    ["gering", "unklar", "unclear"],
    ["unklar", "unklar", "same"],
    [null, "mittel", "newlyRated"],
    ["hoch", null, "noLongerRated"],
    [null, null, undefined],
    [undefined, null, "new"],
    [undefined, "hoch", "new"],
    ["Hoch", "hoch", undefined],
    ["mittel", "sehr gut", undefined],
  ];
  it.each(cases)("%p → %p is %p", (previous, current, expected) => {
    expect(classifyChange(previous, current, "de")).toBe(expected);
  });
});

describe("starting the next round", () => {
  const catalogue = fixtureCatalogue();
  const plan1 = firstPlan(catalogue);

  it("freezes every input into the Verlauf and keeps them as the starting point", () => {
    const entered = new Map<string, Entry>([
      ["M1", { level: "gering", taskType: "P", remark: "erster Stand 😀" }],
      ["M2", { level: "hoch", weiterfuehrungsbedarf: "ja" }],
      ["M5", { level: "unklar", unit: "Amt B" }],
    ]);
    const plan2 = startRound(typedInto(plan1, entered), { label: "Sachstand 2025" });
    expect(plan2.meta.round).toEqual({ number: 2, label: "Sachstand 2025", date: "2026-01-15" });
    const history = plan2.sheets.find((s) => s.role === "history")!;
    expect(history.name).toBe("Verlauf");
    const snapshot2 = typedInto(plan2, new Map());
    const verlauf = snapshot2.sheets.find((s) => s.name === "Verlauf")!;
    const row = (id: string) => verlauf.values.findIndex((r) => r[0] === id) + 1;
    expect(row("M1")).toBeGreaterThanOrEqual(HISTORY_FIRST_ROW);
    const at = (id: string, key: Parameters<typeof historyColumn>[1]) =>
      verlauf.values[row(id) - 1]![historyColumn(0, key) - 1];
    expect(at("M1", "level")).toBe("gering");
    expect(at("M1", "taskType")).toBe("P");
    expect(at("M1", "remark")).toBe("erster Stand 😀");
    expect(at("M2", "weiterfuehrungsbedarf")).toBe("ja");
    expect(at("M5", "unit")).toBe("Amt B");
    // kept as the starting point of round 2
    const workbook2 = readBack(snapshot2);
    expect(workbook2.inputs.get("M1")).toMatchObject({ level: "gering", taskType: "P" });
    expect(workbook2.history).toHaveLength(1);
    expect(workbook2.history[0]!.label).toBe("Sachstand 2024");
  });

  it("--clear empties the ratings but keeps every unit, also one cleared by hand", () => {
    const entered = new Map<string, Entry>([
      ["M1", { level: "gering", unit: "Amt B" }],
      ["M2", { level: "hoch", unit: null }],
    ]);
    const plan2 = startRound(typedInto(plan1, entered), { label: "Sachstand 2025", clear: true });
    const workbook2 = readBack(typedInto(plan2, new Map()));
    expect(workbook2.inputs.get("M1")).toEqual({ unit: "Amt B" });
    expect(workbook2.inputs.get("M2")).toEqual({});
    expect(workbook2.inputs.get("M3")).toEqual({ unit: "Amt A" });
    expect(workbook2.history[0]!.measures.find((m) => m.measureId === "M1")!.inputs).toEqual({
      level: "gering",
      unit: "Amt B",
    });
  });

  it("refuses a workbook with invalid entries unless confirmed, and names them", () => {
    const snapshot = typedInto(plan1, new Map([["M3", { level: "sehr gut" }]]));
    const workbook = readBack(snapshot);
    const request = { label: "Sachstand 2025", date: "2026-01-15", clear: false, builtAt: BUILT_AT };
    const refused = nextRound(workbook, snapshot, request);
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.problem.kind !== "invalid") throw new Error("expected invalid");
    expect(refused.problem.findings.map((f) => f.measureId)).toContain("M3");
    const confirmed = nextRound(workbook, snapshot, request, true);
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(confirmed.closed.measures.find((m) => m.measureId === "M3")!.inputs.level).toBe("sehr gut");
  });

  it("refuses an empty label and a date that is no date", () => {
    const snapshot = typedInto(plan1, new Map());
    const workbook = readBack(snapshot);
    const base = { label: "Sachstand", date: "2026-01-15", clear: false, builtAt: BUILT_AT };
    expect(nextRound(workbook, snapshot, { ...base, label: "  " })).toEqual({
      ok: false,
      problem: { kind: "label" },
    });
    expect(nextRound(workbook, snapshot, { ...base, date: "2026-02-30" })).toEqual({
      ok: false,
      problem: { kind: "date" },
    });
  });
});

describe("what changed, live in the sheet (HyperFormula)", () => {
  const catalogue = fixtureCatalogue();
  const round1 = new Map<string, Entry>([
    ["M1", { level: "gering" }],
    ["M2", { level: "hoch" }],
    ["M3", { level: "mittel" }],
    ["M4", { level: "unklar" }],
    ["M5", { level: "hoch" }],
  ]);
  const plan2 = startRound(typedInto(firstPlan(catalogue), round1), { label: "Sachstand 2025" });
  const round2 = new Map<string, Entry>([
    ["M1", { level: "mittel" }],
    ["M2", { level: "gering" }],
    ["M3", { level: "mittel" }],
    ["M4", { level: "hoch" }],
    ["M5", { level: null }],
    ["M6", { level: "gering" }],
  ]);

  it("marks each measure as its level moved, and a correction updates the mark", () => {
    const { mark, previous } = changeMarks(plan2, round2);
    expect(previous("M1")).toBe("gering");
    expect(previous("M6")).toBe("");
    expect(["M1", "M2", "M3", "M4", "M5", "M6"].map(mark)).toEqual([
      "besser",
      "schlechter",
      "gleich",
      "von/zu unklar",
      "nicht mehr bewertet",
      "neu bewertet",
    ]);
    const corrected = new Map(round2).set("M2", { level: "hoch" });
    expect(changeMarks(plan2, corrected).mark("M2")).toBe("gleich");
  });

  it("counts per field and in total on the Übersicht, and the level counts per round", () => {
    const { hf } = changeMarks(plan2, round2);
    const summary = plan2.sheets.find((s) => s.role === "summary")!;
    const sheetId = hf.getSheetId(summary.name)!;
    const values = hf.getSheetValues(sheetId);
    const rowOf = (text: string, from = 0) => values.findIndex((r, i) => i >= from && r[0] === text);
    const changeHeader = values.findIndex((r) => r[1] === "besser");
    const total = rowOf("Gesamt", changeHeader);
    expect(values[changeHeader]!.slice(1, 8)).toEqual([...MARKS]);
    expect(values[total]!.slice(1, 8)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    // field 1 (M1–M4): better, worse, same, unclear; field 2 (M5, M6): no longer rated, newly rated
    expect(values[changeHeader + 1]!.slice(1, 8)).toEqual([1, 1, 1, 1, 0, 0, 0]);
    expect(values[changeHeader + 2]!.slice(1, 8)).toEqual([0, 0, 0, 0, 1, 1, 0]);
    // level counts per round: total over round 1 (frozen) and round 2 (live)
    const roundsHeader = values.findIndex((r, i) => i > total && r[1] === "Runde");
    const totalRounds = values.slice(roundsHeader).findIndex((r) => r[0] === "Gesamt") + roundsHeader;
    expect(values[totalRounds]!.slice(1, 6)).toEqual(["Sachstand 2024", 2, 1, 1, 1]);
    expect(values[totalRounds + 1]!.slice(1, 6)).toEqual(["Sachstand 2025", 1, 2, 2, 0]);
  });

  it("a measure added by a catalogue update is new; one that left keeps its history", () => {
    const snapshot2 = typedInto(plan2, round2);
    const next: Catalogue = structuredClone(catalogue) as Catalogue;
    const goal = next.actionFields[1]!.challenges[0]!.goals[0]! as {
      measures: Catalogue["actionFields"][number]["challenges"][number]["goals"][number]["measures"];
    };
    goal.measures = [goal.measures[1]!, { id: "M7", title: "Titel M7", unit: "Amt A" }];
    const carried = carryOver(snapshot2, { ...next, version: "2" }, "2026-02-01T00:00:00.000Z");
    if (!carried.ok) throw new Error(carried.error);
    const plan = buildPlan(
      { ...next, version: "2" },
      {
        language: "de",
        builtAt: "2026-02-01T00:00:00.000Z",
        ...carried.planInputs,
      },
    );
    expect(plan.meta.round?.number).toBe(2);
    expect(changeMarks(plan, new Map([["M7", { level: "hoch" }]])).mark("M7")).toBe("neu im Katalog");
    const verlauf = typedInto(plan, new Map()).sheets.find((s) => s.name === "Verlauf")!;
    const m5 = verlauf.values.find((r) => r[0] === "M5")!;
    expect(m5[historyColumn(0, "level") - 1]).toBe("hoch");
    expect(plan.sheets.find((s) => s.role === "archive")).toBeDefined();
  });
});

describe("validation knows rounds", () => {
  const catalogue = fixtureCatalogue();
  const plan1 = firstPlan(catalogue);
  const plan2 = startRound(typedInto(plan1, new Map([["M1", { level: "hoch" }]])), {
    label: "Sachstand 2025",
  });

  it("merge refuses a return of an earlier round, naming both rounds", () => {
    const master = readBack(typedInto(plan2, new Map()));
    const assessed = assessReturn(
      master,
      "Amt-A-2024.xlsx",
      typedInto(plan1, new Map([["M2", { level: "mittel" }]])),
    );
    expect("refused" in assessed).toBe(true);
    if (!("refused" in assessed)) return;
    expect(assessed.refused.reason).toContain("Sachstand 2024");
    expect(assessed.refused.reason).toContain("Sachstand 2025");
    const current = assessReturn(
      master,
      "Amt-A-2025.xlsx",
      typedInto(plan2, new Map([["M2", { level: "mittel" }]])),
    );
    expect("accepted" in current).toBe(true);
  });

  it("check reports an edited Verlauf and nothing on an untouched one", () => {
    const untouched = typedInto(plan2, new Map());
    const expected = expectedPlan(untouched);
    if ("error" in expected) throw new Error(expected.error.de);
    const ruleIds = (s: typeof untouched) =>
      validateWorkbook(expected.plan, s, { mode: "entwurf" }).map((f) => f.ruleId);
    expect(ruleIds(untouched)).not.toContain("history-edited");
    const edited = typedInto(plan2, new Map());
    const verlauf = edited.sheets.find((s) => s.name === "Verlauf")! as unknown as {
      values: (string | number | null)[][];
    };
    const row = verlauf.values.findIndex((r) => r[0] === "M1");
    verlauf.values[row]![historyColumn(0, "level") - 1] = "mittel";
    const findings = validateWorkbook(expected.plan, edited, { mode: "entwurf" }).filter(
      (f) => f.ruleId === "history-edited",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.cell).toBe(`${columnLetter(historyColumn(0, "level"))}${row + 1}`);
  });
});

describe("the changes since the last round, for the pane and reports", () => {
  it("counts as the workbook's change marks do", () => {
    const plan2 = startRound(
      typedInto(
        firstPlan(),
        new Map([
          ["M1", { level: "gering" }],
          ["M2", { level: "hoch" }],
        ]),
      ),
      { label: "Sachstand 2025" },
    );
    const workbook = readBack(
      typedInto(
        plan2,
        new Map([
          ["M1", { level: "hoch" }],
          ["M2", { level: null }],
        ]),
      ),
    );
    const changes = changesSinceLastRound(workbook)!;
    const total = changes.counts[changes.counts.length - 1]!;
    expect(total.counts).toMatchObject({ better: 1, noLongerRated: 1, worse: 0, same: 0 });
    expect(changes.older).toContain("Sachstand 2024");
    expect(changesSinceLastRound(readBack(typedInto(firstPlan(), new Map())))).toBeUndefined();
  });
});
