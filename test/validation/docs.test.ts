import { readFileSync } from "node:fs";
import { rulesMarkdown, severityText } from "../../src/validation/describe";
import { RULES } from "../../src/validation/rules";
import { levelMissing } from "../../src/validation/rules/levelMissing";

test("docs/pruefregeln.md lists exactly the registered rules, as generated", () => {
  const doc = readFileSync("docs/pruefregeln.md", "utf8");
  const block = /<!-- regeln:start[^\n]*-->\n([\s\S]*?)<!-- regeln:end -->/.exec(doc)?.[1];
  expect(block).toBe(rulesMarkdown("de"));
  for (const rule of RULES) expect(block).toContain(`\`${rule.id}\``);
});

test("a mode-dependent severity is spelled out", () => {
  expect(severityText(levelMissing, "de")).toBe("Hinweis im Entwurf, Fehler bei Abgabe");
  expect(severityText(levelMissing, "en")).toBe("note while drafting, error on submission");
});

test("the English table has one row per rule", () => {
  const rows = rulesMarkdown("en").trim().split("\n");
  expect(rows).toHaveLength(RULES.length + 2);
  expect(rows[0]).toBe("| Rule | Severity | What is checked |");
});
