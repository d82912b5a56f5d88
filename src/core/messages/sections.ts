/**
 * One section of the catalogue in both languages, for code that needs only that part: the pane's bundle
 * then carries the pane's and the catalogue readers' texts, not the command-line help.
 */
import { catalogue as deCatalogue } from "./de/catalogue";
import { pane as dePane } from "./de/pane";
import { catalogue as enCatalogue } from "./en/catalogue";
import { pane as enPane } from "./en/pane";
import type { Language, Messages } from "./types";

export const PANE_MESSAGES: Readonly<Record<Language, Messages["pane"]>> = { de: dePane, en: enPane };

export const CATALOGUE_MESSAGES: Readonly<Record<Language, Messages["catalogue"]>> = {
  de: deCatalogue,
  en: enCatalogue,
};

/** The catalogue readers' texts of one language; German for anything else. */
export function catalogueMessages(lang: Language = "de"): Messages["catalogue"] {
  return CATALOGUE_MESSAGES[lang] ?? deCatalogue;
}
