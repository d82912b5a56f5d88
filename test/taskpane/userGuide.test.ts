/** The departments' guide must explain the scheme as it is: every level, symbol and input of ratingScheme.ts. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { INPUT_FIELDS, LEVELS, SYMBOLS, YES } from "../../src/scheme/ratingScheme";

const guide = readFileSync(path.resolve(__dirname, "../../docs/anleitung-fachbereiche.md"), "utf8");

test.each(LEVELS.map((l) => [l.value.de, l.label.de]))(
  "the guide names the level %s (%s)",
  (value, label) => {
    expect(guide).toContain(`\`${value}\``);
    expect(guide).toContain(label);
  },
);

test.each(SYMBOLS.map((s) => [s.glyph, s.label.de, s.meaning.de]))(
  "the guide explains the symbol %s as in the scheme",
  (glyph, label, meaning) => {
    expect(guide).toContain(`**${glyph}**`);
    expect(guide).toContain(label);
    expect(guide).toContain(meaning);
  },
);

test("the guide names every input column by its header and the yes value", () => {
  for (const field of INPUT_FIELDS) expect(guide).toContain(`**${field.header.de}**`);
  expect(guide).toContain(`\`${YES.de}\``);
});
