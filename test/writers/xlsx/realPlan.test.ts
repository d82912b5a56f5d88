/** The writer applied to plans from the real layout: the file must hold exactly what the plan says. */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildPlan } from "../../../src/layout/buildPlan";
import { loadCatalogue } from "../../../src/catalogue/load";
import { writeXlsxBuffer } from "../../../src/writers/xlsx/writeXlsx";
import { readXlsx } from "../../../src/writers/xlsx/readXlsx";
import { fixturePlan } from "./fixturePlan";
import { expectFileMatchesPlan } from "./planConformance";
import { DANGEROUS_TEXTS, dangerousCatalogue } from "./dangerousCatalogue";

const BUILT_AT = "2024-05-01T10:00:00.000Z";

async function bundledCatalogue() {
  const file = path.resolve(__dirname, "../../../seeds/konzept-migration-integration-2018-2022.json");
  return loadCatalogue(new Uint8Array(await fs.readFile(file)), file);
}

describe("written file conforms to its plan", () => {
  it("hand-written plan", async () => {
    const plan = fixturePlan({ texts: [...DANGEROUS_TEXTS] });
    await expectFileMatchesPlan(plan, await writeXlsxBuffer(plan));
  });

  it("plan of a catalogue whose texts look like formulas: every text stays a string", async () => {
    const plan = buildPlan(dangerousCatalogue(), { language: "de", builtAt: BUILT_AT });
    const bytes = await writeXlsxBuffer(plan);
    await expectFileMatchesPlan(plan, bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const strings = new Set<string>();
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.String) strings.add(cell.value as string);
        }),
      ),
    );
    for (const text of [
      ...DANGEROUS_TEXTS,
      "+Ziel mit Plus",
      "-Herausforderung mit Minus",
      '=HYPERLINK("http://example.org","Ziel")',
    ])
      expect([text, strings.has(text)]).toEqual([text, true]);
  });

  it("plan with an apostrophe in a sheet name: print area and titles stay valid", async () => {
    const catalogue = dangerousCatalogue();
    const renamed = {
      ...catalogue,
      actionFields: [catalogue.actionFields[0]!, { ...catalogue.actionFields[1]!, name: "Kinder's Welt" }],
    };
    const plan = buildPlan(renamed, { language: "de", builtAt: BUILT_AT });
    expect(plan.sheets.some((s) => s.name.includes("'"))).toBe(true);
    await expectFileMatchesPlan(plan, await writeXlsxBuffer(plan));
  });

  it.each([
    ["de", undefined],
    ["en", "geheim"],
  ] as const)(
    "plan of the bundled catalogue (%s, password %s)",
    async (language, password) => {
      const plan = buildPlan(await bundledCatalogue(), {
        language,
        builtAt: BUILT_AT,
        ...(password !== undefined && { password }),
      });
      await expectFileMatchesPlan(plan, await writeXlsxBuffer(plan));
    },
    60000,
  );

  it("reads the identification back from the written file", async () => {
    const plan = buildPlan(dangerousCatalogue(), { language: "de", builtAt: BUILT_AT, title: "Runde 2024" });
    const snapshot = await readXlsx(await writeXlsxBuffer(plan));
    expect(snapshot.meta).toEqual(plan.meta);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });
});

describe("readXlsx refuses what is not a workbook", () => {
  it("names a file that is no zip", async () => {
    await expect(readXlsx(new TextEncoder().encode("Ziel;Maßnahme\n1;x"))).rejects.toThrow(
      "Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.",
    );
  });

  it("names a zip that holds no workbook", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("hallo.txt", "kein Excel");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readXlsx(bytes)).rejects.toThrow(/keine (lesbare )?Excel-Arbeitsmappe/);
  });

  it("reads a workbook that is no Zielbild workbook without meta", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tabelle1").getCell("A1").value = "fremd";
    const snapshot = await readXlsx(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(snapshot.meta).toBeUndefined();
    expect(snapshot.sheets[0]!.values).toEqual([["fremd"]]);
  });
});
