/**
 * Turns one SheetPlan into queued operations: the sheet, its columns and rows, its contents
 * (contentOperations.ts) and looks (styleOperations.ts), conditional formats, validations, panes, print
 * settings and protection. Nothing here syncs.
 */
import type { WorksheetApi } from "./api";
import { joinWithin, MAX_AREAS_ADDRESS_CHARS } from "./areas";
import { operation, type Operation } from "./batch";
import { blockOperations } from "./contentOperations";
import { styleOperations } from "./styleOperations";
import type {
  ConditionalFormatPlan,
  DataValidationPlan,
  PrintPlan,
  SheetPlan,
  WorkbookPlan,
} from "../../layout/plan";
import { cellAddress, columnLetter } from "../../core/address";
import { columnWidthPoints } from "../../layout/printScale";

/**
 * Every sheet of the plan, added empty under its final name. They are queued before any content: Excel
 * resolves a sheet name when a formula, a list source, a rule or a chart source is entered, and a name
 * that does not exist yet becomes an external reference that is not re-bound later (issue 14, finding 2).
 */
export function addSheetOperations(plan: WorkbookPlan): Operation[] {
  return plan.sheets.map(addSheet);
}

/** A sheet's contents and settings; the sheet itself is added by addSheetOperations, earlier. */
export function sheetOperations(plan: WorkbookPlan, sheet: SheetPlan): Operation[] {
  return [
    ...columnOperations(sheet),
    ...rowOperations(sheet),
    ...styleOperations(plan, sheet),
    ...sheet.blocks.flatMap((block) => blockOperations(sheet.name, block)),
    ...conditionalFormatOperations(sheet),
    ...sheet.dataValidations.map((dv) => dataValidationOperation(sheet.name, dv)),
    ...freezeOperations(sheet),
    ...(sheet.print ? [printOperation(sheet.name, sheet.print)] : []),
  ];
}

/** Visibility and protection come last, after every write to the sheet. */
export function finishSheetOperations(sheet: SheetPlan): Operation[] {
  const ops: Operation[] = [];
  if (sheet.visibility !== "visible") {
    const visibility = sheet.visibility === "hidden" ? "Hidden" : "VeryHidden";
    ops.push(
      operation(
        `${sheet.name}: Sichtbarkeit`,
        visibility,
        (_, get) => (get(sheet.name).visibility = visibility),
      ),
    );
  }
  if (sheet.protection.protected) ops.push(protectOperation(sheet));
  return ops;
}

function addSheet(sheet: SheetPlan): Operation {
  return operation(`${sheet.name}: anlegen`, [sheet.name, sheet.tabColor], (context) => {
    const added = context.workbook.worksheets.add(sheet.name);
    if (sheet.tabColor) added.tabColor = `#${sheet.tabColor}`;
  });
}

/**
 * One operation per distinct width (all its column runs as one multi-area address for getRanges), and one
 * per run of hidden columns (RangeAreas has no columnHidden).
 */
function columnOperations(sheet: SheetPlan): Operation[] {
  const areasByWidth = new Map<number, string[]>();
  const hidden: string[] = [];
  for (const run of runsOf(sheet.columns, (c) => `${columnWidthPoints(c.width)}|${c.hidden === true}`)) {
    const first = run[0]!;
    const address = `${columnLetter(first.index)}:${columnLetter(run[run.length - 1]!.index)}`;
    const points = columnWidthPoints(first.width);
    areasByWidth.set(points, [...(areasByWidth.get(points) ?? []), address]);
    if (first.hidden) hidden.push(address);
  }
  return [
    ...[...areasByWidth].flatMap(([points, areas]) =>
      joinWithin(areas, MAX_AREAS_ADDRESS_CHARS).map((address) =>
        operation(`${sheet.name}: Spalten ${address}`, [address, points], (_, get) => {
          get(sheet.name).getRanges(address).format.columnWidth = points;
        }),
      ),
    ),
    ...hidden.map((address) =>
      operation(`${sheet.name}: Spalten ${address} ausblenden`, address, (_, get) => {
        get(sheet.name).getRange(address).columnHidden = true;
      }),
    ),
  ];
}

