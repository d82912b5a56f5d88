/**
 * Text from a catalogue, a department or a file name, shown as typed in a Markdown report. CommonMark lets
 * a backslash escape any ASCII punctuation (spec 0.31, "Backslash escapes"); escaped here is what would
 * otherwise turn into markup inline: emphasis and strikethrough, code spans, links and images, raw HTML,
 * entity references, table cell separators — and, at the start, what would open a heading, quote or list.
 * A line break becomes a space: a table row or list item is one line.
 */
const INLINE = /[\\`*_[\]<>|~]|&(?=#?\w+;)/g;
// ">" is escaped inline already.
const BLOCK_START = /^(\s*)([#+=-]|\d+[.)])/;

export function markdownText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(INLINE, "\\$&")
    .replace(
      BLOCK_START,
      (_, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
    );
}
