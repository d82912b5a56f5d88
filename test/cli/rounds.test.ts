/**
 * `round` and `compare` on real .xlsx files: a workbook of the bundled catalogue, ratings typed in with
 * exceljs as a department saves them, the next round started, two rounds compared.
 */
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { runCompareCli } from "../../src/cli/compare";
import { runRoundCli } from "../../src/cli/round";
import type { Io } from "../../src/cli/io";
import { readSnapshot } from "../../src/cli/returnsIo";
import { buildPlan } from "../../src/layout/buildPlan";
import { readZielbildWorkbook } from "../../src/returns/readWorkbook";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { BUILT_AT, fillFile, seedCatalogue, tempDir } from "../returns/departmentFiles";

jest.setTimeout(60_000);

function capture(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => void lines.push(l), err: (l) => void errors.push(l) };
}

const NOW = () => new Date("2025-06-30T10:00:00.000Z");

async function firstRound() {
  const dir = await tempDir();
  const catalogue = await seedCatalogue();
  const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT });
  const file = path.join(dir, "Bewertung-2024.xlsx");
  await fs.writeFile(file, await writeXlsxBuffer(plan));
  const [a, b, c] = plan.measures;
  await fillFile(file, plan.measures, [
    { measureId: a!.measureId, key: "level", value: "gering" },
    { measureId: b!.measureId, key: "level", value: "hoch" },
    { measureId: c!.measureId, key: "level", value: "mittel" },
  ]);
  return { dir, file, plan, ids: [a!.measureId, b!.measureId, c!.measureId] as const };
}

async function read(file: string) {
  const snapshot = await readSnapshot(file);
  if ("error" in snapshot) throw new Error(snapshot.error);
  const workbook = readZielbildWorkbook(snapshot.snapshot);
  if ("error" in workbook) throw new Error(workbook.error);
  return workbook.workbook;
}

it("round: records the inputs in the Verlauf and writes the next round; compare counts what moved", async () => {
  const { dir, file, plan, ids } = await firstRound();
  const next = path.join(dir, "Bewertung-2025.xlsx");
  const io = capture();
  const code = await runRoundCli([file, "--label", "Sachstand 2025", "--out", next], io, NOW);
  expect(io.errors).toEqual([]);
  expect(code).toBe(0);
  expect(io.lines.join("\n")).toContain("Runde 2 „Sachstand 2025“ (Stand 30.06.2025) begonnen.");
  const round2 = await read(next);
  expect(round2.meta.round).toEqual({ number: 2, label: "Sachstand 2025", date: "2025-06-30" });
  expect(round2.history[0]!.measures.find((m) => m.measureId === ids[0])!.inputs.level).toBe("gering");
  expect(round2.inputs.get(ids[1])?.level).toBe("hoch");
  // The input file is not touched.
  expect((await read(file)).history).toEqual([]);

  await fillFile(next, plan.measures, [
    { measureId: ids[0], key: "level", value: "hoch" },
    { measureId: ids[1], key: "level", value: "" },
  ]);
  const csv = path.join(dir, "vergleich.csv");
  const md = path.join(dir, "vergleich.md");
  const compared = capture();
  expect(await runCompareCli([file, next, "--csv", csv, "--md", md], compared)).toBe(0);
  const total = compared.lines
    .join("\n")
    .split("\n")
    .find((l) => l.startsWith("Gesamt"))!;
  // besser, schlechter, gleich, von/zu unklar, neu bewertet, nicht mehr bewertet, neu im Katalog
  expect(total.split(/\s+/).slice(1).map(Number)).toEqual([1, 0, 1, 0, 0, 1, 0]);
  const rows = (await fs.readFile(csv, "utf8")).split("\r\n");
  expect(rows.find((r) => r.startsWith(`${ids[0]};`))).toMatch(/;gering;hoch;besser$/);
  expect(await fs.readFile(md, "utf8")).toContain("| 1 | 0 | 1 | 0 | 0 | 1 | 0 |");
});

it("round: invalid entries stop it (exit 1, named, nothing written) unless --force", async () => {
  const { dir, file, plan, ids } = await firstRound();
  await fillFile(file, plan.measures, [{ measureId: ids[2], key: "level", value: "sehr gut" }]);
  const next = path.join(dir, "next.xlsx");
  const refused = capture();
  expect(await runRoundCli([file, "--label", "Sachstand 2025", "--out", next], refused, NOW)).toBe(1);
  expect(refused.errors.join("\n")).toMatch(/ungültige Eingabe.*--force/s);
  expect(refused.errors.join("\n")).toContain(ids[2]);
  expect(existsSync(next)).toBe(false);
  const forced = capture();
  expect(await runRoundCli([file, "--label", "Sachstand 2025", "--out", next, "--force"], forced, NOW)).toBe(
    0,
  );
  expect(forced.errors.join("\n")).toContain("Warnung: 1 ungültige Eingabe wurde so festgehalten");
  const round2 = await read(next);
  expect(round2.history[0]!.measures.find((m) => m.measureId === ids[2])!.inputs.level).toBe("sehr gut");
});

