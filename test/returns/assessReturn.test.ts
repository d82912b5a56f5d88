import type { Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { PlanOptions, WorkbookPlan } from "../../src/layout/plan";
import { assessReturn } from "../../src/returns/assessReturn";
import { readZielbildWorkbook, type ZielbildWorkbook } from "../../src/returns/readWorkbook";
import { setCell, snapshotFromPlan, type MutableSheet } from "../fakes/synthetic";
import { fixtureCatalogue, fixtureOptions, UNITS } from "../layout/fixtures";

const catalogue = fixtureCatalogue();

function workbookOf(plan: WorkbookPlan): ZielbildWorkbook {
  const read = readZielbildWorkbook(snapshotFromPlan(plan));
  if ("error" in read) throw new Error(read.error);
  return read.workbook;
}

const master = workbookOf(buildPlan(catalogue, fixtureOptions()));

function returned(options: Partial<PlanOptions> = {}, cat: Catalogue = catalogue) {
  const plan = buildPlan(cat, fixtureOptions({ unit: UNITS[1], ...options }));
  const snapshot = snapshotFromPlan(plan);
  const sheetOf = (index: number) => snapshot.sheets.find((s) => s.name === plan.measures[index]!.sheetName)!;
  const set = (index: number, key: "level" | "taskType", value: string) =>
    setCell(sheetOf(index), `${plan.measures[index]!.inputColumns[key]}${plan.measures[index]!.row}`, value);
  return { plan, snapshot, set, sheetOf };
}

describe("assessReturn", () => {
  it("reads a per-unit return: unit, inputs by ID, and measures with values outside the scheme", () => {
    const r = returned();
    r.set(0, "level", "hoch");
    r.set(1, "level", "super");
    const assessed = assessReturn(master, "r.xlsx", r.snapshot);
    if (!("accepted" in assessed)) throw new Error(assessed.refused.reason);
    expect(assessed.accepted.unit).toBe(UNITS[1]);
    expect(assessed.accepted.inputs.get(r.plan.measures[0]!.measureId)?.level).toBe("hoch");
    expect([...assessed.accepted.invalid!.keys()]).toEqual([r.plan.measures[1]!.measureId]);
  });

  it("translates an English return's scheme values into the master's language", () => {
    const r = returned({ language: "en" });
    r.set(0, "level", "high");
    const assessed = assessReturn(master, "en.xlsx", r.snapshot);
    if (!("accepted" in assessed)) throw new Error(assessed.refused.reason);
    expect(assessed.accepted.inputs.get(r.plan.measures[0]!.measureId)?.level).toBe("hoch");
  });

  it.each([
    [
      "not a Zielbild workbook",
      () => ({ sheets: returned().snapshot.sheets.filter((s) => s.name !== "_Zielbild") }),
      /keine Zielbild-Arbeitsmappe/,
    ],
    [
      "of another catalogue version",
      () => returned({}, { ...catalogue, version: "2099" }).snapshot,
      /anderen Katalog .*Version 2099.*Hauptdatei.*Version 2024-1/,
    ],
    [
      "with a measure ID overwritten (rows no longer where the plan put them)",
      () => {
        const r = returned();
        const location = r.plan.measures[2]!;
        setCell(r.sheetOf(2) as MutableSheet, `${location.idColumn}${location.row}`, "FREMD-1");
        return r.snapshot;
      },
      /Aufbau der Datei verändert – Blatt/,
    ],
  ])("refuses a return %s, with the reason", (_name, snapshot, reason) => {
    const assessed = assessReturn(master, "x.xlsx", snapshot());
    expect("refused" in assessed && assessed.refused.reason).toMatch(reason);
  });

  it("gives the reason in English when asked", () => {
    const foreign = returned({}, { ...catalogue, version: "2099" }).snapshot;
    const assessed = assessReturn(master, "x.xlsx", foreign, "en");
    expect("refused" in assessed && assessed.refused.reason).toBe(
      "belongs to another catalogue (“" +
        catalogue.id +
        "”, version 2099); the master file is “" +
        catalogue.id +
        "”, version 2024-1",
    );
    const broken = { sheets: returned().snapshot.sheets.filter((s) => s.name !== "_Zielbild") };
    const notOurs = assessReturn(master, "x.xlsx", broken, "en");
    expect("refused" in notOurs && notOurs.refused.reason).toMatch(/^not a Zielbild workbook/);
  });
});
