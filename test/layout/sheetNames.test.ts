import {
  fieldSheetBaseName,
  isValidSheetName,
  MAX_SHEET_NAME_LENGTH,
  sanitizeSheetName,
  shortenSheetName,
  uniqueSheetNames,
} from "../../src/layout/sheetNames";
import { headerFooter, headerText, MAX_HEADER_FOOTER, str } from "../../src/layout/sheetGrid";

describe("sheet names", () => {
  test("the real 36-character field name is shortened to 31 characters, deterministically", () => {
    const name = fieldSheetBaseName(9, "Migrations- & Integrationsmanagement");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(name.startsWith("9 Migrations- & Integrations")).toBe(true);
    expect(name.endsWith("…")).toBe(true);
    expect(fieldSheetBaseName(9, "Migrations- & Integrationsmanagement")).toBe(name);
    expect(isValidSheetName(name)).toBe(true);
  });

  test("short names are kept as they are", () => {
    expect(fieldSheetBaseName(1, "Ankommen & Aufenthalt")).toBe("1 Ankommen & Aufenthalt");
    expect(shortenSheetName("x".repeat(31))).toBe("x".repeat(31));
  });

  test("forbidden characters, apostrophes at the ends and blank names are repaired", () => {
    for (const raw of ["a[b]c", "Bildung: Sprache/Schule?", "x*y\\z", "'Zitat'", "   ", "''", "History"]) {
      const [name] = uniqueSheetNames([raw]);
      expect({ raw, valid: isValidSheetName(name!) }).toEqual({ raw, valid: true });
    }
    expect(sanitizeSheetName("Bildung: Sprache/Schule?")).toBe("Bildung Sprache-Schule");
  });

  test("names that collide after shortening get a numbered suffix within 31 characters", () => {
    const long = "Gesellschaftliche Integration und Teilhabe";
    const names = uniqueSheetNames([`1 ${long} A`, `1 ${long} B`, `1 ${long} C`]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(names[1]).toMatch(/ \(2\)$/);
    expect(names[2]).toMatch(/ \(3\)$/);
  });

  test("uniqueness ignores case and respects reserved names", () => {
    const names = uniqueSheetNames(["Legende", "wohnen", "Wohnen", "ÜBERSICHT"], ["Übersicht", "Legende"]);
    expect(names).toEqual(["Legende (2)", "wohnen", "Wohnen (2)", "ÜBERSICHT (2)"]);
  });

  test("isValidSheetName rejects what Excel rejects", () => {
    expect(isValidSheetName("")).toBe(false);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("a:b")).toBe(false);
    expect(isValidSheetName("'a")).toBe(false);
    expect(isValidSheetName("history")).toBe(false);
  });
});

/** A lone surrogate half: what a cut inside a pair leaves (written as U+FFFD). */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FAMILY = "👨‍👩‍👧‍👦"; // one grapheme cluster of 11 UTF-16 units (4 emoji joined by ZWJ)

describe("cutting by whole characters (§4)", () => {
  test.each([0, 1, 2, 3, 4, 5])("a field name with emoji and CJK Extension B after %i letters", (pad) => {
    const raw = `${"a".repeat(pad)}${"😀𠮷".repeat(20)}`;
    const name = fieldSheetBaseName(1, raw);
    expect(name).not.toMatch(LONE);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(name.endsWith("…")).toBe(true);
    expect(`1 ${raw}`.startsWith(name.slice(0, -1))).toBe(true);
  });

  test("a ZWJ sequence is kept whole or left out whole, also with a numbered suffix", () => {
    for (let pad = 0; pad < 12; pad++) {
      const raw = `${"b".repeat(pad)}${FAMILY.repeat(4)}`;
      const [first, second] = uniqueSheetNames([raw, raw]);
      for (const name of [first!, second!]) {
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
        const body = name
          .replace(/ \(2\)$/, "")
          .replace(/…$/, "")
          .slice(pad);
        expect(body.split(FAMILY).join("")).toBe("");
      }
    }
  });

  test("a header's three parts fit Excel's 255 characters together, codes and escapes included", () => {
    const joined = (parts: { left?: string; center?: string; right?: string }) =>
      (parts.left !== undefined ? `&L${parts.left}` : "") +
      (parts.center !== undefined ? `&C${parts.center}` : "") +
      (parts.right !== undefined ? `&R${parts.right}` : "");
    const long = headerFooter({
      left: "Titel ".repeat(40),
      center: "R&D ".repeat(60),
      right: FAMILY.repeat(50),
    });
    expect(joined(long).length).toBeLessThanOrEqual(MAX_HEADER_FOOTER);
    expect(joined(long).length).toBeGreaterThan(MAX_HEADER_FOOTER - 12);
    for (const part of [long.left, long.center, long.right]) {
      expect(part!.endsWith("…")).toBe(true);
      expect(part).not.toMatch(LONE);
    }
    // A short part leaves its share to the longer ones; page codes stand as they are.
    const footer = headerFooter({ left: "K".repeat(300), center: "Kurz" }, { right: "Seite &P von &N" });
    expect(footer.center).toBe("Kurz");
    expect(footer.right).toBe("Seite &P von &N");
    expect(joined(footer).length).toBe(MAX_HEADER_FOOTER);
    expect(headerFooter({ left: "A & B" })).toEqual({ left: "A && B" });
  });

  test("header and footer parts and formula literals never split a character", () => {
    for (let pad = 0; pad < 4; pad++) {
      const text = `${"&".repeat(pad)}${"😀".repeat(150)}${FAMILY.repeat(30)}`;
      const header = headerText(text, 110);
      expect(header).not.toMatch(LONE);
      expect(header.endsWith("…")).toBe(true);
      const literal = str(`${'"'.repeat(pad)}${FAMILY.repeat(60)}`);
      const pieces = literal.slice(1, -1).split('"&"');
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) {
        expect(piece).not.toMatch(LONE);
        expect(piece.replace(/^"|"$/g, "").replace(/""/g, "").split(FAMILY).join("")).toBe("");
      }
    }
  });
});
