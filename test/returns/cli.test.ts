/** The round-trip CLIs on real .xlsx files: merge, update, export, annex (without LibreOffice). */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadCatalogue } from "../../src/catalogue/load";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import { runAnnexCli, EXIT_NO_LIBREOFFICE } from "../../src/cli/annex";
import { runExportCli } from "../../src/cli/exportRatings";
import { runMergeCli } from "../../src/cli/merge";
import { runUpdateCli } from "../../src/cli/update";
import { runWorkbookCli } from "../../src/cli/workbook";
import { readZielbildWorkbook, type ZielbildWorkbook } from "../../src/returns/readWorkbook";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { BUILT_AT, fillFile, ownMeasures, unitFile, writeScenario, type Scenario } from "./departmentFiles";

jest.setTimeout(120000);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function readWorkbook(file: string): Promise<ZielbildWorkbook> {
  const read = readZielbildWorkbook(await readXlsx(new Uint8Array(await fs.readFile(file))));
  if ("error" in read) throw new Error(read.error);
  return read.workbook;
}

const MZ = "Migrationszentrum";
const VHS = "VHS Osnabrücker Land";

describe("npm run merge", () => {
  let s: Scenario;
  let mz: string[];
  let vhs: string[];
  let stray: string;
  let returns: string[];

  beforeAll(async () => {
    s = await writeScenario();
    mz = ownMeasures(s, MZ);
    vhs = ownMeasures(s, VHS);
    stray = ownMeasures(s, "Bildungsmanagement")[0]!;
    const masterPlan = buildPlan(s.catalogue, { language: "de", builtAt: BUILT_AT });
    await fillFile(s.master, masterPlan.measures, [{ measureId: vhs[0]!, key: "level", value: "hoch" }]);
    const m = unitFile(s, MZ);
    await fillFile(m.file, m.locations, [
      ...mz.slice(0, 5).map((id) => ({ measureId: id, key: "level" as const, value: "mittel" })),
      { measureId: mz[0]!, key: "remark", value: "läuft gut" },
      { measureId: mz[5]!, key: "level", value: "sehr gut" }, // an invalid paste
      { measureId: stray, key: "level", value: "gering" }, // a stray edit in another unit's row
    ]);
    const second = path.join(s.dir, "Migrationszentrum-v2.xlsx");
    await fs.copyFile(m.file, second);
    await fillFile(second, m.locations, [{ measureId: mz[1]!, key: "level", value: "hoch" }]);
    const v = unitFile(s, VHS);
    await fillFile(v.file, v.locations, [
      { measureId: vhs[0]!, key: "level", value: "mittel" },
      { measureId: vhs[1]!, key: "level", value: "mittel" },
      { measureId: vhs[1]!, key: "weiterfuehrungsbedarf", value: "ja" },
    ]);
    const garbage = path.join(s.dir, "kaputt.xlsx");
    await fs.writeFile(garbage, "kein Excel");
    const other = path.join(s.dir, "alter-Katalog.xlsx");
    const oldCatalogue: Catalogue = { ...s.catalogue, version: "2019-01-01" };
    await fs.writeFile(
      other,
      await writeXlsxBuffer(buildPlan(oldCatalogue, { language: "de", builtAt: BUILT_AT, unit: MZ })),
    );
    returns = [m.file, second, v.file, garbage, other];
  });

  it("takes owners' valid ratings, keeps the master on every conflict, refuses foreign files, and reports all", async () => {
    const out = path.join(s.dir, "ergebnis", "Zusammengefuehrt.xlsx");
    const { io, out: lines } = capture();
    expect(await runMergeCli([s.master, ...returns, "--out", out], io)).toBe(0);
    const merged = await readWorkbook(out);
    const level = (id: string) => merged.inputs.get(id)?.level;
    expect(mz.slice(2, 5).map(level)).toEqual(["mittel", "mittel", "mittel"]);
    expect(merged.inputs.get(mz[0]!)?.remark).toBe("läuft gut");
    expect(level(mz[1]!)).toBeUndefined(); // the two Migrationszentrum files disagree
    expect(level(mz[5]!)).toBeUndefined(); // invalid paste refused
    expect(level(stray)).toBeUndefined(); // foreign row not taken
    expect(level(vhs[0]!)).toBe("hoch"); // master kept its value
    expect(merged.inputs.get(vhs[1]!)).toMatchObject({ level: "mittel", weiterfuehrungsbedarf: "ja" });
    expect(merged.meta.unit).toBeUndefined();

    const md = await fs.readFile(path.join(s.dir, "ergebnis", "Zusammengefuehrt-Bericht.md"), "utf8");
    const csv = await fs.readFile(path.join(s.dir, "ergebnis", "Zusammengefuehrt-Bericht.csv"), "utf8");
    expect(md).toMatch(/kaputt\.xlsx .*keine Excel-Arbeitsmappe/);
    expect(md).toMatch(/alter-Katalog\.xlsx .*anderen Katalog/);
    expect(md).toMatch(new RegExp(`${mz[1]}.*Rückläufe widersprechen sich`));
    expect(md).toMatch(new RegExp(`${stray}.*Zeile einer anderen Einheit geändert`));
    expect(md).toMatch(new RegExp(`${vhs[0]}.*Hauptdatei „hoch“, Rücklauf „mittel“`));
    expect(md).toMatch(new RegExp(`${mz[5]}.*ungültige Eingabe`));
    const rows = csv.split("\r\n");
    expect(rows.filter((r) => r.startsWith("Konflikt;")).length).toBeGreaterThanOrEqual(4);
    expect(lines.join("\n")).toMatch(/Konflikt +[1-9]/);
  });

  it("--lang en: English refusals on stdout and an English report", async () => {
    const out = path.join(s.dir, "english", "Merged.xlsx");
    const { io, out: lines } = capture();
    expect(await runMergeCli([s.master, ...returns, "--out", out, "--lang", "en"], io)).toBe(0);
    const text = lines.join("\n");
    expect(text).toMatch(/conflict +[1-9]/);
    expect(text).toMatch(/Refused: alter-Katalog\.xlsx – belongs to another catalogue/);
    const md = await fs.readFile(path.join(s.dir, "english", "Merged-Bericht.md"), "utf8");
    expect(md).toContain("# Merge of the returns");
    expect(md).toMatch(/alter-Katalog\.xlsx .*file refused: belongs to another catalogue/);
    expect(md).toMatch(new RegExp(`${mz[1]}.*Returns contradict each other`));
    expect(md).toMatch(new RegExp(`${vhs[0]}.*master file “hoch”, return “mittel”`));
    expect(md).toMatch(new RegExp(`${mz[5]}.*invalid entry: cell`));
    const csv = await fs.readFile(path.join(s.dir, "english", "Merged-Bericht.csv"), "utf8");
    expect(csv.startsWith("\uFEFFOutcome;Kind;File;")).toBe(true);
  });

  it("writes nothing when the master cannot be read", async () => {
    const out = path.join(s.dir, "nichts", "x.xlsx");
    const { io, err } = capture();
    expect(await runMergeCli([returns[3]!, returns[0]!, "--out", out], io)).toBe(1);
    expect(err.join("\n")).toMatch(/keine Excel-Arbeitsmappe.*\nEs wurde keine Datei geschrieben/s);
    await expect(fs.readdir(path.join(s.dir, "nichts"))).rejects.toThrow();
  });

  it("leaves no partial files when the result cannot be written", async () => {
    const blocked = path.join(s.dir, "blockiert");
    await fs.mkdir(path.join(blocked, "x.xlsx"), { recursive: true }); // a folder where the file should go
    const { io } = capture();
    expect(await runMergeCli([s.master, returns[0]!, "--out", path.join(blocked, "x.xlsx")], io)).toBe(1);
    expect((await fs.readdir(blocked)).sort()).toEqual(["x.xlsx"]);
  });

  it("answers a wrong call with usage and exit 2", async () => {
    const { io, err } = capture();
    expect(await runMergeCli([s.master, "--out", "x.xlsx"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/Aufruf: npm run merge/);
  });
});

describe("npm run merge: judged against what was sent out", () => {
  let s: Scenario;

  beforeAll(async () => {
    s = await writeScenario();
  });

  async function merge(master: string, returns: string[], out: string) {
    const { io, err } = capture();
    expect(await runMergeCli([master, ...returns, "--out", out], io)).toBe(0);
    expect(err).toEqual([]);
    const csv = await fs.readFile(out.replace(/\.xlsx$/, "-Bericht.csv"), "utf8");
    return {
      workbook: await readWorkbook(out),
      conflicts: csv.split("\r\n").filter((r) => r.startsWith("Konflikt;")),
    };
  }

  it("a second batch, an untouched file and a repeated merge report no conflict for rows nobody changed", async () => {
    const mzId = ownMeasures(s, MZ)[0]!;
    const m = unitFile(s, MZ);
    await fillFile(m.file, m.locations, [{ measureId: mzId, key: "level", value: "hoch" }]);
    const first = path.join(s.dir, "runde1.xlsx");
    expect((await merge(s.master, [m.file], first)).conflicts).toEqual([]);
    // The VHS file as it was sent out: Migrationszentrum's rows are blank there, as they always were.
    const second = path.join(s.dir, "runde2.xlsx");
    const batch = await merge(first, [unitFile(s, VHS).file], second);
    expect(batch.conflicts).toEqual([]);
    expect(batch.workbook.inputs.get(mzId)?.level).toBe("hoch");
    // Merging the same return again into the merged workbook (a correction run) changes nothing.
    const third = path.join(s.dir, "runde3.xlsx");
    const again = await merge(second, [m.file, unitFile(s, VHS).file], third);
    expect(again.conflicts).toEqual([]);
    expect(again.workbook.inputs).toEqual(batch.workbook.inputs);
  });

  it("dense non-BMP text and leading formula characters in a remark survive merge and export byte-identically", async () => {
    const id = ownMeasures(s, MZ)[1]!;
    const remark = `=1+1 ${"😀𠮷👨‍👩‍👧‍👦x".repeat(1500)} \t`;
    const m = unitFile(s, MZ);
    const copy = path.join(s.dir, "mz-emoji.xlsx");
    await fs.copyFile(m.file, copy);
    await fillFile(copy, m.locations, [{ measureId: id, key: "remark", value: remark }]);
    const out = path.join(s.dir, "emoji.xlsx");
    const { workbook } = await merge(s.master, [copy], out);
    expect(workbook.inputs.get(id)?.remark).toBe(remark);
    const csv = path.join(s.dir, "emoji.csv");
    const json = path.join(s.dir, "emoji.json");
    expect(await runExportCli([out, "--csv", csv, "--json", json], capture().io)).toBe(0);
    for (const file of [csv, json]) {
      const again = loadCatalogue(new Uint8Array(await fs.readFile(file)), file, {
        id: s.catalogue.id,
        title: s.catalogue.title,
        version: s.catalogue.version,
      });
      const measure = [...measureEntries(again)].find((e) => e.measure.id === id)!.measure;
      expect(measure.rating?.remark).toBe(remark);
    }
  });

  it("a unit that changed Zuständig on its own row: one conflict for that field, its ratings merged", async () => {
    const ids = ownMeasures(s, VHS);
    const v = unitFile(s, VHS);
    const copy = path.join(s.dir, "vhs-zustaendig.xlsx");
    await fs.copyFile(v.file, copy);
    await fillFile(copy, v.locations, [
      { measureId: ids[0]!, key: "level", value: "mittel" },
      { measureId: ids[1]!, key: "level", value: "gering" },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const at = v.locations.find((l) => l.measureId === ids[0])!;
    workbook.getWorksheet(at.sheetName)!.getCell(`${at.unitColumn}${at.row}`).value = "Migrationszentrum";
    await workbook.xlsx.writeFile(copy);

    const out = path.join(s.dir, "zustaendig.xlsx");
    const { workbook: merged, conflicts } = await merge(s.master, [copy], out);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain(`;${ids[0]};`);
    expect(conflicts[0]).toContain(";Zuständig;VHS Osnabrücker Land;Migrationszentrum;");
    expect(merged.inputs.get(ids[0]!)).toMatchObject({ level: "mittel", unit: VHS });
    expect(merged.inputs.get(ids[1]!)?.level).toBe("gering");
    const md = await fs.readFile(out.replace(/\.xlsx$/, "-Bericht.md"), "utf8");
    expect(md).not.toMatch(/abgelehnt \| [1-9]/);
    expect(md).not.toMatch(/Katalogtext/);
  });
});

describe("npm run update / export / annex", () => {
  let s: Scenario;
  let rated: string;
  let ids: string[];
  /** A measure whose goal has others, so the catalogue stays valid without it. */
  let dropped: string;
  /** A measure with a value outside the scheme ("Hoch" instead of "hoch"). */
  let invalid: string;

  beforeAll(async () => {
    s = await writeScenario();
    ids = [...measureEntries(s.catalogue)].map((e) => e.measure.id);
    dropped = [...measureEntries(s.catalogue)].find(
      (e) => e.goal.measures.length > 1 && e.measure.id !== ids[0],
    )!.measure.id;
    invalid = ids.find((id) => id !== ids[0] && id !== dropped)!;
    rated = path.join(s.dir, "bewertet.xlsx");
    await fs.copyFile(s.master, rated);
    const plan = buildPlan(s.catalogue, { language: "de", builtAt: BUILT_AT });
    await fillFile(rated, plan.measures, [
      { measureId: ids[0]!, key: "level", value: "hoch" },
      { measureId: dropped, key: "level", value: "gering" },
      { measureId: dropped, key: "remark", value: "entfällt künftig" },
      { measureId: invalid, key: "level", value: "Hoch" },
    ]);
  });

  it("update keeps ratings by ID, moves a dropped measure with its rating to the Archiv sheet, adds new ones empty", async () => {
    const next: Catalogue = JSON.parse(JSON.stringify(s.catalogue));
    const goal = next.actionFields[0]!.challenges[0]!.goals[0]!;
    (goal.measures as unknown[]).push({ id: "NEU-1", title: "Neue Maßnahme" });
    for (const f of next.actionFields)
      for (const c of f.challenges)
        for (const g of c.goals)
          (g as unknown as { measures: unknown[] }).measures = g.measures.filter((m) => m.id !== dropped);
    (next as { version: string }).version = "2026-01-01";
    (next.actionFields[0]!.challenges as unknown[]).push({
      title: "Leere Hülle",
      goals: [{ number: 999, description: "x", measures: [{ id: "NEU-2", title: "zweite" }] }],
    });
    const catalogueFile = path.join(s.dir, "katalog-2026.json");
    await fs.writeFile(catalogueFile, JSON.stringify(next));
    const out = path.join(s.dir, "neu.xlsx");
    const { io, out: lines, err } = capture();
    const code = await runUpdateCli([rated, "--catalogue", catalogueFile, "--out", out], io);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const updated = await readWorkbook(out);
    expect(updated.meta.catalogueVersion).toBe("2026-01-01");
    expect(updated.inputs.get(ids[0]!)?.level).toBe("hoch");
    expect(updated.inputs.get(invalid)?.level).toBe("Hoch"); // kept exactly, invalid or not
    expect(updated.inputs.get("NEU-1")).toEqual({});
    expect(updated.archive).toEqual([
      expect.objectContaining({
        measureId: dropped,
        inputs: { level: "gering", remark: "entfällt künftig", unit: s.ownerOf.get(dropped) },
      }),
    ]);
    const report = await fs.readFile(path.join(s.dir, "neu-Aktualisierung.md"), "utf8");
    expect(report).toContain("| ins Archiv verschoben | 1 |");
    expect(report).toContain("| neu (leer) | 2 |");
    expect(lines.join("\n")).toMatch(/archiviert 1/);
    // A second update from that workbook keeps the archive.
    const again = path.join(s.dir, "neu2.xlsx");
    expect(await runUpdateCli([out, "--catalogue", catalogueFile, "--out", again], capture().io)).toBe(0);
    expect((await readWorkbook(again)).archive.map((a) => a.measureId)).toEqual([dropped]);
  });

  it("update refuses a catalogue with another ID and writes nothing", async () => {
    const file = path.join(s.dir, "fremd.json");
    await fs.writeFile(file, JSON.stringify({ ...s.catalogue, id: "anderer-katalog" }));
    const { io, err } = capture();
    expect(
      await runUpdateCli([rated, "--catalogue", file, "--out", path.join(s.dir, "fremd.xlsx")], io),
    ).toBe(1);
    expect(err.join("\n")).toMatch(/nicht der Katalog der Arbeitsmappe/);
    await expect(fs.stat(path.join(s.dir, "fremd.xlsx"))).rejects.toThrow();
  });

  it("export writes CSV and JSON that load as the next round's catalogue, and warns about invalid values", async () => {
    const csv = path.join(s.dir, "export", "bewertungen.csv");
    const json = path.join(s.dir, "export", "naechste-runde.json");
    const { io, err } = capture();
    expect(await runExportCli([rated, "--csv", csv, "--json", json, "--version", "2027"], io)).toBe(0);
    expect(err.join("\n")).toMatch(new RegExp(`Warnung: Maßnahme ${invalid}, Zielerreichungsgrad „Hoch“`));
    const fromJson = loadCatalogue(new Uint8Array(await fs.readFile(json)), json);
    expect(fromJson.version).toBe("2027");
    const measures = [...measureEntries(fromJson)].map((e) => e.measure);
    expect(measures[0]!.rating).toEqual({ level: "hoch" });
    expect(measures.find((m) => m.id === dropped)!.rating).toEqual({
      level: "gering",
      remark: "entfällt künftig",
    });
    const csvBytes = new Uint8Array(await fs.readFile(csv));
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const fromCsv = loadCatalogue(csvBytes, csv);
    expect([...measureEntries(fromCsv)].map((e) => e.measure.rating)).toEqual(measures.map((m) => m.rating));
  });

  it("annex without LibreOffice on PATH: a clear German message, exit 3, no file", async () => {
    const { io, err } = capture();
    const target = path.join(s.dir, "anlage.pdf");
    const code = await runAnnexCli([rated, "--pdf", target], io, {
      ...process.env,
      PATH: path.join(s.dir, "leer"),
    });
    expect(code).toBe(EXIT_NO_LIBREOFFICE);
    expect(err.join("\n")).toMatch(/LibreOffice ist nicht installiert.*„soffice“/);
    await expect(fs.stat(target)).rejects.toThrow();
  });
});

describe("npm run workbook -- --from (per-unit workbooks of a running overview)", () => {
  let s: Scenario;
  let mz: string[];
  let master: string;
  let sentDir: string;

  beforeAll(async () => {
    s = await writeScenario();
    mz = ownMeasures(s, MZ);
    master = path.join(s.dir, "laufend.xlsx");
    await fs.copyFile(s.master, master);
    const masterPlan = buildPlan(s.catalogue, { language: "de", builtAt: BUILT_AT });
    await fillFile(master, masterPlan.measures, [
      { measureId: mz[0]!, key: "level", value: "mittel" },
      { measureId: mz[1]!, key: "remark", value: "aus der Planungsstelle" },
      // The overview moves one of the Bildungsmanagement measures to the Migrationszentrum.
      { measureId: ownMeasures(s, "Bildungsmanagement")[0]!, key: "unit", value: MZ },
    ]);
    sentDir = path.join(s.dir, "versand");
    const { io, out } = capture();
    expect(await runWorkbookCli(["--from", master, "--all-units", sentDir], io)).toBe(0);
    expect(out.join("\n")).toMatch(/Geschrieben: \d+ Arbeitsmappen je Organisationseinheit/);
  });

  const mzFile = () => path.join(sentDir, "Bewertung - Migrationszentrum.xlsx");

  it("carries the overview's entries and its unit assignments into each unit's file", async () => {
    const sent = await readWorkbook(mzFile());
    expect(sent.meta.unit).toBe(MZ);
    expect(sent.inputs.get(mz[0]!)?.level).toBe("mittel");
    expect(sent.inputs.get(mz[1]!)?.remark).toBe("aus der Planungsstelle");
    const moved = ownMeasures(s, "Bildungsmanagement")[0]!;
    expect(sent.inputs.get(moved)?.unit).toBe(MZ);
    // Its rating cell is open in the Migrationszentrum's file (the entered unit decides), another's is not.
    const locations = buildPlan(sent.catalogue, { language: "de", builtAt: BUILT_AT }).measures;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(mzFile());
    const locked = (id: string) => {
      const at = locations.find((l) => l.measureId === id)!;
      return book.getWorksheet(at.sheetName)!.getCell(`${at.inputColumns.level}${at.row}`).protection?.locked;
    };
    expect(locked(moved)).toBe(false);
    expect(locked(ownMeasures(s, VHS)[0]!)).not.toBe(false);
  });

  it("merges an untouched return without conflicts, and takes what the unit changed", async () => {
    const untouched = path.join(s.dir, "unberuehrt.xlsx");
    await fs.copyFile(mzFile(), untouched);
    const changed = path.join(s.dir, "geaendert.xlsx");
    await fs.copyFile(mzFile(), changed);
    const sent = await readWorkbook(mzFile());
    const locations = buildPlan(sent.catalogue, {
      language: "de",
      builtAt: BUILT_AT,
      unit: MZ,
      inputs: sent.inputs,
    }).measures;
    await fillFile(changed, locations, [{ measureId: mz[2]!, key: "level", value: "hoch" }]);
    const out = path.join(s.dir, "zusammen.xlsx");
    const { io, out: lines } = capture();
    expect(await runMergeCli([master, untouched, changed, "--out", out], io)).toBe(0);
    expect(lines.join("\n")).toMatch(/Konflikt +0/);
    const merged = await readWorkbook(out);
    expect(merged.inputs.get(mz[2]!)?.level).toBe("hoch");
    expect(merged.inputs.get(mz[0]!)?.level).toBe("mittel");
  });

  it("--unit writes that one unit's file from the overview", async () => {
    const one = path.join(s.dir, "eine", "vhs.xlsx");
    const { io } = capture();
    expect(await runWorkbookCli(["--from", master, "--unit", VHS, "--out", one], io)).toBe(0);
    const written = await readWorkbook(one);
    expect(written.meta.unit).toBe(VHS);
    expect(written.inputs.get(mz[0]!)?.level).toBe("mittel");
  });

  it("refuses a per-unit file as the source and wrong calls, writing nothing", async () => {
    const { io, err } = capture();
    const dir = path.join(s.dir, "nicht");
    expect(await runWorkbookCli(["--from", mzFile(), "--all-units", dir], io)).toBe(1);
    expect(err.join("\n")).toContain("ist selbst die Arbeitsmappe der Einheit „Migrationszentrum“");
    expect(await runWorkbookCli(["--from", master], io)).toBe(2);
    expect(err.join("\n")).toContain("bitte --unit NAME oder --all-units ORDNER angeben");
    expect(await runWorkbookCli(["--from", master, "--unit", MZ, "--catalogue", "x.json"], io)).toBe(2);
    expect(err.join("\n")).toContain("--from und --catalogue schließen einander aus");
    await expect(fs.readdir(dir)).rejects.toThrow();
  });
});
