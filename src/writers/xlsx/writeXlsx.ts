/**
 * Applies a WorkbookPlan with exceljs. Decides nothing about layout: every value, style, rule and
 * setting comes from the plan; this file only translates it into exceljs' model.
 */
import ExcelJS from "exceljs";
// jszip comes with exceljs; used only to repair what exceljs writes wrongly (see escapePrintNames).
import JSZip from "jszip";
import type {
  CellContent,
  CellStyle,
  ConditionalFormatPlan,
  DataValidationPlan,
  PrintPlan,
  ProtectionPlan,
  SheetPlan,
  WorkbookPlan,
} from "../../layout/plan";
import { columnLetter, parseCell, parseRange } from "../../core/address";
import { SharedFormulas } from "./sharedFormulas";
import { composeStyles } from "./styles";
import { putText, zipTextAsBytes } from "./zipText";

zipTextAsBytes();

/** Excel refuses longer texts in a cell, longer input titles and messages, longer inline lists. */
const MAX_CELL_TEXT = 32767;
const MAX_PROMPT_TITLE = 32;
const MAX_PROMPT_MESSAGE = 255;
const MAX_INLINE_LIST = 255;

export function buildXlsxWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = plan.meta.generator;
  workbook.lastModifiedBy = plan.meta.generator;
  workbook.title = plan.meta.title;
  workbook.subject = plan.meta.catalogueTitle;
  workbook.keywords = `${plan.meta.catalogueId} ${plan.meta.catalogueVersion}`;
  workbook.created = new Date(plan.meta.builtAt);
  workbook.modified = new Date(plan.meta.builtAt);
  // exceljs writes no cached results: make Excel and LibreOffice compute every formula on open.
  workbook.calcProperties = { fullCalcOnLoad: true };

  const protections = new ProtectionCache();
  for (const sheet of plan.sheets) writeSheet(workbook, plan, sheet, protections);
  for (const name of plan.definedNames) workbook.definedNames.add(name.ref, name.name);
  return workbook;
}

export async function writeXlsxBuffer(plan: WorkbookPlan): Promise<Uint8Array> {
  const buffer = await buildXlsxWorkbook(plan).xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  const quoted = plan.sheets.filter((s) => s.print && s.name.includes("'")).map((s) => s.name);
  return quoted.length > 0 ? escapePrintNames(bytes, quoted) : bytes;
}

/**
 * exceljs writes print areas and titles as '<sheet name>'!… without doubling an apostrophe in the
 * name, which Excel rejects as a damaged file; double it in xl/workbook.xml.
 */
async function escapePrintNames(bytes: Uint8Array, sheetNames: readonly string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  for (const name of sheetNames) {
    const written = `&apos;${escapeXml(name).replace(/'/g, "&apos;")}&apos;!`;
    const escaped = `&apos;${escapeXml(name).replace(/'/g, "&apos;&apos;")}&apos;!`;
    xml = xml.split(written).join(escaped);
  }
  putText(zip, "xl/workbook.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  plan: WorkbookPlan,
  sheet: SheetPlan,
  protections: ProtectionCache,
): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility,
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
  });
  for (const column of sheet.columns) {
    const target = worksheet.getColumn(column.index);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  }
  for (const row of sheet.rows) worksheet.getRow(row.index).height = row.height;

  writeBlocks(worksheet, sheet);
  applyStyles(worksheet, plan, sheet);
  sheet.conditionalFormats.forEach((rule) => addConditionalFormat(worksheet, rule));
  sheet.dataValidations.forEach((rule) => addDataValidation(worksheet, sheet, rule));
  if (sheet.freeze) freezePanes(worksheet, sheet.freeze);
  if (sheet.print) applyPrint(worksheet, sheet.print);
  if (sheet.protection.protected) protections.protect(worksheet, sheet.protection);
}

type ProtectedSheet = ExcelJS.Worksheet & { sheetProtection: Record<string, unknown> };

/**
 * Hashing a password takes 100,000 SHA-512 rounds per sheet; sheets with the same settings share one
 * hash (and salt), which Excel accepts just the same.
 */
class ProtectionCache {
  private readonly done = new Map<string, Record<string, unknown>>();

  protect(worksheet: ExcelJS.Worksheet, protection: ProtectionPlan): void {
    const key = JSON.stringify(protection);
    const known = this.done.get(key);
    if (known) {
      (worksheet as ProtectedSheet).sheetProtection = { ...known };
      return;
    }
    // exceljs hashes inside the promise's executor, so the protection is set synchronously.
    void worksheet.protect(protection.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: protection.allowFormatColumns,
      autoFilter: protection.allowAutoFilter,
      sort: protection.allowSort,
    });
    this.done.set(key, { ...(worksheet as ProtectedSheet).sheetProtection });
  }
}

