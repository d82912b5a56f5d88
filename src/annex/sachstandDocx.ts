/**
 * The Sachstand working document: per action field (Heading 1) the Übersicht's figures, the measures
 * grouped by level with their Bemerkungen, the measures marked Weiterführungsbedarf, Zuständigkeit
 * fraglich and Veränderte Rahmenbedingungen, and — when the catalogue carries a previous round — what
 * changed since then. The raw material for the report's chapter on each field.
 */
import { HeadingLevel, Paragraph, Table, TableRow, type Document } from "docx";
import { label } from "../layout/labels";
import { INVALID_DISPLAY, NOT_RATED, type Language } from "../scheme/ratingScheme";
import { groupRow, headerRow, titleBlock } from "./annexDocx";
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
import { annexLabel } from "./labels";
import type { Annex, RatingDisplay } from "./model";
import { sachstandOf, type SachstandEntry, type SachstandField, type SachstandGroup } from "./sachstand";

export function sachstandDocument(annex: Annex): Document {
  const lang = annex.language;
  const kind = annexLabel("sachstandKind", lang);
  return newDocument({ title: annex.title, description: kind, lang }, [
    ...titleBlock(annex, kind),
    textParagraph(annexLabel("sachstandIntro", lang)),
    ...annex.fields.flatMap((field, i) =>
      fieldSection(sachstandOf(field, annex.hasPreviousRound), lang, i > 0, annex.hasPreviousRound),
    ),
  ]);
}

export async function sachstandDocx(annex: Annex): Promise<Uint8Array> {
  return packDocument(sachstandDocument(annex));
}

function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  const headings = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  return new Paragraph({
    heading: headings[level],
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: textRuns(text),
  });
}

function fieldSection(
  s: SachstandField,
  lang: Language,
  newPage: boolean,
  withChanges: boolean,
): (Paragraph | Table)[] {
  return [
    heading(1, s.field.heading, newPage),
    heading(2, annexLabel("figures", lang)),
    figuresTable(s, lang),
    heading(2, annexLabel("byLevel", lang)),
    ...s.groups.flatMap((group) => [
      heading(3, `${groupName(group, lang)} (${group.entries.length})`),
      entriesOrNone(group.entries, lang),
    ]),
    heading(2, annexLabel("marked", lang)),
    ...s.marked.flatMap(({ symbol, entries }) => [
      heading(3, `${symbol.glyph} ${symbol.label[lang]} (${entries.length})`),
      entriesOrNone(entries, lang),
    ]),
    ...(withChanges
      ? [
          heading(2, annexLabel("changes", lang)),
          s.changes.length > 0 ? changesTable(s.changes, lang) : textParagraph(annexLabel("noChanges", lang)),
        ]
      : []),
  ];
}

function groupName(group: SachstandGroup, lang: Language): string {
  if (group.kind === "level") return group.level.value[lang];
  return group.kind === "open" ? NOT_RATED.display[lang] : INVALID_DISPLAY[lang];
}

const FIGURE_COLUMNS = columnWidths([60, 20, 20], Math.round(TEXT_WIDTH * 0.6));

function figuresTable(s: SachstandField, lang: Language): Table {
  const [name, count, share] = FIGURE_COLUMNS as [number, number, number];
  const rated = s.status.rated;
  const percent = (n: number) =>
    rated === 0 ? "–" : `${Math.round((n / rated) * 100)}${lang === "de" ? " %" : "%"}`;
  const row = (text: string, n: number, shareText = "", fill?: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        textCell(text, { width: name, ...(fill ? { fill } : {}) }),
        textCell(String(n), { width: count }),
        textCell(shareText, { width: share }),
      ],
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: FIGURE_COLUMNS.reduce((a, b) => a + b, 0), type: "dxa" },
    columnWidths: FIGURE_COLUMNS,
    rows: [
      headerRow(
        [annexLabel("figure", lang), annexLabel("count", lang), annexLabel("shareOfRated", lang)],
        FIGURE_COLUMNS,
      ),
      row(annexLabel("goalsCount", lang), s.goals),
      row(annexLabel("measuresCount", lang), s.measures),
      row(annexLabel("rated", lang), s.status.rated),
      row(NOT_RATED.display[lang], s.status.open),
      row(INVALID_DISPLAY[lang], s.status.invalid),
      groupRow(label("legendLevels", lang), FIGURE_COLUMNS),
      ...s.levels.map(({ level, count: n }) => row(level.value[lang], n, percent(n), level.fill)),
      groupRow(label("legendSymbols", lang), FIGURE_COLUMNS),
      ...s.symbols.map(({ symbol, count: n }) => row(`${symbol.glyph} ${symbol.label[lang]}`, n)),
    ],
  });
}

const ENTRY_COLUMNS = columnWidths([5, 34, 16, 12, 33]);

function entriesOrNone(entries: readonly SachstandEntry[], lang: Language): Paragraph | Table {
  if (entries.length === 0) return textParagraph(annexLabel("none", lang));
  const [goal, measure, unit, rating, remark] = ENTRY_COLUMNS as [number, number, number, number, number];
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: TEXT_WIDTH, type: "dxa" },
    columnWidths: ENTRY_COLUMNS,
    rows: [
      headerRow(
        [
          label("goal", lang),
          label("measure", lang),
          annexLabel("unit", lang),
          label("rating", lang),
          annexLabel("remark", lang),
        ],
        ENTRY_COLUMNS,
      ),
      ...entries.map(
        (e) =>
          new TableRow({
            cantSplit: true,
            children: [
              textCell(String(e.goal.number), { width: goal, align: "center" }),
              textCell(e.measure.title, { width: measure }),
              textCell(e.measure.unit ?? "", { width: unit }),
              ratingCell(e.measure.display, rating),
              textCell(e.measure.remark ?? "", { width: remark }),
            ],
          }),
      ),
    ],
  });
}

const CHANGE_COLUMNS = columnWidths([5, 31, 12, 12, 20, 20]);

function changesTable(entries: readonly SachstandEntry[], lang: Language): Table {
  const [goal, measure, before, now, remarkBefore, remark] = CHANGE_COLUMNS as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: TEXT_WIDTH, type: "dxa" },
    columnWidths: CHANGE_COLUMNS,
    rows: [
      headerRow(
        [
          label("goal", lang),
          label("measure", lang),
          annexLabel("before", lang),
          annexLabel("now", lang),
          annexLabel("remarkBefore", lang),
          annexLabel("remark", lang),
        ],
        CHANGE_COLUMNS,
      ),
      ...entries.map(
        (e) =>
          new TableRow({
            cantSplit: true,
            children: [
              textCell(String(e.goal.number), { width: goal, align: "center" }),
              textCell(e.measure.title, { width: measure }),
              e.measure.previous
                ? ratingCell(e.measure.previous.display, before)
                : textCell("", { width: before }),
              ratingCell(e.measure.display, now),
              textCell(e.measure.previous?.remark ?? "", { width: remarkBefore }),
              textCell(e.measure.remark ?? "", { width: remark }),
            ],
          }),
      ),
    ],
  });
}

function ratingCell(display: RatingDisplay, width: number) {
  return textCell(display.text, {
    width,
    fill: display.fill,
    color: display.fontColor,
    bold: display.status !== "open",
  });
}
