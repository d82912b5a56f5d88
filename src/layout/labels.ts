/**
 * Texts of the workbook's own sheets (headings, headers, notes) in both languages, from the one message
 * catalogue (src/core/messages/{de,en}/workbook.ts). Levels, symbols, input headers, prompts and dropdown values
 * come from the rating scheme, never from here.
 */
import type { Messages } from "../core/messages";
import { WORKBOOK_MESSAGES } from "../core/messages/sections";
import { LANGUAGES, type Language, type Localized } from "../scheme/ratingScheme";

export type LabelKey = keyof Messages["workbook"];

/** Every label in both languages, for code and tests that need a label's German and English side. */
export const LABELS: Readonly<Record<LabelKey, Localized>> = Object.fromEntries(
  (Object.keys(WORKBOOK_MESSAGES.de) as LabelKey[]).map((key) => [
    key,
    Object.fromEntries(LANGUAGES.map((lang) => [lang, WORKBOOK_MESSAGES[lang][key]])) as Localized,
  ]),
) as Record<LabelKey, Localized>;

export function label(key: LabelKey, lang: Language): string {
  return WORKBOOK_MESSAGES[lang][key];
}
