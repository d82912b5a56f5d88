/**
 * Dense non-BMP text (emoji, CJK Extension B, ZWJ sequences, flags) in every text field, through the
 * Office.js writer, Microsoft's client library and the host, and read back: every text byte-identical, no
 * U+FFFD in a sheet name or cell, the stored catalogue intact, and `check` finds the fresh workbook whole.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import type { MeasureInputs } from "../../../src/layout/plan";
import { readZielbildWorkbook } from "../../../src/returns/readWorkbook";
import { validateWorkbook } from "../../../src/validation";
import { readWorkbook } from "../../../src/writers/excel/readWorkbook";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { catalogueTexts, dense, denseCatalogue } from "../../fixtures/denseText";
import { useExcelHost } from "./helpers";

useExcelHost();

it.each([0, 3])(
  "every text field reads back byte-identical through Office.js (offset %i)",
  async (offset) => {
    const catalogue = denseCatalogue(offset);
    const inputs = new Map<string, MeasureInputs>(
      ["m1a", "m1b", "m2a", "m2b"].map((id, i) => [
        id,
        { remark: dense(20_000 + 7 * i, offset + i), taskType: "P" },
      ]),
    );
    const plan = buildPlan(catalogue, {
      language: "de",
      builtAt: "2025-01-01T00:00:00.000Z",
      inputs,
      title: dense(250, offset),
    });
    await writePlanToWorkbook(plan);
    const snapshot = await readWorkbook();

    for (const sheet of snapshot.sheets) {
      expect(sheet.name).not.toContain("\uFFFD");
      for (const row of sheet.values)
        for (const value of row) if (typeof value === "string") expect(value.includes("\uFFFD")).toBe(false);
    }
    const read = readZielbildWorkbook(snapshot);
    if ("error" in read) throw new Error(read.error);
    expect(read.workbook.catalogue).toEqual(catalogue);
    for (const [id, entered] of inputs) expect(read.workbook.inputs.get(id)?.remark).toBe(entered.remark);
    const all = snapshot.sheets.flatMap((s) => s.values.flat());
    for (const text of catalogueTexts(catalogue)) expect(all).toContain(text);
    const findings = validateWorkbook(read.workbook.plan, snapshot, { mode: "entwurf", catalogue });
    expect(findings.filter((f) => f.ruleId === "structure")).toEqual([]);
  },
  120_000,
);
