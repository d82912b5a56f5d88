/**
 * Workbooks without a file: a plan's own contents as a snapshot (what a freshly written, untouched
 * workbook reads back as), and a large generated input for the benchmark. Pure; used by tests and bench.
 */
import type { Catalogue, Goal, Measure } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { CellContent, WorkbookPlan } from "../../src/layout/plan";
import { parseCell } from "../../src/core/address";
import type { CellValue, SheetSnapshot } from "../../src/layout/snapshot";
import { LEVELS, YES, type Language } from "../../src/scheme/ratingScheme";

export interface MutableSheet extends SheetSnapshot {
  name: string;
  values: CellValue[][];
  formulas: (string | null)[][];
}

/** The snapshot of an untouched workbook built from `plan` (formula results left empty). */
export function snapshotFromPlan(plan: WorkbookPlan): { sheets: MutableSheet[]; meta: WorkbookPlan["meta"] } {
  const sheets = plan.sheets.map((sheet): MutableSheet => {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (const block of sheet.blocks) {
      const origin = parseCell(block.origin);
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => put(values, formulas, origin.row + r, origin.column + c, cell)),
      );
    }
    return { name: sheet.name, visibility: sheet.visibility, values, formulas };
  });
  return { sheets, meta: plan.meta };
}

function put(
  values: CellValue[][],
  formulas: (string | null)[][],
  row: number,
  column: number,
  cell: CellContent,
) {
  if (!cell) return;
  while (values.length < row) {
    values.push([]);
    formulas.push([]);
  }
  const valueRow = values[row - 1]!;
  const formulaRow = formulas[row - 1]!;
  while (valueRow.length < column) valueRow.push(null);
  while (formulaRow.length < column) formulaRow.push(null);
  if ("formula" in cell) formulaRow[column - 1] = cell.formula;
  else valueRow[column - 1] = "text" in cell ? cell.text : cell.number;
}

/** Sets one cell of a mutable snapshot ("F6"), growing the rectangle as needed. */
export function setCell(sheet: MutableSheet, address: string, value: CellValue): void {
  const { row, column } = parseCell(address);
  while (sheet.values.length < row) {
    sheet.values.push([]);
    sheet.formulas.push([]);
  }
  const valueRow = sheet.values[row - 1]!;
  const formulaRow = sheet.formulas[row - 1]!;
  while (valueRow.length < column) valueRow.push(null);
  while (formulaRow.length < column) formulaRow.push(null);
  valueRow[column - 1] = value;
  formulaRow[column - 1] = null;
}

/**
 * A catalogue of `measureCount` measures (9 fields, 10 measures per goal) and a snapshot of its
 * workbook with every measure rated in a rotating pattern, including invalid values and missing
 * remarks, so that every rule has work. For timing validateWorkbook at scale.
 */
export function largeValidationInput(measureCount = 25_000, language: Language = "de") {
  const catalogue = syntheticCatalogue(measureCount);
  const plan = buildPlan(catalogue, { language, builtAt: "2024-01-01T00:00:00.000Z" });
  const snapshot = snapshotFromPlan(plan);
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  plan.measures.forEach((m, i) => {
    const sheet = sheets.get(m.sheetName)!;
    const level = i % 7 === 0 ? "" : i % 11 === 0 ? " hoch" : LEVELS[i % LEVELS.length]!.value[language];
    setCell(sheet, `${m.inputColumns.level}${m.row}`, level === "" ? null : level);
    if (i % 13 === 0) setCell(sheet, `${m.inputColumns.taskType}${m.row}`, "P/R");
    if (i % 5 === 0) setCell(sheet, `${m.inputColumns.zustaendigkeitFraglich}${m.row}`, YES[language]);
    if (i % 3 === 0) setCell(sheet, `${m.inputColumns.remark}${m.row}`, "Begründung");
  });
  return { catalogue, plan, snapshot };
}

export function syntheticCatalogue(measureCount: number): Catalogue {
  const fields = 9;
  const perGoal = 10;
  const goals: Goal[] = [];
  for (let g = 0; g * perGoal < measureCount; g++) {
    const measures: Measure[] = [];
    for (let m = 0; m < perGoal && g * perGoal + m < measureCount; m++)
      measures.push({
        id: `Z${g + 1}-M${m + 1}`,
        title: `Maßnahme ${m + 1} zu Ziel ${g + 1}`,
        unit: `Amt ${(g % 12) + 1}`,
      });
    goals.push({ number: g + 1, description: `Ziel ${g + 1}: Beschreibung`, measures });
  }
  const perField = Math.ceil(goals.length / fields);
  return {
    id: "synthetic",
    title: "Synthetischer Katalog",
    version: "1",
    actionFields: Array.from({ length: fields }, (_, f) => ({
      id: `hf${f + 1}`,
      number: f + 1,
      name: `Handlungsfeld ${f + 1}`,
      challenges: [
        { title: `Herausforderung ${f + 1}`, goals: goals.slice(f * perField, (f + 1) * perField) },
      ],
    })),
  };
}
