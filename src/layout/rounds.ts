/**
 * Evaluation rounds: which round a workbook collects, how a measure's degree of goal achievement moved
 * since the previous round, and the rows of the Verlauf sheet. Pure; the workbook's formulas apply the
 * same classification live (fieldSheet.ts, changeFormula), the CLI's compare applies it to two files.
 */
import type { Catalogue } from "../catalogue/model";
import { CHANGES, LEVELS, type ChangeCode, type Language } from "../scheme/ratingScheme";
import type { FrozenMeasure, MeasureInputs, PastRound, RoundInfo } from "./plan";
import { formatDate } from "../core/dates";
import { label } from "./labels";
import type { CellValue } from "./snapshot";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Round 1 of a fresh build: labelled from the catalogue ("Bewertung 2023-05-31"), dated the build day. */
export function firstRound(catalogue: Catalogue, builtAt: string, lang: Language): RoundInfo {
  return {
    number: 1,
    label: `${label("defaultRoundLabel", lang)} ${catalogue.version}`,
    date: builtAt.slice(0, 10),
  };
}

/** "Sachstand 2024 (Stand 01.12.2026)" / "Sachstand 2024 (as of 2026-12-01)". */
export function roundTitle(round: RoundInfo, lang: Language): string {
  const date = formatDate(round.date, lang);
  return lang === "de" ? `${round.label} (Stand ${date})` : `${round.label} (as of ${date})`;
}

/** The rank of a level value (exactly as the dropdown offers it); null for unklar, undefined if no level. */
function rankOf(value: CellValue, lang: Language): number | null | undefined {
  if (typeof value !== "string") return undefined;
  const level = LEVELS.find((l) => l.value[lang] === value);
  return level ? level.rank : undefined;
}

/**
 * How a measure's level moved. `previous` undefined: the measure was not in the previous round.
 * Undefined result: nothing to report (rated in neither round, or a value outside the scheme).
 */
export function classifyChange(
  previous: CellValue | undefined,
  current: CellValue,
  lang: Language,
): ChangeCode | undefined {
  if (previous === undefined) return "new";
  const blank = (v: CellValue) => v === null || v === "";
  if (blank(previous) && blank(current)) return undefined;
  if (blank(previous)) return rankOf(current, lang) === undefined ? undefined : "newlyRated";
  if (blank(current)) return rankOf(previous, lang) === undefined ? undefined : "noLongerRated";
  const before = rankOf(previous, lang);
  const now = rankOf(current, lang);
  if (before === undefined || now === undefined) return undefined;
  if (previous === current) return "same";
  if (before === null || now === null) return "unclear";
  return now > before ? "better" : "worse";
}

export function changeMark(code: ChangeCode, lang: Language): string {
  return CHANGES.find((c) => c.code === code)!.mark[lang];
}

/** A measure's level as stored, or null. */
export function levelOf(inputs: MeasureInputs | undefined): CellValue {
  const level = inputs?.level;
  return level === undefined ? null : level;
}

/** The row of one measure on the Verlauf sheet: what it is, and its frozen inputs per closed round. */
export interface HistoryRow {
  readonly measureId: string;
  readonly fieldName: string;
  readonly goalNumber: number;
  readonly title: string;
  /** One entry per closed round (oldest first); undefined where the measure was not in that round. */
  readonly rounds: readonly (MeasureInputs | undefined)[];
}

/**
 * The Verlauf rows: the measures of the current catalogue in the workbook's order (with their current
 * field, goal and title), then every other measure a closed round holds (archived ones), as it stood in
 * the latest round that had it.
 */
export function historyRows(
  current: readonly Omit<FrozenMeasure, "inputs">[],
  history: readonly PastRound[],
) {
  const byRound = history.map((round) => new Map(round.measures.map((m) => [m.measureId, m])));
  const rows: HistoryRow[] = [];
  const seen = new Set<string>();
  const add = (m: Omit<FrozenMeasure, "inputs">) => {
    seen.add(m.measureId);
    rows.push({ ...pick(m), rounds: byRound.map((round) => round.get(m.measureId)?.inputs) });
  };
  for (const m of current) add(m);
  for (let r = history.length - 1; r >= 0; r--)
    for (const m of history[r]!.measures) if (!seen.has(m.measureId)) add(m);
  return rows;
}

function pick(m: Omit<FrozenMeasure, "inputs">): Omit<FrozenMeasure, "inputs"> {
  return { measureId: m.measureId, fieldName: m.fieldName, goalNumber: m.goalNumber, title: m.title };
}
