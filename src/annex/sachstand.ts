/**
 * The Sachstand of one action field: the Übersicht's figures, the measures grouped by level with their
 * Bemerkungen, the marked measures, and the changes since the previous round. Pure.
 *
 * The figures follow the Übersicht's formulas: rated + open + invalid = measures; a level counts only
 * on rated rows; a symbol counts on every row that is not invalid.
 */
import {
  INPUT_FIELDS,
  LEVELS,
  SYMBOLS,
  symbolByCode,
  type Level,
  type RatingSymbol,
} from "../scheme/ratingScheme";
import {
  fieldMeasures,
  type AnnexField,
  type AnnexGoal,
  type AnnexMeasure,
  type RatingStatus,
} from "./model";

export interface SachstandEntry {
  readonly goal: AnnexGoal;
  readonly measure: AnnexMeasure;
}

export type SachstandGroup =
  | { readonly kind: "level"; readonly level: Level; readonly entries: readonly SachstandEntry[] }
  | { readonly kind: "open" | "invalid"; readonly entries: readonly SachstandEntry[] };

export interface SachstandField {
  readonly field: AnnexField;
  readonly goals: number;
  readonly measures: number;
  readonly status: Readonly<Record<RatingStatus, number>>;
  readonly levels: readonly { readonly level: Level; readonly count: number }[];
  readonly symbols: readonly { readonly symbol: RatingSymbol; readonly count: number }[];
  /** Every measure exactly once: one group per level (scheme order), then open, then invalid. */
  readonly groups: readonly SachstandGroup[];
  /** Measures marked with each flag symbol (Weiterführungsbedarf, Zuständigkeit fraglich, …). */
  readonly marked: readonly { readonly symbol: RatingSymbol; readonly entries: readonly SachstandEntry[] }[];
  /** Measures whose rating or remark differs from the previous round's (only when there was one). */
  readonly changes: readonly SachstandEntry[];
}

export function sachstandOf(field: AnnexField, withPreviousRound: boolean): SachstandField {
  const entries = [...fieldMeasures(field)].map(({ goal, measure }) => ({ goal, measure }));
  const status: Record<RatingStatus, number> = { rated: 0, open: 0, invalid: 0 };
  for (const { measure } of entries) status[measure.display.status]++;
  const inStatus = (s: RatingStatus) => entries.filter((e) => e.measure.display.status === s);
  const ofLevel = (level: Level) => inStatus("rated").filter((e) => e.measure.display.level === level);
  const flagSymbols = INPUT_FIELDS.filter((f) => f.kind === "flag" && f.symbol).map((f) =>
    symbolByCode(f.symbol!),
  );
  const notInvalid = entries.filter((e) => e.measure.display.status !== "invalid");
  return {
    field,
    goals: new Set(entries.map((e) => e.goal.number)).size,
    measures: entries.length,
    status,
    levels: LEVELS.map((level) => ({ level, count: ofLevel(level).length })),
    symbols: SYMBOLS.map((symbol) => ({
      symbol,
      count: notInvalid.filter((e) => e.measure.display.symbols.includes(symbol)).length,
    })),
    groups: [
      ...LEVELS.map((level) => ({ kind: "level" as const, level, entries: ofLevel(level) })),
      { kind: "open" as const, entries: inStatus("open") },
      { kind: "invalid" as const, entries: inStatus("invalid") },
    ],
    marked: flagSymbols.map((symbol) => ({
      symbol,
      entries: entries.filter((e) => e.measure.display.symbols.includes(symbol)),
    })),
    changes: withPreviousRound ? entries.filter((e) => changedSinceLastRound(e.measure)) : [],
  };
}

/** The shown rating or the remark differs from what the catalogue carried from the previous round. */
export function changedSinceLastRound(measure: AnnexMeasure): boolean {
  const previousText = measure.previous?.display.text;
  const previousRemark = measure.previous?.remark ?? "";
  if (previousText === undefined) return measure.display.status !== "open" || (measure.remark ?? "") !== "";
  return previousText !== measure.display.text || previousRemark !== (measure.remark ?? "");
}
