import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

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

/** Formats issues as "file, Zeile 3, Spalte: message", the line worded in `lang` ("line 3"). */
export function issueFormatter(lang: Language): (issue: CatalogueIssue) => string {
  const m = catalogueMessages(lang);
  return (issue) => {
    const place = [issue.file, issue.line !== undefined ? m.line(issue.line) : undefined, issue.field]
      .filter(Boolean)
      .join(", ");
    return `${place}: ${issue.message}`;
  };
}

/** "file, Zeile 3, Spalte: message" — the place first (German). */
export const formatIssue: (issue: CatalogueIssue) => string = issueFormatter("de");

/** The message lists this many issues; `issues` always holds all of them. */
const MAX_LISTED = 50;

function listed(issues: readonly CatalogueIssue[], lang: Language): string {
  const format = issueFormatter(lang);
  const lines = issues.slice(0, MAX_LISTED).map((i) => "  " + format(i));
  if (issues.length > MAX_LISTED)
    lines.push("  " + catalogueMessages(lang).andMore(issues.length - MAX_LISTED));
  return lines.join("\n");
}

/**
 * Thrown when a catalogue cannot be loaded. Carries every issue found, not only the first; the issues'
 * messages are already in the language the reader was asked for, and so is this error's own message.
 */
export class CatalogueError extends Error {
  constructor(
    readonly issues: readonly CatalogueIssue[],
    lang: Language = "de",
  ) {
    super(catalogueMessages(lang).errorCount(issues.length) + "\n" + listed(issues, lang));
    this.name = "CatalogueError";
  }
}
