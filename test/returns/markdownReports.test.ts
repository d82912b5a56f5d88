/**
 * A department's remark, a catalogue title or a file name in a Markdown report reads as typed when the
 * report is rendered (markdown-it, CommonMark with GitHub's tables and strikethrough): no tag, emphasis, link,
 * code span, entity or extra table cell comes out of it.
 */
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { markdownText } from "../../src/core/markdown";
import type { MergeResult } from "../../src/returns/merge";
import { mergeReportMarkdown } from "../../src/returns/mergeReport";

const markdown = new MarkdownIt();

const HOSTILE = [
  "<b>fett</b> und <img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "*stern* _unter_ **fett** __auch__",
  "`code` und ``mehr``",
  "[Link](https://example.org) ![Bild](https://example.org/x.png)",
  "<https://example.org> und https://example.org",
  "a | b | c",
  "~~durchgestrichen~~",
  "&amp; &#60; &copy; & ; AT&T",
  "# Überschrift",
  "- Liste",
  "+ Liste",
  "1. Liste",
  "2) Liste",
  "> Zitat",
  "\\Backslash\\ am Ende\\",
  "Zeile 1\nZeile 2\r\nZeile 3",
  '=HYPERLINK("https://example.org";"x")',
  "Bemerkung 🙂 مرحبا עברית",
];

/** The text of each `<td>` of the row that holds `marker`, entity-decoded; throws if a cell holds a tag. */
function cellsOfRow(html: string, marker: string): string[] {
  const row = html.split("<tr>").find((r) => r.includes(marker));
  if (!row) throw new Error(`no row with ${marker} in\n${html}`);
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map(([, inner]) => textOf(inner!));
}

function textOf(inner: string): string {
  if (/<[a-z/!]/i.test(inner)) throw new Error(`markup in a cell: ${inner}`);
  return inner
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

const flat = (text: string) => text.replace(/\r\n?|\n/g, " ").trim();

describe("markdownText", () => {
  it.each(HOSTILE)("renders %j as typed, in a table cell and in a list item", (text) => {
    const table = markdown.render(`| a | b |\n| --- | --- |\n| x | ${markdownText(text)} |\n`);
    expect(cellsOfRow(table, "<td>x</td>")).toEqual(["x", flat(text)]);
    const list = markdown.render(`- ${markdownText(text)}\n`);
    expect(list.match(/^<ul>\n<li>(.*)<\/li>\n<\/ul>\n$/s)?.[1]).toBeDefined();
    expect(textOf(list.match(/<li>(.*)<\/li>/s)![1]!)).toBe(flat(text));
  });

  it("renders any text of Markdown's punctuation, letters and spaces as typed", () => {
    const alphabet = fc.constantFrom(..."\\`*_[]<>|~&#!-+=.()0123456789:;/\"' aZäß\n".split(""));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 24 }), (raw) => {
        const text = raw.trimStart();
        fc.pre(flat(text) !== "");
        const table = markdown.render(`| a | b |\n| --- | --- |\n| x | ${markdownText(text)} |\n`);
        expect(cellsOfRow(table, "<td>x</td>")[1]).toBe(flat(text).replace(/ +$/, ""));
      }),
      { numRuns: 1000 },
    );
  });
});

it("the merge report shows hostile file names, titles, units and remarks as typed", () => {
  HOSTILE.forEach((text, i) => {
    const result: MergeResult = {
      inputs: new Map(),
      counts: { applied: 1, unchanged: 0, conflict: 0, refused: 0 },
      items: [
        {
          outcome: "applied",
          file: `${text}.xlsx`,
          measureId: `M${i}`,
          measureTitle: text,
          unit: text,
          changes: [{ key: "remark", returned: text }],
          reason: text,
        },
      ],
    };
    const html = markdown.render(
      mergeReportMarkdown(result, { master: text, out: "o.xlsx", returns: [text], createdAt: "t" }),
    );
    const [file, measure, unit, , change, reason] = cellsOfRow(html, `M${i} `);
    expect([file, measure, unit, reason]).toEqual([
      `${flat(text)}.xlsx`,
      `M${i} ${flat(text)}`,
      flat(text),
      flat(text),
    ]);
    expect(change).toContain(flat(text));
    expect(html).not.toMatch(/<(img|script|b|em|strong|code|a|del|blockquote|ol|h[3-6])\b/);
    expect(html.match(/<h[12]>[^<]*<\/h[12]>/g)).toEqual([
      "<h1>Zusammenführung der Rückläufe</h1>",
      "<h2>Übernommen (1)</h2>",
    ]);
  });
});