it("round and compare: wrong calls exit 2 and write nothing", async () => {
  const { dir, file } = await firstRound();
  const next = path.join(dir, "next.xlsx");
  const io = capture();
  expect(await runRoundCli([file, "--out", next], io, NOW)).toBe(2);
  expect(await runRoundCli([file, "--label", "X", "--out", next, "--date", "2025-02-30"], io, NOW)).toBe(2);
  expect(io.errors.join("\n")).toContain("„2025-02-30“ ist kein Datum im Format JJJJ-MM-TT.");
  expect(await runCompareCli([file], io)).toBe(2);
  expect(
    await runCompareCli([file, path.join(dir, "fehlt.xlsx"), "--csv", path.join(dir, "x.csv")], io),
  ).toBe(2);
  expect(existsSync(next)).toBe(false);
  expect(existsSync(path.join(dir, "x.csv"))).toBe(false);
});

it("round --all-units: per-unit files of the new round; merge judges returns against what they showed", async () => {
  const { dir, file, plan, ids } = await firstRound();
  const next = path.join(dir, "Bewertung-2025.xlsx");
  const unitsDir = path.join(dir, "einheiten");
  const io = capture();
  expect(
    await runRoundCli([file, "--label", "Sachstand 2025", "--out", next, "--all-units", unitsDir], io, NOW),
  ).toBe(0);
  const files = await fs.readdir(unitsDir);
  expect(files.length).toBeGreaterThan(1);
  const owner = plan.measures.find((m) => m.measureId === ids[1])!;
  const unit = (await read(next)).inputs.get(ids[1])!.unit as string;
  const unitFile = path.join(
    unitsDir,
    files.find((f) => f.includes(unit.slice(0, 20)))!,
  );
  const unitWorkbook = await read(unitFile);
  expect(unitWorkbook.meta.round?.label).toBe("Sachstand 2025");
  expect(unitWorkbook.inputs.get(ids[1])?.level).toBe("hoch"); // the kept starting point
  // Meanwhile the planning office corrects the kept rating in the master; the unit leaves it untouched
  // and rates its remark only: no conflict, since nobody in the unit changed the level.
  await fillFile(next, plan.measures, [{ measureId: ids[1], key: "level", value: "mittel" }]);
  await fillFile(unitFile, [owner], [{ measureId: ids[1], key: "remark", value: "läuft weiter" }]);
  const merged = path.join(dir, "zusammengefuehrt.xlsx");
  const report = path.join(dir, "bericht.md");
  const out = capture();
  const { runMergeCli } = await import("../../src/cli/merge");
  expect(await runMergeCli([next, unitFile, "--out", merged, "--report", report], out)).toBe(0);
  const result = await read(merged);
  expect(result.inputs.get(ids[1])).toMatchObject({ level: "mittel", remark: "läuft weiter" });
  expect(await fs.readFile(report, "utf8")).not.toContain("## Konflikte");
  // A return of round 1 is refused, naming both rounds.
  const old = path.join(dir, "alt.xlsx");
  await fs.copyFile(file, old);
  const refused = capture();
  await runMergeCli(
    [merged, old, "--out", path.join(dir, "x.xlsx"), "--report", path.join(dir, "x.md")],
    refused,
  );
  expect([...refused.lines, ...refused.errors].join("\n")).toMatch(
    /Runde 1.*Sachstand 2025|Sachstand 2025.*Runde/s,
  );
});

it("round --all-units with a unit entered in the master: its file reads back as sent and its return merges", async () => {
  const { dir, file, plan, ids } = await firstRound();
  // The overview gives the third measure to a unit the catalogue does not name.
  await fillFile(file, plan.measures, [{ measureId: ids[2], key: "unit", value: "Stabsstelle Integration" }]);
  const next = path.join(dir, "Bewertung-2025.xlsx");
  const unitsDir = path.join(dir, "einheiten");
  expect(
    await runRoundCli(
      [file, "--label", "Sachstand 2025", "--out", next, "--all-units", unitsDir],
      capture(),
      NOW,
    ),
  ).toBe(0);
  const unitFile = path.join(unitsDir, "Bewertung - Stabsstelle Integration.xlsx");
  await fillFile(unitFile, plan.measures, [{ measureId: ids[2], key: "level", value: "hoch" }]);
  const merged = path.join(dir, "zusammengefuehrt.xlsx");
  const report = path.join(dir, "bericht.md");
  const { runMergeCli } = await import("../../src/cli/merge");
  expect(await runMergeCli([next, unitFile, "--out", merged, "--report", report], capture())).toBe(0);
  // Before: refused as "Aufbau der Datei verändert" (its notes and locks follow the entered unit).
  const text = await fs.readFile(report, "utf8");
  expect(text).toContain("| abgelehnt | 0 |");
  expect(text).toContain("| übernommen | 1 |");
  expect((await read(merged)).inputs.get(ids[2])).toMatchObject({
    level: "hoch",
    unit: "Stabsstelle Integration",
  });
});
