/**
 * The annex as a Word document, as the planning office pastes it into its report: a title block, the
 * Bewertungsschema, then per action field a heading (Heading 2, so Word's navigation pane lists the
 * fields) and one table Ziel | Herausforderung & Zielbeschreibung | Maßnahmen | Bewertung.
 *
 * Each challenge is a heading row across the table, kept with the next row; each measure is a row that
 * never splits across pages; the goal's number and description stand once per goal, merged down over
 * its measures; the header row repeats on every page. The Bewertung cell carries the level's colour and
 * the level as a word, so it reads in black-and-white print too.
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, VerticalMergeType, type Document } from "docx";
import { COL_GOAL, COL_MEASURE, COL_RATING, COL_TEXT, FIELD_COLUMN_WIDTHS } from "../layout/fieldLayout";
import { label } from "../layout/labels";
import { PALETTE } from "../layout/styles";
import { LEVELS, NOT_RATED, SYMBOLS, INVALID_DISPLAY, type Language } from "../scheme/ratingScheme";
import {
  columnWidths,
  newDocument,
  packDocument,
  TABLE_STYLE_ID,
  TEXT_WIDTH,
  textCell,
  textParagraph,
  textRuns,
} from "./docxCommon";
import { annexLabel, formatDate } from "./labels";
import type { Annex, AnnexField, AnnexGoal, AnnexMeasure } from "./model";

/** The annex table's columns in the workbook's proportions (Ziel narrow, texts wide, Bewertung short). */
export const ANNEX_COLUMNS = columnWidths(
  [COL_GOAL, COL_TEXT, COL_MEASURE, COL_RATING].map((c) => FIELD_COLUMN_WIDTHS[c] ?? 10),
);

export function annexDocument(annex: Annex): Document {
  const lang = annex.language;
  const title = `${annexLabel("annexKind", lang)}: ${annexLabel("annexHeading", lang)}`;
  return newDocument({ title: annex.title, description: title, lang }, [
    ...titleBlock(annex, annexLabel("annexKind", lang)),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(title) }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(label("legendHeading", lang)) }),
    legendTable(lang),
    ...annex.fields.flatMap((field) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        pageBreakBefore: true,
        children: textRuns(field.heading),
      }),
      fieldTable(field, lang),
    ]),
  ]);
}

export async function annexDocx(annex: Annex): Promise<Uint8Array> {
  return packDocument(annexDocument(annex));
}

/** The title block: the workbook's title, the catalogue and its version, the unit if any, the date. */
export function titleBlock(annex: Annex, kind: string): Paragraph[] {
  const lang = annex.language;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(annex.title) }),
    textParagraph(kind, { bold: true }),
    textParagraph(`${annexLabel("catalogue", lang)}: ${annex.catalogueTitle}`),
    textParagraph(`${annexLabel("catalogueVersion", lang)}: ${annex.catalogueVersion}`),
    ...(annex.unit !== undefined
      ? [textParagraph(`${annexLabel("workbookUnit", lang)}: ${annex.unit}`)]
      : []),
    textParagraph(`${annexLabel("createdOn", lang)} ${formatDate(annex.date, lang)}`),
  ];
}

const LEGEND_COLUMNS = columnWidths([18, 42, 80]);

/** The Bewertungsschema: each level's colour, each symbol with its meaning, open and invalid. */
export function legendTable(lang: Language): Table {
  const [shown, name, meaning] = LEGEND_COLUMNS as [number, number, number];
  const group = (text: string) => groupRow(text, LEGEND_COLUMNS);
  const row = (cells: TableCell[]) => new TableRow({ cantSplit: true, children: cells });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: TEXT_WIDTH, type: "dxa" },
    columnWidths: LEGEND_COLUMNS,
    rows: [
      headerRow(
        [annexLabel("legendShown", lang), annexLabel("legendName", lang), annexLabel("legendMeaning", lang)],
        LEGEND_COLUMNS,
      ),
      group(label("legendLevels", lang)),
      ...LEVELS.map((level) =>
        row([
          textCell(level.value[lang], { width: shown, fill: level.fill, color: level.fontColor, bold: true }),
          textCell(level.label[lang], { width: name }),
          textCell("", { width: meaning }),
        ]),
      ),
      group(label("legendSymbols", lang)),
      ...SYMBOLS.map((symbol) =>
        row([
          textCell(symbol.glyph, { width: shown, bold: true, align: "center" }),
          textCell(symbol.label[lang], { width: name }),
          textCell(symbol.meaning[lang], { width: meaning }),
        ]),
      ),
      group(label("legendStatus", lang)),
      row([
        textCell(NOT_RATED.display[lang], { width: shown, fill: PALETTE.openFill, color: PALETTE.openFont }),
        textCell(NOT_RATED.label[lang], { width: name }),
        textCell(label("legendOpen", lang), { width: meaning }),
      ]),
      row([
        textCell(INVALID_DISPLAY[lang], {
          width: shown,
          fill: PALETTE.invalidFill,
          color: PALETTE.invalidFont,
          bold: true,
        }),
        textCell("", { width: name }),
        textCell(label("legendInvalid", lang), { width: meaning }),
      ]),
    ],
  });
}

/** One action field: header row, then per challenge a heading row and one row per measure. */
export function fieldTable(field: AnnexField, lang: Language): Table {
  const rows: TableRow[] = [
    headerRow(
      [label("goal", lang), label("challengeAndGoal", lang), label("measures", lang), label("rating", lang)],
      ANNEX_COLUMNS,
    ),
  ];
  for (const challenge of field.challenges) {
    rows.push(groupRow(challenge.title, ANNEX_COLUMNS));
    for (const goal of challenge.goals)
      goal.measures.forEach((measure, index) => rows.push(measureRow(goal, measure, index)));
  }
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: TEXT_WIDTH, type: "dxa" },
    columnWidths: ANNEX_COLUMNS,
    rows,
  });
}

function measureRow(goal: AnnexGoal, measure: AnnexMeasure, index: number): TableRow {
  const [goalWidth, textWidth, measureWidth, ratingWidth] = ANNEX_COLUMNS as [number, number, number, number];
  const merged = goal.measures.length > 1;
  const goalCell = (text: string, width: number, align?: "center") =>
    new TableCell({
      width: { size: width, type: "dxa" },
      ...(merged
        ? { verticalMerge: index === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
        : {}),
      children: [
        index === 0
          ? new Paragraph({ ...(align ? { alignment: "center" as const } : {}), children: textRuns(text) })
          : new Paragraph({}),
      ],
    });
  const display = measure.display;
  return new TableRow({
    cantSplit: true,
    children: [
      goalCell(String(goal.number), goalWidth, "center"),
      goalCell(goal.description, textWidth),
      textCell(measure.title, { width: measureWidth }),
      textCell(display.text, {
        width: ratingWidth,
        fill: display.fill,
        color: display.fontColor,
        bold: display.status !== "open",
      }),
    ],
  });
}

/** The table's first row: repeated on every page, never split (its look comes from the table style). */
export function headerRow(texts: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: texts.map((text, i) => textCell(text, { width: widths[i]!, bold: true })),
  });
}

/** A heading row across the whole table (a challenge, a legend group), kept with the row below it. */
export function groupRow(text: string, widths: readonly number[]): TableRow {
  return new TableRow({
    cantSplit: true,
    keepNext: true,
    children: [
      textCell(text, {
        width: widths.reduce((a, b) => a + b, 0),
        columnSpan: widths.length,
        fill: PALETTE.challengeFill,
        bold: true,
      }),
    ],
  });
}
