/** Findings → a text table for people (grouped by severity, then sheet) or JSON for machines. Pure. */
import { parseCell } from "../core/address";
import { validationMessages } from "../core/messages/sections";
import type { Language } from "../scheme/ratingScheme";
import { countBySeverity } from "./validate";
import { SEVERITY_ORDER, type Finding } from "./types";

export function formatSummary(findings: readonly Finding[], lang: Language = "de"): string {
  const c = countBySeverity(findings);
  return validationMessages(lang).report.summary(c.error, c.warning, c.info);
}

/**
 * `sheetOrder` lists sheet names in tab order (sheets not listed follow in order of first appearance);
 * without it sheets appear in the order they first occur among all findings.
 */
export function formatTable(
  findings: readonly Finding[],
  lang: Language = "de",
  sheetOrder: readonly string[] = [],
): string {
  const t = validationMessages(lang).report;
  if (findings.length === 0) return `${t.noFindings}\n`;
  const rank = sheetRanks(findings, sheetOrder);
  const lines: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`${t.severityTitle[severity]} (${ofSeverity.length})`);
    for (const [sheet, group] of bySheet(ofSeverity, rank)) {
      lines.push(`  ${t.sheet(sheet)}`);
      lines.push(
        ...table(
          [t.headers.cell, t.headers.rule, t.headers.measure, t.headers.message],
          group.map((f) => row(f, lang)),
        ).map((l) => `    ${l}`),
      );
    }
    lines.push("");
  }
  lines.push(formatSummary(findings, lang));
  return `${lines.join("\n")}\n`;
}

function row(finding: Finding, lang: Language): string[] {
  return [finding.cell, finding.ruleId, finding.measureId ?? "", finding.message[lang]];
}

function sheetRanks(findings: readonly Finding[], sheetOrder: readonly string[]): Map<string, number> {
  const rank = new Map(sheetOrder.map((name, i) => [name, i]));
  for (const f of findings) if (!rank.has(f.sheet)) rank.set(f.sheet, rank.size);
  return rank;
}

/** Sheets by rank; within a sheet by row, then column. */
function bySheet(findings: readonly Finding[], rank: ReadonlyMap<string, number>): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.sheet);
    if (group) group.push(f);
    else groups.set(f.sheet, [f]);
  }
  for (const group of groups.values()) group.sort((a, b) => cellOrder(a.cell) - cellOrder(b.cell));
  return [...groups].sort(([a], [b]) => rank.get(a)! - rank.get(b)!);
}

function cellOrder(cell: string): number {
  try {
    const { row, column } = parseCell(cell.split(":")[0] ?? cell);
    return row * 20_000 + column;
  } catch {
    return 0;
  }
}

/** Left-aligned columns; the last column is not padded (messages are long). */
function table(headers: readonly string[], rows: readonly string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [
    render(headers),
    render(widths.map((w, i) => "-".repeat(i === widths.length - 1 ? headers[i]!.length : w))),
    ...rows.map(render),
  ];
}

export interface JsonReport {
  readonly file?: string;
  readonly mode?: string;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly findings: readonly Finding[];
}

export function toJsonReport(
  findings: readonly Finding[],
  context: { file?: string; mode?: string } = {},
): JsonReport {
  const c = countBySeverity(findings);
  return { ...context, summary: { errors: c.error, warnings: c.warning, infos: c.info }, findings };
}

export function formatJson(
  findings: readonly Finding[],
  context: { file?: string; mode?: string } = {},
): string {
  return `${JSON.stringify(toJsonReport(findings, context), null, 2)}\n`;
}
