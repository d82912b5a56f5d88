/**
 * The one message catalogue: every user-visible text of the pane, the ribbon dialog, the CLIs and the
 * catalogue's error messages, in German (the default) and English. Free of React, Office and Node, so
 * every layer may use it.
 *
 *   const m = messagesFor(lang);  m.cli.written(file)  ·  m.pane.tabCreate  ·  m.catalogue.fileEmpty
 */
import { de } from "./de";
import { en } from "./en";
import type { Language, Messages } from "./types";

export { LANGUAGES, type Language, type Messages } from "./types";

export const MESSAGES: Readonly<Record<Language, Messages>> = { de, en };

/** The texts of one language; German for anything else. */
export function messagesFor(lang: Language = "de"): Messages {
  return MESSAGES[lang] ?? de;
}
