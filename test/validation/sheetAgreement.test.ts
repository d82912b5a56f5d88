/**
 * The engine and the workbook agree: for random entries (valid values, blanks, near misses, junk,
 * numbers), a real formula engine (HyperFormula) computes each row's Status formula, and the engine's
 * findings must classify every measure the same way — invalid, open or rated.
 */
import { buildPlan } from "../../src/layout/buildPlan";
import { LETTER } from "../../src/layout/fieldLayout";
import { statusTexts } from "../../src/layout/context";
import { allowedValues, INPUT_FIELDS, type Language } from "../../src/scheme/ratingScheme";
import { validateWorkbook, type Finding } from "../../src/validation";
import { setCell, snapshotFromPlan, syntheticCatalogue } from "../fakes/synthetic";
import { loadPlan, valueOf, type Entries, type EnteredValue } from "../layout/engine";
import { pick, prng } from "../layout/random";

const JUNK: readonly EnteredValue[] = [" ", "P/R", "PR", "x", "-", "0", 0, 1, 2.5, "nein ", "offen"];

function candidates(lang: Language, key: (typeof INPUT_FIELDS)[number]): EnteredValue[] {
  const allowed = allowedValues(key, lang);
  const nearMisses = allowed.flatMap((v) => [
    ` ${v}`,
    `${v} `,
    v.toUpperCase(),
    v[0]!.toUpperCase() + v.slice(1),
    v.toLowerCase(),
  ]);
  return [
    null,
    null,
    null,
    ...allowed,
    ...allowed,
    ...nearMisses.filter((v) => !allowed.includes(v)),
    ...JUNK,
  ];
}

function classOf(
  findings: readonly Finding[],
  measureId: string,
  texts: ReturnType<typeof statusTexts>,
): string {
  const mine = findings.filter((f) => f.measureId === measureId);
  if (mine.some((f) => f.ruleId === "value-outside-scheme" || f.ruleId === "both-task-types"))
    return texts.invalid;
  if (mine.some((f) => f.ruleId === "level-missing")) return texts.open;
  return texts.rated;
}

describe.each<Language>(["de", "en"])("engine and Status formula agree (%s)", (lang) => {
  const plan = buildPlan(syntheticCatalogue(90), { language: lang, builtAt: "2024-01-01T00:00:00.000Z" });
  const texts = statusTexts(lang);

  test.each(Array.from({ length: 6 }, (_, i) => i + 1))("seed %i", (seed) => {
    const random = prng(seed);
    const entries: Entries = new Map();
    const snapshot = snapshotFromPlan(plan);
    for (const m of plan.measures) {
      const sheetEntries = entries.get(m.sheetName) ?? new Map<string, EnteredValue>();
      entries.set(m.sheetName, sheetEntries);
      for (const field of INPUT_FIELDS) {
        if (field.kind === "text") continue;
        const value = pick(random, candidates(lang, field));
        if (value === null) continue;
        const address = `${m.inputColumns[field.key]}${m.row}`;
        sheetEntries.set(address, value);
        setCell(
          snapshot.sheets.find((s) => s.name === m.sheetName)!,
          address,
          value,
        );
      }
    }
    const hf = loadPlan(plan, entries);
    const findings = validateWorkbook(plan, snapshot, { mode: "entwurf" });
    const sheetSays = plan.measures.map((m) => [
      m.measureId,
      valueOf(hf, m.sheetName, `${LETTER.status}${m.row}`),
    ]);
    const engineSays = plan.measures.map((m) => [m.measureId, classOf(findings, m.measureId, texts)]);
    expect(engineSays).toEqual(sheetSays);
    hf.destroy();
  });
});
