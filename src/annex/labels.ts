/**
 * Texts of the Word documents (annex and Sachstand) in both languages, from the message catalogue. Levels,
 * symbols and their meanings come from the rating scheme; the table headers and legend headings from the
 * workbook's labels.
 */
import type { Messages } from "../core/messages";
import { annexMessages } from "../core/messages/sections";
import type { Language } from "../scheme/ratingScheme";

export type AnnexLabelKey = keyof Messages["annex"]["labels"];

/** A text of the documents, from the message catalogue (src/core/messages/{de,en}/annex.ts). */
export function annexLabel(key: AnnexLabelKey, lang: Language): string {
  return annexMessages(lang).labels[key];
}

export { formatDate } from "../core/dates";
