/**
 * Characters outside the Basic Multilingual Plane (emoji, CJK Extension B) are two UTF-16 units. JSZip
 * 3.10 replaced a pair that straddles a 16,384-unit chunk of an XML part with "��" when exceljs handed it
 * the part as a string (src/writers/xlsx/zipText.ts). Dense non-BMP text in every text field, at sizes and
 * offsets that cross those boundaries, must read back byte-identical — the stored catalogue included, so
 * `check` finds the fresh workbook intact.
 */
import JSZip from "jszip";
import { readXlsx } from "../../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../src/writers/xlsx/writeXlsx";
import { denseCase, expectDenseTextIntact } from "../../fixtures/denseTextChecks";

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
    const dense = denseCase(offset);
    const snapshot = await readXlsx(await writeXlsxBuffer(dense.plan));
    const all = expectDenseTextIntact(snapshot, dense);
    for (const field of dense.catalogue.actionFields)
      expect(all.some((v) => typeof v === "string" && v.includes(`„${field.name}“`))).toBe(true);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(dense.plan.sheets.map((s) => s.name));
  });
});
