/** What is checked, as Markdown — for docs/pruefregeln.md, `npm run check -- --rules` and the task pane. */
import type { Language } from "../scheme/ratingScheme";
import type { Rule } from "./rule";
import { RULES } from "./rules";
import type { Severity } from "./types";

const SEVERITY: Record<Severity, Record<Language, string>> = {
  error: { de: "Fehler", en: "error" },
  warning: { de: "Warnung", en: "warning" },
  info: { de: "Hinweis", en: "note" },
};

export function severityText(rule: Rule, lang: Language): string {
  const submit = SEVERITY[rule.severity][lang];
  if (!rule.draftSeverity || rule.draftSeverity === rule.severity) return submit;
  const draft = SEVERITY[rule.draftSeverity][lang];
  return lang === "de"
    ? `${draft} im Entwurf, ${submit} bei Abgabe`
    : `${draft} while drafting, ${submit} on submission`;
}

export function rulesMarkdown(lang: Language = "de", rules: readonly Rule[] = RULES): string {
  const severity = lang === "de" ? "Schwere" : "Severity";
  return rules
    .map(
      (rule) =>
        `### \`${rule.id}\` — ${rule.title[lang]}\n\n**${severity}:** ${severityText(rule, lang)}\n\n${rule.description[lang]}\n`,
    )
    .join("\n");
}
