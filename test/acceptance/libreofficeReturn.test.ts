/**
 * A department without Excel: its per-unit file is filled and then saved again by LibreOffice Calc (which
 * rewrites the whole file: very hidden sheets become hidden, centred-across headings become merges, every
 * formula and style is written its own way). The merge takes its ratings and its remark byte for byte, and
 * a file LibreOffice saved without any change counts as unchanged — no conflict, nothing refused.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { runMergeCli } from "../../src/cli/merge";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { sheetByName, valueAt } from "../../src/layout/snapshot";
import { columnIndex } from "../../src/core/address";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import { fillFile, ownMeasures, unitFile, writeScenario } from "../returns/departmentFiles";

const MZ = "Migrationszentrum";
const VHS = "VHS Osnabrücker Land";
const REMARK = "Bemerkung 🙂 مرحبا עברית — =1+1 and 'quoted' \"text\"";
const quiet = { out: () => undefined, err: (l: string) => console.error(l) };

async function savedByLibreOffice(file: string): Promise<string> {
  const saved = file.replace(/\.xlsx$/, "-libreoffice.xlsx");
  await fs.writeFile(saved, await convertWithLibreOffice(await fs.readFile(file), "xlsx", "always"));
  return saved;
}

it("merges a return that LibreOffice saved: ratings and remark as entered, an untouched file unchanged", async () => {
  const s = await writeScenario();
  const [first, second] = ownMeasures(s, MZ);
  const mz = unitFile(s, MZ);
  await fillFile(mz.file, mz.locations, [
    { measureId: first!, key: "level", value: "hoch" },
    { measureId: first!, key: "remark", value: REMARK },
    { measureId: second!, key: "level", value: "unklar" },
  ]);
  const filled = await savedByLibreOffice(mz.file);
  const untouched = await savedByLibreOffice(unitFile(s, VHS).file);
  const merged = path.join(s.dir, "Zusammengefuehrt.xlsx");
  const report = path.join(s.dir, "Bericht.md");
  expect(await runMergeCli([s.master, filled, untouched, "--out", merged, "--report", report], quiet)).toBe(
    0,
  );

  const csv = await fs.readFile(report.replace(/\.md$/, ".csv"), "utf8");
  // One line per field: outcome; kind; file; measure ID; …
  const lines = csv
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(";"));
  expect(lines.filter(([outcome]) => outcome === "Konflikt" || outcome === "abgelehnt")).toEqual([]);
  const taken = lines.filter(([outcome]) => outcome === "übernommen").map((line) => line[3]);
  expect(taken.sort()).toEqual([first, first, second].sort());

  const snapshot = await readXlsx(await fs.readFile(merged));
  const at = (measureId: string, key: "level" | "remark") => {
    const location = s.units
      .find((u) => u.unit === MZ)!
      .plan.measures.find((m) => m.measureId === measureId)!;
    const sheet = sheetByName(snapshot, location.sheetName)!;
    return valueAt(sheet, location.row, columnIndex(location.inputColumns[key]));
  };
  expect(at(first!, "level")).toBe("hoch");
  expect(at(first!, "remark")).toBe(REMARK);
  expect(at(second!, "level")).toBe("unklar");
}, 180_000);
