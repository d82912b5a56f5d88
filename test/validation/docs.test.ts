import { readFileSync } from "node:fs";
import { VALIDATION_MESSAGES } from "../../src/core/messages/sections";
import { rulesMarkdown, severityText } from "../../src/validation/describe";
import { RULES } from "../../src/validation/rules";
import { levelMissing } from "../../src/validation/rules/levelMissing";

test("docs/pruefregeln.md lists exactly the registered rules, as generated", () => {
  const doc = readFileSync("docs/pruefregeln.md", "utf8");
  const block = /<!-- regeln:start[^\n]*-->\n([\s\S]*?)<!-- regeln:end -->/.exec(doc)?.[1];
  expect(block?.trim()).toBe(rulesMarkdown("de").trim());
  for (const rule of RULES) expect(block).toContain(`\`${rule.id}\``);
});

test("a mode-dependent severity is spelled out", () => {
  expect(severityText(levelMissing, "de")).toBe("Hinweis im Entwurf, Fehler bei Abgabe");
  expect(severityText(levelMissing, "en")).toBe("note while drafting, error on submission");
});

test("the English list has one section per rule, in registry order", () => {
  const headings = rulesMarkdown("en")
    .split("\n")
    .filter((l) => l.startsWith("### "));
  expect(headings.map((h) => /`([^`]+)`/.exec(h)?.[1])).toEqual(RULES.map((r) => r.id));
  expect(rulesMarkdown("en")).toContain("**Severity:** note while drafting, error on submission");
});

test("the rules' texts come from the message catalogue, English without German quotation marks", () => {
  const structure = RULES.find((r) => r.id === "structure")!;
  expect(structure.title).toEqual({
    de: VALIDATION_MESSAGES.de.rules.structure.title,
    en: VALIDATION_MESSAGES.en.rules.structure.title,
  });
  for (const rule of RULES) expect(`${rule.title.en} ${rule.description.en}`).not.toMatch(/„/);
});
