/** The Word annex read back: word/document.xml and word/styles.xml of the written .docx. */
import { annexDocx, ANNEX_COLUMNS } from "../../src/annex/annexDocx";
import { PAGE, PAGE_MARGIN, TABLE_STYLE_ID, TABLE_STYLE_NAME } from "../../src/annex/docxCommon";
import { AnnexSelectionError, buildAnnex } from "../../src/annex/model";
import { label } from "../../src/layout/labels";
import { PALETTE } from "../../src/layout/styles";
import { levelByCode, symbolByCode } from "../../src/scheme/ratingScheme";
import {
  child,
  findAll,
  findDeep,
  readDocx,
  tableRows,
  tablesWithHeadings,
  textOf,
  type XmlNode,
} from "./docxXml";
import { annexCatalogue, DATE, TEXTS, writtenWorkbook } from "./fixtures";

jest.setTimeout(60000);

const glyph = (code: Parameters<typeof symbolByCode>[0]) => symbolByCode(code).glyph;

async function annexParts(options: Parameters<typeof buildAnnex>[1] = { date: DATE }) {
  const { workbook } = await writtenWorkbook();
  return readDocx(await annexDocx(buildAnnex(workbook, options)));
}

function rowsOf(table: XmlNode): XmlNode[] {
  return findAll(table, "w:tr");
}

function cellsOf(row: XmlNode): XmlNode[] {
  return findAll(row, "w:tc");
}

function shadingOf(cell: XmlNode): string | undefined {
  return findAll(cell, "w:shd")[0]?.attrs["w:fill"];
}

/** The field tables (every table after the legend), with their headings. */
function fieldTables(body: XmlNode) {
  return tablesWithHeadings(body).slice(1);
}

