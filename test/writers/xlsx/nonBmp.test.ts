/**
 * Characters outside the Basic Multilingual Plane (emoji, CJK Extension B) are two UTF-16 units. JSZip
 * 3.10 replaced a pair that straddles a 16,384-unit chunk of an XML part with "��" when exceljs handed it
 * the part as a string (src/writers/xlsx/zipText.ts). Dense non-BMP text in every text field, at sizes and
 * offsets that cross those boundaries, must read back byte-identical — the stored catalogue included, so
 * `check` finds the fresh workbook intact.
 */
import JSZip from "jszip";
import { buildPlan } from "../../../src/layout/buildPlan";
import type { MeasureInputs } from "../../../src/layout/plan";
import { readZielbildWorkbook } from "../../../src/returns/readWorkbook";
import { validateWorkbook } from "../../../src/validation";
import { readXlsx } from "../../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../src/writers/xlsx/writeXlsx";
import { catalogueTexts as texts, dense, denseCatalogue as catalogue } from "../../fixtures/denseText";

describe("non-BMP text through the .xlsx writer", () => {
  it("JSZip really corrupts a string part with a pair on a 16,384-unit boundary (the control)", async () => {
    const text = "a" + "😀".repeat(10_000);
    const zip = new JSZip();
    zip.file("x.xml", text);
    const back = await (
      await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }))
    )
      .file("x.xml")!
      .async("string");
    expect(back).not.toBe(text);
    expect(back).toContain("\uFFFD");
  });

  it.each([0, 1, 2, 3, 4, 5])("every text field reads back byte-identical (offset %i)", async (offset) => {
    const cat = catalogue(offset);
    const inputs = new Map<string, MeasureInputs>(
      ["m1a", "m1b", "m2a", "m2b"].map((id, i) => [
        id,
        {
          remark: dense(20_000 + 7 * i, offset + i),
          taskType: "P",
        },
      ]),
    );
    const plan = buildPlan(cat, {
      language: "de",
      builtAt: "2025-01-01T00:00:00.000Z",
      inputs,
      title: dense(250, offset),
    });
    const snapshot = await readXlsx(await writeXlsxBuffer(plan));

    for (const sheet of snapshot.sheets) {
      expect(sheet.name).not.toContain("\uFFFD");
      for (const row of sheet.values)
        for (const value of row) if (typeof value === "string") expect(value.includes("\uFFFD")).toBe(false);
    }
    const read = readZielbildWorkbook(snapshot);
    if ("error" in read) throw new Error(read.error);
    expect(read.workbook.catalogue).toEqual(cat);
    for (const [id, entered] of inputs) expect(read.workbook.inputs.get(id)?.remark).toBe(entered.remark);
    const all = snapshot.sheets.flatMap((s) => s.values.flat());
    for (const text of texts(cat)) expect(all).toContain(text);
    for (const field of cat.actionFields)
      expect(all.some((v) => typeof v === "string" && v.includes(`„${field.name}“`))).toBe(true);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    const findings = validateWorkbook(read.workbook.plan, snapshot, { mode: "entwurf", catalogue: cat });
    expect(findings.filter((f) => f.ruleId === "structure")).toEqual([]);
  });
});
