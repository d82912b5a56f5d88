import { parseCatalogueJson, MAX_CATALOGUE_CHARS } from "../../src/catalogue/readJson";
import { loadCatalogue, summarize } from "../../src/catalogue";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureBytes, fixtureText, issuesOf, minimalCatalogue } from "./helpers";

describe("parseCatalogueJson", () => {
  it("reads the small fixture with all optional fields", () => {
    const catalogue = parseCatalogueJson(fixtureText("valid/small.json"), "small.json");
    expect(summarize(catalogue)).toMatchObject({
      actionFields: 2,
      challenges: 2,
      goals: 2,
      measures: 3,
      units: ["Fachdienst Jugend", "Jobcenter"],
    });
    expect(catalogue.actionFields[0]?.challenges[0]?.goals[0]?.measures[1]).toEqual({
      id: "hf1-z1-m2",
      title: "Elternabende in mehreren Sprachen",
      rating: { level: "mittel", weiterfuehrungsbedarf: true, remark: "läuft weiter" },
    });
    expect(catalogue.actionFields[1]?.challenges[0]?.goals[0]?.measures[0]?.title).toBe(
      "Ausbildungsmesse 🎓",
    );
  });

  it("tolerates a BOM left in the text", () => {
    expect(parseCatalogueJson("\uFEFF" + JSON.stringify(minimalCatalogue()), "a.json").id).toBe("test");
  });

  it("names line and column of a syntax error even where JSON.parse gives no position", () => {
    const text = '{\n  "id": "x",\n  "title": tru\n}';
    expect(issuesOf(() => parseCatalogueJson(text, "a.json"))).toEqual([
      {
        file: "a.json",
        line: 3,
        message: expect.stringMatching(/^ungültiges JSON in Spalte 12: unerwartetes Zeichen „t“/),
      },
    ]);
  });

  it("explains a trailing comma, the most common hand-editing mistake", () => {
    const text = '{\n  "id": "x",\n  "actionFields": [],\n}';
    expect(issuesOf(() => parseCatalogueJson(text, "a.json"))).toEqual([
      {
        file: "a.json",
        line: 4,
        message: "ungültiges JSON in Spalte 1: Komma vor „}“ (in JSON nicht erlaubt)",
      },
    ]);
  });

  it("reports a file that ends too early", () => {
    const [issue] = issuesOf(() => parseCatalogueJson('{\n "id": "x",\n', "a.json"));
    expect(issue).toMatchObject({ line: 3 });
    expect(issue?.message).toContain("endet mitten im JSON");
  });

  it("reports an unescaped line break inside a string", () => {
    const [issue] = issuesOf(() => parseCatalogueJson('{"id": "a\nb"}', "a.json"));
    expect(issue).toMatchObject({ line: 1 });
    expect(issue?.message).toContain("Steuerzeichen");
  });

  it("names the line of every schema issue, including a missing field (its object's line)", () => {
    const raw = minimalCatalogue() as Record<string, unknown>;
    delete raw.version;
    const text = JSON.stringify(raw, null, 2);
    const issues = issuesOf(() => parseCatalogueJson(text, "a.json"));
    expect(issues).toEqual([{ file: "a.json", line: 1, field: "version", message: "Pflichtfeld fehlt" }]);
  });

  it("rejects text over 32,767 characters with the path and line", () => {
    const raw = minimalCatalogue();
    raw.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.title = "ä".repeat(32768);
    const text = JSON.stringify(raw, null, 2);
    const [issue] = issuesOf(() => parseCatalogueJson(text, "a.json"));
    expect(issue).toMatchObject({ field: "actionFields[0].challenges[0].goals[0].measures[0].title" });
    expect(issue?.message).toContain("32.767");
    expect(text.split("\n")[(issue?.line ?? 0) - 1]).toContain('"title": "ää');
  });

  it("refuses input above the size limit before parsing", () => {
    const text = " ".repeat(MAX_CATALOGUE_CHARS + 1);
    expect(issuesOf(() => parseCatalogueJson(text, "big.json"))[0]?.message).toMatch(/zu groß/);
  });

  it("refuses deeply nested input without a stack overflow", () => {
    const text = "[".repeat(100000) + "]".repeat(100000);
    expect(issuesOf(() => parseCatalogueJson(text, "deep.json"))).toEqual([
      { file: "deep.json", line: 1, message: expect.stringContaining("tiefer verschachtelt") },
    ]);
  });

  it("loads the bundled catalogue through loadCatalogue", () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json")),
    );
    const summary = summarize(loadCatalogue(bytes, "konzept.json"));
    expect(summary).toMatchObject({ actionFields: 9, goals: 89 });
  });

  it("is reachable through loadCatalogue by extension", () => {
    expect(loadCatalogue(fixtureBytes("valid/small.json"), "small.json").id).toBe("test-klein");
  });
});
