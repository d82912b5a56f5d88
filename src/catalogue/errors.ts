/** One problem in a catalogue, with its place, so a person can find and fix it. */
export interface CatalogueIssue {
  /** File name (or "Katalog" when the input has none). */
  readonly file: string;
  /** 1-based line (CSV, or JSON when known). */
  readonly line?: number;
  /** CSV column header or JSON path like "actionFields[0].challenges[1].goals[2].description". */
  readonly field?: string;
  readonly message: string;
}

/**
 * Something a reader noticed but could go on without (a CSV column it does not know, e.g. "Lfd. Nr.").
 * Same place fields as an issue; printed with formatIssue, never a reason to refuse.
 */
export type CatalogueWarning = CatalogueIssue;

export function formatIssue(issue: CatalogueIssue): string {
  const place = [issue.file, issue.line !== undefined ? `Zeile ${issue.line}` : undefined, issue.field]
    .filter(Boolean)
    .join(", ");
  return `${place}: ${issue.message}`;
}

/** The message lists this many issues; `issues` always holds all of them. */
const MAX_LISTED = 50;

function listed(issues: readonly CatalogueIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((i) => "  " + formatIssue(i));
  if (issues.length > MAX_LISTED) lines.push(`  … und ${issues.length - MAX_LISTED} weitere`);
  return lines.join("\n");
}

/** Thrown when a catalogue cannot be loaded. Carries every issue found, not only the first. */
export class CatalogueError extends Error {
  constructor(readonly issues: readonly CatalogueIssue[]) {
    super(`Der Katalog enthält ${issues.length} Fehler:\n` + listed(issues));
    this.name = "CatalogueError";
  }
}
