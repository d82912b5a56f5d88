/**
 * One section of the catalogue in both languages, for code that needs only that part: the pane's bundle
 * then carries the pane's, the catalogue readers', the checks' and the reports' texts, not the
 * command-line help.
 */
import { annex as deAnnex } from "./de/annex";
import { catalogue as deCatalogue } from "./de/catalogue";
import { common as deCommon } from "./de/common";
import { pane as dePane } from "./de/pane";
import { returns as deReturns } from "./de/returns";
import { validation as deValidation } from "./de/validation";
import { workbook as deWorkbook } from "./de/workbook";
import { writers as deWriters } from "./de/writers";
import { annex as enAnnex } from "./en/annex";
import { catalogue as enCatalogue } from "./en/catalogue";
import { common as enCommon } from "./en/common";
import { pane as enPane } from "./en/pane";
import { returns as enReturns } from "./en/returns";
import { validation as enValidation } from "./en/validation";
import { workbook as enWorkbook } from "./en/workbook";
import { writers as enWriters } from "./en/writers";
import type { Language, Messages } from "./types";

export const PANE_MESSAGES: Readonly<Record<Language, Messages["pane"]>> = { de: dePane, en: enPane };

/** The writers' texts: the Office.js adapter's errors (the pane shows them) and the .xlsx reader's refusals. */
export const WRITERS_MESSAGES: Readonly<Record<Language, Messages["writers"]>> = {
  de: deWriters,
  en: enWriters,
};

/** The writers' texts of one language; German for anything else. */
export function writersMessages(lang: Language = "de"): Messages["writers"] {
  return WRITERS_MESSAGES[lang] ?? deWriters;
}

export const CATALOGUE_MESSAGES: Readonly<Record<Language, Messages["catalogue"]>> = {
  de: deCatalogue,
  en: enCatalogue,
};

export const COMMON_MESSAGES: Readonly<Record<Language, Messages["common"]>> = { de: deCommon, en: enCommon };

export const RETURNS_MESSAGES: Readonly<Record<Language, Messages["returns"]>> = {
  de: deReturns,
  en: enReturns,
};

export const VALIDATION_MESSAGES: Readonly<Record<Language, Messages["validation"]>> = {
  de: deValidation,
  en: enValidation,
};

export const ANNEX_MESSAGES: Readonly<Record<Language, Messages["annex"]>> = { de: deAnnex, en: enAnnex };

/** The catalogue readers' texts of one language; German for anything else. */
export function catalogueMessages(lang: Language = "de"): Messages["catalogue"] {
  return CATALOGUE_MESSAGES[lang] ?? deCatalogue;
}

/** The shared small texts (quotation marks) of one language; German for anything else. */
export function commonMessages(lang: Language = "de"): Messages["common"] {
  return COMMON_MESSAGES[lang] ?? deCommon;
}

/** The round trip's texts (read errors, refusals, merge and update reports) of one language; German for anything else. */
export function returnsMessages(lang: Language = "de"): Messages["returns"] {
  return RETURNS_MESSAGES[lang] ?? deReturns;
}

/** The checks' texts (rules, findings, reports) of one language; German for anything else. */
export function validationMessages(lang: Language = "de"): Messages["validation"] {
  return VALIDATION_MESSAGES[lang] ?? deValidation;
}

/** The Word documents' texts of one language; German for anything else. */
export function annexMessages(lang: Language = "de"): Messages["annex"] {
  return ANNEX_MESSAGES[lang] ?? deAnnex;
}

/** The workbook's own texts (sheet names, headings, headers): the layout writes them in either language. */
export const WORKBOOK_MESSAGES: Readonly<Record<Language, Messages["workbook"]>> = {
  de: deWorkbook,
  en: enWorkbook,
};
