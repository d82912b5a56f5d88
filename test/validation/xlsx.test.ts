/**
 * The rules against real .xlsx files: written by our writer, edited with exceljs the way a department
 * would, read back and checked exactly as `npm run check` does.
 */
import ExcelJS from "exceljs";
import { buildPlan } from "../../src/layout/buildPlan";
import type { WorkbookPlan } from "../../src/layout/plan";
import { levelByCode } from "../../src/scheme/ratingScheme";
import { expectedPlan } from "../../src/validation/expectedPlan";
import { validateWorkbook, type Finding, type ValidationMode } from "../../src/validation";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { fixtureCatalogue } from "./fixtures";

const mittel = levelByCode("mittel").value.de;
const plan = buildPlan(fixtureCatalogue(), { language: "de", builtAt: "2024-01-01T00:00:00.000Z" });
const at = (id: string) => plan.measures.find((m) => m.measureId === id)!;
const M2 = at("M2");
const field = M2.sheetName;

let written: Uint8Array;
beforeAll(async () => {
  written = await writeXlsxBuffer(plan);
});

/** Loads the written file, rates every measure "mittel", applies the edit, saves, checks. */
async function checkEdited(mode: ValidationMode, edit: (wb: ExcelJS.Workbook) => void = () => {}) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(written) as never);
  for (const m of plan.measures)
    workbook.getWorksheet(m.sheetName)!.getCell(`${m.inputColumns.level}${m.row}`).value = mittel;
  edit(workbook);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const snapshot = await readXlsx(bytes);
  const expected = expectedPlan(snapshot);
  if ("error" in expected) throw new Error(expected.error.de);
  return validateWorkbook(expected.plan, snapshot, { mode, catalogue: expected.catalogue });
}

const brief = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell]);

function firstFormulaCell(sheet: ExcelJS.Worksheet): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.type === ExcelJS.ValueType.Formula) found = cell;
    }),
  );
  if (!found) throw new Error("no formula");
  return found;
}