describe("Word annex (docx)", () => {
  let parts: Awaited<ReturnType<typeof readDocx>>;
  beforeAll(async () => {
    parts = await annexParts();
  });

  it("has one table per action field, under a Heading 2 naming the field", () => {
    const tables = fieldTables(parts.body);
    expect(tables.map((t) => t.heading)).toEqual([
      "Handlungsfeld 1: Ankommen & Aufenthalt",
      "Handlungsfeld 2: Sprache",
      "Handlungsfeld 3: Bildung",
    ]);
    const headingStyles = findAll(parts.body, "w:p")
      .filter((p) => textOf(p).startsWith("Handlungsfeld "))
      .map((p) => findAll(p, "w:pStyle")[0]?.attrs["w:val"]);
    expect(headingStyles).toEqual(["Heading2", "Heading2", "Heading2"]);
  });

  it("has rows = header + challenges + measures, the header repeated, no row split across pages", () => {
    const [first, second] = fieldTables(parts.body).map((t) => t.table);
    // field 1: 2 challenges, 5 measures; field 2: 1 challenge, 2 measures
    expect(rowsOf(first!)).toHaveLength(1 + 2 + 5);
    expect(rowsOf(second!)).toHaveLength(1 + 1 + 2);
    for (const { table } of tablesWithHeadings(parts.body)) {
      const rows = rowsOf(table);
      expect(child(child(rows[0]!, "w:trPr")!, "w:tblHeader")).toBeDefined();
      for (const row of rows) expect(child(child(row, "w:trPr")!, "w:cantSplit")).toBeDefined();
      for (const row of rows.slice(1)) expect(child(child(row, "w:trPr")!, "w:tblHeader")).toBeUndefined();
    }
    expect(tableRows(first!)[0]).toEqual([
      "Ziel",
      "Herausforderung & Zielbeschreibung",
      "Maßnahmen",
      "Bewertung",
    ]);
  });

  it("writes each challenge as a heading row across the table, kept with its first measure", () => {
    const table = fieldTables(parts.body)[0]!.table;
    const heading = rowsOf(table)[1]!;
    expect(cellsOf(heading)).toHaveLength(1);
    expect(findAll(heading, "w:gridSpan")[0]?.attrs["w:val"]).toBe("4");
    expect(textOf(heading)).toBe(TEXTS.challenge);
    expect(shadingOf(cellsOf(heading)[0]!)).toBe(PALETTE.challengeFill);
    for (const p of findAll(heading, "w:p")) expect(findAll(p, "w:keepNext")).toHaveLength(1);
    // the measure rows are not kept with the next: only headings are
    expect(findDeep(rowsOf(table)[2]!, "w:keepNext")).toHaveLength(0);
  });

  it("shades each Bewertung cell with the level's colour from the scheme and shows the symbols", () => {
    const rows = rowsOf(fieldTables(parts.body)[0]!.table);
    const rating = (i: number) => cellsOf(rows[i]!)[3]!;
    // rows: 0 header, 1 challenge, 2 M1, 3 M2, 4 M3, 5 M4, 6 challenge, 7 M5
    expect(shadingOf(rating(2))).toBe(levelByCode("hoch").fill);
    expect(textOf(rating(2))).toBe(`hoch · ${glyph("pflichtaufgabe")} ${glyph("weiterfuehrungsbedarf")}`);
    expect(shadingOf(rating(3))).toBe(levelByCode("mittel").fill);
    expect(textOf(rating(3))).toBe(
      `mittel · ${glyph("routine")} ${glyph("zustaendigkeitFraglich")} ${glyph("rahmenbedingungenVeraendert")}`,
    );
    expect(shadingOf(rating(4))).toBe(levelByCode("gering").fill);
    expect(textOf(rating(4))).toBe("gering");
    expect(shadingOf(rating(5))).toBe(levelByCode("unklar").fill);
    expect(shadingOf(rating(7))).toBe(PALETTE.openFill);
    expect(textOf(rating(7))).toBe(`offen · ${glyph("weiterfuehrungsbedarf")}`);
    const second = rowsOf(fieldTables(parts.body)[1]!.table);
    expect(textOf(cellsOf(second[2]!)[3]!)).toBe("ungültig");
    expect(shadingOf(cellsOf(second[2]!)[3]!)).toBe(PALETTE.invalidFill);
    expect(textOf(cellsOf(second[3]!)[3]!)).toBe("hoch"); // "nein" sets no symbol
  });

  it("states the goal once, merged down over its measures", () => {
    const rows = rowsOf(fieldTables(parts.body)[0]!.table);
    const vMerge = (row: number, cell: number) =>
      findAll(cellsOf(rows[row]!)[cell]!, "w:vMerge")[0]?.attrs["w:val"];
    expect([vMerge(2, 0), vMerge(3, 0), vMerge(4, 0)]).toEqual(["restart", "continue", "continue"]);
    expect([vMerge(2, 1), vMerge(3, 1), vMerge(4, 1)]).toEqual(["restart", "continue", "continue"]);
    expect(textOf(cellsOf(rows[2]!)[0]!)).toBe("1");
    expect(textOf(cellsOf(rows[2]!)[1]!)).toBe(TEXTS.goal1);
    expect(textOf(cellsOf(rows[3]!)[1]!)).toBe("");
    // a goal with one measure is not merged
    expect(vMerge(5, 0)).toBeUndefined();
    expect(textOf(cellsOf(rows[5]!)[0]!)).toBe("2");
  });

  it("keeps catalogue text exactly: umlauts, emoji, a leading = or +, line breaks", () => {
    const texts = findAll(parts.body, "w:tc").map(textOf);
    for (const text of [TEXTS.challenge, TEXTS.goal1, TEXTS.emoji, TEXTS.formula, TEXTS.twoLines, TEXTS.plus])
      expect(texts).toContain(text);
    // a line break is a Word line break, not a raw newline inside the text
    for (const t of findDeep(parts.body, "w:t")) expect(textOf(t)).not.toContain("\n");
  });

  it("uses Word's heading styles and one named table style for every table", () => {
    const styleIds = findAll(parts.styles, "w:style").map((s) => s.attrs["w:styleId"]);
    expect(styleIds).toEqual(expect.arrayContaining(["Title", "Heading1", "Heading2"]));
    const tableStyle = findAll(parts.styles, "w:style").find((s) => s.attrs["w:styleId"] === TABLE_STYLE_ID)!;
    expect(tableStyle.attrs["w:type"]).toBe("table");
    expect(child(tableStyle, "w:name")!.attrs["w:val"]).toBe(TABLE_STYLE_NAME);
    const tables = findAll(parts.body, "w:tbl");
    expect(tables).toHaveLength(4);
    for (const table of tables)
      expect(findAll(child(table, "w:tblPr")!, "w:tblStyle")[0]?.attrs["w:val"]).toBe(TABLE_STYLE_ID);
    const heading1 = findAll(parts.body, "w:p").filter(
      (p) => findAll(p, "w:pStyle")[0]?.attrs["w:val"] === "Heading1",
    );
    expect(heading1.map(textOf)).toEqual([
      "Anlage: Übersicht: Bewertung der inhaltlichen Zielerreichung der Maßnahmen",
    ]);
  });

  it("is A4 landscape and no table is wider than the text area", () => {
    const size = findAll(parts.body, "w:pgSz")[0]!.attrs;
    expect(size).toMatchObject({
      "w:w": String(PAGE.width),
      "w:h": String(PAGE.height),
      "w:orient": "landscape",
    });
    const margin = findAll(parts.body, "w:pgMar")[0]!.attrs;
    const textWidth = Number(size["w:w"]) - Number(margin["w:left"]) - Number(margin["w:right"]);
    expect(Number(margin["w:left"])).toBe(PAGE_MARGIN.left);
    for (const table of findAll(parts.body, "w:tbl")) {
      const grid = findAll(table, "w:gridCol").map((g) => Number(g.attrs["w:w"]));
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth);
      expect(Number(findAll(table, "w:tblW")[0]!.attrs["w:w"])).toBeLessThanOrEqual(textWidth);
    }
    expect(ANNEX_COLUMNS.reduce((a, b) => a + b, 0)).toBe(textWidth);
  });

  it("starts with the title block and the legend: every level's colour, every symbol's meaning", () => {
    const paragraphs = findAll(parts.body, "w:p").map(textOf);
    expect(paragraphs.slice(0, 5)).toEqual([
      "Testkonzept Integration – Anlage",
      "Anlage",
      "Katalog: Testkonzept Integration – Anlage",
      "Stand des Katalogs: 2025-1",
      "Erstellt am 30.06.2025",
    ]);
    const legend = tablesWithHeadings(parts.body)[0]!;
    expect(legend.heading).toBe(label("legendHeading", "de"));
    const rows = rowsOf(legend.table);
    for (const code of ["hoch", "mittel", "gering", "unklar"] as const) {
      const level = levelByCode(code);
      const row = rows.find((r) => textOf(cellsOf(r)[0]!) === level.value.de)!;
      expect(shadingOf(cellsOf(row)[0]!)).toBe(level.fill);
      expect(textOf(cellsOf(row)[1]!)).toBe(level.label.de);
    }
    for (const code of ["pflichtaufgabe", "routine", "weiterfuehrungsbedarf"] as const) {
      const symbol = symbolByCode(code);
      const row = rows.find((r) => textOf(cellsOf(r)[0]!) === symbol.glyph)!;
      expect(textOf(cellsOf(row)[2]!)).toBe(symbol.meaning.de);
    }
  });

  it("prints only the chosen action fields (--fields), and refuses a field that does not exist", async () => {
    const only = await annexParts({ date: DATE, fields: [1, 3] });
    expect(fieldTables(only.body).map((t) => t.heading)).toEqual([
      "Handlungsfeld 1: Ankommen & Aufenthalt",
      "Handlungsfeld 3: Bildung",
    ]);
    const { workbook } = await writtenWorkbook();
    expect(() => buildAnnex(workbook, { date: DATE, fields: [2, 7] })).toThrow(AnnexSelectionError);
    expect(() => buildAnnex(workbook, { date: DATE, fields: [7] })).toThrow(
      "Handlungsfeld 7 gibt es in der Arbeitsmappe nicht (vorhanden: 1, 2, 3).",
    );
  });

  it("writes English labels with --lang en, keeping the German catalogue text", async () => {
    const en = await annexParts({ date: DATE, language: "en" });
    const tables = fieldTables(en.body);
    expect(tables[0]!.heading).toBe("Action field 1: Ankommen & Aufenthalt");
    const rows = tableRows(tables[0]!.table);
    expect(rows[0]).toEqual(["Goal", "Challenge & goal description", "Measures", "Rating"]);
    expect(rows[2]![3]).toBe(`high · ${glyph("pflichtaufgabe")} ${glyph("weiterfuehrungsbedarf")}`);
    expect(rows[2]![2]).toBe(TEXTS.emoji);
    expect(tableRows(tables[1]!.table)[2]![3]).toBe("invalid");
  });

  it("reads a workbook built in English (inputs compared in the workbook's language)", async () => {
    const inputs = new Map([["M1", { level: "high", taskType: "R", weiterfuehrungsbedarf: "yes" }]]);
    const { workbook } = await writtenWorkbook(annexCatalogue(), inputs, "en");
    const parts = await readDocx(await annexDocx(buildAnnex(workbook, { date: DATE, language: "de" })));
    const rows = tableRows(fieldTables(parts.body)[0]!.table);
    expect(rows[2]![3]).toBe(`hoch · ${glyph("routine")} ${glyph("weiterfuehrungsbedarf")}`);
  });
});
