/**
 * The rebuild reads only what it carries over (src/writers/excel/rebuildRead.ts): `_Zielbild` with the
 * inspection, then the input, unit and ID columns of the measure rows, the Archiv and the user's sheets.
 * It carries over exactly what the full read carries over; when the user moved, deleted or copied measure
 * rows it falls back to the full read and takes every rating from the row where its ID stands, or refuses
 * (nothing written) when an ID is missing or doubled.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import type { MeasureInputs, MeasureLocation } from "../../../src/layout/plan";
import { readZielbildWorkbook } from "../../../src/returns/readWorkbook";
import { excelWorkbook } from "../../../src/writers/excel";
import { readWorkbook } from "../../../src/writers/excel/readWorkbook";
import { cellKey, type SheetState } from "../../excel-host/state";
import type { ExcelHost } from "../../excel-host";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT, useExcelHost } from "./helpers";

const fake = useExcelHost();
const LATER = "2025-01-15T09:00:00.000Z";
const catalogue = syntheticCatalogue();
const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });

/** Rates every other measure (level, remark, unit), as a department would; returns what was typed by ID. */
function rate(f: ExcelHost): Map<string, MeasureInputs> {
  const typed = new Map<string, MeasureInputs>();
  plan.measures.forEach((m, i) => {
    if (i % 2 !== 0) return;
    const inputs = { level: ["hoch", "mittel", "gering"][i % 3]!, remark: `Bemerkung zu ${m.measureId}` };
    f.type(m.sheetName, `${m.inputColumns.level}${m.row}`, inputs.level);
    f.type(m.sheetName, `${m.inputColumns.remark}${m.row}`, inputs.remark);
    typed.set(m.measureId, inputs);
  });
  return typed;
}

async function inputsNow(): Promise<Map<string, MeasureInputs>> {
  const read = readZielbildWorkbook(await readWorkbook());
  if ("error" in read) throw new Error(read.error);
  return read.workbook.inputs;
}

function expectKept(now: Map<string, MeasureInputs>, typed: Map<string, MeasureInputs>): void {
  for (const [id, inputs] of typed)
    expect({ id, inputs: now.get(id) }).toEqual({ id, inputs: expect.objectContaining(inputs) });
}

/** The cells of one row of a sheet of the host, by column. */
function takeRow(sheet: SheetState, row: number): Map<number, ReturnType<SheetState["cells"]["get"]>> {
  const cells = new Map<number, ReturnType<SheetState["cells"]["get"]>>();
  for (const [key, cell] of sheet.cells)
    if (Math.floor(key / cellKey(1, 0)) === row) {
      cells.set(key - cellKey(row, 0), cell);
      sheet.cells.delete(key);
    }
  return cells;
}

function putRow(sheet: SheetState, row: number, cells: ReturnType<typeof takeRow>): void {
  for (const [column, cell] of cells) if (cell) sheet.cells.set(cellKey(row, column), structuredClone(cell));
}

/** What sorting does to two rows: their whole contents change places. */
function swapRows(f: ExcelHost, sheetName: string, a: number, b: number): void {
  const sheet = f.sheet(sheetName);
  const rowA = takeRow(sheet, a);
  const rowB = takeRow(sheet, b);
  putRow(sheet, a, rowB);
  putRow(sheet, b, rowA);
}

/** Deleting a row: the rows below move up by one (the host does not rewrite references; not needed here). */
function deleteRow(f: ExcelHost, sheetName: string, row: number): void {
  const sheet = f.sheet(sheetName);
  takeRow(sheet, row);
  const last = Math.max(...[...sheet.cells.keys()].map((key) => Math.floor(key / cellKey(1, 0))));
  for (let r = row + 1; r <= last; r++) putRow(sheet, r - 1, takeRow(sheet, r));
}

const onSheet = (sheetName: string): MeasureLocation[] =>
  plan.measures.filter((m) => m.sheetName === sheetName);

it("rebuilds in 4 syncs (inspection with _Zielbild, the carried-over cells, write, commit) and carries over what the full read sees", async () => {
  await excelWorkbook.build(catalogue, { language: "de", builtAt: BUILT_AT });
  const typed = rate(fake());
  fake().addSheet("Eigene Auswertung");
  fake().type("Eigene Auswertung", "B2", "nur ein Text");
  const expected = await inputsNow();
  fake().resetCounters();

  const result = await excelWorkbook.rebuild(catalogue, { builtAt: LATER });

  expect(fake().syncs).toHaveLength(4);
  expect(result.syncs).toBe(4);
  expect(fake().syncs.every((s) => !s.failed)).toBe(true);
  const now = await inputsNow();
  expectKept(now, typed);
  expect(now).toEqual(expected);
});

