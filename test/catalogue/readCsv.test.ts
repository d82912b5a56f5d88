import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  catalogueFromTable,
  derivedMeasureId,
  detectDelimiter,
  loadCatalogue,
  loadCatalogueDetailed,
  measureEntries,
  parseCatalogueCsv,
  readCsv,
  summarize,
  type Catalogue,
} from "../../src/catalogue";
import { fixtureBytes, issuesOf } from "./helpers";

const HEADER = "Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme";
const measures = (catalogue: Catalogue) => [...measureEntries(catalogue)].map((e) => e.measure);

describe("readCsv: German Excel export (BOM, ';', CRLF, quotes, merged cells)", () => {
  const catalogue = readCsv(fixtureBytes("valid/excel-de-bom-crlf.csv"), "excel-de-bom-crlf.csv");

  it("groups rows by field, challenge and goal in order of first appearance", () => {
    expect(catalogue.actionFields.map((f) => [f.id, f.number, f.name])).toEqual([
      ["hf1", 1, "Sprache"],
      ["hf2", 2, "Arbeit & Ausbildung"],
    ]);
    expect(catalogue.actionFields[0]?.challenges.map((c) => [c.title, c.goals.map((g) => g.number)])).toEqual(
      [
        ["Sprachförderung in der Kita", [1]],
        ["Sprachkurse für Erwachsene", [2]],
      ],
    );
    expect(summarize(catalogue)).toMatchObject({ goals: 3, measures: 4 });
  });

  it("keeps a quoted field with an embedded line break and doubled quotes", () => {
    expect(measures(catalogue)[0]?.title).toBe('Sprachkurse "Deutsch plus"\nfür Eltern');
  });

  it("keeps emoji, right-to-left text and ';' inside quotes intact", () => {
    expect(measures(catalogue)[1]?.title).toBe("Elternabende 🌍 in mehreren Sprachen");
    expect(measures(catalogue)[2]?.title).toBe("دورات اللغة العربية للآباء");
    expect(measures(catalogue)[2]?.rating?.remark).toBe("שלום");
    expect(measures(catalogue)[1]?.rating?.remark).toBe("Bemerkung mit ; Semikolon");
  });

  it("reads unit, task type and ratings by the rating scheme's values (glyphs too)", () => {
    expect(measures(catalogue).slice(0, 3)).toEqual([
      expect.objectContaining({
        id: "S-1",
        unit: "Fachdienst Jugend",
        taskType: "P",
        rating: { level: "hoch", weiterfuehrungsbedarf: true },
      }),
      expect.objectContaining({
        id: "S-2",
        taskType: "R",
        rating: {
          level: "mittel",
          zustaendigkeitFraglich: true,
          rahmenbedingungenVeraendert: true,
          remark: "Bemerkung mit ; Semikolon",
        },
      }),
      expect.objectContaining({
        id: "S-3",
        unit: "VHS",
        rating: { level: "unklar", weiterfuehrungsbedarf: false, remark: "שלום" },
      }),
    ]);
    expect(measures(catalogue)[3]).toEqual({ id: "A-1", title: "Ausbildungsmesse", unit: "Jobcenter" });
  });

  it("takes catalogue metadata from the file name unless the caller gives it", () => {
    expect([catalogue.id, catalogue.title, catalogue.version]).toEqual([
      "excel-de-bom-crlf",
      "excel-de-bom-crlf",
      "1",
    ]);
    const named = readCsv(fixtureBytes("valid/excel-de-bom-crlf.csv"), "x.csv", {
      id: "lkos",
      title: "Konzept",
      version: "2024",
    });
    expect([named.id, named.title, named.version]).toEqual(["lkos", "Konzept", "2024"]);
    expect(parseCatalogueCsv(`${HEADER}\nA;B;1;C;D\n`, "C:\\Listen\\Maßnahmen Übersicht 2023.csv").id).toBe(
      "massnahmen-ubersicht-2023",
    );
  });
});

