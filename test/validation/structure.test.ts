import { validateWorkbook, type Finding, type ValidationMode } from "../../src/validation";
import { levelByCode } from "../../src/scheme/ratingScheme";
import { EditableWorkbook, fixtureCatalogue, fixturePlan } from "./fixtures";
import { locate } from "../../src/validation/locate";
import { readInputs } from "../../src/layout/readInputs";

const HF1 = "1 Ankommen";
const HF2 = "2 Wohnen";
const mittel = levelByCode("mittel").value.de;

function rated(): EditableWorkbook {
  const wb = new EditableWorkbook(fixturePlan());
  for (const m of fixturePlan().measures) wb.set(m.sheetName, `F${m.row}`, mittel);
  return wb;
}

function structure(wb: EditableWorkbook, mode: ValidationMode = "entwurf"): Finding[] {
  return validateWorkbook(fixturePlan(), wb, { mode, catalogue: fixtureCatalogue() }).filter(
    (f) => f.ruleId === "structure",
  );
}

const brief = (findings: Finding[]) => findings.map((f) => [f.severity, f.sheet, f.cell, f.measureId ?? ""]);

describe.each<ValidationMode>(["entwurf", "abgabe"])("structure in mode %s", (mode) => {
  test("a deleted measure row: the missing ID and the shift below, nothing else", () => {
    const wb = rated().deleteRow(HF1, 7);
    const findings = structure(wb, mode);
    expect(brief(findings)).toEqual([
      ["error", HF1, "M7", "M2"],
      ["error", HF1, "M7", "M3"],
    ]);
    expect(findings[0]!.message.de).toContain(
      "Bitte Zeile wiederherstellen oder die Datei neu von der Planungsstelle anfordern",
    );
    expect(findings[1]!.message.de).toContain("höher");
  });

  test("after a deleted row the value rules read each measure where its ID now is", () => {
    const wb = rated().deleteRow(HF1, 7).set(HF1, "F8", "falsch");
    const values = validateWorkbook(fixturePlan(), wb, { mode }).filter(
      (f) => f.ruleId === "value-outside-scheme",
    );
    expect(brief(values)).toEqual([["error", HF1, "F8", "M4"]]);
  });

  test("an inserted empty row: one shift finding, no text or formula noise", () => {
    const findings = structure(rated().insertRow(HF1, 8), mode);
    expect(brief(findings)).toEqual([["error", HF1, "M9", "M3"]]);
    expect(findings[0]!.message.de).toContain("tiefer");
  });

  test("an overwritten ID names what stands there now", () => {
    const findings = structure(rated().set(HF1, "M6", "XYZ"), mode);
    expect(brief(findings)).toEqual([["error", HF1, "M6", "M1"]]);
    expect(findings[0]!.message.de).toContain("„XYZ“");
  });

  test("a copied row: the copy is a duplicate, the rows below are shifted", () => {
    const findings = structure(rated().copyRow(HF1, 6, 7), mode);
    expect(brief(findings)).toEqual([
      ["error", HF1, "M7", "M1"],
      ["error", HF1, "M8", "M2"],
    ]);
    expect(findings[0]!.message.de).toContain("mehrfach");
  });

  test("a row moved to another goal on the same sheet", () => {
    // M1 (goal 1) cut from row 6 and pasted below M4 (goal 2)
    const wb = rated();
    const sheet = wb.sheet(HF1);
    const [values] = sheet.values.splice(5, 1);
    const [formulas] = sheet.formulas.splice(5, 1);
    sheet.values.splice(8, 0, values!);
    sheet.formulas.splice(8, 0, formulas!);
    const findings = structure(wb, mode);
    const moved = findings.find((f) => f.measureId === "M1");
    expect(moved).toMatchObject({ severity: "error", sheet: HF1, cell: "M9" });
    expect(moved!.message.de).toContain("Ziel 2");
  });

  test("a row moved to another field sheet", () => {
    const wb = rated();
    const from = wb.sheet(HF1);
    const to = wb.sheet(HF2);
    const [values] = from.values.splice(8, 1);
    const [formulas] = from.formulas.splice(8, 1);
    to.values.push(values!);
    to.formulas.push(formulas!);
    const findings = structure(wb, mode);
    expect(findings.find((f) => f.measureId === "M4")).toMatchObject({
      severity: "error",
      sheet: HF2,
      cell: "M8",
    });
  });

  test("a renamed sheet is recognised and its measures still checked", () => {
    const wb = rated().rename(HF2, "Wohnen neu").set("Wohnen neu", "F6", "xx");
    const findings = validateWorkbook(fixturePlan(), wb, { mode });
    expect(brief(findings)).toEqual([
      ["error", "Wohnen neu", "A1", ""],
      ["error", "Wohnen neu", "F6", "M5"],
    ]);
    expect(findings[0]!.message.de).toContain("umbenannt");
  });

  test("a deleted sheet is one finding, not one per measure", () => {
    expect(brief(structure(rated().remove(HF2), mode))).toEqual([["error", HF2, "A1", ""]]);
  });

  test("an extra visible sheet is info; a hidden one is ignored", () => {
    const wb = rated();
    wb.sheets.push({ name: "Notizen", visibility: "visible", values: [["x"]], formulas: [[null]] });
    wb.sheets.push({ name: "Versteckt", visibility: "hidden", values: [["x"]], formulas: [[null]] });
    expect(brief(structure(wb, mode))).toEqual([["info", "Notizen", "A1", ""]]);
  });

  test("changed catalogue text (measure title, goal description, heading) is an error per cell", () => {
    const wb = rated().set(HF1, "C7", "anderer Titel").set(HF1, "B8", "anderes Ziel").set(HF1, "A5", "neu");
    const findings = structure(wb, mode);
    expect(brief(findings).map((f) => f[2])).toEqual(["A5", "C7", "B8"]);
    expect(findings[1]!.message.de).toContain("„Titel M2“");
  });

  test("entered inputs and units are not catalogue text", () => {
    expect(structure(rated().set(HF1, "L6", "Amt Z").set(HF1, "K6", "Notiz"), mode)).toEqual([]);
  });

  test("formulas overwritten by values: one finding per run of cells in a column", () => {
    const wb = rated()
      .set(HF1, "N6", "offen")
      .set(HF1, "N7", "offen")
      .set(HF1, "N9", 1)
      .set("Übersicht", "B2", 6);
    const findings = structure(wb, mode);
    expect(brief(findings)).toEqual([
      ["error", "Übersicht", "B2", ""],
      ["error", HF1, "N6:N7", ""],
      ["error", HF1, "N9", ""],
    ]);
    expect(findings[0]!.message.de).toContain("„6“");
  });
});

test("on an intact workbook the engine reads exactly what readInputs reads", () => {
  const plan = fixturePlan();
  const wb = rated().set(HF1, "G6", "P").set(HF1, "K7", "Notiz").set(HF2, "I6", "ja").set(HF2, "L7", "Amt Z");
  const byLocate = new Map(locate(plan, wb).measures.map((m) => [m.location.measureId, m.inputs]));
  expect(byLocate).toEqual(readInputs(plan, wb));
});
