/**
 * Formula injection: a catalogue whose every text field is a formula-looking payload. Both writers must
 * write each as plain text — the .xlsx (exceljs) read back holds exactly the plan's formulas and the
 * payload as a value; the Office.js writer writes it with a leading apostrophe, so Excel (and the host, which
 * like Excel turns "=…" into a formula) keeps it as text with the cell's quote prefix.
 * LibreOffice's view of the same file: test/acceptance/hostile.libreoffice.test.ts.
 */
import { buildPlan } from "../../src/layout/buildPlan";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { createExcelHost } from "../excel-host";
import { BUILT_AT } from "../fixtures/hostile/workbooks";
import { plannedFormulaCells, writtenFormulaCells } from "../fixtures/hostile/formulaCells";
import { injectionCatalogue, PAYLOADS } from "../fixtures/hostile/injection";
import { writtenInFreshHost } from "../writers/excel/helpers";
import { fakeTextCells, plainTextCells } from "./helpers";

/** Places where the catalogue's texts stand whole in a cell: title, 2 challenges, 2 goals, 4 measures, 4 units, 4 remarks, unit lists. */
const MIN_WHOLE_CELLS = 15;

describe.each(PAYLOADS.map((p) => [JSON.stringify(p), p] as const))(
  "payload %s in every text field",
  (_, payload) => {
    const catalogue = injectionCatalogue(payload);
    const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });

    it("is plain text in the .xlsx: exactly the plan's formulas, the payload as a value", async () => {
      const snapshot = await readXlsx(await writeXlsxBuffer(plan));
      expect(writtenFormulaCells(snapshot)).toEqual(plannedFormulaCells(plan));
      expect(plainTextCells(snapshot, payload).length).toBeGreaterThanOrEqual(MIN_WHOLE_CELLS);
      expect(snapshot.meta?.catalogueTitle).toBe(payload);
    });

    it("is plain text in the open workbook (Office.js writer, written with a leading apostrophe)", async () => {
      const fake = await writtenInFreshHost(plan);
      const hits = fakeTextCells(fake, payload);
      expect(hits.length).toBeGreaterThanOrEqual(MIN_WHOLE_CELLS);
      for (const hit of hits) expect(hit.quotePrefix).toBe(true);
      const formulaCount = fake.state.sheets.reduce(
        (n, sheet) => n + [...sheet.cells.values()].filter((cell) => cell.formula !== null).length,
        0,
      );
      expect(formulaCount).toBe(plannedFormulaCells(plan).length);
    });
  },
);

it("the host really would turn these payloads into formulas without the apostrophe (the control)", () => {
  const fake = createExcelHost();
  fake.addSheet("Kontrolle");
  const becameFormula = PAYLOADS.filter((payload, i) => {
    fake.type("Kontrolle", `A${i + 1}`, payload);
    return fake.cell("Kontrolle", `A${i + 1}`)?.formula !== null;
  });
  // the fake models Excel's typing rules for a leading =, +, - and @; tab and CR-led texts stay text anyway
  expect(becameFormula.length).toBeGreaterThanOrEqual(9);
});