it("reads far less than the full read: the field sheets' texts and formulas are not asked for", async () => {
  await excelWorkbook.build(catalogue, { language: "de", builtAt: BUILT_AT });
  rate(fake());
  fake().resetCounters();
  await readWorkbook();
  const full = fake().syncs.reduce((sum, s) => sum + s.responseBytes, 0);
  fake().resetCounters();
  await excelWorkbook.rebuild(catalogue, { builtAt: LATER });
  const [inspection, carried] = fake().syncs;
  expect(inspection!.responseBytes + carried!.responseBytes).toBeLessThan(full / 2);
});

it("rows sorted by the user: falls back to the full read, and every rating follows its measure's ID", async () => {
  await excelWorkbook.build(catalogue, { language: "de", builtAt: BUILT_AT });
  const typed = rate(fake());
  const sheetName = plan.measures[0]!.sheetName;
  const rows = onSheet(sheetName).map((m) => m.row);
  // A rated row with an unrated one, and two rows of different goals.
  swapRows(fake(), sheetName, rows[0]!, rows[1]!);
  swapRows(fake(), sheetName, rows[2]!, rows[rows.length - 1]!);
  fake().resetCounters();

  const result = await excelWorkbook.rebuild(catalogue, { builtAt: LATER });

  expect(result.syncs).toBeGreaterThan(4);
  expectKept(await inputsNow(), typed);
  // The rebuilt sheet has every measure in its own row again.
  for (const m of onSheet(sheetName))
    expect(fake().cell(sheetName, `${m.idColumn}${m.row}`)?.constant).toBe(m.measureId);
});

it("a measure row deleted by the user: refused with the measure named, the workbook unchanged", async () => {
  await excelWorkbook.build(catalogue, { language: "de", builtAt: BUILT_AT });
  rate(fake());
  const gone = onSheet(plan.measures[0]!.sheetName)[1]!;
  deleteRow(fake(), gone.sheetName, gone.row);
  const before = fake().dump();

  await expect(excelWorkbook.rebuild(catalogue, { builtAt: LATER })).rejects.toMatchObject({
    code: "StructureChanged",
    workbookState: "unchanged",
    message: expect.stringContaining(gone.measureId),
  });
  expect(fake().dump()).toEqual(before);
});

it("a measure row copied over another: refused (the doubled ID is named), the workbook unchanged", async () => {
  await excelWorkbook.build(catalogue, { language: "de", builtAt: BUILT_AT });
  rate(fake());
  const [a, b] = onSheet(plan.measures[0]!.sheetName);
  const sheet = fake().sheet(a!.sheetName);
  const copy = takeRow(sheet, a!.row);
  putRow(sheet, a!.row, copy);
  takeRow(sheet, b!.row);
  putRow(sheet, b!.row, copy);
  const before = fake().dump();

  await expect(excelWorkbook.rebuild(catalogue, { builtAt: LATER })).rejects.toMatchObject({
    code: "StructureChanged",
    message: expect.stringMatching(new RegExp(`${a!.measureId} steht mehrfach|${b!.measureId} steht nicht`)),
  });
  expect(fake().dump()).toEqual(before);
});

it("a user sheet too large for one response: the refused sync is read again in chunks, ratings and user formulas kept", async () => {
  await excelWorkbook.build(catalogue, { language: "de", builtAt: BUILT_AT });
  const typed = rate(fake());
  const summary = plan.sheets.find((s) => s.role === "summary")!.name;
  fake().addSheet("Notizen");
  const long = "x".repeat(30_000);
  for (let row = 1; row <= 100; row++) fake().type("Notizen", `A${row}`, long);
  fake().type("Notizen", "C1", `='${summary}'!A1`);
  fake().resetCounters();

  await excelWorkbook.rebuild(catalogue, { builtAt: LATER });

  const syncs = [...fake().syncs];
  console.log(syncs.map((s) => `${s.responseBytes}${s.failed ? ` ${s.failed}` : ""}`).join(", "));
  expect(syncs.some((s) => s.failed)).toBe(true);
  expectKept(await inputsNow(), typed);
  expect(fake().cell("Notizen", "C1")?.formula).toBe(`='${summary}'!A1`);
  for (const sync of syncs.filter((s) => !s.failed))
    expect(sync.responseBytes).toBeLessThanOrEqual(5_000_000);
});
