/** Cell text → catalogue values, by the rating scheme's own values (never re-spelt here). */
import {
  LEVELS,
  NO,
  TASK_TYPES,
  YES,
  levelByValue,
  symbolByCode,
  type LevelCode,
  type SymbolCode,
  type TaskTypeCode,
} from "../scheme/ratingScheme";
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

export type Parsed<T> = { readonly value: T } | { readonly error: string };

/** Values in either language are read; an error names the allowed values in `lang`. */
export function parseLevel(text: string, lang: Language = "de"): Parsed<LevelCode> {
  const level = levelByValue(text, "de") ?? levelByValue(text, "en");
  if (level) return { value: level.code };
  return {
    error: catalogueMessages(lang).unknownLevel(
      text,
      LEVELS.map((l) => l.value[lang]),
    ),
  };
}

export function parseTaskType(text: string, lang: Language = "de"): Parsed<TaskTypeCode> {
  const wanted = text.trim().toLowerCase();
  const type = TASK_TYPES.find((t) => {
    const symbol = symbolByCode(t.symbol);
    return [t.code, symbol.label.de, symbol.label.en].some((name) => name.toLowerCase() === wanted);
  });
  if (type) return { value: type.code };
  const names = TASK_TYPES.map((t) => `${t.code} (${symbolByCode(t.symbol).label[lang]})`);
  return { error: catalogueMessages(lang).unknownTaskType(text, names) };
}

/** "ja"/"yes" or the symbol's glyph mean yes; "nein"/"no" mean no. */
export function parseFlag(text: string, symbol: SymbolCode, lang: Language = "de"): Parsed<boolean> {
  const wanted = text.trim().toLowerCase();
  if ([YES.de, YES.en, symbolByCode(symbol).glyph].some((v) => v.toLowerCase() === wanted))
    return { value: true };
  if ([NO.de, NO.en].some((v) => v.toLowerCase() === wanted)) return { value: false };
  return {
    error: catalogueMessages(lang).unknownFlag(text, [YES[lang], NO[lang], symbolByCode(symbol).glyph]),
  };
}

/** Goal numbers: "12", "12." or a number cell. */
export function parseGoalNumber(text: string, lang: Language = "de"): Parsed<number> {
  const match = /^(\d{1,9})\.?$/.exec(text.trim());
  const value = match ? Number(match[1]) : NaN;
  if (Number.isInteger(value) && value > 0) return { value };
  return { error: catalogueMessages(lang).notAGoalNumber(text) };
}
