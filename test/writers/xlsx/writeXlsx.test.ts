import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsxBuffer } from "../../../src/writers/xlsx/writeXlsx";
import { readXlsx } from "../../../src/writers/xlsx/readXlsx";
import { readXlsxDetails, type SheetDetails } from "./readXlsxDetails";
import { FIELD_SHEET, FIRST_MEASURE_ROW, fixturePlan } from "./fixturePlan";
import type { WorkbookPlan } from "../../../src/layout/plan";

const DANGEROUS_TEXTS = [
  "=1+1",
  "+49 541 501-0",
  "-Sprachförderung ausbauen",
  "@Integrationsbeauftragte",
  '=HYPERLINK("http://example.org","klick")',
  "=SUM(A1:A3)",
];

async function written(plan: WorkbookPlan): Promise<Uint8Array> {
  return writeXlsxBuffer(plan);
}

function sheet(details: { sheets: readonly SheetDetails[] }, name: string): SheetDetails {
  const found = details.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

describe("writeXlsxBuffer — contents", () => {
  it("keeps catalogue texts that look like formulas as plain strings", async () => {
    const bytes = await written(fixturePlan({ texts: DANGEROUS_TEXTS }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const field = workbook.getWorksheet(FIELD_SHEET)!;
    DANGEROUS_TEXTS.forEach((text, i) => {
      const cell = field.getCell(`C${FIRST_MEASURE_ROW + i}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
    expect(field.getCell(`B${FIRST_MEASURE_ROW}`).value).toBe(
      "=Herausforderung beginnt mit Gleichheitszeichen",
    );
    // And in the file itself: no <f> element anywhere in column B or C.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(xml).not.toMatch(/<c r="[BC]\d+"[^>]*>\s*<f[ >]/);
    expect(xml).toMatch(/<c r="D4"[^>]*><f[ >]/);
  });

  it("writes formulas as formulas without cached results and asks for a full recalculation on load", async () => {
    const bytes = await written(fixturePlan());
    const snapshot = await readXlsx(bytes);
    const summary = snapshot.sheets.find((s) => s.name === "Übersicht")!;
    expect(summary.formulas[1]![1]).toBe(`=COUNTA('${FIELD_SHEET}'!$I$4:$I$9)`);
    expect(summary.values[1]![1]).toBeNull();
    const details = await readXlsxDetails(bytes);
    expect(details.fullCalcOnLoad).toBe(true);
    expect(details.creator).toBe("Zielbild");
    expect(details.title).toBe("Bewertungsübersicht Test");
  });

  it("writes sheets in order with visibility, tab colour, column widths and hidden columns", async () => {
    const details = await readXlsxDetails(await written(fixturePlan()));
    expect(details.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Übersicht", "visible"],
      [FIELD_SHEET, "visible"],
      ["Listen", "hidden"],
      ["Zielbild", "veryHidden"],
    ]);
    const field = sheet(details, FIELD_SHEET);
    expect(field.tabColor).toBe("2F5597");
    expect(field.columns.find((c) => c.index === 3)).toMatchObject({ width: 50, hidden: false });
    expect(field.columns.find((c) => c.index === 9)).toMatchObject({ hidden: true });
    expect(details.definedNames).toContainEqual({
      name: "Zielerreichungsgrade",
      ranges: ["Listen!$A$2:$A$5"],
    });
  });

  it("merges style ranges property by property: input fill over body borders, locked only where not an input", async () => {
    const bytes = await written(fixturePlan());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const field = workbook.getWorksheet(FIELD_SHEET)!;
    const input = field.getCell("E5");
    expect(input.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(input.border.top).toMatchObject({ style: "thin", color: { argb: "FFBFBFBF" } });
    expect(input.alignment).toMatchObject({ vertical: "top", wrapText: true });
    expect(field.getCell("A1").alignment).toMatchObject({ horizontal: "centerContinuous" });
    expect(field.getCell("D4").font).toMatchObject({ bold: true });
    const summary = workbook.getWorksheet("Übersicht")!;
    expect(summary.getCell("B11").numFmt).toBe("0.0%");
  });
});

describe("writeXlsxBuffer — rules and settings", () => {
  it("writes the traffic-light rules relative to the top-left cell, and a plain data bar", async () => {
    const details = await readXlsxDetails(await written(fixturePlan()));
    const rules = sheet(details, FIELD_SHEET).conditionalFormats;
    expect(rules).toHaveLength(4);
    expect(rules[0]).toMatchObject({
      range: "D4:D9",
      type: "expression",
      priority: 1,
      formulae: ['=$E4="hoch"'],
      fill: "70AD47",
    });
    expect(rules.map((r) => r.priority)).toEqual([1, 2, 3, 4]);
    expect(sheet(details, "Übersicht").conditionalFormats).toEqual([
      { range: "B6:B9", type: "dataBar", priority: 1, formulae: [], barColor: "5B9BD5" },
    ]);
  });

  it("writes one list validation per range with German input message and a stop alert", async () => {
    const details = await readXlsxDetails(await written(fixturePlan({ measures: 40 })));
    const rules = sheet(details, FIELD_SHEET).dataValidations;
    expect(rules.map((r) => [r.ranges, r.formulae])).toEqual([
      [["E4:E43"], ["Listen!$A$2:$A$5"]],
      [["F4:F43"], ['"P,R"']],
      [["G4:G43"], ['"ja,nein"']],
    ]);
    expect(rules[0]).toMatchObject({
      type: "list",
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Zielerreichungsgrad",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Ungültiger Wert",
    });
  });

  it("protects every sheet without password and unlocks exactly the input cells", async () => {
    const details = await readXlsxDetails(await written(fixturePlan()));
    for (const s of details.sheets)
      expect(s.protection).toEqual({
        sheet: true,
        hasPassword: false,
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        autoFilter: false,
        sort: false,
      });
    const expected = new Set<string>();
    for (let row = FIRST_MEASURE_ROW; row <= 9; row++) for (const col of "EFGH") expected.add(`${col}${row}`);
    expect(sheet(details, FIELD_SHEET).unlockedCells).toEqual(expected);
    expect(sheet(details, "Übersicht").unlockedCells.size).toBe(0);
  });

  it("hashes a given password", async () => {
    const details = await readXlsxDetails(await written(fixturePlan({ password: "geheim" })));
    expect(details.sheets.every((s) => s.protection?.hasPassword)).toBe(true);
  });

  it("writes print settings, print titles and frozen panes", async () => {
    const bytes = await written(fixturePlan());
    const details = await readXlsxDetails(bytes);
    const field = sheet(details, FIELD_SHEET);
    expect(field.print).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: false,
      scale: 100,
      printArea: "A1:D9",
      titleRows: "3:3",
      header: '&L&"-,Bold"Bewertungsübersicht&R&A',
      footer: "&CSeite &P von &N",
    });
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    // Absolute rows too: LibreOffice ignores a print area written as $A1:$D9.
    expect(workbookXml).toContain(`&apos;${FIELD_SHEET.replace("&", "&amp;")}&apos;!$A$1:$D$9</definedName>`);
    expect(field.print.margins).toMatchObject({ top: 0.6, left: 0.4, header: 0.3 });
    expect(field.frozen).toEqual({ rows: 3, columns: 0 });
    expect(sheet(details, "Übersicht").frozen).toEqual({ rows: 1, columns: 1 });
    expect(sheet(details, "Listen").frozen).toBeUndefined();
  });
});

describe("writeXlsxBuffer — refusing what Excel would refuse", () => {
  it("names sheet and cell of a text longer than a cell holds", async () => {
    const plan = fixturePlan({ texts: ["x".repeat(32768)] });
    await expect(written(plan)).rejects.toThrow(
      `Blatt „${FIELD_SHEET}“, Zelle C4: Text länger als 32767 Zeichen`,
    );
  });

  it("names the validation whose input title is too long", async () => {
    const base = fixturePlan();
    const field = base.sheets[1]!;
    const tooLong = { ...field.dataValidations[0]!, prompt: { title: "T".repeat(33), message: "m" } };
    const plan = { ...base, sheets: [base.sheets[0]!, { ...field, dataValidations: [tooLong] }] };
    await expect(written(plan)).rejects.toThrow(
      /Gültigkeitsregel E4:E9: Titel der Eingabemeldung ist länger als 32/,
    );
  });

  it("names an unknown style", async () => {
    const base = fixturePlan();
    const field = base.sheets[1]!;
    const plan = { ...base, sheets: [{ ...field, styleRanges: [{ range: "A1", style: "fehlt" }] }] };
    await expect(written(plan)).rejects.toThrow(
      `Blatt „${FIELD_SHEET}“: unbekannte Formatvorlage „fehlt“ für A1`,
    );
  });
});

describe("writeXlsxBuffer — size", () => {
  it("writes and reads back 25,000 measures", async () => {
    const started = Date.now();
    const bytes = await written(fixturePlan({ measures: 25000 }));
    const writeMs = Date.now() - started;
    const details = await readXlsxDetails(bytes);
    const field = sheet(details, FIELD_SHEET);
    expect(field.dataValidations[0]!.ranges).toEqual([`E4:E${25003}`]);
    expect(field.unlockedCells.size).toBe(4 * 25000);
    expect(writeMs).toBeLessThan(60000);
  }, 180000);
});
