/** The result of the ribbon's "Prüfen" command: counts, the first finding to jump to, a few lines to show. Pure. */
import { validationMessages } from "../core/messages/sections";
import type { WorkbookSnapshot } from "../layout/snapshot";
import type { Language } from "../scheme/ratingScheme";
import { countBySeverity, validateWorkbook, type Finding } from ".";
import { analyseWorkbook } from "./analysis";
import { firstCell } from "./findingGroups";

export interface CheckReport {
  readonly ok: boolean;
  /** Headline, e.g. "2 Fehler, 1 Warnung, 0 Hinweise" or why nothing could be checked. */
  readonly title: string;
  readonly lines: readonly string[];
  /** The cell to select: the first error, else the first warning. */
  readonly jumpTo?: { readonly sheet: string; readonly cell: string };
}

/** At most this many findings travel in the dialog's URL. */
export const MAX_REPORT_LINES = 8;

export function checkReport(snapshot: WorkbookSnapshot, lang: Language): CheckReport {
  const t = validationMessages(lang).dialog;
  const analysis = analyseWorkbook(snapshot);
  if (analysis.kind === "none") return { ok: false, title: t.noOverviewTitle, lines: [t.noOverview] };
  if (analysis.kind === "damaged")
    return { ok: false, title: t.cannotCheck, lines: [analysis.message[lang]] };
  const findings = validateWorkbook(analysis.plan, snapshot, {
    mode: "entwurf",
    catalogue: analysis.catalogue,
  });
  const counts = countBySeverity(findings);
  const first =
    findings.find((f) => f.severity === "error") ?? findings.find((f) => f.severity === "warning");
  return {
    ok: counts.error === 0,
    title: t.counts(counts.error, counts.warning, counts.info),
    lines: findings.slice(0, MAX_REPORT_LINES).map((f) => line(f, lang)),
    ...(first ? { jumpTo: { sheet: first.sheet, cell: firstCell(first.cell) } } : {}),
  };
}

function line(finding: Finding, lang: Language): string {
  const measure = finding.measureId ? `${finding.measureId}: ` : "";
  return `${finding.sheet}!${finding.cell} – ${measure}${finding.message[lang]}`;
}

export function encodeReport(report: CheckReport): string {
  return encodeURIComponent(JSON.stringify(report));
}

export function decodeReport(text: string): CheckReport | undefined {
  try {
    const value = JSON.parse(decodeURIComponent(text)) as Partial<CheckReport>;
    if (typeof value.title !== "string" || !Array.isArray(value.lines)) return undefined;
    return {
      ok: Boolean(value.ok),
      title: value.title,
      lines: value.lines.filter((l) => typeof l === "string"),
    };
  } catch {
    return undefined;
  }
}
