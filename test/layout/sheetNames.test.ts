import {
  fieldSheetBaseName,
  isValidSheetName,
  MAX_SHEET_NAME_LENGTH,
  sanitizeSheetName,
  shortenSheetName,
  uniqueSheetNames,
} from "../../src/layout/sheetNames";

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
