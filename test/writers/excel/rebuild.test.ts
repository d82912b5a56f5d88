/** Rebuild with a newer catalogue keeps every entered input: where its measure ID is, or in the archive. */
import type { Catalogue, Goal } from "../../../src/catalogue/model";
import { buildPlan } from "../../../src/layout/buildPlan";
import type { MeasureInputs } from "../../../src/layout/plan";
import { readZielbildWorkbook } from "../../../src/returns/readWorkbook";
import { excelWorkbook } from "../../../src/writers/excel";
import { readWorkbook, readWorkbookIdentity } from "../../../src/writers/excel/readWorkbook";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import type { ExcelHost } from "../../excel-host";
import { BUILT_AT, useExcelHost } from "./helpers";

const fake = useExcelHost();
const LATER = "2025-01-15T09:00:00.000Z";

/** v2: about every 5th measure removed (never a goal's first), a new measure in every 4th goal, goals renumbered and reversed. */
function newerCatalogue(v1: Catalogue): Catalogue {
  let counter = 0;
  return {
    ...v1,
    version: "2",
    actionFields: v1.actionFields.map((field) => ({
      ...field,
      challenges: field.challenges.map((challenge) => ({
        ...challenge,
        goals: [...challenge.goals].reverse().map((goal): Goal => ({
          ...goal,
          number: goal.number + 500,
          measures: [
            ...goal.measures.filter((_, k) => ++counter % 5 !== 0 || k === 0),
            ...(goal.number % 4 === 0
              ? [{ id: `NEU-${goal.number}`, title: `Neue Maßnahme zu Ziel ${goal.number}` }]
              : []),
          ],
        })),
      })),
    })),
  };
}

const LEVELS = ["hoch", "mittel", "gering", "unklar"];

/** Types ratings into every third measure's input cells, as a department would; returns what was typed. */
function enterRatings(f: ExcelHost, catalogue: Catalogue): Map<string, MeasureInputs> {
  const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
  const typed = new Map<string, MeasureInputs>();
  plan.measures.forEach((location, i) => {
    if (i % 3 !== 0) return;
    const inputs: MeasureInputs = {
      level: LEVELS[i % 4]!,
      ...(i % 2 === 0 ? { weiterfuehrungsbedarf: "ja" } : {}),
      ...(i % 5 === 0 ? { taskType: "R" } : {}),
      remark: `Bemerkung ${i}: „Wirkung“ belegt`,
    };
    for (const [key, value] of Object.entries(inputs))
      f.type(
        location.sheetName,
        `${location.inputColumns[key as keyof typeof location.inputColumns]}${location.row}`,
        value,
      );
    typed.set(location.measureId, inputs);
  });
  return typed;
}

it("reads back in three syncs (sheets; used ranges and identity; contents) and recognises its own identity", async () => {
  const v1 = syntheticCatalogue();
  await excelWorkbook.build(v1, { language: "de", builtAt: BUILT_AT });
  fake().resetCounters();
  const snapshot = await readWorkbook();
  expect(fake().syncs).toHaveLength(3);
  expect(snapshot.meta).toMatchObject({
    catalogueId: v1.id,
    catalogueVersion: "1",
    builtAt: BUILT_AT,
    generator: "Zielbild",
  });
  expect(await readWorkbookIdentity()).toMatchObject({ catalogueId: v1.id, schemeVersion: 1 });
});

it("a workbook that Zielbild did not build has no identity", async () => {
  fake().addSheet("Tabelle1");
  fake().type("Tabelle1", "A1", "urn:zielbild:meta:v1");
  expect(await readWorkbookIdentity()).toBeUndefined();
  expect((await readWorkbook()).meta).toBeUndefined();
});

it("keeps every entered rating by ID through a newer catalogue, archiving the removed measures with theirs", async () => {
  const v1 = syntheticCatalogue();
  const v2 = newerCatalogue(v1);
  await excelWorkbook.build(v1, { language: "de", builtAt: BUILT_AT });
  const typed = enterRatings(fake(), v1);
  expect(typed.size).toBeGreaterThan(50);

  const result = await excelWorkbook.rebuild(v2, { builtAt: LATER });

  const read = readZielbildWorkbook(await readWorkbook());
  if ("error" in read) throw new Error(read.error);
  expect(read.workbook.meta.catalogueVersion).toBe("2");
  const live = read.workbook.inputs;
  const archived = new Map(read.workbook.archive.map((a) => [a.measureId, a]));
  const v2Ids = new Set(read.workbook.plan.measures.map((m) => m.measureId));
  let kept = 0;
  let moved = 0;
  for (const [id, inputs] of typed) {
    if (v2Ids.has(id)) {
      expect({ id, inputs: live.get(id) }).toEqual({ id, inputs: expect.objectContaining(inputs) });
      kept++;
    } else {
      expect({ id, inputs: archived.get(id)?.inputs }).toEqual({
        id,
        inputs: expect.objectContaining(inputs),
      });
      moved++;
    }
  }
  expect(kept).toBeGreaterThan(0);
  expect(moved).toBeGreaterThan(0);
  expect(result.report.archived.length).toBeGreaterThanOrEqual(moved);
  expect(result.report.added.map((m) => m.id).every((id) => id.startsWith("NEU-"))).toBe(true);
  for (const id of result.report.added.map((m) => m.id)) expect(live.get(id)?.level).toBeUndefined();
});

it("refuses an invalid catalogue (a goal without measures) before touching the workbook", async () => {
  const v1 = syntheticCatalogue();
  await excelWorkbook.build(v1, { language: "de", builtAt: BUILT_AT });
  const before = fake().dump();
  fake().resetCounters();
  const broken = newerCatalogue(v1);
  const field = broken.actionFields[0]!;
  const emptied = {
    ...broken,
    actionFields: [
      {
        ...field,
        challenges: [
          { ...field.challenges[0]!, goals: [{ ...field.challenges[0]!.goals[0]!, measures: [] }] },
        ],
      },
    ],
  };
  await expect(excelWorkbook.rebuild(emptied, { builtAt: LATER })).rejects.toMatchObject({
    name: "CatalogueError",
    message: expect.stringContaining("actionFields[0].challenges[0].goals[0].measures"),
  });
  expect(fake().syncs).toHaveLength(0);
  expect(fake().dump()).toEqual(before);
});

it("refuses to rebuild a workbook of another catalogue, changing nothing", async () => {
  await excelWorkbook.build(syntheticCatalogue(), { language: "de", builtAt: BUILT_AT });
  const before = fake().dump();
  await expect(
    excelWorkbook.rebuild({ ...syntheticCatalogue(), id: "anderer-katalog" }, { builtAt: LATER }),
  ).rejects.toMatchObject({
    code: "NotAZielbildWorkbook",
    message: expect.stringContaining("anderer-katalog"),
  });
  expect(fake().dump()).toEqual(before);
});
