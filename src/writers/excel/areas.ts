/**
 * Multi-area addresses for Worksheet.getRanges (ExcelApi 1.9): one call sets a property on many areas. Excel
 * refuses some long area lists (from about 8,000 characters, office-js #5198), so every joined address is
 * kept under MAX_AREAS_ADDRESS_CHARS.
 */
export const MAX_AREAS_ADDRESS_CHARS = 4_000;

/** Comma-joined addresses, cut so that no joined string exceeds `limit` characters. */
export function joinWithin(areas: readonly string[], limit: number): string[] {
  const joined: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + 1 + area.length > limit) {
      joined.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") joined.push(current);
  return joined;
}
