/** The pane's language: typed dictionaries (de default, en) and a context hook. */
import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../../scheme/ratingScheme";
import { de } from "./de";
import { en } from "./en";
import type { Messages } from "./messages";

export type { Messages } from "./messages";

export const DICTIONARIES: Readonly<Record<Language, Messages>> = { de, en };

interface I18n {
  readonly lang: Language;
  readonly t: Messages;
}

const I18nContext = createContext<I18n>({ lang: "de", t: de });

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <I18nContext.Provider value={{ lang, t: DICTIONARIES[lang] }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
