/**
 * What the Word documents share: A4 landscape, Word's own heading styles, a named table style, the page
 * footer, and text runs that keep catalogue text exactly as it is. Uses the `docx` package only (no fs),
 * so it runs in Node and in the task pane.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  TableCell,
  TextRun,
  type ISectionOptions,
} from "docx";
import { PALETTE } from "../layout/styles";
import type { Language } from "../scheme/ratingScheme";
import { annexLabel } from "./labels";

/** A4 in twips (twentieths of a point), landscape. */
export const PAGE = { width: 16838, height: 11906 } as const;
export const PAGE_MARGIN = { top: 1134, bottom: 1134, left: 850, right: 850, header: 567, footer: 567 };
/** Width available for a table: the page less the left and right margins. */
export const TEXT_WIDTH = PAGE.width - PAGE_MARGIN.left - PAGE_MARGIN.right;

/** The table style every table of the documents uses; restyle it in Word to restyle them all. */
export const TABLE_STYLE_ID = "ZielbildTabelle";
export const TABLE_STYLE_NAME = "Zielbild Tabelle";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Body text size in half-points. */
const TABLE_FONT_SIZE = 18;

/**
 * The table style: thin grey grid, small cell margins, 9 pt text without spacing, and a dark header row
 * with white bold text (conditional formatting of the first row, as Word's built-in table styles do it).
 */
function tableStyleXml(): string {
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${PALETTE.border}"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("");
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE_ID}">` +
    `<w:name w:val="${TABLE_STYLE_NAME}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:rPr><w:sz w:val="${TABLE_FONT_SIZE}"/><w:szCs w:val="${TABLE_FONT_SIZE}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>` +
    `<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="${PALETTE.headerFont}"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${PALETTE.headerFill}"/></w:tcPr></w:tblStylePr>` +
    `</w:style>`
  );
}

function externalStyles(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${tableStyleXml()}</w:styles>`
  );
}

/** A document with Word's heading styles (keep with next), the table style and one A4 landscape section. */
export function newDocument(
  meta: { title: string; description: string; lang: Language },
  children: ISectionOptions["children"],
): Document {
  const heading = (size: number) => ({
    run: { size, bold: true, color: PALETTE.headerFill },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
  });
  return new Document({
    title: meta.title,
    description: meta.description,
    creator: "Zielbild",
    externalStyles: externalStyles(),
    styles: {
      default: {
        document: {
          run: { font: "Calibri", size: 20, language: { value: meta.lang === "de" ? "de-DE" : "en-GB" } },
        },
        title: { run: { size: 40, bold: true, color: PALETTE.headerFill } },
        heading1: heading(32),
        heading2: heading(26),
        heading3: heading(22),
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for landscape: give the portrait sheet.
            size: { orientation: PageOrientation.LANDSCAPE, width: PAGE.height, height: PAGE.width },
            margin: PAGE_MARGIN,
          },
        },
        footers: { default: pageFooter(meta.title, meta.lang) },
        children,
      },
    ],
  });
}

function pageFooter(title: string, lang: Language): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${title} · ${annexLabel("page", lang)} `, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: ` ${annexLabel("pageOf", lang)} `, size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
}

/**
 * Runs for a text exactly as given: line breaks become Word line breaks, nothing else is touched (a
 * leading "=" or "+" is text in Word anyway; umlauts and emoji are written as they are).
 */
export function textRuns(text: string, style: { bold?: boolean; color?: string } = {}): TextRun[] {
  return text
    .split("\n")
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...style }));
}

export function textParagraph(
  text: string,
  style: { bold?: boolean; color?: string; keepNext?: boolean } = {},
): Paragraph {
  const { keepNext, ...run } = style;
  return new Paragraph({ children: textRuns(text, run), ...(keepNext ? { keepNext: true } : {}) });
}

/** A table cell with one paragraph of text, optionally shaded (solid fill, as the workbook's cells). */
export function textCell(
  text: string,
  options: {
    width: number;
    fill?: string;
    bold?: boolean;
    color?: string;
    columnSpan?: number;
    align?: "center";
  },
): TableCell {
  return new TableCell({
    width: { size: options.width, type: "dxa" },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.fill } } : {}),
    children: [
      new Paragraph({
        ...(options.align === "center" ? { alignment: AlignmentType.CENTER } : {}),
        children: textRuns(text, {
          ...(options.bold ? { bold: true } : {}),
          ...(options.color ? { color: options.color } : {}),
        }),
      }),
    ],
  });
}

/** Splits a table width into columns by weight, in whole twips that add up exactly. */
export function columnWidths(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export async function packDocument(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, "uint8array");
}
