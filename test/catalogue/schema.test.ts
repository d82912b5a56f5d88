import { catalogueSchema } from "../../src/catalogue/schema";
import { checkCatalogue, formatPath } from "../../src/catalogue/validate";
import { minimalCatalogue } from "./helpers";
import { buildPlan } from "../../src/layout/buildPlan";
import { MAX_FIELD_NAME_LENGTH } from "../../src/layout/limits";

function problems(raw: unknown) {
  const result = checkCatalogue(raw);
  if ("catalogue" in result) throw new Error("expected problems");
  return result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
}

describe("catalogueSchema", () => {
  it("accepts a minimal catalogue and a full measure", () => {
    const raw = minimalCatalogue();
    const measure = raw.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]! as Record<string, unknown>;
    Object.assign(measure, {
      unit: "FD 51",
      unitSource: "Bericht 3.2",
      taskType: "R",
      rating: {
        level: "unklar",
        weiterfuehrungsbedarf: false,
        zustaendigkeitFraglich: true,
        rahmenbedingungenVeraendert: true,
        remark: "x",
      },
    });
    expect(catalogueSchema.safeParse(raw).success).toBe(true);
  });

  it("accepts 32,767 characters in a cell and rejects 32,768", () => {
    const raw = minimalCatalogue();
    const goal = raw.actionFields[0]!.challenges[0]!.goals[0]!;
    goal.description = "x".repeat(32767);
    expect(catalogueSchema.safeParse(raw).success).toBe(true);
    goal.description = "x".repeat(32768);
    expect(problems(raw)).toEqual([
      "actionFields[0].challenges[0].goals[0].description: Zielbeschreibung ist länger als 32.767 Zeichen (Grenze einer Excel-Zelle)",
    ]);
  });

  it("rejects measure IDs with spaces or over 64 characters", () => {
    for (const id of ["a b", "-start", "x".repeat(65), ""]) {
      const raw = minimalCatalogue();
      raw.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.id = id;
      expect(problems(raw)[0]).toMatch(
        /^actionFields\[0\]\.challenges\[0\]\.goals\[0\]\.measures\[0\]\.id: Maßnahmen-ID darf nur/,
      );
    }
  });

  it("rejects duplicate action field IDs", () => {
    const raw = minimalCatalogue();
    const second = structuredClone(raw.actionFields[0]!);
    second.number = 2;
    second.challenges[0]!.goals[0]!.number = 2;
    second.challenges[0]!.goals[0]!.measures[0]!.id = "m2";
    raw.actionFields.push(second);
    expect(problems(raw)).toEqual([
      "actionFields[1].id: Handlungsfeld-ID hf1 doppelt (zuerst bei actionFields[0].id)",
    ]);
  });

  it("reports duplicates together with other errors (the schema alone stops at the first kind)", () => {
    const raw = minimalCatalogue();
    raw.title = "";
    raw.actionFields[0]!.challenges[0]!.goals.push({
      number: 1,
      description: "d",
      measures: [{ id: "m1", title: "t" }],
    });
    expect(problems(raw)).toEqual([
      "title: Titel darf nicht leer sein",
      "actionFields[0].challenges[0].goals[1].number: Zielnummer 1 doppelt (zuerst bei actionFields[0].challenges[0].goals[0].number)",
      "actionFields[0].challenges[0].goals[1].measures[0].id: Maßnahmen-ID m1 doppelt (zuerst bei actionFields[0].challenges[0].goals[0].measures[0].id)",
    ]);
  });

  it("gives German messages where the schema has none of its own", () => {
    const raw = minimalCatalogue() as Record<string, unknown>;
    raw.actionFields = "keine Liste";
    raw.extra = 1;
    expect(problems(raw)).toEqual([
      "actionFields: muss eine Liste [ … ] sein, nicht ein Text",
      "extra: unbekanntes Feld „extra“",
    ]);
  });

  it("returns a deep-frozen catalogue without $schema", () => {
    const result = checkCatalogue({ $schema: "x.json", ...minimalCatalogue() });
    if (!("catalogue" in result)) throw new Error("expected a catalogue");
    expect("$schema" in result.catalogue).toBe(false);
    const measure = result.catalogue.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!;
    expect(Object.isFrozen(measure)).toBe(true);
    expect(() => ((measure as { title: string }).title = "neu")).toThrow(TypeError);
  });
});

describe("limits the workbook sets (§6): one check for `catalogue check` and `workbook`", () => {
  const build = (raw: unknown) => {
    const checked = checkCatalogue(raw);
    if (!("catalogue" in checked)) throw new Error(JSON.stringify(checked.problems));
    return buildPlan(checked.catalogue, { language: "de", builtAt: "t" });
  };

  it("an action-field name the check accepts builds; one character more is refused by the check", () => {
    const raw = minimalCatalogue();
    const field = raw.actionFields[0]! as { name: string; number: number };
    field.number = 123456789;
    field.name = "x".repeat(MAX_FIELD_NAME_LENGTH);
    expect(() => build(raw)).not.toThrow();
    for (const length of [MAX_FIELD_NAME_LENGTH + 1, 32767]) {
      field.name = "x".repeat(length);
      expect(problems(raw)).toEqual([
        `actionFields[0].name: Handlungsfeld ist länger als ${MAX_FIELD_NAME_LENGTH.toLocaleString("de-DE")} Zeichen (der Name steht samt „Handlungsfeld „…““ bzw. Nummer in einer Excel-Zelle)`,
      ]);
    }
  });

  it("refuses units that differ only in case, naming both and where the first is", () => {
    const raw = minimalCatalogue();
    const goal = raw.actionFields[0]!.challenges[0]!.goals[0]! as { measures: Record<string, unknown>[] };
    goal.measures = [
      { id: "a", title: "A", unit: "Jobcenter" },
      { id: "b", title: "B", unit: "Jobcenter" },
      { id: "c", title: "C", unit: "JOBCENTER" },
    ];
    expect(problems(raw)).toEqual([
      "actionFields[0].challenges[0].goals[0].measures[2].unit: Organisationseinheit „JOBCENTER“ unterscheidet sich von „Jobcenter“ (bei actionFields[0].challenges[0].goals[0].measures[0].unit) nur in Groß-/Kleinschreibung; Excel zählt beide als eine Einheit. Bitte einheitlich schreiben.",
    ]);
  });
});
