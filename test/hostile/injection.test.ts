/**
 * Formula injection: a catalogue whose every text field is a formula-looking payload. Both writers must
 * write each as plain text — the .xlsx (exceljs) read back holds exactly the plan's formulas and the
 * payload as a value; the Office.js writer gives the cell the Text format before the value, so the fake
 * (which, like Excel, turns "=…" into a formula unless the format is "@") keeps it as a constant.
 * LibreOffice's view of the same file: test/acceptance/hostile.libreoffice.test.ts.
 */
import { buildPlan } from "../../src/layout/buildPlan";
import type { WorkbookPlan } from "../../src/layout/plan";
import { cellAddress, parseCell } from "../../src/layout/address";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { writePlanToWorkbook } from "../../src/writers/excel/writePlan";
import { createFakeExcel } from "../fakes/excel";
import { BUILT_AT } from "../fixtures/hostile/workbooks";
import { injectionCatalogue, PAYLOADS } from "../fixtures/hostile/injection";
import { fakeTextCells, plainTextCells } from "./helpers";

/** "Sheet!A1" of every formula cell the plan asks for. */
function plannedFormulas(plan: WorkbookPlan): string[] {
  const cells: string[] = [];
  for (const sheet of plan.sheets)
    for (const block of sheet.blocks) {
      const origin = parseCell(block.origin);
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && "formula" in cell)
            cells.push(`${sheet.name}!${cellAddress(origin.row + r, origin.column + c)}`);
        }),
      );
    }
  return cells.sort();
}

/** Places where the catalogue's texts stand whole in a cell: title, 2 challenges, 2 goals, 4 measures, 4 units, 4 remarks, unit lists. */
const MIN_WHOLE_CELLS = 15;

describe.each(PAYLOADS.map((p) => [JSON.stringify(p), p] as const))(
  "payload %s in every text field",
  (_, payload) => {
    const catalogue = injectionCatalogue(payload);
    const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });

    it("is plain text in the .xlsx: exactly the plan's formulas, the payload as a value", async () => {
      const snapshot = await readXlsx(await writeXlsxBuffer(plan));
      const formulas: string[] = [];
      for (const sheet of snapshot.sheets)
        sheet.formulas.forEach((row, r) =>
          row.forEach((formula, c) => {
            if (formula !== null) formulas.push(`${sheet.name}!${cellAddress(r + 1, c + 1)}`);
          }),
        );
      expect(formulas.sort()).toEqual(plannedFormulas(plan));
      expect(plainTextCells(snapshot, payload).length).toBeGreaterThanOrEqual(MIN_WHOLE_CELLS);
      expect(snapshot.meta?.catalogueTitle).toBe(payload);
    });

    it("is plain text in the open workbook (Office.js writer, Text format before the value)", async () => {
      const fake = createFakeExcel();
      const uninstall = fake.install();
      try {
        await writePlanToWorkbook(plan);
      } finally {
        uninstall();
      }
      const hits = fakeTextCells(fake, payload);
      expect(hits.length).toBeGreaterThanOrEqual(MIN_WHOLE_CELLS);
      for (const hit of hits) expect(hit.numberFormat).toBe("@");
      const formulaCount = fake.state.sheets.reduce(
        (n, sheet) => n + [...sheet.cells.values()].filter((cell) => cell.formula !== null).length,
        0,
      );
      expect(formulaCount).toBe(plannedFormulas(plan).length);
    });
  },
);

it("the fake really would turn these payloads into formulas without the Text format (the control)", () => {
  const fake = createFakeExcel();
  fake.addSheet("Kontrolle");
  const becameFormula = PAYLOADS.filter((payload, i) => {
    fake.type("Kontrolle", `A${i + 1}`, payload);
    return fake.cell("Kontrolle", `A${i + 1}`)?.formula !== null;
  });
  // the fake models Excel's typing rules for a leading =, +, - and @; tab and CR-led texts stay text anyway
  expect(becameFormula.length).toBeGreaterThanOrEqual(9);
});