/**
 * Row heights as few and short multi-area addresses for worksheet.getRanges (ExcelApi 1.9): the sheet's most
 * common height is set first over every run of consecutive rows that have a height ("6:19"), then each
 * other height over its own runs — so only the rows that differ from the common height are listed one by
 * one. A single row is addressed by its first cell ("A6"): rowHeight is "the height of all rows in the
 * range". Excel refuses some long area addresses (from about 8,000 characters, office-js #5198), so each
 * address is kept under MAX_AREAS_ADDRESS_CHARS.
 */
function rowOperations(sheet: SheetPlan): Operation[] {
  const counts = new Map<number, number>();
  for (const row of sheet.rows) counts.set(row.height, (counts.get(row.height) ?? 0) + 1);
  const base = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (base === undefined) return [];
  const area = (run: readonly { readonly index: number }[]) => {
    const first = run[0]!.index;
    const last = run[run.length - 1]!.index;
    return first === last ? `A${first}` : `${first}:${last}`;
  };
  const areasByHeight = new Map<number, string[]>([[base, runsOf(sheet.rows, () => "").map(area)]]);
  for (const run of runsOf(sheet.rows, (r) => String(r.height))) {
    const height = run[0]!.height;
    if (height === base) continue;
    areasByHeight.set(height, [...(areasByHeight.get(height) ?? []), area(run)]);
  }
  return [...areasByHeight].flatMap(([height, areas]) =>
    joinWithin(areas, MAX_AREAS_ADDRESS_CHARS).map((address) =>
      operation(
        `${sheet.name}: Zeilenhöhe ${height} (${address.split(",")[0]}…)`,
        [address, height],
        (_, get) => {
          get(sheet.name).getRanges(address).format.rowHeight = height;
        },
      ),
    ),
  );
}

/** Consecutive items (by index) with the same key, so equal widths/heights are set once per run. */
function runsOf<T extends { readonly index: number }>(items: readonly T[], key: (item: T) => string): T[][] {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.index + 1 === item.index && key(last) === key(item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

// ----------------------------------------------------------------------------- rules and validations

/**
 * Rules are cleared over the sheet and re-created, never read back (reading them can throw, office-js
 * #6827). Excel puts each new rule on top, so rules are added from the lowest precedence to the highest,
 * and each is explicitly moved to the top: the result is the plan's order whichever way a build inserts.
 */
function conditionalFormatOperations(sheet: SheetPlan): Operation[] {
  const ordered = [...sheet.conditionalFormats].sort((a, b) => b.priority - a.priority);
  const clear = operation(`${sheet.name}: Regeln leeren`, sheet.extent, (_, get) =>
    get(sheet.name).getRange(sheet.extent).conditionalFormats.clearAll(),
  );
  return [clear, ...ordered.map((rule) => conditionalFormatOperation(sheet.name, rule))];
}

function conditionalFormatOperation(sheetName: string, rule: ConditionalFormatPlan): Operation {
  return operation(
    `${sheetName}: Regel ${rule.range}`,
    rule,
    (_, get, shared) => {
      // Rules on the same range share its range and collection objects within a request.
      const rules = shared(
        `Regeln ${sheetName}!${rule.range}`,
        () => get(sheetName).getRange(rule.range).conditionalFormats,
      );
      if (rule.kind === "expression") {
        const cf = rules.add("Custom");
        cf.custom.rule.formula = rule.formula;
        if (rule.fill !== undefined) cf.custom.format.fill.color = `#${rule.fill}`;
        if (rule.fontColor !== undefined) cf.custom.format.font.color = `#${rule.fontColor}`;
        if (rule.bold !== undefined) cf.custom.format.font.bold = rule.bold;
        cf.priority = 0;
      } else {
        const cf = rules.add("DataBar");
        cf.dataBar.positiveFormat.fillColor = `#${rule.color}`;
        cf.dataBar.positiveFormat.gradientFill = false;
        cf.priority = 0;
      }
    },
    8,
  );
}

function dataValidationOperation(sheetName: string, dv: DataValidationPlan): Operation {
  const source =
    "source" in dv.list ? dv.list.source : inlineList(dv.list.values, `${sheetName}!${dv.range}`);
  return operation(
    `${sheetName}: Auswahlliste ${dv.range}`,
    [dv, source],
    (_, get) => {
      const validation = get(sheetName).getRange(dv.range).dataValidation;
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.ignoreBlanks = dv.allowBlank;
      validation.prompt = { showPrompt: true, title: dv.prompt.title, message: dv.prompt.message };
      validation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: dv.error.title,
        message: dv.error.message,
      };
    },
    7,
  );
}

/** A list given inline is a comma-separated string in Office.js; a value containing a comma cannot be listed. */
export function inlineList(values: readonly string[], where: string): string {
  const bad = values.find((v) => v.includes(","));
  if (bad !== undefined) throw new Error(`Plan: Listenwert „${bad}“ in ${where} enthält ein Komma`);
  return values.join(",");
}

function freezeOperations(sheet: SheetPlan): Operation[] {
  const freeze = sheet.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return [];
  return [
    operation(`${sheet.name}: fixieren`, freeze, (_, get) => {
      const panes = get(sheet.name).freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0)
        panes.freezeAt(`A1:${cellAddress(freeze.rows, freeze.columns)}`);
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    }),
  ];
}