describe.each<ValidationMode>(["entwurf", "abgabe"])("an edited .xlsx in mode %s", (mode) => {
  test("written and fully rated: no findings", async () => {
    expect(await checkEdited(mode)).toEqual([]);
  });

  test("an invalid value pasted past the dropdown", async () => {
    const findings = await checkEdited(mode, (wb) => {
      wb.getWorksheet(field)!.getCell(`${M2.inputColumns.level}${M2.row}`).value = " hoch";
      wb.getWorksheet(field)!.getCell(`${M2.inputColumns.taskType}${M2.row}`).value = "P/R";
    });
    expect(brief(findings)).toEqual([
      ["value-outside-scheme", "error", field, `${M2.inputColumns.level}${M2.row}`],
      ["both-task-types", "error", field, `${M2.inputColumns.taskType}${M2.row}`],
    ]);
    expect(findings[0]).toMatchObject({ measureId: "M2", measureTitle: "Titel M2", fieldId: "hf1" });
  });

  test("a cleared level cell", async () => {
    const findings = await checkEdited(mode, (wb) => {
      wb.getWorksheet(field)!.getCell(`${M2.inputColumns.level}${M2.row}`).value = null;
    });
    expect(brief(findings)).toEqual([
      ["level-missing", mode === "abgabe" ? "error" : "info", field, `${M2.inputColumns.level}${M2.row}`],
    ]);
  });

  test("'gering' without remark, 'hoch' with questionable responsibility", async () => {
    const M1 = at("M1");
    const findings = await checkEdited(mode, (wb) => {
      const ws = wb.getWorksheet(field)!;
      ws.getCell(`${M1.inputColumns.level}${M1.row}`).value = levelByCode("gering").value.de;
      ws.getCell(`${M2.inputColumns.level}${M2.row}`).value = levelByCode("hoch").value.de;
      ws.getCell(`${M2.inputColumns.zustaendigkeitFraglich}${M2.row}`).value = "ja";
    });
    expect(brief(findings)).toEqual([
      ["remark-missing", "warning", field, `${M1.inputColumns.remark}${M1.row}`],
      [
        "responsibility-contradiction",
        "warning",
        field,
        `${M2.inputColumns.zustaendigkeitFraglich}${M2.row}`,
      ],
    ]);
  });

  test("a deleted row (spliceRows)", async () => {
    const findings = await checkEdited(mode, (wb) => wb.getWorksheet(field)!.spliceRows(M2.row, 1));
    const structure = findings.filter((f) => f.ruleId === "structure");
    expect(structure.map((f) => f.measureId)).toEqual(["M2", "M3"]);
    expect(structure[0]!.message.de).toContain("Zeile gelöscht");
  });

  test("a summary formula overwritten with a number", async () => {
    let address = "";
    const findings = await checkEdited(mode, (wb) => {
      const cell = firstFormulaCell(wb.getWorksheet(plan.sheets[0]!.name)!);
      address = cell.address;
      cell.value = 42;
    });
    expect(brief(findings)).toEqual([["structure", "error", plan.sheets[0]!.name, address]]);
    expect(findings[0]!.message.de).toContain("„42“");
  });

  test("a renamed sheet", async () => {
    const findings = await checkEdited(mode, (wb) => {
      wb.getWorksheet(field)!.name = "Umbenannt";
    });
    expect(brief(findings)).toEqual([["structure", "error", "Umbenannt", "A1"]]);
  });

  test("an edited catalogue text", async () => {
    const title = plan.sheets.find((s) => s.name === field)!;
    let address = "";
    const findings = await checkEdited(mode, (wb) => {
      const ws = wb.getWorksheet(title.name)!;
      address = `C${M2.row}`;
      ws.getCell(address).value = "Eigene Formulierung";
    });
    expect(brief(findings)).toEqual([["structure", "error", field, address]]);
    expect(findings[0]!.message.de).toContain("„Titel M2“");
  });

  test("a duplicated ID", async () => {
    const M1 = at("M1");
    const findings = await checkEdited(mode, (wb) => {
      wb.getWorksheet(field)!.getCell(`${M2.idColumn}${M2.row}`).value = "M1";
    });
    expect(brief(findings).map((f) => f[3])).toEqual([`${M2.idColumn}${M2.row}`, `${M2.idColumn}${M2.row}`]);
    expect(findings.map((f) => f.measureId)).toEqual(["M1", "M2"]);
    expect(findings[0]!.message.de).toContain(`Zeile ${M1.row}`);
    expect(findings[1]!.message.de).toContain("überschrieben");
  });
});

test("a unit newly assigned in the Zuständig column is not a structure change", async () => {
  const findings = await checkEdited("abgabe", (wb) => {
    wb.getWorksheet(field)!.getCell(`${M2.unitColumn}${M2.row}`).value = "Neues Amt";
  });
  expect(findings).toEqual([]);
});

test("a cleared formula on a field sheet is reported as deleted", async () => {
  const findings = await checkEdited("entwurf", (wb) => {
    const ws = wb.getWorksheet(field)!;
    ws.getCell(`D${M2.row}`).value = null;
  });
  expect(brief(findings)).toEqual([["structure", "error", field, `D${M2.row}`]]);
  expect(findings[0]!.message.de).toContain("gelöscht");
});

test("the untouched bundled workbook has no errors and every measure is 'offen'", async () => {
  const { loadCatalogue } = await import("../../src/catalogue/load");
  const fs = await import("node:fs/promises");
  const file = "seeds/konzept-migration-integration-2018-2022.json";
  const catalogue = await loadCatalogue(new Uint8Array(await fs.readFile(file)), file);
  const bundled: WorkbookPlan = buildPlan(catalogue, { language: "de", builtAt: "2024-01-01T00:00:00.000Z" });
  const snapshot = await readXlsx(await writeXlsxBuffer(bundled));
  const expected = expectedPlan(snapshot);
  if ("error" in expected) throw new Error(expected.error.de);
  const findings = validateWorkbook(expected.plan, snapshot, {
    mode: "entwurf",
    catalogue: expected.catalogue,
  });
  expect(findings.filter((f) => f.ruleId !== "level-missing")).toEqual([]);
  expect(findings).toHaveLength(bundled.measures.length);
}, 60_000);
