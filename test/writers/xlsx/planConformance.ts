/**
 * Checks a written .xlsx against the plan it was written from, reading it back with exceljs:
 * every cell, every rule, every setting. Works for any plan (hand-written or from buildPlan).
 */
import ExcelJS from "exceljs";
import type { SheetPlan, WorkbookPlan } from "../../../src/layout/plan";
import { cellAddress, parseCell, parseRange } from "../../../src/core/address";
import { readXlsxDetails, type SheetDetails } from "./readXlsxDetails";

export async function expectFileMatchesPlan(plan: WorkbookPlan, bytes: Uint8Array): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const details = await readXlsxDetails(bytes);
  expect(details.sheets.map((s) => [s.name, s.visibility])).toEqual(
    plan.sheets.map((s) => [s.name, s.visibility]),
  );
  expect(details.fullCalcOnLoad).toBe(true);
  expect(details.creator).toBe("Zielbild");
  expect(details.title).toBe(plan.meta.title);
  plan.sheets.forEach((sheet, i) => {
    expectCellsMatch(sheet, workbook.getWorksheet(sheet.name)!);
    expectSettingsMatch(plan, sheet, details.sheets[i]!);
  });
}

/** Each planned cell holds exactly its content, and no cell holds a formula the plan did not ask for. */
function expectCellsMatch(sheet: SheetPlan, worksheet: ExcelJS.Worksheet): void {
  const planned = new Map<string, string>();
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        if (content === null) return;
        const address = cellAddress(origin.row + r, origin.column + c);
        const cell = worksheet.getCell(address);
        const where = `${sheet.name}!${address}`;
        if ("text" in content) {
          if (content.text === "") expect([where, cell.type]).toEqual([where, ExcelJS.ValueType.Null]);
          else
            expect([where, cell.type, cell.value]).toEqual([where, ExcelJS.ValueType.String, content.text]);
        } else if ("number" in content) {
          expect([where, cell.value]).toEqual([where, content.number]);
        } else {
          planned.set(address, content.formula);
          expect([where, `=${cell.formula}`]).toEqual([where, content.formula]);
        }
      }),
    );
  }
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula)
        expect([sheet.name, cell.address, planned.has(cell.address)]).toEqual([
          sheet.name,
          cell.address,
          true,
        ]);
    }),
  );
}

function expectSettingsMatch(plan: WorkbookPlan, sheet: SheetPlan, details: SheetDetails): void {
  const name = sheet.name;
  expect([name, details.tabColor]).toEqual([name, sheet.tabColor]);
  expect([
    name,
    details.conditionalFormats.map((r) => [r.range, r.type, r.priority, r.formulae[0], r.fill ?? r.barColor]),
  ]).toEqual([
    name,
    sheet.conditionalFormats.map((r) =>
      r.kind === "expression"
        ? [r.range, "expression", r.priority, r.formula, r.fill]
        : [r.range, "dataBar", r.priority, undefined, r.color],
    ),
  ]);
  const validations = new Map(details.dataValidations.map((v) => [v.ranges.join(" "), v]));
  for (const rule of sheet.dataValidations) {
    const written = validations.get(parseRangeAddress(rule.range));
    const formula =
      "source" in rule.list ? rule.list.source.replace(/^=/, "") : `"${rule.list.values.join(",")}"`;
    expect([name, rule.range, written?.formulae, written?.errorStyle, written?.promptTitle]).toEqual([
      name,
      rule.range,
      [formula],
      "stop",
      rule.prompt.title,
    ]);
  }
  expect([name, details.dataValidations.length]).toEqual([name, sheet.dataValidations.length]);
  expect([name, details.protection?.sheet ?? false]).toEqual([name, sheet.protection.protected]);
  if (sheet.protection.protected)
    expect([name, details.protection]).toMatchObject([
      name,
      {
        hasPassword: sheet.protection.password !== undefined && sheet.protection.password !== "",
        formatColumns: sheet.protection.allowFormatColumns,
        autoFilter: sheet.protection.allowAutoFilter,
        sort: sheet.protection.allowSort,
      },
    ]);
  expect([name, [...details.unlockedCells].sort()]).toEqual([name, [...plannedUnlocked(plan, sheet)].sort()]);
  const frozen =
    sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : undefined;
  expect([name, details.frozen]).toEqual([name, frozen]);
  if (sheet.print)
    expect([name, details.print]).toMatchObject([
      name,
      {
        orientation: sheet.print.orientation,
        paperSize: 9,
        ...(sheet.print.scale === "fitToWidth"
          ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
          : { fitToPage: false, scale: sheet.print.scale }),
        printArea: sheet.print.printArea.replace(/\$/g, ""),
        ...(sheet.print.titleRows && { titleRows: sheet.print.titleRows.replace(/\$/g, "") }),
      },
    ]);
}

function parseRangeAddress(range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  const from = cellAddress(top, left);
  const to = cellAddress(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

/** The last style range that says anything about `locked` decides (later wins). */
function plannedUnlocked(plan: WorkbookPlan, sheet: SheetPlan): Set<string> {
  const locked = new Map<string, boolean>();
  for (const { range, style } of sheet.styleRanges) {
    const flag = plan.styles[style]?.locked;
    if (flag === undefined) continue;
    const { top, left, bottom, right } = parseRange(range);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) locked.set(cellAddress(r, c), flag);
  }
  return new Set([...locked].filter(([, flag]) => !flag).map(([address]) => address));
}
