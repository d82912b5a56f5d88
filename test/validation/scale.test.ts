/** The generated large input (used by the benchmark) is checked right: counts per rule at scale. */
import { LEVELS } from "../../src/scheme/ratingScheme";
import { validateWorkbook } from "../../src/validation";
import { largeValidationInput } from "../fakes/synthetic";

test("findings per rule on 2,500 generated measures match the generation pattern", () => {
  const n = 2_500;
  const { plan, snapshot, catalogue } = largeValidationInput(n);
  expect(plan.measures).toHaveLength(n);
  const findings = validateWorkbook(plan, snapshot, { mode: "abgabe", catalogue });
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  const expected: Record<string, number> = {};
  const add = (rule: string) => (expected[rule] = (expected[rule] ?? 0) + 1);
  for (let i = 0; i < n; i++) {
    const blank = i % 7 === 0;
    const invalid = !blank && i % 11 === 0;
    const code = LEVELS[i % LEVELS.length]!.code;
    if (blank) add("level-missing");
    if (invalid) add("value-outside-scheme");
    if (i % 13 === 0) add("both-task-types");
    if (!blank && !invalid && (code === "gering" || code === "unklar") && i % 3 !== 0) add("remark-missing");
    if (!blank && !invalid && code === "hoch" && i % 5 === 0) add("responsibility-contradiction");
  }
  expect(counts).toEqual(expected);
  expect(findings.every((f) => f.measureTitle?.startsWith("Maßnahme"))).toBe(true);
}, 60_000);
