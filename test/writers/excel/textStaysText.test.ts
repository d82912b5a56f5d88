/** Catalogue text is written as text: nothing that looks like a formula or a number turns into one. */
import type { Catalogue } from "../../../src/catalogue/model";
import { buildPlan } from "../../../src/layout/buildPlan";
import { readWorkbook } from "../../../src/writers/excel/readWorkbook";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { sheetByName } from "../../../src/layout/snapshot";
import { expectHostMatchesPlan } from "./hostConformance";
import { BUILT_AT, useExcelHost } from "./helpers";

const fake = useExcelHost();

const LOOKS_LIKE_FORMULA = [
  "=1+1",
  "+49 541 501-0",
  "-Sprachförderung ausbauen",
  "@Integrationsbeauftragte",
  '=HYPERLINK("http://example.org","klick")',
  "=cmd|' /C calc'!A0",
  "\t=1+1",
  "0815",
  "1.5",
  "TRUE",
  "-5",
];

function catalogue(): Catalogue {
  return {
    id: "text-bleibt-text",
    title: "=Titel",
    version: "1",
    actionFields: [
      {
        id: "hf1",
        number: 1,
        name: "=Handlungsfeld",
        challenges: [
          {
            title: "-Herausforderung",
            goals: LOOKS_LIKE_FORMULA.map((text, i) => ({
              number: i + 1,
              description: text,
              measures: [{ id: `M-${i + 1}`, title: text, unit: i % 2 === 0 ? "=Amt" : "@Jobcenter" }],
            })),
          },
        ],
      },
    ],
  };
}

it("the fake really turns formula-like input into formulas and numbers when the cell is not text", async () => {
  fake().addSheet("Probe");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Probe").getRange("A1:D1").values = [
      ["=1+1", "+49 541", "@SUM(A1)", "0815"],
    ];
    await context.sync();
  });
  expect(fake().cell("Probe", "A1")?.formula).toBe("=1+1");
  expect(fake().cell("Probe", "B1")?.formula).toBe("=+49 541");
  expect(fake().cell("Probe", "C1")?.formula).toBe("=@SUM(A1)");
  expect(fake().cell("Probe", "D1")?.constant).toBe(815);
});

it("every text of the plan is a text cell, every formula a formula, in the workbook and read back", async () => {
  const plan = buildPlan(catalogue(), { language: "de", builtAt: BUILT_AT });
  await writePlanToWorkbook(plan);
  expectHostMatchesPlan(fake(), plan);
  const field = plan.sheets.find((s) => s.role === "field")!;
  const snapshot = await readWorkbook();
  const sheet = sheetByName(snapshot, field.name)!;
  const texts = sheet.values.flat().filter((v): v is string => typeof v === "string");
  for (const text of LOOKS_LIKE_FORMULA) expect(texts).toContain(text);
  const formulas = sheet.formulas.flat().filter((f): f is string => f !== null);
  for (const text of LOOKS_LIKE_FORMULA) expect(formulas).not.toContain(text);
  expect(formulas.length).toBeGreaterThan(0);
});
