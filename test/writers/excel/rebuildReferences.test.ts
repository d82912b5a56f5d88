/**
 * A rebuild keeps the user's own formulas that point at the overview's sheets (issue 14, finding 7), leaves
 * no backup sheet behind although the old `_Zielbild` is VeryHidden (finding 1), and survives a first write
 * chunk that Excel refuses as too large (finding 4).
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import { excelWorkbook } from "../../../src/writers/excel";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { BUILT_AT, bundledCatalogue, useExcelHost } from "./helpers";

const fake = useExcelHost();
const LATER = "2025-01-15T09:00:00.000Z";

function backups(): string[] {
  return fake()
    .state.sheets.map((s) => s.name)
    .filter((name) => name.startsWith("~zb-alt-"));
}

it("the user's formulas naming our sheets keep exactly their text after a rebuild; texts stay texts", async () => {
  const catalogue = bundledCatalogue();
  const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  const field = plan.sheets.find((s) => s.role === "field")!;
  const own = fake().addSheet("Eigene Auswertung");
  void own;
  const typed: Record<string, string> = {
    A1: "=Übersicht!C5",
    A2: `='${field.name.replace(/'/g, "''")}'!A1`,
    A3: "=SUM(übersicht!C5:C7)*2",
    A4: "=Legende!A1&Listen!A2",
    B1: `=COUNTA('${field.name.replace(/'/g, "''")}'!F:F)`,
  };
  for (const [address, formula] of Object.entries(typed)) fake().type("Eigene Auswertung", address, formula);
  fake().type("Eigene Auswertung", "C1", "'=Übersicht!C5");
  for (const [address, formula] of Object.entries(typed))
    expect(fake().cell("Eigene Auswertung", address)?.formula).toBe(formula);

  await excelWorkbook.rebuild(catalogue, { builtAt: LATER });

  for (const [address, formula] of Object.entries(typed))
    expect({ address, formula: fake().cell("Eigene Auswertung", address)?.formula }).toEqual({
      address,
      formula,
    });
  expect(fake().cell("Eigene Auswertung", "C1")).toMatchObject({ constant: "=Übersicht!C5", formula: null });
  expect(backups()).toEqual([]);
});

it("a build over an earlier build (Erstellen, not rebuild) keeps them too and deletes the VeryHidden backup", async () => {
  const plan = buildPlan(bundledCatalogue(), { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  expect(fake().sheet("_Zielbild").visibility).toBe("VeryHidden");
  fake().addSheet("Notizen");
  fake().type("Notizen", "B2", "=Übersicht!C5+1");
  await writePlanToWorkbook(buildPlan(bundledCatalogue(), { language: "de", builtAt: LATER }));
  expect(fake().cell("Notizen", "B2")?.formula).toBe("=Übersicht!C5+1");
  expect(backups()).toEqual([]);
  expect(fake().sheet("_Zielbild").visibility).toBe("VeryHidden");
  expect(fake().state.sheets.map((s) => s.name)).toEqual([
    ...plan.sheets.map((s) => s.name),
    ...fake()
      .state.sheets.map((s) => s.name)
      .filter((name) => !plan.sheets.some((s) => s.name === name)),
  ]);
});

it("a rebuild whose first write chunk Excel refuses as too large is split and still succeeds", async () => {
  const catalogue = bundledCatalogue();
  await writePlanToWorkbook(buildPlan(catalogue, { language: "de", builtAt: BUILT_AT }));
  fake().options = { ...fake().options, payloadLimit: 400_000 };
  fake().resetCounters();
  await excelWorkbook.rebuild(catalogue, { builtAt: LATER });
  expect(fake().syncs.some((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
  expect(backups()).toEqual([]);
  expect(await excelWorkbook.identity()).toMatchObject({ builtAt: LATER });
});

it("a failed rebuild is undone: the old sheets are back, the new VeryHidden _Zielbild is gone, no backup stays", async () => {
  const catalogue = bundledCatalogue();
  const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  fake().addSheet("Eigene");
  fake().type("Eigene", "A1", "=Übersicht!C5");
  const names = fake().state.sheets.map((s) => s.name);
  fake().resetCounters();
  // The commit is the last sync of the rebuild; fail it after the write chunks were applied.
  const probe = await excelWorkbook.rebuild(catalogue, { builtAt: LATER });
  const commitSync = probe.syncs;
  await writePlanToWorkbook(plan);
  fake().resetCounters();
  fake().options = { ...fake().options, failOnSync: { sync: commitSync, code: "GeneralException" } };
  const error = await excelWorkbook.rebuild(catalogue, { builtAt: LATER }).catch((e: unknown) => e);
  expect(error).toMatchObject({ workbookState: "restored" });
  expect(fake().state.sheets.map((s) => s.name)).toEqual(names);
  expect(backups()).toEqual([]);
  expect(fake().cell("Eigene", "A1")?.formula).toBe("=Übersicht!C5");
  // What the failed writes did under suspended calculation is calculated again with the undo.
  expect(fake().state.calculationPending).toBe(false);
});