function printOperation(sheetName: string, print: PrintPlan): Operation {
  return operation(
    `${sheetName}: Druck`,
    print,
    (_, get) => {
      const layout = get(sheetName).pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      // A field sheet prints at a fixed scale (src/layout/printScale.ts). Elsewhere one page wide, as many
      // pages tall as needed: Excel.PageLayoutZoomOptions documents a page count (0 is not one), so only
      // the width is set; a new sheet's height is "Automatisch", what the .xlsx writer stores as
      // fitToHeight="0". office-js #1860 reports hosts that ignore fit-to-pages unless the Page Layout tab
      // is showing; then the print falls back to 100 % (several pages wide for the Übersicht).
      layout.zoom = print.scale === "fitToWidth" ? { horizontalFitToPages: 1 } : { scale: print.scale };
      layout.setPrintArea(print.printArea);
      if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
      layout.setPrintMargins("Inches", { ...print.margins });
      const page = layout.headersFooters.defaultForAllPages;
      page.leftHeader = print.header.left ?? "";
      page.centerHeader = print.header.center ?? "";
      page.rightHeader = print.header.right ?? "";
      page.leftFooter = print.footer.left ?? "";
      page.centerFooter = print.footer.center ?? "";
      page.rightFooter = print.footer.right ?? "";
      // Worksheet.horizontalPageBreaks.add (ExcelApi 1.9): a break before the range's top-left cell.
      const breaks = get(sheetName).horizontalPageBreaks;
      for (const row of print.breaksBefore ?? []) if (row > 1) breaks.add(`A${row}`);
    },
    16 + 3 * (print.breaksBefore?.length ?? 0),
  );
}

export function protectionOptions(sheet: SheetPlan): Excel.WorksheetProtectionOptions {
  return {
    allowFormatColumns: sheet.protection.allowFormatColumns,
    allowAutoFilter: sheet.protection.allowAutoFilter,
    allowSort: sheet.protection.allowSort,
    selectionMode: "Normal",
  };
}

/** Only for a sheet this build just created: a new sheet is never protected, so protect() cannot throw. */
function protectOperation(sheet: SheetPlan): Operation {
  return operation(`${sheet.name}: schützen`, protectionOptions(sheet), (_, get) =>
    get(sheet.name).protection.protect(protectionOptions(sheet), sheet.protection.password),
  );
}

export type { WorksheetApi };
