/** What every sheet builder needs to know about the build: language, names, list ranges, statuses. */
import type { Catalogue } from "../catalogue/model";
import { INVALID_DISPLAY, NOT_RATED, type Language } from "../scheme/ratingScheme";
import { label } from "./labels";
import type { HistoryRefs } from "./historySheet";
import type { PlanOptions, ProtectionPlan, RoundInfo } from "./plan";

export interface StatusTexts {
  readonly rated: string;
  readonly open: string;
  readonly invalid: string;
}

/** Absolute references (with quoted sheet) of the dropdown sources on the lists sheet. */
export interface ListRefs {
  readonly levels: string;
  readonly taskTypes: string;
  readonly yesNo: string;
  /** Undefined when no measure has a unit. */
  readonly units?: string;
}

export interface PlanContext {
  readonly catalogue: Catalogue;
  readonly options: PlanOptions;
  readonly lang: Language;
  readonly title: string;
  readonly status: StatusTexts;
  readonly lists: ListRefs;
  /** Every unit that a measure has after applying entered inputs, sorted. */
  readonly units: readonly string[];
  /** The round being collected, and "Label (Stand TT.MM.JJJJ)" for title rows and headers. */
  readonly round: RoundInfo;
  readonly roundTitle: string;
  /** From the second round on: where the Verlauf sheet holds the closed rounds. */
  readonly history?: HistoryRefs;
}

export function statusTexts(lang: Language): StatusTexts {
  return { rated: label("rated", lang), open: NOT_RATED.display[lang], invalid: INVALID_DISPLAY[lang] };
}

export function protection(options: PlanOptions): ProtectionPlan {
  return {
    protected: true,
    ...(options.password ? { password: options.password } : {}),
    allowFormatColumns: true,
    allowAutoFilter: false,
    allowSort: false,
  };
}

export const MARGINS = { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.25, footer: 0.25 } as const;

/** „Name“ in German, “Name” in English. */
export function quoted(text: string, lang: Language): string {
  return lang === "de" ? `„${text}“` : `“${text}”`;
}
