/**
 * Measure IDs for lists that have no ID column. The ID is a short hash of what identifies a measure
 * in such a list — action field, goal number and measure title — so re-ordering rows keeps it; renaming
 * any of the three changes it (lists that will be edited should carry their own Maßnahmen-ID column).
 */

export const DERIVED_ID_PREFIX = "M-";

export function derivedMeasureId(actionField: string, goalNumber: number, title: string): string {
  const key = [actionField, String(goalNumber), title].map(normalizeForId).join("\u0000");
  return DERIVED_ID_PREFIX + fnv1a32(new TextEncoder().encode(key)).toString(16).padStart(8, "0");
}

/** Whitespace and Unicode normalisation must not change the ID. */
function normalizeForId(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}

/** 32-bit FNV-1a: tiny, dependency-free and identical in Node and the browser. */
function fnv1a32(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
