/**
 * Dense non-BMP text (emoji, CJK Extension B, ZWJ sequences, flags) in every text field, through the
 * Office.js writer, Microsoft's client library and the host, and read back: every text byte-identical, no
 * U+FFFD in a sheet name or cell, the stored catalogue intact, and `check` finds the fresh workbook whole.
 */
import { readWorkbook } from "../../../src/writers/excel/readWorkbook";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { denseCase, expectDenseTextIntact } from "../../fixtures/denseTextChecks";
import { useExcelHost } from "./helpers";

useExcelHost();

it.each([0, 3])(
  "every text field reads back byte-identical through Office.js (offset %i)",
  async (offset) => {
    const dense = denseCase(offset);
    await writePlanToWorkbook(dense.plan);
    expectDenseTextIntact(await readWorkbook(), dense);
  },
  120_000,
);
