/**
 * Sheet names that Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with
 * an apostrophe, not "History", and unique ignoring case. Shortening is deterministic so that a
 * rebuilt workbook gets the same names.
 */
export const MAX_SHEET_NAME_LENGTH = 31;
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "[": "(",
  "]": ")",
  ":": " ",
  "*": " ",
  "?": " ",
  "/": "-",
  "\\": "-",
};
import { cutToUnits } from "../core/cutText";

const ELLIPSIS = "…";
/** Excel reserves this name for its change history. */
const RESERVED = ["history"];

/** Replaces forbidden characters, collapses whitespace and trims apostrophes at the ends. */
export function sanitizeSheetName(raw: string): string {
  const cleaned = raw
    .replace(/[[\]:*?/\\]/g, (ch) => REPLACEMENTS[ch] ?? " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned.length > 0 ? cleaned : "Blatt";
}

/** Cuts a name to `max` UTF-16 units by whole characters, ending in "…" when something was cut. */
export function shortenSheetName(name: string, max = MAX_SHEET_NAME_LENGTH): string {
  if (name.length <= max) return name;
  const cut = cutToUnits(name, max - ELLIPSIS.length).replace(/[\s'-]+$/, "");
  return cut + ELLIPSIS;
}

/** The sheet name of an action field: "1 Ankommen & Aufenthalt". */
export function fieldSheetBaseName(number: number, name: string): string {
  return shortenSheetName(sanitizeSheetName(`${number} ${name}`));
}

/**
 * Makes every wanted name unique (ignoring case) against the reserved names and each other, in order:
 * a later duplicate becomes "Name (2)", "Name (3)", … cut so the whole stays within 31 characters.
 */
export function uniqueSheetNames(wanted: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set([...reserved, ...RESERVED].map(fold));
  return wanted.map((raw) => {
    const base = shortenSheetName(sanitizeSheetName(raw));
    let name = base;
    for (let n = 2; taken.has(fold(name)); n++) {
      const suffix = ` (${n})`;
      name = shortenSheetName(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    }
    taken.add(fold(name));
    return name;
  });
}

function fold(name: string): string {
  return name.toLocaleLowerCase("de");
}

/** True if Excel accepts the name as a sheet name on its own (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED.includes(fold(name))
  );
}