function writeBlocks(worksheet: ExcelJS.Worksheet, sheet: SheetPlan): void {
  const shared = new SharedFormulas();
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((cells, r) => {
      const row = worksheet.getRow(origin.row + r);
      cells.forEach((content, c) => {
        if (content === null) return;
        const cell = row.getCell(origin.column + c);
        cell.value =
          "formula" in content
            ? shared.value(row.number, origin.column + c, cell.address, withoutEquals(content.formula))
            : cellValue(content, sheet.name, cell.address);
      });
    });
  }
}

function cellValue(
  content: Exclude<CellContent, null | { formula: string }>,
  sheetName: string,
  address: string,
): ExcelJS.CellValue {
  if ("text" in content) {
    if (content.text.length > MAX_CELL_TEXT)
      throw new Error(`Blatt „${sheetName}“, Zelle ${address}: Text länger als ${MAX_CELL_TEXT} Zeichen`);
    // An empty text is an empty cell, as when Excel is given "".
    return content.text === "" ? null : ooxmlText(content.text);
  }
  return content.number;
}

/**
 * exceljs writes text verbatim, but every reader (Excel, LibreOffice, exceljs) decodes "_xHHHH_" in cell
 * text as the character U+HHHH, and XML turns a carriage return into a line feed. Escape both the way
 * Excel does ("_x005F_" is the underscore, "_x000D_" the CR), so the text reads back exactly as written.
 */
export function ooxmlText(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_").replace(/\r/g, "_x000D_");
}

/**
 * Style ranges are applied in order, property by property (as Office.js does): a later style
 * overrides only what it sets. Cells with the same sequence of styles share one style object, which
 * exceljs' style manager then resolves once (it caches style ids per object).
 */
function applyStyles(worksheet: ExcelJS.Worksheet, plan: WorkbookPlan, sheet: SheetPlan): void {
  const sequences = new StyleSequences();
  // Row → (column → id of the sequence of styles applied to that cell).
  const applied = new Map<number, number[]>();
  for (const { range, style } of sheet.styleRanges) {
    if (!plan.styles[style])
      throw new Error(`Blatt „${sheet.name}“: unbekannte Formatvorlage „${style}“ für ${range}`);
    const { top, left, bottom, right } = parseRange(range);
    for (let row = top; row <= bottom; row++) {
      let columns = applied.get(row);
      if (!columns) applied.set(row, (columns = []));
      for (let column = left; column <= right; column++)
        columns[column] = sequences.extend(columns[column] ?? NO_STYLES, style);
    }
  }
  const shared = new Map<number, Partial<ExcelJS.Style>>();
  for (const [row, columns] of applied) {
    const target = worksheet.getRow(row);
    for (let column = 1; column < columns.length; column++) {
      const sequence = columns[column];
      if (sequence === undefined) continue;
      let style = shared.get(sequence);
      if (!style) {
        style = toExcelStyle(composeStyles(sequences.names(sequence).map((name) => plan.styles[name]!)));
        shared.set(sequence, style);
      }
      target.getCell(column).style = style;
    }
  }
}

const NO_STYLES = 0;

/** Interns sequences of style names as small numbers, so that a cell's sequence grows without allocating. */
class StyleSequences {
  private readonly sequences: (readonly string[])[] = [[]];
  private readonly next: Map<string, number>[] = [new Map()];

  extend(sequence: number, style: string): number {
    const successors = this.next[sequence]!;
    let extended = successors.get(style);
    if (extended === undefined) {
      extended = this.sequences.length;
      this.sequences.push([...this.sequences[sequence]!, style]);
      this.next.push(new Map());
      successors.set(style, extended);
    }
    return extended;
  }

  names(sequence: number): readonly string[] {
    return this.sequences[sequence]!;
  }
}

function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.font) {
    const { bold, italic, size, color, name } = style.font;
    result.font = {
      ...(bold !== undefined && { bold }),
      ...(italic !== undefined && { italic }),
      ...(size !== undefined && { size }),
      ...(color !== undefined && { color: { argb: argb(color) } }),
      ...(name !== undefined && { name }),
    };
  }
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    result.alignment = {
      ...(style.horizontal && { horizontal: style.horizontal }),
      ...(style.vertical && { vertical: style.vertical === "center" ? "middle" : style.vertical }),
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
    };
  }
  if (style.border) {
    const edge: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(style.border) } };
    result.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  if (style.numberFormat) result.numFmt = style.numberFormat;
  if (style.locked !== undefined) result.protection = { locked: style.locked };
  return result;
}

