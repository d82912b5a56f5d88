/**
 * Test-only: the sheet settings a plan asked for, as a written .xlsx holds them (conditional formats,
 * validations, protection, print settings, fills, defined names, fullCalcOnLoad) — for the writer's tests
 * and the writers' equivalence check. Moved out of src/writers/xlsx/readXlsx.ts; behaviour unchanged.
 */
import type ExcelJS from "exceljs";
// jszip comes with exceljs; exceljs drops <calcPr> when reading, so the details read it themselves.
import JSZip from "jszip";
import { rangeAddress } from "../../../src/core/address";
import { loadWorkbook } from "../../../src/writers/xlsx/readXlsx";

export interface ConditionalFormatDetail {
  readonly range: string;
  readonly type: string;
  readonly priority: number;
  /** Formulas with leading "=". */
  readonly formulae: readonly string[];
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly barColor?: string;
}

export interface DataValidationDetail {
  /** Ranges the rule covers, as rectangles. */
  readonly ranges: readonly string[];
  readonly type: string;
  readonly formulae: readonly string[];
  readonly allowBlank: boolean;
  readonly showInputMessage: boolean;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly showErrorMessage: boolean;
  readonly errorStyle?: string;
  readonly errorTitle?: string;
  readonly error?: string;
}

export interface SheetDetails {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly tabColor?: string;
  readonly columns: readonly { index: number; width?: number; hidden: boolean }[];
  readonly conditionalFormats: readonly ConditionalFormatDetail[];
  readonly dataValidations: readonly DataValidationDetail[];
  readonly protection?: {
    readonly sheet: boolean;
    readonly hasPassword: boolean;
    readonly selectLockedCells: boolean;
    readonly selectUnlockedCells: boolean;
    readonly formatColumns: boolean;
    readonly autoFilter: boolean;
    readonly sort: boolean;
  };
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly print: {
    readonly orientation?: string;
    readonly paperSize?: number;
    readonly fitToPage?: boolean;
    readonly fitToWidth?: number;
    readonly fitToHeight?: number;
    readonly scale?: number;
    readonly printArea?: string;
    readonly titleRows?: string;
    readonly margins?: Readonly<Record<string, number>>;
    readonly header?: string;
    readonly footer?: string;
  };
  /** Cells that hold something or have a style, whose protection is unlocked. */
  readonly unlockedCells: ReadonlySet<string>;
  /** Solid fill colour (hex RGB) of each styled cell that has one. */
  readonly fills: ReadonlyMap<string, string>;
}

export interface WorkbookDetails {
  readonly sheets: readonly SheetDetails[];
  readonly definedNames: readonly { name: string; ranges: readonly string[] }[];
  readonly creator?: string;
  readonly title?: string;
  readonly fullCalcOnLoad: boolean;
}

export async function readXlsxDetails(bytes: Uint8Array): Promise<WorkbookDetails> {
  const workbook = await loadWorkbook(bytes);
  const model = workbook.model as unknown as {
    definedNames?: { name: string; ranges: string[] }[];
  };
  return {
    sheets: workbook.worksheets.map(sheetDetails),
    definedNames: (model.definedNames ?? []).map(({ name, ranges }) => ({ name, ranges })),
    creator: workbook.creator,
    title: workbook.title,
    fullCalcOnLoad: await readsFullCalcOnLoad(bytes),
  };
}

async function readsFullCalcOnLoad(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const calcPr = /<calcPr\b[^>]*>/.exec(xml)?.[0] ?? "";
  return /\bfullCalcOnLoad="(1|true)"/.test(calcPr);
}

interface RawCfRule {
  type: string;
  priority: number;
  formulae?: string[];
  style?: Partial<ExcelJS.Style>;
  color?: { argb?: string };
}

type RawWorksheet = ExcelJS.Worksheet & {
  conditionalFormattings: { ref: string; rules: RawCfRule[] }[];
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  sheetProtection?: Record<string, unknown> | null;
};

function sheetDetails(worksheet: ExcelJS.Worksheet): SheetDetails {
  const raw = worksheet as RawWorksheet;
  const { unlockedCells, fills } = cellFlags(worksheet);
  return {
    name: worksheet.name,
    visibility: worksheet.state ?? "visible",
    tabColor: hex(worksheet.properties.tabColor?.argb),
    columns: columnDetails(worksheet),
    conditionalFormats: raw.conditionalFormattings.flatMap(({ ref, rules }) =>
      rules.map((rule) => cfDetail(ref, rule)),
    ),
    dataValidations: validationDetails(raw.dataValidations.model),
    protection: protectionDetail(raw.sheetProtection),
    frozen: frozenDetail(worksheet),
    print: printDetail(worksheet),
    unlockedCells,
    fills,
  };
}

function columnDetails(worksheet: ExcelJS.Worksheet): SheetDetails["columns"] {
  const columns: { index: number; width?: number; hidden: boolean }[] = [];
  for (let index = 1; index <= worksheet.columnCount; index++) {
    const column = worksheet.getColumn(index);
    columns.push({
      index,
      ...(column.width !== undefined && { width: column.width }),
      hidden: column.hidden,
    });
  }
  return columns;
}

