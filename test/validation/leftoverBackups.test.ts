/** leftover-backup: every sheet named "~zb-alt-…" is reported, visible or not, with what to do. */
import { buildPlan } from "../../src/layout/buildPlan";
import { validateWorkbook } from "../../src/validation";
import { LEFTOVER_BACKUP_PREFIX } from "../../src/validation/rules/leftoverBackups";
import { snapshotFromPlan, type MutableSheet } from "../fakes/synthetic";
import { BACKUP_SHEET_PREFIX } from "../../src/writers/excel/errors";
import { syntheticCatalogue } from "../fakes/syntheticCatalogue";

const plan = buildPlan(syntheticCatalogue(), { language: "de", builtAt: "2024-01-01T00:00:00.000Z" });

function backup(name: string, visibility: MutableSheet["visibility"]): MutableSheet {
  return { name, visibility, values: [["Ziel"]], formulas: [[null]] };
}

test("the rule and the writer agree on the backup names", () => {
  expect(LEFTOVER_BACKUP_PREFIX).toBe(BACKUP_SHEET_PREFIX);
});

test("an untouched workbook has no such finding", () => {
  const findings = validateWorkbook(plan, snapshotFromPlan(plan), { mode: "entwurf" });
  expect(findings.filter((f) => f.ruleId === "leftover-backup")).toEqual([]);
});

test("visible, hidden and very hidden backups are each a warning that says what they are and what to do", () => {
  const snapshot = snapshotFromPlan(plan);
  snapshot.sheets.push(
    backup("~zb-alt-1", "visible"),
    backup("~zb-alt-2", "hidden"),
    backup("~zb-alt-13", "veryHidden"),
    backup("zb-alt-3", "hidden"),
  );
  const findings = validateWorkbook(plan, snapshot, { mode: "abgabe" });
  const leftovers = findings.filter((f) => f.ruleId === "leftover-backup");
  expect(leftovers.map((f) => [f.sheet, f.severity])).toEqual([
    ["~zb-alt-1", "warning"],
    ["~zb-alt-2", "warning"],
    ["~zb-alt-13", "warning"],
  ]);
  const veryHidden = leftovers[2]!.message;
  expect(veryHidden.de).toContain("„~zb-alt-13“ (sehr ausgeblendet) ist eine Sicherung");
  expect(veryHidden.de).toContain("„Sicherungsblätter entfernen“");
  expect(veryHidden.de).toContain("lässt sich in Excel selbst nicht einblenden");
  expect(veryHidden.de).toContain("bitte nicht löschen");
  expect(veryHidden.en).toContain("“~zb-alt-13” (very hidden) is a backup");
  expect(leftovers[1]!.message.de).not.toContain("nicht einblenden");
  // A visible backup is not also reported as an extra sheet.
  expect(findings.filter((f) => f.sheet === "~zb-alt-1")).toHaveLength(1);
});
