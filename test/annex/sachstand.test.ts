/** The Sachstand document: figures as the Übersicht counts them, every Bemerkung, marked measures, changes. */
import { buildAnnex } from "../../src/annex/model";
import { sachstandOf } from "../../src/annex/sachstand";
import { sachstandDocx } from "../../src/annex/sachstandDocx";
import { symbolByCode } from "../../src/scheme/ratingScheme";
import { findAll, readDocx, tableRows, textOf, type XmlNode } from "./docxXml";
import { annexCatalogue, DATE, GERMAN_INPUTS, TEXTS, writtenWorkbook } from "./fixtures";

jest.setTimeout(60000);

/** Body children between the Heading 1 of a field and the next Heading 1. */
function fieldPart(body: XmlNode, heading: string): XmlNode[] {
  const nodes = body.children.filter((c): c is XmlNode => typeof c !== "string");
  const isH1 = (n: XmlNode) => findAll(n, "w:pStyle")[0]?.attrs["w:val"] === "Heading1";
  const start = nodes.findIndex((n) => n.name === "w:p" && isH1(n) && textOf(n) === heading);
  if (start < 0) throw new Error(`no Heading 1 "${heading}"`);
  const end = nodes.findIndex((n, i) => i > start && n.name === "w:p" && isH1(n));
  return nodes.slice(start, end < 0 ? undefined : end);
}

describe("Sachstand per action field", () => {
  it("counts as the Übersicht does: rated + open + invalid = measures; symbols only on valid rows", async () => {
    const { workbook } = await writtenWorkbook();
    const annex = buildAnnex(workbook, { date: DATE });
    const first = sachstandOf(annex.fields[0]!, false);
    expect(first.measures).toBe(5);
    expect(first.goals).toBe(3);
    expect(first.status).toEqual({ rated: 4, open: 1, invalid: 0 });
    expect(Object.fromEntries(first.levels.map((l) => [l.level.code, l.count]))).toEqual({
      hoch: 1,
      mittel: 1,
      gering: 1,
      unklar: 1,
    });
    const symbols = Object.fromEntries(first.symbols.map((s) => [s.symbol.code, s.count]));
    expect(symbols).toEqual({
      pflichtaufgabe: 1,
      routine: 1,
      weiterfuehrungsbedarf: 2, // M1 (rated) and M5 (open)
      zustaendigkeitFraglich: 1,
      rahmenbedingungenVeraendert: 1,
    });
    const second = sachstandOf(annex.fields[1]!, false);
    expect(second.status).toEqual({ rated: 1, open: 0, invalid: 1 });
    // every measure lands in exactly one group
    for (const s of [first, second])
      expect(s.groups.reduce((n, g) => n + g.entries.length, 0)).toBe(s.measures);
  });

  it("lists every Bemerkung of a field, the marked measures, one Heading 1 per field", async () => {
    const { workbook } = await writtenWorkbook();
    const parts = await readDocx(await sachstandDocx(buildAnnex(workbook, { date: DATE })));
    const h1 = findAll(parts.body, "w:p")
      .filter((p) => findAll(p, "w:pStyle")[0]?.attrs["w:val"] === "Heading1")
      .map(textOf);
    expect(h1).toEqual([
      "Handlungsfeld 1: Ankommen & Aufenthalt",
      "Handlungsfeld 2: Sprache",
      "Handlungsfeld 3: Bildung",
    ]);
    const field1 = fieldPart(parts.body, h1[0]!);
    const cells = field1.flatMap((n) => (n.name === "w:tbl" ? tableRows(n).flat() : []));
    const remarks = ["M1", "M2", "M3", "M4", "M5"].map((id) => GERMAN_INPUTS.get(id)?.remark).filter(Boolean);
    expect(remarks).toHaveLength(4);
    for (const remark of remarks) expect(cells).toContain(remark);
    expect(cells).toContain(TEXTS.remark);
    // the invalid row's remark is in field 2's part, under "ungültig"
    const field2 = fieldPart(parts.body, h1[1]!);
    const headings = field2.filter((n) => n.name === "w:p").map(textOf);
    expect(headings).toEqual(expect.arrayContaining(["ungültig (1)", "hoch (1)", "offen (0)"]));
    expect(field2.flatMap((n) => (n.name === "w:tbl" ? tableRows(n).flat() : []))).toContain(
      "ungültig eingefügt",
    );
    // marked: Weiterführungsbedarf lists M1 and M5 in field 1
    const weiter = symbolByCode("weiterfuehrungsbedarf");
    const markedHeading = field1.findIndex((n) => textOf(n) === `${weiter.glyph} ${weiter.label.de} (2)`);
    expect(markedHeading).toBeGreaterThan(0);
    const markedRows = tableRows(field1[markedHeading + 1]!);
    expect(markedRows.slice(1).map((r) => r[1])).toEqual([TEXTS.emoji, "Maßnahme fünf"]);
    // no previous round in the catalogue: no changes section
    expect(field1.map(textOf)).not.toContain("Veränderungen seit der letzten Runde");
  });

  it("lists the changes since the last round when the catalogue carries ratings", async () => {
    const { workbook } = await writtenWorkbook(annexCatalogue(true));
    const annex = buildAnnex(workbook, { date: DATE });
    expect(annex.hasPreviousRound).toBe(true);
    const changes = sachstandOf(annex.fields[0]!, true).changes.map((e) => e.measure.id);
    // M1 mittel → hoch (and remark), M2 mittel → mittel with symbols, M3/M4 newly rated, M5 remark
    expect(changes).toEqual(["M1", "M2", "M3", "M4", "M5"]);
    const parts = await readDocx(await sachstandDocx(annex));
    const field1 = fieldPart(parts.body, "Handlungsfeld 1: Ankommen & Aufenthalt");
    const at = field1.findIndex((n) => textOf(n) === "Veränderungen seit der letzten Runde");
    expect(at).toBeGreaterThan(0);
    const rows = tableRows(field1[at + 1]!);
    expect(rows[0]).toEqual(["Ziel", "Maßnahme", "vorher", "jetzt", "Bemerkung vorher", "Bemerkung"]);
    expect(rows[1]!.slice(1, 6)).toEqual([TEXTS.emoji, "mittel", `hoch · P →`, "alt", "gut angenommen"]);
  });

  it("does not list a measure whose rating and remark are as in the last round", async () => {
    const inputs = new Map([
      ["M2", { level: "mittel" }],
      ["M4", { level: "hoch" }],
    ]);
    const { workbook } = await writtenWorkbook(annexCatalogue(true), inputs);
    const annex = buildAnnex(workbook, { date: DATE });
    const changes = sachstandOf(annex.fields[0]!, true).changes.map((e) => e.measure.id);
    // M1 has nothing entered, so the workbook was prefilled with last round's rating: unchanged too
    expect(changes).toEqual(["M4"]);
  });
});
