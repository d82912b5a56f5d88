/**
 * Two workbooks of the same catalogue, e.g. the rounds of two years kept as separate files: per measure
 * (by stable ID) how its degree of goal achievement moved from the older to the newer file, with the
 * change classes of the workbook's own change marks (src/layout/rounds.ts). Works across catalogue
 * versions: measures only in one file are listed. Pure.
 */
import { returnsMessages } from "../core/messages/sections";
import { currentMeasures } from "../layout/buildPlan";
import { classifyChange, levelOf, roundTitle } from "../layout/rounds";
import { CHANGES, type ChangeCode, type Language } from "../scheme/ratingScheme";
import { toCsv } from "./csv";
import { markdownText } from "../core/markdown";
import { translateInputs } from "./ratingFields";
import { currentRoundOf } from "./rounds";
import type { ZielbildWorkbook } from "./readWorkbook";

export interface ComparedMeasure {
  readonly measureId: string;
  readonly fieldName: string;
  readonly title: string;
  /** Level in the older file (in the newer file's language); undefined when the measure is not there. */
  readonly previous: string | number | boolean | null | undefined;
  readonly current: string | number | boolean | null;
  readonly change: ChangeCode | undefined;
}

export interface Comparison {
  readonly language: Language;
  readonly older: string;
  readonly newer: string;
  /** Measures of the newer file, in its order. */
  readonly measures: readonly ComparedMeasure[];
  /** Measures only the older file has (left the catalogue). */
  readonly onlyInOlder: readonly { measureId: string; fieldName: string; title: string }[];
  /** Per action field of the newer file, then the total: how many measures per change class. */
  readonly counts: readonly { fieldName: string; counts: Readonly<Record<ChangeCode, number>> }[];
}

export function compareWorkbooks(older: ZielbildWorkbook, newer: ZielbildWorkbook): Comparison {
  const lang = newer.meta.language;
  const oldLevels = new Map(
    [...older.inputs].map(([id, inputs]) => [
      id,
      levelOf(translateInputs(inputs, older.meta.language, lang)),
    ]),
  );
  const oldMeasures = currentMeasures(older.catalogue);
  const known = new Set(oldMeasures.map((m) => m.measureId));
  const measures = currentMeasures(newer.catalogue).map((m): ComparedMeasure => {
    const previous = known.has(m.measureId) ? (oldLevels.get(m.measureId) ?? null) : undefined;
    const current = levelOf(newer.inputs.get(m.measureId));
    return { ...m, previous, current, change: classifyChange(previous, current, lang) };
  });
  const inNewer = new Set(measures.map((m) => m.measureId));
  return {
    language: lang,
    older: roundTitle(currentRoundOf(older), lang),
    newer: roundTitle(currentRoundOf(newer), lang),
    measures,
    onlyInOlder: oldMeasures
      .filter((m) => !inNewer.has(m.measureId))
      .map(({ measureId, fieldName, title }) => ({ measureId, fieldName, title })),
    counts: countsPerField(measures, lang),
  };
}

/**
 * The running round against the last closed one, as the workbook's change marks count it: per measure of
 * the catalogue, by ID. Undefined in round 1 (nothing to compare with).
 */
export function changesSinceLastRound(workbook: ZielbildWorkbook): Comparison | undefined {
  const last = workbook.history[workbook.history.length - 1];
  if (!last) return undefined;
  const lang = workbook.meta.language;
  const previous = new Map(last.measures.map((m) => [m.measureId, levelOf(m.inputs)]));
  const measures = currentMeasures(workbook.catalogue).map((m): ComparedMeasure => {
    const before = previous.has(m.measureId) ? previous.get(m.measureId)! : undefined;
    const current = levelOf(workbook.inputs.get(m.measureId));
    return { ...m, previous: before, current, change: classifyChange(before, current, lang) };
  });
  return {
    language: lang,
    older: roundTitle(last, lang),
    newer: roundTitle(currentRoundOf(workbook), lang),
    measures,
    onlyInOlder: [],
    counts: countsPerField(measures, lang),
  };
}

function emptyCounts(): Record<ChangeCode, number> {
  return Object.fromEntries(CHANGES.map((c) => [c.code, 0])) as Record<ChangeCode, number>;
}

function countsPerField(measures: readonly ComparedMeasure[], lang: Language): Comparison["counts"] {
  const perField = new Map<string, Record<ChangeCode, number>>();
  const total = emptyCounts();
  for (const m of measures) {
    let counts = perField.get(m.fieldName);
    if (!counts) perField.set(m.fieldName, (counts = emptyCounts()));
    if (m.change === undefined) continue;
    counts[m.change]++;
    total[m.change]++;
  }
  return [
    ...[...perField].map(([fieldName, counts]) => ({ fieldName, counts })),
    { fieldName: returnsMessages(lang).compare.total, counts: total },
  ];
}

const shown = (value: ComparedMeasure["previous"]) =>
  value === undefined || value === null ? "" : String(value);

/** The row of the counts in `lang`: the total's name follows the report's language. */
function countRowName(comparison: Comparison, index: number, lang: Language): string {
  const row = comparison.counts[index]!;
  return index === comparison.counts.length - 1 ? returnsMessages(lang).compare.total : row.fieldName;
}

/** `lang`: the language of headers and change marks (default: the newer workbook's). */
export function comparisonCsv(comparison: Comparison, lang: Language = comparison.language): string {
  const t = returnsMessages(lang).compare;
  const mark = (code: ChangeCode | undefined) =>
    code === undefined ? "" : CHANGES.find((c) => c.code === code)!.mark[lang];
  return toCsv([
    [...t.csvHeaders],
    ...comparison.measures.map((m) => [
      m.measureId,
      m.fieldName,
      m.title,
      shown(m.previous),
      shown(m.current),
      mark(m.change),
    ]),
    ...comparison.onlyInOlder.map((m) => [m.measureId, m.fieldName, m.title, "", "", t.gone]),
  ]);
}

/** `lang`: the language of headings and change marks (default: the newer workbook's). */
export function comparisonMarkdown(
  comparison: Comparison,
  files: { older: string; newer: string },
  lang: Language = comparison.language,
): string {
  const t = returnsMessages(lang).compare;
  const marks = CHANGES.map((c) => c.mark[lang]);
  const lines = [
    t.title,
    "",
    t.before(markdownText(files.older), markdownText(comparison.older)),
    t.now(markdownText(files.newer), markdownText(comparison.newer)),
    "",
    `| ${t.actionField} | ${marks.join(" | ")} |`,
    `| --- | ${marks.map(() => "---:").join(" | ")} |`,
    ...comparison.counts.map(
      (row, i) =>
        `| ${markdownText(countRowName(comparison, i, lang))} | ${CHANGES.map((c) => row.counts[c.code]).join(" | ")} |`,
    ),
    "",
  ];
  const moved = comparison.measures.filter((m) => m.change === "better" || m.change === "worse");
  if (moved.length > 0) {
    lines.push(t.movedHeading, "");
    lines.push(t.movedHeader);
    lines.push("| --- | --- | --- | --- |");
    for (const m of moved)
      lines.push(
        `| ${markdownText(m.measureId)} | ${markdownText(m.title)} | ${markdownText(shown(m.previous))} | ${markdownText(shown(m.current))} |`,
      );
    lines.push("");
  }
  if (comparison.onlyInOlder.length > 0) {
    lines.push(t.onlyInOlderHeading, "");
    for (const m of comparison.onlyInOlder)
      lines.push(`- ${markdownText(m.measureId)} ${markdownText(m.title)}`);
    lines.push("");
  }
  return lines.join("\n");
}
