import { decodeText, decodeWindows1252 } from "../../src/catalogue/decode";
import { issuesOf } from "./helpers";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe("decodeText", () => {
  const sample = "Maßnahme „Förderung“ – 5 € 🙂 مرحبا\r\n";

  it("reads plain UTF-8", () => {
    expect(decodeText(utf8(sample), "a.csv")).toEqual({ text: sample, encoding: "utf-8" });
  });

  it("strips the UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]);
    expect(decodeText(bytes, "a.csv")).toEqual({ text: sample, encoding: "utf-8-bom" });
  });

  it("decodes UTF-16 LE and BE with BOM, surrogate pairs included", () => {
    expect(decodeText(utf16(sample, true), "a.txt")).toEqual({ text: sample, encoding: "utf-16le" });
    expect(decodeText(utf16(sample, false), "a.txt")).toEqual({ text: sample, encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, including 0x80–0x9F", () => {
    // "Öl „für“ – 5 €" as Windows-1252 bytes
    const bytes = new Uint8Array([
      0xd6, 0x6c, 0x20, 0x84, 0x66, 0xfc, 0x72, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
    ]);
    expect(decodeText(bytes, "a.csv")).toEqual({ text: "Öl „für“ – 5 €", encoding: "windows-1252" });
  });

  it("decodes every Windows-1252 byte like the reference table", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect([...text.slice(0x80, 0xa0)].map((c) => c.codePointAt(0))).toEqual([
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
      0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
      0x153, 0x9d, 0x17e, 0x178,
    ]);
    expect(text.charCodeAt(0xe4)).toBe(0xe4);
  });

  it("rejects NUL bytes outside UTF-16 as 'keine Textdatei'", () => {
    const issues = issuesOf(() => decodeText(new Uint8Array([0x48, 0x00, 0x61, 0x00]), "x.csv"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "x.csv" });
    expect(issues[0]?.message).toContain("keine Textdatei");
  });

  it("rejects text full of control characters", () => {
    const bytes = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41)));
    expect(issues(bytes)[0]?.message).toContain("keine Textdatei");
  });

  it("accepts a single stray control character in a long text", () => {
    const text = "a".repeat(500) + "\u0007" + "b".repeat(500);
    expect(decodeText(utf8(text), "x.csv").text).toBe(text);
  });

  it("names workbooks and PDFs picked by mistake", () => {
    expect(issues(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))[0]?.message).toContain(
      "Excel-Arbeitsmappe",
    );
    expect(issues(utf8("%PDF-1.7\n"))[0]?.message).toContain("PDF");
  });

  it("reports a UTF-8 BOM followed by invalid UTF-8", () => {
    expect(issues(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]))[0]?.message).toContain("ungültiges UTF-8");
  });

  function issues(bytes: Uint8Array) {
    return issuesOf(() => decodeText(bytes, "x.csv"));
  }
});
