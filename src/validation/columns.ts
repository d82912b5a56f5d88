/** Column letters → index, fast: the same few letters are asked for every measure. */
import { columnIndex as parseColumn } from "../core/address";

const columnCache = new Map<string, number>();

export function columnIndex(letters: string): number {
  if (letters.length === 1) {
    const code = letters.charCodeAt(0);
    if (code >= 65 && code <= 90) return code - 64;
  }
  let index = columnCache.get(letters);
  if (index === undefined) columnCache.set(letters, (index = parseColumn(letters)));
  return index;
}
