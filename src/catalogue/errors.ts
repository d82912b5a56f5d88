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

export function formatIssue(issue: CatalogueIssue): string {
  const place = [issue.file, issue.line !== undefined ? `Zeile ${issue.line}` : undefined, issue.field]
    .filter(Boolean)
    .join(", ");
  return `${place}: ${issue.message}`;
}

/** Thrown when a catalogue cannot be loaded. Carries every issue found, not only the first. */
export class CatalogueError extends Error {
  constructor(readonly issues: readonly CatalogueIssue[]) {
    super(
      `Der Katalog enthält ${issues.length} Fehler:\n` + issues.map((i) => "  " + formatIssue(i)).join("\n"),
    );
    this.name = "CatalogueError";
  }
}
