/** The merge report for people: Markdown (to read) and CSV (to sort and filter in Excel). */
import {
  fieldName,
  MERGE_OUTCOMES,
  type ConflictKind,
  type MergeItem,
  type MergeOutcome,
  type MergeResult,
} from "./merge";
import { toCsv } from "./csv";
import { shown } from "./ratingFields";

export const OUTCOME_LABEL: Readonly<Record<MergeOutcome, string>> = {
  applied: "übernommen",
  unchanged: "unverändert",
  conflict: "Konflikt",
  refused: "abgelehnt",
};

export const CONFLICT_LABEL: Readonly<Record<ConflictKind, string>> = {
  returnsDiffer: "Rückläufe widersprechen sich",
  masterHasValue: "Hauptdatei hat schon einen Wert",
  otherUnit: "Zeile einer anderen Einheit geändert",
  unitChanged: "Zuständigkeit geändert",
};

export interface ReportContext {
  readonly master: string;
  readonly out: string;
  readonly returns: readonly string[];
  readonly createdAt: string;
}

export function mergeReportMarkdown(result: MergeResult, ctx: ReportContext): string {
  const lines: string[] = [
    "# Zusammenführung der Rückläufe",
    "",
    `- Hauptdatei: ${ctx.master}`,
    `- Ergebnis: ${ctx.out}`,
    `- Rückläufe: ${ctx.returns.length}`,
    `- Erstellt: ${ctx.createdAt}`,
    "",
    "| Ergebnis | Anzahl |",
    "| --- | ---: |",
    ...MERGE_OUTCOMES.map((o) => `| ${OUTCOME_LABEL[o]} | ${result.counts[o]} |`),
    "",
  ];
  const section = (outcome: MergeOutcome, heading: string, note: string) => {
    const items = result.items.filter((i) => i.outcome === outcome);
    if (items.length === 0) return;
    lines.push(`## ${heading} (${items.length})`, "", note, "");
    lines.push(
      "| Datei | Maßnahme | Zuständig | Art | Felder | Grund |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const item of items) lines.push(markdownRow(item));
    lines.push("");
  };
  section("conflict", "Konflikte", "Die Hauptdatei behält ihren Wert, bis jemand entscheidet.");
  section("refused", "Abgelehnt", "Nicht übernommen; bitte beim Absender nachfragen.");
  section(
    "applied",
    "Übernommen",
    "Von der zuständigen Einheit geänderte Werte, die die Hauptdatei seit dem Versand nicht geändert hatte.",
  );
  const unchanged = result.items.filter((i) => i.outcome === "unchanged");
  if (unchanged.length > 0) {
    lines.push(`## Unverändert (${unchanged.length})`, "");
    for (const [file, ids] of groupIds(unchanged)) lines.push(`- ${escapeCell(file)}: ${ids.join(", ")}`);
    lines.push("");
  }
  return lines.join("\n");
}

function markdownRow(item: MergeItem): string {
  const measure = item.measureId ? `${item.measureId} ${item.measureTitle ?? ""}`.trim() : "–";
  const cells = [
    item.file,
    measure,
    item.unit ?? "",
    item.conflict ? CONFLICT_LABEL[item.conflict] : OUTCOME_LABEL[item.outcome],
    item.changes.map(describeChange).join("; "),
    item.reason,
  ];
  return `| ${cells.map(escapeCell).join(" | ")} |`;
}

function describeChange(change: MergeItem["changes"][number]): string {
  const master = shown(change.master) || "leer";
  const returned = shown(change.returned) || "leer";
  return `${fieldName(change.key)}: Hauptdatei „${master}“, Rücklauf „${returned}“`;
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function groupIds(items: readonly MergeItem[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(item.file, [...(groups.get(item.file) ?? []), item.measureId ?? ""]);
  return groups;
}

export const MERGE_CSV_HEADERS = [
  "Ergebnis",
  "Art",
  "Datei",
  "Maßnahmen-ID",
  "Maßnahme",
  "Zuständig",
  "Feld",
  "Wert Hauptdatei",
  "Wert Rücklauf",
  "Grund",
] as const;

/** One line per changed field (at least one per item), so a filter in Excel shows every value. */
export function mergeReportCsv(result: MergeResult): string {
  const rows: string[][] = [[...MERGE_CSV_HEADERS]];
  for (const item of result.items) {
    const head = [
      OUTCOME_LABEL[item.outcome],
      item.conflict ? CONFLICT_LABEL[item.conflict] : "",
      item.file,
      item.measureId ?? "",
      item.measureTitle ?? "",
      item.unit ?? "",
    ];
    if (item.changes.length === 0) rows.push([...head, "", "", "", item.reason]);
    for (const change of item.changes)
      rows.push([...head, fieldName(change.key), shown(change.master), shown(change.returned), item.reason]);
  }
  return toCsv(rows);
}