describe("readCsv: other encodings and delimiters", () => {
  it("reads Windows-1252 bytes with umlauts, „quotes“, – and €", () => {
    const loaded = loadCatalogueDetailed(fixtureBytes("valid/excel-cp1252.csv"), "excel-cp1252.csv");
    expect(loaded.encoding).toBe("windows-1252");
    const measure = measures(loaded.catalogue)[0];
    expect(measure?.title).toBe("Broschüre „Gesund in Osnabrück“ – 5 € Druckkosten");
    expect(measure?.unit).toBe("Gesundheitsdienst für Landkreis und Stadt");
    expect(loaded.catalogue.actionFields[0]?.challenges[0]?.goals[0]?.description).toBe(
      "Geflüchtete kennen die Angebote der Gesundheitsförderung.",
    );
  });

  it("reads Excel 'Unicode-Text' (UTF-16 LE with BOM, tab-separated) as .txt", () => {
    const loaded = loadCatalogueDetailed(
      fixtureBytes("valid/excel-unicode-text.txt"),
      "excel-unicode-text.txt",
    );
    expect([loaded.format, loaded.encoding]).toEqual(["csv", "utf-16le"]);
    expect(measures(loaded.catalogue).map((m) => [m.title, m.taskType])).toEqual([
      ["Hausaufgabenhilfe 📚", "R"],
      ["Beratung\nam Übergang", "P"],
    ]);
  });

  it("reads UTF-16 BE with BOM", () => {
    expect(measures(loadCatalogue(fixtureBytes("valid/utf16be.csv"), "utf16be.csv"))[0]?.title).toBe(
      "Wohnraumbörse ĀŽ",
    );
  });

  it("reads English headers with ',' and quoted commas", () => {
    const catalogue = loadCatalogue(fixtureBytes("valid/english-comma.csv"), "english.csv");
    expect(catalogue.actionFields[0]?.challenges[0]?.goals[0]?.description).toBe(
      "All children speak German, at school entry",
    );
    expect(measures(catalogue).map((m) => [m.id, m.taskType, m.rating])).toEqual([
      ["L-1", "P", { level: "hoch", weiterfuehrungsbedarf: true }],
      ["L-2", "R", { level: "gering", weiterfuehrungsbedarf: false, remark: "late start" }],
    ]);
  });

  it("honours Excel's sep= line", () => {
    const catalogue = loadCatalogue(fixtureBytes("valid/sep-hint.csv"), "sep.csv");
    expect(catalogue.actionFields[0]?.challenges[0]?.goals[0]?.description).toBe("Deutsch; früh");
  });

  it("detects the delimiter from the header line, ignoring quoted ones", () => {
    expect(detectDelimiter('"a,b,c";x;y\n1,2,3,4,5,6').delimiter).toBe(";");
    expect(detectDelimiter("a,b;c,d\n").delimiter).toBe(",");
    expect(detectDelimiter("\n\na\tb\tc").delimiter).toBe("\t");
  });

  it("accepts headers in any case, with extra spaces and ss for ß", () => {
    const text =
      " HANDLUNGSFELD ;herausforderung;Ziel-Nr.;ZIELBESCHREIBUNG;Massnahme;massnahmen id\nA;B;7.;C;D;x-1\n";
    const catalogue = parseCatalogueCsv(text, "a.csv");
    expect(measures(catalogue)).toEqual([{ id: "x-1", title: "D" }]);
    expect(catalogue.actionFields[0]?.challenges[0]?.goals[0]?.number).toBe(7);
  });

  it("skips title rows above the header and trailing empty or delimiter-only lines", () => {
    const text = `Maßnahmenliste Stand 2023;;;;\n\n${HEADER}\nA;B;1;C;D\n;;;;\n\n\n`;
    expect(summarize(parseCatalogueCsv(text, "a.csv")).measures).toBe(1);
  });
});

