/**
 * The workbook the Excel host holds: what a workbook "is" after every action Excel carried out. Tests read
 * it directly (e.g. the conditional formats, which Office.js cannot reliably read back).
 */
import { columnIndex } from "../../src/core/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** The lines drawn on the cell's sides ("top", "bottom", "left", "right") and diagonals. */
  borders?: Partial<Record<string, { style?: string; weight?: string; color?: string }>>;
}

export interface CellState {
  /** The constant in the cell (text, number, boolean); null when empty or a formula. */
  constant: string | number | boolean | null;
  formula: string | null;
  /** What a formula "calculated": the fake does not calculate; tests may set it. */
  formulaResult: string | number | boolean | null;
  numberFormat: string;
  /** Text entered with a leading apostrophe: Excel keeps the text without it and marks the cell. */
  quotePrefix?: boolean;
  locked: boolean;
  format: CellFormat;
}

export interface ConditionalFormatState {
  type: "Custom" | "DataBar";
  range: Rect;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  barColor?: string;
  priority: number;
  stopIfTrue: boolean;
}

export interface DataValidationState {
  range: Rect;
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ProtectionState {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  password?: string;
}

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printArea?: string;
  printTitleRows?: string;
  margins?: { unit: string; options: Excel.PageLayoutMarginOptions };
  headersFooters: Record<string, string>;
  /** Rows that start a new page (manual horizontal page breaks). */
  breaksBefore?: number[];
}

export interface ChartState {
  type: string;
  source: Rect;
  categories?: Rect;
  seriesBy: string;
  name: string;
  title: string;
  position?: { start: string; end?: string };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<number, CellState>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  protection: ProtectionState;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutState;
  conditionalFormats: ConditionalFormatState[];
  dataValidations: DataValidationState[];
  charts: ChartState[];
  autoFilter: { range: string; columnIndex?: number; criteria?: Excel.FilterCriteria } | null;
}

export interface CustomXmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: Map<string, { name: string; reference: string }>;
  customXmlParts: CustomXmlPartState[];
  protected: boolean;
  activeSheetId?: string;
  selection?: { sheetId: string; address: string };
  nextId: number;
  /**
   * Something was written while calculation was suspended, and no full calculation has run since: Excel
   * then leaves dependants uncalculated (Application.suspendApiCalculationUntilNextSync: "Once set, it is
   * the developer's responsibility to re-calc the workbook, to ensure that any dependencies are
   * propagated").
   */
  calculationPending?: boolean;
}

export function emptyWorkbook(): WorkbookState {
  return { sheets: [], names: new Map(), customXmlParts: [], protected: false, nextId: 1 };
}

export function newSheet(workbook: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: `{sheet-${workbook.nextId++}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    protection: { protected: false, options: {} },
    freeze: { rows: 0, columns: 0 },
    pageLayout: { headersFooters: {} },
    conditionalFormats: [],
    dataValidations: [],
    charts: [],
    autoFilter: null,
  };
  return sheet;
}

export function cellKey(row: number, column: number): number {
  return row * (MAX_COLUMNS + 1) + column;
}

export function emptyCell(): CellState {
  return {
    constant: null,
    formula: null,
    formulaResult: null,
    numberFormat: "General",
    locked: true,
    format: {},
  };
}

export function cellAt(sheet: SheetState, row: number, column: number): CellState {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function peekCell(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** Parses "A1", "A1:C3", "C:F" (whole columns), "5:9" (whole rows), optionally with a sheet prefix. */
export function parseAddress(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from = "", to = from] = local.replace(/\$/g, "").split(":");
  const a = parsePart(from);
  const b = parsePart(to);
  return {
    top: Math.min(a.row ?? 1, b.row ?? 1),
    bottom: Math.max(a.row ?? MAX_ROWS, b.row ?? MAX_ROWS),
    left: Math.min(a.column ?? 1, b.column ?? 1),
    right: Math.max(a.column ?? MAX_COLUMNS, b.column ?? MAX_COLUMNS),
  };
}

function parsePart(part: string): { row?: number; column?: number } {
  const match = /^([A-Za-z]{0,3})(\d*)$/.exec(part);
  if (!match || (match[1] === "" && match[2] === ""))
    throw new RangeError(`Fake Excel: invalid address "${part}"`);
  return {
    column: match[1] ? columnIndex(match[1]) : undefined,
    row: match[2] ? Number(match[2]) : undefined,
  };
}

export function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function sheetByName(workbook: WorkbookState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/** A plain, comparable copy of the whole workbook (for "the workbook is unchanged" assertions). */
export function dumpWorkbook(workbook: WorkbookState): unknown {
  return {
    sheets: workbook.sheets.map((sheet) => ({
      ...sheet,
      cells: [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]),
      columnWidths: [...sheet.columnWidths.entries()],
      hiddenColumns: [...sheet.hiddenColumns],
      rowHeights: [...sheet.rowHeights.entries()],
    })),
    names: [...workbook.names.values()],
    customXmlParts: workbook.customXmlParts,
    protected: workbook.protected,
  };
}