function addConditionalFormat(worksheet: ExcelJS.Worksheet, rule: ConditionalFormatPlan): void {
  if (rule.kind === "expression") {
    const style: Partial<ExcelJS.Style> = {};
    if (rule.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } };
    if (rule.fontColor || rule.bold !== undefined)
      style.font = {
        ...(rule.fontColor && { color: { argb: argb(rule.fontColor) } }),
        ...(rule.bold !== undefined && { bold: rule.bold }),
      };
    worksheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        { type: "expression", priority: rule.priority, formulae: [withoutEquals(rule.formula)], style },
      ],
    });
    return;
  }
  // gradient: true keeps the bar a plain OOXML 2007 data bar (no x14 extension), which LibreOffice reads.
  const dataBar = {
    type: "dataBar",
    priority: rule.priority,
    gradient: true,
    cfvo: [{ type: "num", value: 0 }, { type: "max" }],
    color: { argb: argb(rule.color) },
  } as ExcelJS.DataBarRuleType;
  worksheet.addConditionalFormatting({ ref: rule.range, rules: [dataBar] });
}

function addDataValidation(worksheet: ExcelJS.Worksheet, sheet: SheetPlan, rule: DataValidationPlan): void {
  const place = `Blatt „${sheet.name}“, Gültigkeitsregel ${rule.range}`;
  checkLength(rule.prompt.title, MAX_PROMPT_TITLE, `${place}: Titel der Eingabemeldung`);
  checkLength(rule.prompt.message, MAX_PROMPT_MESSAGE, `${place}: Eingabemeldung`);
  checkLength(rule.error.title, MAX_PROMPT_TITLE, `${place}: Titel der Fehlermeldung`);
  checkLength(rule.error.message, MAX_PROMPT_MESSAGE, `${place}: Fehlermeldung`);
  // exceljs keeps a validation keyed by a range address and writes it as one rule over that sqref.
  (worksheet as WorksheetWithValidations).dataValidations.add(rule.range, {
    type: "list",
    allowBlank: rule.allowBlank,
    formulae: [listFormula(rule, place)],
    showInputMessage: true,
    promptTitle: rule.prompt.title,
    prompt: rule.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: rule.error.title,
    error: rule.error.message,
  });
}

/** exceljs has the collection at runtime but not in its typings. */
type WorksheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

function listFormula(rule: DataValidationPlan, place: string): string {
  if ("source" in rule.list) return withoutEquals(rule.list.source);
  for (const value of rule.list.values)
    if (/[,"]/.test(value))
      throw new Error(`${place}: Listenwert „${value}“ enthält Komma oder Anführungszeichen`);
  const inline = `"${rule.list.values.join(",")}"`;
  checkLength(inline, MAX_INLINE_LIST + 2, `${place}: Werteliste`);
  return inline;
}

function freezePanes(worksheet: ExcelJS.Worksheet, freeze: { rows: number; columns: number }): void {
  if (freeze.rows === 0 && freeze.columns === 0) return;
  worksheet.views = [
    {
      state: "frozen",
      xSplit: freeze.columns,
      ySplit: freeze.rows,
      topLeftCell: `${columnLetter(freeze.columns + 1)}${freeze.rows + 1}`,
    },
  ];
}

function applyPrint(worksheet: ExcelJS.Worksheet, print: PrintPlan): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: print.orientation,
    paperSize: 9, // A4
    ...(print.scale === "fitToWidth"
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: print.scale }),
    printArea: absoluteRows(print.printArea),
    ...(print.titleRows && { printTitlesRow: print.titleRows.replace(/\$/g, "") }),
    margins: { ...print.margins },
  };
  worksheet.headerFooter = {
    oddHeader: headerFooterText(print.header),
    oddFooter: headerFooterText(print.footer),
  };
  // exceljs puts a manual break below a row; the plan names the row that starts the new page.
  for (const row of print.breaksBefore ?? []) if (row > 1) worksheet.getRow(row - 1).addPageBreak();
}

/**
 * exceljs writes a print area "A1:D9" as $A1:$D9 (it only prefixes "$"); LibreOffice ignores such a
 * relative print area and prints every column. Giving it "A$1:D$9" yields the absolute $A$1:$D$9.
 */
function absoluteRows(range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  return `${columnLetter(left)}$${top}:${columnLetter(right)}$${bottom}`;
}

function headerFooterText(parts: { left?: string; center?: string; right?: string }): string {
  return [
    parts.left !== undefined ? `&L${parts.left}` : "",
    parts.center !== undefined ? `&C${parts.center}` : "",
    parts.right !== undefined ? `&R${parts.right}` : "",
  ].join("");
}

function checkLength(text: string, max: number, what: string): void {
  if (text.length > max) throw new Error(`${what} ist länger als ${max} Zeichen: „${text.slice(0, 40)}…“`);
}

function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}