describe("readCsv: line numbers", () => {
  it("names the physical line where a record starts, after fields spanning lines", () => {
    const text = `${HEADER}\r\nA;B;1;C;"eins\r\nzwei\r\ndrei"\r\nA;B;zwei;C;E\r\n`;
    expect(issuesOf(() => parseCatalogueCsv(text, "a.csv"))).toEqual([
      {
        file: "a.csv",
        line: 5,
        field: "Ziel",
        message: "„zwei“ ist keine Zielnummer (erwartet eine ganze Zahl ab 1)",
      },
    ]);
  });

  it("counts lines for old Mac line breaks too", () => {
    const text = `${HEADER}\rA;B;1;C;D\rA;B;x;C;E\r`;
    expect(issuesOf(() => parseCatalogueCsv(text, "a.csv"))[0]).toMatchObject({ line: 3, field: "Ziel" });
  });

  it("reports every error of every row at once, sorted by line", () => {
    const text = [
      `${HEADER};Aufgabe;Zielerreichungsgrad`,
      "A;B;1;C;;X;super",
      "A;B;1;anders;E;;",
      ";;;;F;;",
      "Z;B;1;C;G;;",
    ].join("\n");
    const issues = issuesOf(() => parseCatalogueCsv(text, "a.csv"));
    expect(issues.map((i) => [i.line, i.field, i.message])).toEqual([
      [2, "Maßnahme", "darf nicht leer sein"],
      [2, "Aufgabe", expect.stringContaining("unbekannte Aufgabe „X“")],
      [2, "Zielerreichungsgrad", expect.stringContaining("unbekannter Zielerreichungsgrad „super“")],
      [3, "Zielbeschreibung", expect.stringContaining("Zeile 2 „C“, Zeile 3 „anders“")],
      // line 4 continues line 3's goal: its error is not repeated
      [5, "Ziel", expect.stringContaining("Zielnummer 1 doppelt: schon in Zeile 2")],
    ]);
  });
});

describe("readCsv: merged cells and derived IDs", () => {
  it("fills blank grouping cells from the row above only when all cells to their left are blank", () => {
    const text = `${HEADER}\nA;B;1;C;m1\n;;;;m2\n;X;;;m3\n`;
    const issues = issuesOf(() => parseCatalogueCsv(text, "a.csv"));
    expect(issues.map((i) => [i.line, i.field, i.message])).toEqual([[4, "Ziel", "darf nicht leer sein"]]);
  });

  it("accepts goal rows (goal without measure data) followed by their measure rows", () => {
    const text = `${HEADER};Zuständig\nA;B;1;Ziel eins;;\n;;;;m1;\n;;;;m2;FD 1\nA;B;2;Ziel zwei;;\n;;;;m3;\n`;
    const entries = [...measureEntries(parseCatalogueCsv(text, "a.csv"))];
    expect(entries.map((e) => [e.goal.number, e.goal.description, e.measure.title, e.measure.unit])).toEqual([
      [1, "Ziel eins", "m1", undefined],
      [1, "Ziel eins", "m2", "FD 1"],
      [2, "Ziel zwei", "m3", undefined],
    ]);
  });

  it("takes a known goal's description when only the number is given", () => {
    const catalogue = parseCatalogueCsv(`${HEADER}\nA;B;1;C;m1\nA;B;1;;m2\n`, "a.csv");
    expect(catalogue.actionFields[0]?.challenges[0]?.goals[0]).toMatchObject({
      description: "C",
      measures: [{ title: "m1" }, { title: "m2" }],
    });
  });

  it("derives 'M-' IDs that survive re-ordering rows and whitespace changes", () => {
    const rows = [
      "Sprache;Kita;1;Deutsch;Kurse",
      "Sprache;Kita;1;Deutsch;Elternabende",
      "Bildung;Schule;2;Lesen;Lesepaten",
    ];
    const ids = (lines: string[]) =>
      new Map(
        // the title keeps its spaces; the derived ID does not depend on them
        measures(parseCatalogueCsv([HEADER, ...lines].join("\n"), "a.csv")).map((m) => [
          m.title.trim(),
          m.id,
        ]),
      );
    const forward = ids(rows);
    const reversed = ids([...rows].reverse().map((r) => r.replace("Kurse", "  Kurse ")));
    expect(forward).toEqual(reversed);
    expect([...forward.values()].every((id) => /^M-[0-9a-f]{8}$/.test(id))).toBe(true);
    expect(new Set(forward.values()).size).toBe(3);
    expect(forward.get("Kurse")).toBe(derivedMeasureId("Sprache", 1, "Kurse"));
  });

  it("explains a clash of derived IDs (the same measure twice in one goal)", () => {
    const issues = issuesOf(() => parseCatalogueCsv(`${HEADER}\nA;B;1;C;D\nA;B;1;C;D\n`, "a.csv"));
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        field: "Maßnahme",
        message: expect.stringContaining("schon in Zeile 2"),
      }),
    ]);
  });
});

