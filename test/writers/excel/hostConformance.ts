/** Asserts that the fake workbook holds exactly what a plan says: contents, rules, validations, protection. */
import type { ExcelHost } from "../../excel-host";
import { parseCell, parseRange } from "../../../src/core/address";
import type { SheetPlan, WorkbookPlan } from "../../../src/layout/plan";
import { peekCell } from "../../excel-host/state";
import { columnWidthPoints } from "../../../src/layout/printScale";

export function expectHostMatchesPlan(fake: ExcelHost, plan: WorkbookPlan): void {
  expect(fake.state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  for (const sheetPlan of plan.sheets) expectSheetMatches(fake, sheetPlan);
  expect([...fake.state.names.values()].map((n) => [n.name, n.reference]).sort()).toEqual(
    plan.definedNames.map((n) => [n.name, `=${n.ref}`]).sort(),
  );
}

function expectSheetMatches(fake: ExcelHost, plan: SheetPlan): void {
  const sheet = fake.sheet(plan.name);
  const where = (address: string) => `${plan.name}!${address}`;
  for (const block of plan.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((row, i) =>
      row.forEach((content, j) => {
        const cell = peekCell(sheet, origin.row + i, origin.column + j);
        const address = where(`${origin.row + i}/${origin.column + j}`);
        if (content === null)
          return expect({ address, cell: cell?.constant ?? null }).toEqual({ address, cell: null });
        if ("text" in content)
          expect({ address, constant: cell?.constant, formula: cell?.formula }).toEqual({
            address,
            constant: content.text,
            formula: null,
          });
        else if ("number" in content)
          expect({ address, constant: cell?.constant }).toEqual({ address, constant: content.number });
        else expect({ address, formula: cell?.formula }).toEqual({ address, formula: content.formula });
      }),
    );
  }
  expect(sheet.visibility).toBe(
    { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }[plan.visibility],
  );
  expect(sheet.protection.protected).toBe(plan.protection.protected);
  if (plan.protection.protected)
    expect(sheet.protection.options).toMatchObject({
      allowFormatColumns: plan.protection.allowFormatColumns,
      allowAutoFilter: plan.protection.allowAutoFilter,
      allowSort: plan.protection.allowSort,
    });
  expect(sheet.protection.password).toBe(plan.protection.password);
  expect(sheet.freeze).toEqual(plan.freeze ?? { rows: 0, columns: 0 });
  for (const column of plan.columns) {
    expect(sheet.columnWidths.get(column.index)).toBe(columnWidthPoints(column.width));
    expect(sheet.hiddenColumns.has(column.index)).toBe(column.hidden === true);
  }
  // Rules in the plan's precedence (lower plan priority = earlier in Excel's list).
  const rules = [...plan.conditionalFormats].sort((a, b) => a.priority - b.priority);
  expect(
    sheet.conditionalFormats.map((cf) => ({
      range: cf.range,
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      barColor: cf.barColor,
    })),
  ).toEqual(
    rules.map((rule) => ({
      range: parseRange(rule.range),
      formula: rule.kind === "expression" ? rule.formula : undefined,
      fill: rule.kind === "expression" && rule.fill ? `#${rule.fill}` : undefined,
      fontColor: rule.kind === "expression" && rule.fontColor ? `#${rule.fontColor}` : undefined,
      barColor: rule.kind === "dataBar" ? `#${rule.color}` : undefined,
    })),
  );
  expect(
    sheet.dataValidations.map((dv) => ({
      range: dv.range,
      source: dv.rule.list?.source,
      ignoreBlanks: dv.ignoreBlanks,
    })),
  ).toEqual(
    plan.dataValidations.map((dv) => ({
      range: parseRange(dv.range),
      source: "source" in dv.list ? dv.list.source : dv.list.values.join(","),
      ignoreBlanks: dv.allowBlank,
    })),
  );
  if (plan.print) {
    expect(sheet.pageLayout.printArea).toBe(plan.print.printArea);
    expect(sheet.pageLayout.printTitleRows).toBe(plan.print.titleRows);
    expect(sheet.pageLayout.orientation).toBe(
      plan.print.orientation === "landscape" ? "Landscape" : "Portrait",
    );
    expect(sheet.pageLayout.paperSize).toBe("A4");
    expect({ sheet: plan.name, zoom: sheet.pageLayout.zoom }).toEqual({
      sheet: plan.name,
      zoom: plan.print.scale === "fitToWidth" ? { horizontalFitToPages: 1 } : { scale: plan.print.scale },
    });
    expect({ sheet: plan.name, breaks: sheet.pageLayout.breaksBefore ?? [] }).toEqual({
      sheet: plan.name,
      breaks: (plan.print.breaksBefore ?? []).filter((row) => row > 1),
    });
  }
}
