/** readXlsx on files not written by us: shared formulas, rich text, dates, errors, merged cells. */
import ExcelJS from "exceljs";
import { readXlsx } from "../../../src/writers/xlsx/readXlsx";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readXlsx", () => {
  it("reads values as a spreadsheet shows them and formulas with their leading '='", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Fremd");
    sheet.getCell("A1").value = 1;
    sheet.getCell("A2").value = 2;
    sheet.getCell("A3").value = 3;
    sheet.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B3" } as never;
    sheet.getCell("B2").value = { sharedFormula: "B1", result: 4 } as never;
    sheet.getCell("B3").value = { sharedFormula: "B1", result: 6 } as never;
    sheet.getCell("C1").value = { richText: [{ text: "hoch" }, { text: " (geprüft)" }] };
    sheet.getCell("C2").value = new Date("2024-01-02T00:00:00Z");
    sheet.getCell("C3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
    sheet.getCell("D1").value = { formula: "A1+1" } as never;
    sheet.getCell("D2").value = true;
    const snapshot = await readXlsx(await bytesOf(workbook));
    const [read] = snapshot.sheets;
    expect(read!.values).toEqual([
      [1, 2, "hoch (geprüft)", null],
      [2, 4, "2024-01-02T00:00:00.000Z", true],
      [3, 6, "#DIV/0!", null],
    ]);
    expect(read!.formulas).toEqual([
      [null, "=A1*2", null, "=A1+1"],
      [null, "=A2*2", null, null],
      [null, "=A3*2", "=1/0", null],
    ]);
  });

  it("shows a merged range's value only in its first cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Titel");
    sheet.getCell("A1").value = "Überschrift";
    sheet.mergeCells("A1:C1");
    sheet.getCell("A2").value = "x";
    const snapshot = await readXlsx(await bytesOf(workbook));
    expect(snapshot.sheets[0]!.values[0]).toEqual(["Überschrift", null, null]);
  });

  it("keeps hidden and very hidden sheets with their visibility", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sichtbar");
    workbook.addWorksheet("Versteckt", { state: "hidden" });
    workbook.addWorksheet("Sehr", { state: "veryHidden" });
    const snapshot = await readXlsx(await bytesOf(workbook));
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sichtbar", "visible"],
      ["Versteckt", "hidden"],
      ["Sehr", "veryHidden"],
    ]);
  });
});
