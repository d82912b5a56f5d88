/**
 * The planning office builds with the CLI (exceljs, no custom XML part) and opens the file in Excel; or a
 * department saved it with LibreOffice, which drops custom XML parts. Such a workbook has only its
 * `_Zielbild` sheet to say it is ours — and the pane's rebuild, Erstellen, new round and unit filter must
 * treat it as ours: replace its sheets, keep the entered ratings and the user's formulas, leave no backup.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import { excelWorkbook } from "../../../src/writers/excel";
import { startRoundInWorkbook } from "../../../src/writers/excel/startRound";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { BUILT_AT, bundledCatalogue, useExcelHost } from "./helpers";

const fake = useExcelHost();
const LATER = "2025-01-15T09:00:00.000Z";
const catalogue = bundledCatalogue();
const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });

/** The workbook as the CLI writes it: everything the Office.js build writes but the identity part. */
async function cliBuiltWorkbook(): Promise<void> {
  await writePlanToWorkbook(plan);
  fake().state.customXmlParts.length = 0;
}

const sheetNames = () => fake().state.sheets.map((s) => s.name);

it("a rebuild replaces its sheets, keeps the ratings and the user's formulas, leaves no backup", async () => {
  await cliBuiltWorkbook();
  const measure = plan.measures[0]!;
  fake().type(measure.sheetName, `${measure.inputColumns.level}${measure.row}`, "mittel");
  fake().type(measure.sheetName, `${measure.inputColumns.remark}${measure.row}`, "Bemerkung 🙂 مرحبا");
  fake().addSheet("Eigene Auswertung");
  fake().type("Eigene Auswertung", "A1", "=Übersicht!C5");

  await excelWorkbook.rebuild(catalogue, { builtAt: LATER });

  expect(fake().cell(measure.sheetName, `${measure.inputColumns.level}${measure.row}`)?.constant).toBe(
    "mittel",
  );
  expect(fake().cell(measure.sheetName, `${measure.inputColumns.remark}${measure.row}`)?.constant).toBe(
    "Bemerkung 🙂 مرحبا",
  );
  expect(fake().cell("Eigene Auswertung", "A1")?.formula).toBe("=Übersicht!C5");
  expect(sheetNames()).toEqual([...plan.sheets.map((s) => s.name), "Eigene Auswertung"]);
  // It now carries the identity part, as every Office.js build does.
  expect(fake().state.customXmlParts).toHaveLength(1);
});

it("Erstellen over it replaces its sheets instead of refusing them as a foreign workbook's", async () => {
  await cliBuiltWorkbook();
  const result = await writePlanToWorkbook(buildPlan(catalogue, { language: "de", builtAt: LATER }));
  expect(result.replaced).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
  expect(sheetNames()).toEqual(plan.sheets.map((s) => s.name));
});

it("a new round starts in it: the Verlauf holds the entered rating, the sheets are the round's", async () => {
  await cliBuiltWorkbook();
  const measure = plan.measures[0]!;
  fake().type(measure.sheetName, `${measure.inputColumns.level}${measure.row}`, "gering");
  const result = await startRoundInWorkbook({
    label: "Sachstand 2025",
    date: "2025-06-30",
    clear: false,
    builtAt: LATER,
    confirmed: false,
  });
  expect(result.started).toBe(true);
  if (!result.started) return;
  expect(result.closed.measures.find((m) => m.measureId === measure.measureId)?.inputs.level).toBe("gering");
  expect(sheetNames().filter((name) => name.startsWith("~zb-alt-"))).toEqual([]);
});

it("a workbook without identity part and without a readable _Zielbild sheet is still refused", async () => {
  await cliBuiltWorkbook();
  const meta = fake().sheet("_Zielbild");
  meta.cells.clear();
  await expect(writePlanToWorkbook(plan)).rejects.toMatchObject({ code: "SheetNameConflict" });
});
