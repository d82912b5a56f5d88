/**
 * Builds the Office.js writer refuses in a workbook someone already works in: every refusal leaves the
 * open workbook exactly as it was (the fake's full dump before and after).
 */
import { writePlanToWorkbook } from "../../src/writers/excel/writePlan";
import { ExcelWriteError } from "../../src/writers/excel/errors";
import { createExcelHost, type ExcelHost } from "../excel-host";
import { basePlan } from "../fixtures/hostile/workbooks";
import { populate } from "./helpers";

const plan = basePlan();

async function refusedBuild(fake: ExcelHost): Promise<ExcelWriteError> {
  const uninstall = fake.install();
  try {
    await writePlanToWorkbook(plan);
  } catch (error) {
    return error as ExcelWriteError;
  } finally {
    uninstall();
  }
  throw new Error("the build was not refused");
}

it.each([
  [
    "a foreign sheet already has the name of one of ours",
    (fake: ExcelHost): void => fake.type(fake.addSheet("Übersicht").name, "A1", "Eigene Übersicht"),
    "SheetNameConflict",
  ],
  [
    "the workbook structure is protected",
    (fake: ExcelHost): void => void (fake.state.protected = true),
    "WorkbookProtected",
  ],
  [
    "Excel fails in the middle of the third sync",
    (fake: ExcelHost): void =>
      void (fake.options = { failOnSync: { sync: 3, code: "GeneralException", afterOperations: 7 } }),
    undefined,
  ],
  [
    "Excel on the web refuses every request as too large",
    (fake: ExcelHost): void => void (fake.options = { payloadLimit: 10 }),
    undefined,
  ],
] as const)("%s: refused, workbook unchanged", async (_, prepare, code) => {
  const fake = createExcelHost();
  populate(fake);
  prepare(fake);
  const before = fake.dump();
  const error = await refusedBuild(fake);
  expect(error).toBeInstanceOf(ExcelWriteError);
  if (code) expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  expect(fake.dump()).toEqual(before);
});