function cfDetail(range: string, rule: RawCfRule): ConditionalFormatDetail {
  const fill = rule.style?.fill;
  const color = fill && fill.type === "pattern" ? (fill.bgColor?.argb ?? fill.fgColor?.argb) : undefined;
  return {
    range,
    type: rule.type,
    priority: rule.priority,
    formulae: (rule.formulae ?? []).map((f) => `=${f}`),
    ...(color && { fill: hex(color) }),
    ...(rule.style?.font?.color?.argb && { fontColor: hex(rule.style.font.color.argb) }),
    ...(rule.style?.font?.bold !== undefined && { bold: rule.style.font.bold }),
    ...(rule.color?.argb && { barColor: hex(rule.color.argb) }),
  };
}

/** exceljs expands each rule to its cells (sharing one object): group them back into rectangles. */
function validationDetails(
  model: Record<string, ExcelJS.DataValidation | undefined>,
): DataValidationDetail[] {
  const cellsByRule = new Map<ExcelJS.DataValidation, string[]>();
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    const cells = cellsByRule.get(rule);
    if (cells) cells.push(address);
    else cellsByRule.set(rule, [address]);
  }
  return [...cellsByRule].map(([rule, cells]) => ({
    ranges: rectangles(cells),
    type: rule.type,
    formulae: (rule.formulae ?? []).map(String),
    allowBlank: Boolean(rule.allowBlank),
    showInputMessage: Boolean(rule.showInputMessage),
    ...(rule.promptTitle !== undefined && { promptTitle: rule.promptTitle }),
    ...(rule.prompt !== undefined && { prompt: rule.prompt }),
    showErrorMessage: Boolean(rule.showErrorMessage),
    ...(rule.errorStyle !== undefined && { errorStyle: rule.errorStyle }),
    ...(rule.errorTitle !== undefined && { errorTitle: rule.errorTitle }),
    ...(rule.error !== undefined && { error: rule.error }),
  }));
}

/** Covers a set of cell addresses with column runs merged side by side into rectangles. */
function rectangles(addresses: readonly string[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const address of addresses) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) continue;
    const column = columnNumber(match[1]!);
    const rows = byColumn.get(column) ?? [];
    rows.push(Number(match[2]));
    byColumn.set(column, rows);
  }
  const runs: { left: number; right: number; top: number; bottom: number }[] = [];
  for (const [column, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let top = rows[0]!;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
      const bottom = rows[i - 1]!;
      const neighbour = runs.find((r) => r.right === column - 1 && r.top === top && r.bottom === bottom);
      if (neighbour) neighbour.right = column;
      else runs.push({ left: column, right: column, top, bottom });
      top = rows[i]!;
    }
  }
  return runs.map((r) => rangeAddress(r.top, r.left, r.bottom, r.right));
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function protectionDetail(
  protection: Record<string, unknown> | null | undefined,
): SheetDetails["protection"] {
  if (!protection || !flag(protection.sheet)) return undefined;
  return {
    sheet: true,
    hasPassword: Boolean(protection.hashValue ?? protection.password),
    selectLockedCells: flag(protection.selectLockedCells, true),
    selectUnlockedCells: flag(protection.selectUnlockedCells, true),
    formatColumns: flag(protection.formatColumns),
    autoFilter: flag(protection.autoFilter),
    sort: flag(protection.sort),
  };
}

function flag(value: unknown, otherwise = false): boolean {
  if (value === undefined || value === null) return otherwise;
  return value === true || value === "1" || value === 1 || value === "true";
}

function frozenDetail(worksheet: ExcelJS.Worksheet): SheetDetails["frozen"] {
  const view = (worksheet.views ?? []).find((v) => v.state === "frozen") as
    { xSplit?: number; ySplit?: number } | undefined;
  return view ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : undefined;
}

function printDetail(worksheet: ExcelJS.Worksheet): SheetDetails["print"] {
  const setup = worksheet.pageSetup;
  return {
    orientation: setup.orientation,
    paperSize: setup.paperSize,
    fitToPage: setup.fitToPage,
    fitToWidth: setup.fitToWidth,
    fitToHeight: setup.fitToHeight,
    scale: setup.scale,
    printArea: setup.printArea,
    titleRows: setup.printTitlesRow,
    margins: setup.margins as unknown as Record<string, number> | undefined,
    header: worksheet.headerFooter?.oddHeader,
    footer: worksheet.headerFooter?.oddFooter,
  };
}

function cellFlags(worksheet: ExcelJS.Worksheet): { unlockedCells: Set<string>; fills: Map<string, string> } {
  const unlockedCells = new Set<string>();
  const fills = new Map<string, string>();
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.style?.protection?.locked === false) unlockedCells.add(cell.address);
      const fill = cell.style?.fill;
      if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
        fills.set(cell.address, hex(fill.fgColor.argb)!);
    }),
  );
  return { unlockedCells, fills };
}

function hex(argb: string | undefined): string | undefined {
  return argb ? argb.slice(-6).toUpperCase() : undefined;
}
