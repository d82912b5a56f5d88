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

export type Parsed<T> = { readonly value: T } | { readonly error: string };

const quoted = (values: readonly string[]) => values.map((v) => `„${v}“`).join(", ");

export function parseLevel(text: string): Parsed<LevelCode> {
  const level = levelByValue(text, "de") ?? levelByValue(text, "en");
  if (level) return { value: level.code };
  return {
    error: `unbekannter Zielerreichungsgrad „${text}“ (erlaubt: ${quoted(LEVELS.map((l) => l.value.de))} oder leer)`,
  };
}

export function parseTaskType(text: string): Parsed<TaskTypeCode> {
  const wanted = text.trim().toLowerCase();
  const type = TASK_TYPES.find((t) => {
    const symbol = symbolByCode(t.symbol);
    return [t.code, symbol.label.de, symbol.label.en].some((name) => name.toLowerCase() === wanted);
  });
  if (type) return { value: type.code };
  const names = TASK_TYPES.map((t) => `${t.code} (${symbolByCode(t.symbol).label.de})`).join(" oder ");
  return { error: `unbekannte Aufgabe „${text}“ (erlaubt: ${names} oder leer)` };
}

/** "ja"/"yes" or the symbol's glyph mean yes; "nein"/"no" mean no. */
export function parseFlag(text: string, symbol: SymbolCode): Parsed<boolean> {
  const wanted = text.trim().toLowerCase();
  if ([YES.de, YES.en, symbolByCode(symbol).glyph].some((v) => v.toLowerCase() === wanted))
    return { value: true };
  if ([NO.de, NO.en].some((v) => v.toLowerCase() === wanted)) return { value: false };
  return {
    error: `unbekannter Wert „${text}“ (erlaubt: ${quoted([YES.de, NO.de, symbolByCode(symbol).glyph])} oder leer)`,
  };
}

/** Goal numbers: "12", "12." or a number cell. */
export function parseGoalNumber(text: string): Parsed<number> {
  const match = /^(\d{1,9})\.?$/.exec(text.trim());
  const value = match ? Number(match[1]) : NaN;
  if (Number.isInteger(value) && value > 0) return { value };
  return { error: `„${text}“ ist keine Zielnummer (erwartet eine ganze Zahl ab 1)` };
}
