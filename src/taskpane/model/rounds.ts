/**
 * What the Runden panel shows of the open workbook: the round it collects, the closed rounds, and — from
 * round 2 on — how many measures changed in which way since the last closed round, per action field and
 * in total (the classes of the workbook's own change marks). Pure; read afresh on every read of the
 * workbook, so the counts follow what is typed into the sheets.
 */
import { label } from "../../layout/labels";
import type { RoundInfo } from "../../layout/plan";
import type { WorkbookSnapshot } from "../../layout/snapshot";
import { changesSinceLastRound } from "../../returns/compareRounds";
import { readZielbildWorkbook } from "../../returns/readWorkbook";
import { currentRoundOf } from "../../returns/rounds";
import type { ChangeCode, Language } from "../../scheme/ratingScheme";

export type ChangeCounts = Readonly<Record<ChangeCode, number>>;

export interface RoundChanges {
  /** The last closed round, compared with. */
  readonly since: RoundInfo;
  readonly total: ChangeCounts;
  /** Per action field as the Übersicht names it ("1 Sprache"), in the workbook's order. */
  readonly fields: readonly { readonly name: string; readonly counts: ChangeCounts }[];
}

export interface RoundsView {
  readonly current: RoundInfo;
  /** Closed rounds, oldest first. */
  readonly closed: readonly RoundInfo[];
  /** Undefined in round 1. */
  readonly changes?: RoundChanges;
  /** Set for a per-unit workbook: a new round is started in the complete overview. */
  readonly unit?: string;
  /** The name of the sheet that keeps the closed rounds, in the workbook's language. */
  readonly historySheet: string;
}

export type RoundsRead =
  { readonly ok: true; readonly view: RoundsView } | { readonly ok: false; readonly error: string };

export function roundsView(snapshot: WorkbookSnapshot, lang: Language = "de"): RoundsRead {
  const read = readZielbildWorkbook(snapshot, lang);
  if ("error" in read) return { ok: false, error: read.error };
  const { workbook } = read;
  const closed = workbook.history.map(({ number, label: name, date }) => ({ number, label: name, date }));
  const comparison = changesSinceLastRound(workbook);
  const last = closed[closed.length - 1];
  const changes: RoundChanges | undefined =
    comparison && last
      ? {
          since: last,
          total: comparison.counts[comparison.counts.length - 1]!.counts,
          fields: comparison.counts.slice(0, -1).map((row) => ({ name: row.fieldName, counts: row.counts })),
        }
      : undefined;
  return {
    ok: true,
    view: {
      current: currentRoundOf(workbook),
      closed,
      ...(changes ? { changes } : {}),
      ...(workbook.meta.unit !== undefined ? { unit: workbook.meta.unit } : {}),
      historySheet: historySheetName(workbook.meta.language),
    },
  };
}

export function historySheetName(language: Language): string {
  return label("historySheet", language);
}
