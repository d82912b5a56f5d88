/** What is checked, as Markdown — for docs/pruefregeln.md, `npm run check -- --rules` and the task pane. */
import { validationMessages } from "../core/messages/sections";
import type { Language } from "../scheme/ratingScheme";
import type { Rule } from "./rule";
import { RULES } from "./rules";

export function severityText(rule: Rule, lang: Language): string {
  const t = validationMessages(lang).report;
  const submit = t.severity[rule.severity];
  if (!rule.draftSeverity || rule.draftSeverity === rule.severity) return submit;
  return t.severityByMode(t.severity[rule.draftSeverity], submit);
}

export function rulesMarkdown(lang: Language = "de", rules: readonly Rule[] = RULES): string {
  const severity = validationMessages(lang).report.severityLabel;
  return rules
    .map(
      (rule) =>
        `### \`${rule.id}\` — ${rule.title[lang]}\n\n**${severity}:** ${severityText(rule, lang)}\n\n${rule.description[lang]}\n`,
    )
    .join("\n");
}
