/** A per-unit workbook (written for one organisational unit) through the writer, the reader and the rules. */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { buildPlan } from "../../src/layout/buildPlan";
import { levelByCode } from "../../src/scheme/ratingScheme";
import { validateWorkbook } from "../../src/validation";
import { expectedPlan } from "../../src/validation/expectedPlan";
import { longestIncreasing } from "../../src/validation/locate";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { fixtureCatalogue } from "./fixtures";

function catalogueWithTwoUnits() {
  const catalogue = fixtureCatalogue();
  return {
    ...catalogue,
    actionFields: catalogue.actionFields.map((field) => ({
      ...field,
      challenges: field.challenges.map((c) => ({
        ...c,
        goals: c.goals.map((g) => ({
          ...g,
          measures: g.measures.map((m) => ({ ...m, unit: ["M5", "M6"].includes(m.id) ? "Amt B" : "Amt A" })),
        })),
      })),
    })),
  };
}

test("in a per-unit workbook, submission requires only the unit's own ratings", async () => {
  const plan = buildPlan(catalogueWithTwoUnits(), {
    language: "en",
    builtAt: "2024-01-01T00:00:00.000Z",
    unit: "Amt A",
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await writeXlsxBuffer(plan)) as never);
  for (const m of plan.measures.filter((m) => ["M2", "M3", "M4"].includes(m.measureId)))
    workbook.getWorksheet(m.sheetName)!.getCell(`${m.inputColumns.level}${m.row}`).value =
      levelByCode("mittel").value.en;
  const snapshot = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const expected = expectedPlan(snapshot);
  if ("error" in expected) throw new Error(expected.error.en);
  expect(expected.plan.meta).toMatchObject({ unit: "Amt A", language: "en" });
  const findings = validateWorkbook(expected.plan, snapshot, {
    mode: "abgabe",
    catalogue: expected.catalogue,
  });
  expect(findings.map((f) => [f.ruleId, f.severity, f.measureId])).toEqual([
    ["level-missing", "error", "M1"],
  ]);
  expect(findings[0]!.message.en).toContain(`"${levelByCode("unklar").value.en}"`);
});

describe("longestIncreasing", () => {
  test("picks a longest strictly increasing subsequence", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 12 }), (seq) => {
        const picked = longestIncreasing(seq);
        for (let k = 1; k < picked.length; k++) {
          expect(picked[k]!).toBeGreaterThan(picked[k - 1]!);
          expect(seq[picked[k]!]!).toBeGreaterThan(seq[picked[k - 1]!]!);
        }
        expect(picked.length).toBe(bruteForce(seq));
      }),
    );
  });
});

/** Length of the longest strictly increasing subsequence, by trying every subset. */
function bruteForce(seq: readonly number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << seq.length; mask++) {
    const chosen = seq.filter((_, i) => mask & (1 << i));
    if (chosen.every((v, i) => i === 0 || chosen[i - 1]! < v)) best = Math.max(best, chosen.length);
  }
  return best;
}
