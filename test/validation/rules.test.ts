import { validateWorkbook, type Finding, type ValidationMode } from "../../src/validation";
import { RULES } from "../../src/validation/rules";
import { levelByCode, YES, NO } from "../../src/scheme/ratingScheme";
import { EditableWorkbook, fixtureCatalogue, fixturePlan } from "./fixtures";

const SHEET = "1 Ankommen";
const MODES: ValidationMode[] = ["entwurf", "abgabe"];
const hoch = levelByCode("hoch").value.de;
const mittel = levelByCode("mittel").value.de;
const gering = levelByCode("gering").value.de;
const unklar = levelByCode("unklar").value.de;

/** All measures rated "mittel" so that only what a test changes produces findings. */
function rated(plan = fixturePlan()): EditableWorkbook {
  const wb = new EditableWorkbook(plan);
  for (const m of plan.measures)
    wb.set(m.sheetName, `F${m.row}`, plan.meta.language === "de" ? mittel : "medium");
  return wb;
}

function check(wb: EditableWorkbook, mode: ValidationMode, plan = fixturePlan()): Finding[] {
  return validateWorkbook(plan, wb, { mode, catalogue: fixtureCatalogue() });
}

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe.each(MODES)("rules in mode %s", (mode) => {
  test("a fully and validly rated workbook has no findings", () => {
    expect(check(rated(), mode)).toEqual([]);
  });

  test.each([" hoch", "Hoch", "hoch ", "high", "sehr hoch", 3, true])(
    "value-outside-scheme: level %p is an error at the cell",
    (value) => {
      const findings = check(rated().set(SHEET, "F7", value), mode);
      expect(findings).toEqual([
        expect.objectContaining({
          ruleId: "value-outside-scheme",
          severity: "error",
          sheet: SHEET,
          cell: "F7",
          measureId: "M2",
          measureTitle: "Titel M2",
          fieldId: "hf1",
        }),
      ]);
    },
  );

  test("value-outside-scheme: task type, flags; blank and valid values pass", () => {
    const wb = rated()
      .set(SHEET, "G6", "p")
      .set(SHEET, "H6", "Ja")
      .set(SHEET, "I6", "x")
      .set(SHEET, "J6", NO.de)
      .set(SHEET, "G7", "R")
      .set(SHEET, "H7", YES.de);
    const cells = of(check(wb, mode), "value-outside-scheme").map((f) => f.cell);
    expect(cells.sort()).toEqual(["G6", "H6", "I6"]);
  });

  test("value-outside-scheme: a near miss names the meant value", () => {
    const [finding] = check(rated().set(SHEET, "F6", " Hoch "), mode);
    expect(finding?.message.de).toContain(`„${hoch}“`);
    expect(finding?.message.en).toContain(`"${hoch}"`);
  });

  test.each(["P/R", "PR", "P, R", "R und P", "p+r"])(
    "both-task-types: %p replaces the out-of-scheme finding",
    (v) => {
      const findings = check(rated().set(SHEET, "G8", v), mode);
      expect(findings).toEqual([
        expect.objectContaining({
          ruleId: "both-task-types",
          severity: "error",
          cell: "G8",
          measureId: "M3",
        }),
      ]);
    },
  );

  test("both-task-types does not fire for other junk (that is value-outside-scheme)", () => {
    expect(check(rated().set(SHEET, "G8", "PP"), mode).map((f) => f.ruleId)).toEqual([
      "value-outside-scheme",
    ]);
  });

  test("level-missing: info 'offen' in entwurf, error in abgabe", () => {
    const findings = of(check(rated().set(SHEET, "F9", null), mode), "level-missing");
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "F9",
        measureId: "M4",
        severity: mode === "abgabe" ? "error" : "info",
      }),
    ]);
  });

  test("level-missing: an invalid level is not reported as missing", () => {
    expect(of(check(rated().set(SHEET, "F9", "??"), mode), "level-missing")).toEqual([]);
  });

  test("level-missing: in a per-unit workbook only the unit's own measures are required", () => {
    const plan = fixturePlan({ unit: "Amt A" });
    const wb = rated(plan).set(SHEET, "F6", null).set(SHEET, "F7", null).set(SHEET, "L7", "Amt B");
    const findings = of(check(wb, mode, plan), "level-missing");
    expect(findings.map((f) => f.measureId)).toEqual(["M1"]);
  });

  test.each([gering, unklar])(
    "remark-missing: %s without Bemerkung is a warning at the remark cell",
    (level) => {
      const findings = check(rated().set(SHEET, "F6", level).set(SHEET, "K6", "   "), mode);
      expect(findings).toEqual([
        expect.objectContaining({
          ruleId: "remark-missing",
          severity: "warning",
          cell: "K6",
          measureId: "M1",
        }),
      ]);
    },
  );

  test("remark-missing: a remark, or another level, silences it", () => {
    const wb = rated().set(SHEET, "F6", gering).set(SHEET, "K6", "Personalmangel").set(SHEET, "F7", hoch);
    expect(of(check(wb, mode), "remark-missing")).toEqual([]);
  });

  test("responsibility-contradiction: Zuständigkeit fraglich = ja with hoch", () => {
    const wb = rated()
      .set(SHEET, "F6", hoch)
      .set(SHEET, "I6", YES.de)
      .set(SHEET, "F7", mittel)
      .set(SHEET, "I7", YES.de);
    expect(check(wb, mode)).toEqual([
      expect.objectContaining({
        ruleId: "responsibility-contradiction",
        severity: "warning",
        cell: "I6",
        measureId: "M1",
      }),
    ]);
  });

  test("an English workbook takes the English values and refuses the German ones", () => {
    const plan = fixturePlan({ language: "en" });
    const wb = rated(plan).set(SHEET, "F6", hoch).set(SHEET, "H6", YES.en).set(SHEET, "I7", YES.de);
    const findings = check(wb, mode, plan);
    expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([
      ["value-outside-scheme", "F6"],
      ["value-outside-scheme", "I7"],
    ]);
  });
});

describe("the rule registry", () => {
  test("every rule has a unique id and German and English texts", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      for (const text of [rule.title.de, rule.title.en, rule.description.de, rule.description.en])
        expect(text.length).toBeGreaterThan(10);
    }
  });

  test("every finding's ruleId is a registered rule", () => {
    const wb = rated()
      .set(SHEET, "F6", "x")
      .set(SHEET, "G7", "P/R")
      .set(SHEET, "F8", null)
      .set(SHEET, "C9", "neu");
    const findings = check(wb, "abgabe");
    expect(new Set(findings.map((f) => f.ruleId)).size).toBe(4);
    for (const f of findings) expect(RULES.map((r) => r.id)).toContain(f.ruleId);
  });
});

test("the out-of-scheme message lists every allowed value once, then blank", () => {
  const [finding] = validateWorkbook(fixturePlan(), rated().set(SHEET, "F6", "x"), { mode: "entwurf" });
  const values = ["hoch", "mittel", "gering", "unklar"].map((c) => `„${levelByCode(c as "hoch").value.de}“`);
  expect(finding?.message.de).toContain(`Erlaubt sind ${values.join(", ")} oder leer.`);
});
