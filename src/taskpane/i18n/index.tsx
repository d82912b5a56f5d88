/** The pane's language: its part of the one message catalogue (src/core/messages) and a context hook. */
import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../../scheme/ratingScheme";
import type { Messages as AllMessages } from "../../core/messages";
import { PANE_MESSAGES } from "../../core/messages/sections";

/** The pane's texts: `pane` of the message catalogue. */
export type Messages = AllMessages["pane"];

export const DICTIONARIES: Readonly<Record<Language, Messages>> = PANE_MESSAGES;

interface I18n {
  readonly lang: Language;
  readonly t: Messages;
}

const I18nContext = createContext<I18n>({ lang: "de", t: DICTIONARIES.de });

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <I18nContext.Provider value={{ lang, t: DICTIONARIES[lang] }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
