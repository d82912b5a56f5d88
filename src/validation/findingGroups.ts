/** Findings grouped for the Prüfen panel: by action field (catalogue order), then by severity. Pure. */
import type { Catalogue } from "../catalogue/model";
import { SEVERITY_ORDER, type Finding, type Severity } from "./types";

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

export interface FindingGroup {
  /** Undefined for findings about the workbook as a whole (sheets, structure without a field). */
  readonly fieldId?: string;
  readonly fieldName?: string;
  readonly bySeverity: readonly SeverityGroup[];
}

export function groupFindings(
  findings: readonly Finding[],
  catalogue: Catalogue | undefined,
): FindingGroup[] {
  const fields = catalogue?.actionFields ?? [];
  const known = new Set(fields.map((f) => f.id));
  const general = findings.filter((f) => f.fieldId === undefined || !known.has(f.fieldId));
  const groups: FindingGroup[] = [];
  if (general.length > 0) groups.push({ bySeverity: bySeverity(general) });
  for (const field of fields) {
    const own = findings.filter((f) => f.fieldId === field.id);
    if (own.length > 0)
      groups.push({
        fieldId: field.id,
        fieldName: `${field.number} ${field.name}`,
        bySeverity: bySeverity(own),
      });
  }
  return groups;
}

function bySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((group) => group.findings.length > 0);
}

/** "Sheet!B7" as a person reads it (no quotes). */
export function placeOf(finding: Finding): string {
  return `${finding.sheet}!${finding.cell}`;
}

/** The first cell of a finding's range: what to select. */
export function firstCell(address: string): string {
  return address.split(":")[0] ?? address;
}
