/**
 * Shortening text by whole characters. Excel counts a name's or header's length in UTF-16 units, so the
 * limits here are in units too; but a cut never falls inside a surrogate pair (which would leave a lone
 * half, written as "�") nor inside a grapheme cluster (an emoji ZWJ sequence, a flag, a letter with its
 * combining marks), so what remains shows whole characters only.
 */
const segmenter = new Intl.Segmenter("de", { granularity: "grapheme" });

/** The text's grapheme clusters (user-perceived characters), in order. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The longest start of `text` of whole grapheme clusters that is at most `max` UTF-16 units long. */
export function cutToUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = "";
  for (const cluster of graphemes(text)) {
    if (cut.length + cluster.length > max) break;
    cut += cluster;
  }
  return cut;
}

/** The text cut to at most `max` UTF-16 units including a trailing "…" when something was cut. */
export function shortened(text: string, max: number, ellipsis = "…"): string {
  return text.length <= max ? text : cutToUnits(text, max - ellipsis.length) + ellipsis;
}
