/**
 * Characters outside the Basic Multilingual Plane (emoji, CJK Extension B) are two UTF-16 units. JSZip
 * 3.10 replaced a pair that straddles a 16,384-unit chunk of an XML part with "��" when exceljs handed it
 * the part as a string (src/writers/xlsx/zipText.ts). Dense non-BMP text in every text field, at sizes and
 * offsets that cross those boundaries, must read back byte-identical — the stored catalogue included, so
 * `check` finds the fresh workbook intact.
 */
import JSZip from "jszip";
import type { Catalogue } from "../../../src/catalogue/model";
import { buildPlan } from "../../../src/layout/buildPlan";
import type { MeasureInputs } from "../../../src/layout/plan";
import { readZielbildWorkbook } from "../../../src/returns/readWorkbook";
import { validateWorkbook } from "../../../src/validation";
import { readXlsx } from "../../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../src/writers/xlsx/writeXlsx";

const CHARACTERS = ["😀", "𠮷", "𩸽", "👨‍👩‍👧‍👦", "🇩🇪", "x"];

/** Dense non-BMP text of exactly `units` UTF-16 units, starting `offset` characters into the cycle. */
function dense(units: number, offset: number): string {
  let text = "";
  for (let i = offset; text.length < units; i++) {
    const next = CHARACTERS[i % CHARACTERS.length]!;
    text += text.length + next.length <= units ? next : "y";
  }
  return text;
}

function catalogue(offset: number): Catalogue {
  const measure = (id: string, n: number) => ({
    id,
    title: dense(16_385 + n, offset + n),
    unit: dense(41 + n, offset + 3 * n),
    taskType: "P" as const,
  });
  return {
    id: "nicht-bmp",
    title: dense(301, offset),
    version: dense(17, offset + 1),
    actionFields: [1, 2].map((f) => ({
      id: `hf${f}`,
      number: f,
      name: dense(40 + f, offset + f),
      challenges: [
        {
          title: dense(5_000 + f, offset + 2 * f),
          goals: [
            {
              number: f,
              description: dense(32_767 - f, offset + 5 * f),
              measures: [measure(`m${f}a`, f), measure(`m${f}b`, f + 2)],
            },
          ],
        },
      ],
    })),
  };
}

function texts(c: Catalogue): string[] {
  return c.actionFields.flatMap((f) => [
    ...f.challenges.flatMap((ch) => [
      ch.title,
      ...ch.goals.flatMap((g) => [g.description, ...g.measures.flatMap((m) => [m.title, m.unit!])]),
    ]),
  ]);
}

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
