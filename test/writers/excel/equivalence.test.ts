/**
 * The same plan written through the Office.js adapter (into the fake, read back through the adapter) and
 * through exceljs (written to .xlsx, read back with exceljs) holds the same values, formulas, conditional
 * formats, validations, protection and sheet settings — for the full bundled catalogue.
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import type { WorkbookPlan } from "../../../src/layout/plan";
import type { WorkbookSnapshot } from "../../../src/layout/snapshot";
import { rangeAddress } from "../../../src/core/address";
import { readWorkbook } from "../../../src/writers/excel/readWorkbook";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { readXlsx } from "../../../src/writers/xlsx/readXlsx";
import { readXlsxDetails, type WorkbookDetails } from "../xlsx/readXlsxDetails";
import { writeXlsxBuffer } from "../../../src/writers/xlsx/writeXlsx";
import type { ExcelHost } from "../../excel-host";
import type { Rect } from "../../excel-host/state";
import { BUILT_AT, bundledCatalogue, useExcelHost } from "./helpers";

const fake = useExcelHost();

/** Every non-empty cell as "sheet!row,column" → its formula, or its value when it holds no formula. */
function contents(snapshot: WorkbookSnapshot): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const sheet of snapshot.sheets)
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = sheet.formulas[r]?.[c] ?? null;
        if (formula !== null) cells.set(`${sheet.name}!${r + 1},${c + 1}`, { formula });
        else if (value !== null) cells.set(`${sheet.name}!${r + 1},${c + 1}`, { value });
      }),
    );
  return cells;
}

const color = (value: string | undefined) =>
  value ? value.replace(/^#/, "").slice(-6).toUpperCase() : undefined;
const reference = (value: string | undefined) => (value ?? "").replace(/^=/, "").replace(/^"(.*)"$/, "$1");
const address = (rect: Rect) => rangeAddress(rect.top, rect.left, rect.bottom, rect.right);

function fakeRules(f: ExcelHost) {
  return f.state.sheets.map((sheet) => ({
    sheet: sheet.name,
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      range: address(cf.range),
      kind: cf.type === "Custom" ? "expression" : "dataBar",
      formula: cf.formula,
      fill: color(cf.fill),
      fontColor: color(cf.fontColor),
      barColor: color(cf.barColor),
    })),
    dataValidations: sheet.dataValidations
      .map((dv) => ({
        range: address(dv.range),
        source: reference(dv.rule.list?.source as string | undefined),
        allowBlank: dv.ignoreBlanks,
        prompt: [dv.prompt?.title, dv.prompt?.message],
        error: [dv.errorAlert?.style.toLowerCase(), dv.errorAlert?.title, dv.errorAlert?.message],
      }))
      .sort((a, b) => a.range.localeCompare(b.range)),
    protection: {
      protected: sheet.protection.protected,
      password: sheet.protection.password !== undefined,
      formatColumns: Boolean(sheet.protection.options.allowFormatColumns),
      autoFilter: Boolean(sheet.protection.options.allowAutoFilter),
      sort: Boolean(sheet.protection.options.allowSort),
    },
    visibility: sheet.visibility.replace(/^./, (ch) => ch.toLowerCase()),
    frozen: sheet.freeze,
    printArea: sheet.pageLayout.printArea,
  }));
}

function xlsxRules(details: WorkbookDetails) {
  return details.sheets.map((sheet) => ({
    sheet: sheet.name,
    conditionalFormats: [...sheet.conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({
        range: cf.range,
        kind: cf.type,
        formula: cf.type === "expression" ? cf.formulae[0] : undefined,
        fill: color(cf.fill),
        fontColor: color(cf.fontColor),
        barColor: color(cf.barColor),
      })),
    dataValidations: sheet.dataValidations
      .flatMap((dv) =>
        dv.ranges.map((range) => ({
          range,
          source: reference(dv.formulae[0]),
          allowBlank: dv.allowBlank,
          prompt: [dv.promptTitle, dv.prompt],
          error: [dv.errorStyle, dv.errorTitle, dv.error],
        })),
      )
      .sort((a, b) => a.range.localeCompare(b.range)),
    protection: {
      protected: sheet.protection?.sheet ?? false,
      password: sheet.protection?.hasPassword ?? false,
      formatColumns: sheet.protection?.formatColumns ?? false,
      autoFilter: sheet.protection?.autoFilter ?? false,
      sort: sheet.protection?.sort ?? false,
    },
    visibility: sheet.visibility,
    frozen: sheet.frozen ?? { rows: 0, columns: 0 },
    printArea: sheet.print.printArea,
  }));
}

async function bothWays(plan: WorkbookPlan) {
  await writePlanToWorkbook(plan);
  const bytes = await writeXlsxBuffer(plan);
  return { office: await readWorkbook(), xlsx: await readXlsx(bytes), details: await readXlsxDetails(bytes) };
}

describe.each([
  ["de", undefined],
  ["en", "geheim"],
] as const)("bundled catalogue, language %s, password %s", (language, password) => {
  const plan = buildPlan(bundledCatalogue(), {
    language,
    builtAt: BUILT_AT,
    ...(password ? { password } : {}),
  });

  it("holds the same values and formulas", async () => {
    const { office, xlsx } = await bothWays(plan);
    expect(office.sheets.map((s) => [s.name, s.visibility])).toEqual(
      xlsx.sheets.map((s) => [s.name, s.visibility]),
    );
    const a = contents(office);
    const b = contents(xlsx);
    expect(a.size).toBeGreaterThan(1000);
    const differences = [...new Set([...a.keys(), ...b.keys()])]
      .filter((key) => JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)))
      .map((key) => ({ key, office: a.get(key), xlsx: b.get(key) }));
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it("holds the same rules, validations, protection and sheet settings", async () => {
    const { details } = await bothWays(plan);
    const office = fakeRules(fake());
    expect(office).toEqual(xlsxRules(details));
    // The comparison is not vacuous: rules, lists and protection are there.
    expect(office.flatMap((s) => s.conditionalFormats).length).toBeGreaterThan(50);
    expect(office.flatMap((s) => s.dataValidations).length).toBeGreaterThanOrEqual(9 * 5);
    expect(
      office.every((s) => s.protection.protected && s.protection.password === (password !== undefined)),
    ).toBe(true);
  });

  it("holds the same defined names and the same unlocked cells", async () => {
    const { details } = await bothWays(plan);
    expect(
      [...fake().state.names.values()].map((n) => [n.name, reference(n.reference).replace(/'/g, "")]).sort(),
    ).toEqual(details.definedNames.map((n) => [n.name, (n.ranges[0] ?? "").replace(/'/g, "")]).sort());
    expect(details.sheets.reduce((n, s) => n + s.unlockedCells.size, 0)).toBeGreaterThan(500);
    for (const sheet of details.sheets) {
      const fakeSheet = fake().sheet(sheet.name);
      const unlocked = new Set(
        [...fakeSheet.cells]
          .filter(([, cell]) => !cell.locked)
          .map(([key]) => {
            const row = Math.floor(key / 16_385);
            return rangeAddress(row, key % 16_385, row, key % 16_385);
          }),
      );
      expect({ sheet: sheet.name, unlocked: [...unlocked].sort() }).toEqual({
        sheet: sheet.name,
        unlocked: [...sheet.unlockedCells].sort(),
      });
    }
  });
});
