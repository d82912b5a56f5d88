/** The merge report for people: Markdown (to read) and CSV (to sort and filter in Excel). */
import {
  fieldName,
  MERGE_OUTCOMES,
  type ConflictKind,
  type MergeItem,
  type MergeOutcome,
  type MergeResult,
} from "./merge";
import { returnsMessages } from "../core/messages/sections";
import type { Language } from "../scheme/ratingScheme";
import { toCsv } from "./csv";
import { markdownText } from "../core/markdown";
import { shown } from "./ratingFields";

/** The outcomes' names in the report and the merge CLI's summary (one source: the message catalogue). */
export function outcomeLabel(outcome: MergeOutcome, lang: Language = "de"): string {
  return returnsMessages(lang).outcome[outcome];
}

export function conflictLabel(kind: ConflictKind, lang: Language = "de"): string {
  return returnsMessages(lang).conflict[kind];
}

/** The German names, for code that reads them as data. */
export const OUTCOME_LABEL: Readonly<Record<MergeOutcome, string>> = returnsMessages("de").outcome;
export const CONFLICT_LABEL: Readonly<Record<ConflictKind, string>> = returnsMessages("de").conflict;

export interface ReportContext {
  readonly master: string;
  readonly out: string;
  readonly returns: readonly string[];
  readonly createdAt: string;
}

export function mergeReportMarkdown(result: MergeResult, ctx: ReportContext, lang: Language = "de"): string {
  const t = returnsMessages(lang).mergeReport;
  const lines: string[] = [
    t.title,
    "",
    t.master(markdownText(ctx.master)),
    t.out(markdownText(ctx.out)),
    t.returns(ctx.returns.length),
    t.createdAt(ctx.createdAt),
    "",
    t.countsHeader,
    "| --- | ---: |",
    ...MERGE_OUTCOMES.map((o) => `| ${outcomeLabel(o, lang)} | ${result.counts[o]} |`),
    "",
  ];
  const section = (outcome: MergeOutcome, heading: string, note: string) => {
    const items = result.items.filter((i) => i.outcome === outcome);
    if (items.length === 0) return;
    lines.push(`## ${heading} (${items.length})`, "", note, "");
    lines.push(t.itemsHeader, "| --- | --- | --- | --- | --- | --- |");
    for (const item of items) lines.push(markdownRow(item, lang));
    lines.push("");
  };
  section("conflict", t.conflictsHeading, t.conflictsNote);
  section("refused", t.refusedHeading, t.refusedNote);
  section("applied", t.appliedHeading, t.appliedNote);
  const unchanged = result.items.filter((i) => i.outcome === "unchanged");
  if (unchanged.length > 0) {
    lines.push(`## ${t.unchangedHeading} (${unchanged.length})`, "");
    for (const [file, ids] of groupIds(unchanged))
      lines.push(`- ${markdownText(file)}: ${ids.map(markdownText).join(", ")}`);
    lines.push("");
  }
  return lines.join("\n");
}

function markdownRow(item: MergeItem, lang: Language): string {
  const measure = item.measureId ? `${item.measureId} ${item.measureTitle ?? ""}`.trim() : "–";
  const cells = [
    item.file,
    measure,
    item.unit ?? "",
    item.conflict ? conflictLabel(item.conflict, lang) : outcomeLabel(item.outcome, lang),
    item.changes.map((c) => describeChange(c, lang)).join("; "),
    item.reason,
  ];
  return `| ${cells.map(markdownText).join(" | ")} |`;
}

function describeChange(change: MergeItem["changes"][number], lang: Language): string {
  const t = returnsMessages(lang).mergeReport;
  const master = shown(change.master) || t.blank;
  const returned = shown(change.returned) || t.blank;
  return t.change(fieldName(change.key, lang), master, returned);
}

function groupIds(items: readonly MergeItem[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(item.file, [...(groups.get(item.file) ?? []), item.measureId ?? ""]);
  return groups;
}

/** The CSV report's column headers, in the report's language. */
export function mergeCsvHeaders(lang: Language = "de"): string[] {
  const h = returnsMessages(lang).mergeReport.csvHeaders;
  return [
    h.outcome,
    h.kind,
    h.file,
    h.measureId,
    h.measure,
    h.unit,
    h.field,
    h.masterValue,
    h.returnedValue,
    h.reason,
  ];
}

export const MERGE_CSV_HEADERS: readonly string[] = mergeCsvHeaders("de");

/** One line per changed field (at least one per item), so a filter in Excel shows every value. */
export function mergeReportCsv(result: MergeResult, lang: Language = "de"): string {
  const rows: string[][] = [mergeCsvHeaders(lang)];
  for (const item of result.items) {
    const head = [
      outcomeLabel(item.outcome, lang),
      item.conflict ? conflictLabel(item.conflict, lang) : "",
      item.file,
      item.measureId ?? "",
      item.measureTitle ?? "",
      item.unit ?? "",
    ];
    if (item.changes.length === 0) rows.push([...head, "", "", "", item.reason]);
    for (const change of item.changes)
      rows.push([
        ...head,
        fieldName(change.key, lang),
        shown(change.master),
        shown(change.returned),
        item.reason,
      ]);
  }
  return toCsv(rows);
}