describe("catalogueFromTable (a table already in the workbook)", () => {
  it("reads Office.js values (numbers, empty strings, null) with worksheet row numbers", () => {
    const rows = [
      ["Handlungsfeld", "Herausforderung", "Ziel", "Zielbeschreibung", "Maßnahme", "Zielerreichungsgrad"],
      ["Sprache", "Kita", 1, "Deutsch", "Kurse", ""],
      ["", "", "", "", "Elternabende", "gering"],
      ["Sprache", "Kita", 2.5, "Lesen", "Lesepaten", null],
    ];
    const issues = issuesOf(() => catalogueFromTable(rows, "Tabelle Katalog", 4));
    expect(issues).toEqual([expect.objectContaining({ file: "Tabelle Katalog", line: 7, field: "Ziel" })]);
    rows[3]![2] = 2;
    const catalogue = catalogueFromTable(rows, "Tabelle Katalog", 4);
    expect(measures(catalogue).map((m) => [m.title, m.rating?.level])).toEqual([
      ["Kurse", undefined],
      ["Elternabende", "gering"],
      ["Lesepaten", undefined],
    ]);
  });

  it("reports a value in a column without header", () => {
    const rows = [
      [...HEADER.split(";"), ""],
      ["A", "B", 1, "C", "D", "vergessen"],
    ];
    expect(issuesOf(() => catalogueFromTable(rows, "T"))).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining("Spalte F ohne Überschrift") }),
    ]);
  });

  it("rejects cell text over 32,767 characters", () => {
    const rows = [HEADER.split(";"), ["A", "B", 1, "C", "🙂".repeat(16384)]];
    expect(issuesOf(() => catalogueFromTable(rows, "T"))).toEqual([
      expect.objectContaining({ line: 2, field: "Maßnahme", message: expect.stringContaining("32.767") }),
    ]);
  });
});

describe("readCsv: property", () => {
  const text = fc
    .string({ minLength: 1, maxLength: 30, unit: "grapheme" })
    .filter((s) => s.trim() === s && s.trim() !== "")
    // an apostrophe before =, +, -, @, tab or CR is the CSV text prefix and is removed (tested below)
    .filter((s) => !/^'+[=+\-@\t\r]/.test(s));

  it("removes exactly one apostrophe before =, +, -, @, tab or CR, and no other", () => {
    const cells = ["'=1+1", "''+x", "'-2", "'@SUM(1)", "'Lotsen' gewinnen", "'x"];
    const body = cells.map((c, i) => `A;B;${i + 1};Z;"${c}"`).join("\n");
    const titles = measures(parseCatalogueCsv(`${HEADER}\n${body}\n`, "a.csv")).map((m) => m.title);
    expect(titles).toEqual(["=1+1", "'+x", "-2", "@SUM(1)", "'Lotsen' gewinnen", "'x"]);
  });

  it("reads back any catalogue written as CSV with quotes, delimiters, newlines and any Unicode", () => {
    const row = fc.record({
      field: text,
      challenge: text,
      title: text,
      unit: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(";", ",", "\t"),
        (rows, delimiter) => {
          const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const header = [
            "Handlungsfeld",
            "Herausforderung",
            "Ziel",
            "Zielbeschreibung",
            "Maßnahme",
            "Maßnahmen-ID",
            "Zuständig",
          ];
          const lines = rows.map((r, i) =>
            [r.field, r.challenge, String(i + 1), `Ziel ${i + 1}`, r.title, `m${i}`, r.unit ?? ""]
              .map(quote)
              .join(delimiter),
          );
          const catalogue = parseCatalogueCsv([header.join(delimiter), ...lines].join("\r\n"), "p.csv");
          const read = [...measureEntries(catalogue)].sort((a, b) => a.goal.number - b.goal.number);
          expect(read.map((e) => [e.field.name, e.challenge.title, e.measure.title, e.measure.unit])).toEqual(
            rows.map((r) => [r.field, r.challenge, r.title, r.unit]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("docs/catalogue-format.md", () => {
  it("its CSV example reads as documented", () => {
    const doc = readFileSync(join(__dirname, "../../docs/catalogue-format.md"), "utf-8");
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const catalogue = parseCatalogueCsv(example, "beispiel.csv");
    expect(summarize(catalogue)).toMatchObject({ actionFields: 2, challenges: 3, goals: 3, measures: 4 });
    expect(measures(catalogue)[1]).toEqual({
      id: "S-2",
      title: "Elternabende in mehreren Sprachen",
      taskType: "R",
      rating: { level: "mittel", remark: "läuft weiter" },
    });
  });
});
