import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs, runWorkbookCli } from "../../src/cli/workbook";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { dangerousCatalogue } from "../writers/xlsx/dangerousCatalogue";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-cli-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe("npm run workbook", () => {
  it("writes the workbook and prints where, what and how long", async () => {
    const catalogue = path.join(dir, "katalog.json");
    await fs.writeFile(catalogue, JSON.stringify(dangerousCatalogue()));
    const out = path.join(dir, "neu", "Übersicht.xlsx");
    const { io, out: lines, err } = capture();
    const code = await runWorkbookCli(["--catalogue", catalogue, "--out", out, "--title", "Test 2024"], io);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(lines[0]).toContain(`Geschrieben: ${out}`);
    expect(lines.join("\n")).toMatch(/2 Handlungsfelder, 2 Ziele, 6 Maßnahmen/);
    expect(lines.join("\n")).toMatch(/Blätter: +\d+ \(sichtbar: /);
    expect(lines.join("\n")).toMatch(/Dauer: +\d+,\d s/);
    const snapshot = await readXlsx(new Uint8Array(await fs.readFile(out)));
    expect(snapshot.sheets.length).toBeGreaterThan(3);
    expect(await fs.readdir(path.dirname(out))).toEqual(["Übersicht.xlsx"]);
  });

  it("--round names the first round: in the identity and in the title rows", async () => {
    const out = path.join(dir, "Gesamtevaluation.xlsx");
    const { io, err } = capture();
    expect(await runWorkbookCli(["--out", out, "--round", "Gesamtevaluation 2022"], io)).toBe(0);
    expect(err).toEqual([]);
    const snapshot = await readXlsx(new Uint8Array(await fs.readFile(out)));
    expect(snapshot.meta?.round).toMatchObject({ number: 1, label: "Gesamtevaluation 2022" });
    expect(String(snapshot.sheets[0]!.values[0]![0])).toMatch(
      / – Gesamtevaluation 2022 \(Stand \d\d\.\d\d\.\d{4}\)$/,
    );
    expect(() => parseArgs(["--round", " "])).toThrow("--round darf nicht leer sein.");
  });

  it("refuses a broken catalogue with its place, exit 1, and writes no file", async () => {
    const catalogue = path.join(dir, "kaputt.json");
    const broken = dangerousCatalogue() as unknown as {
      actionFields: { challenges: { goals: { description: string }[] }[] }[];
    };
    broken.actionFields[0]!.challenges[0]!.goals[0]!.description = "";
    await fs.writeFile(catalogue, JSON.stringify(broken, null, 2));
    const out = path.join(dir, "Übersicht.xlsx");
    const { io, err } = capture();
    expect(await runWorkbookCli(["--catalogue", catalogue, "--out", out], io)).toBe(1);
    expect(err.join("\n")).toContain("kaputt.json");
    expect(err.join("\n")).toMatch(/actionFields\[0\]\.challenges\[0\]\.goals\[0\]\.description/);
    expect(err.join("\n")).toContain("Es wurde keine Datei geschrieben");
    expect(await fs.readdir(dir)).toEqual(["kaputt.json"]);
  });

  it("keeps an existing workbook untouched when the new one cannot be built", async () => {
    const out = path.join(dir, "Übersicht.xlsx");
    await fs.writeFile(out, "alt");
    const { io, err } = capture();
    // a catalogue that is not there is a wrong call: exit 2, as in every CLI (was 1 before the common frame)
    expect(await runWorkbookCli(["--catalogue", path.join(dir, "fehlt.json"), "--out", out], io)).toBe(2);
    expect(err[0]).toContain("fehlt.json: Datei nicht gefunden");
    expect(await fs.readFile(out, "utf8")).toBe("alt");
    expect(await fs.readdir(dir)).toEqual(["Übersicht.xlsx"]);
  });

  it("names wrong options", () => {
    expect(() => parseArgs(["--lang", "fr"])).toThrow("--lang muss „de“ oder „en“ sein, nicht „fr“.");
    expect(() => parseArgs(["--out", "x.xls"])).toThrow("--out muss auf .xlsx enden: x.xls");
    expect(() => parseArgs(["--kataloge", "x"])).toThrow("Unbekannte Option „--kataloge“.");
    expect(() => parseArgs(["--out"])).toThrow("Option --out braucht einen Wert.");
    expect(parseArgs(["--lang=en", "--password", "pw"])).toMatchObject({ language: "en", password: "pw" });
  });

  it("exits with 2 as a process for a missing catalogue and with 0 on the bundled catalogue", async () => {
    const run = promisify(execFile);
    const tsx = path.resolve("node_modules/.bin/tsx");
    const failed = await run(tsx, ["src/cli/workbook.ts", "--catalogue", path.join(dir, "fehlt.json")]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
    const out = path.join(dir, "bundled.xlsx");
    const ok = await run(tsx, ["src/cli/workbook.ts", "--out", out]);
    expect(ok.stdout).toMatch(/9 Handlungsfelder, 89 Ziele, \d+ Maßnahmen/);
  }, 60000);
  it("takes relative paths from where the user typed the command (npm's INIT_CWD), not the package root", async () => {
    const run = promisify(execFile);
    const tsx = path.resolve("node_modules/.bin/tsx");
    await fs.writeFile(path.join(dir, "katalog.json"), JSON.stringify(dangerousCatalogue()));
    const env = { ...process.env, INIT_CWD: dir };
    const cli = path.resolve("src/cli/workbook.ts");
    await run(tsx, [cli, "--catalogue", "katalog.json", "--out", "ergebnis/neu.xlsx"], { env });
    expect(await fs.readdir(path.join(dir, "ergebnis"))).toEqual(["neu.xlsx"]);
    // Without an argument the bundled catalogue is still found, and the default file lands there too.
    await run(tsx, [cli], { env });
    expect(await fs.readdir(path.join(dir, "out"))).toEqual(["Bewertungsuebersicht.xlsx"]);
  }, 60000);

  it("writes a per-unit workbook in which only that unit's inputs are unlocked", async () => {
    const out = path.join(dir, "einheit.xlsx");
    const { io, err } = capture();
    expect(await runWorkbookCli(["--unit", "Migrationszentrum", "--out", out], io)).toBe(0);
    expect(err).toEqual([]);
    const snapshot = await readXlsx(new Uint8Array(await fs.readFile(out)));
    expect(snapshot.meta?.unit).toBe("Migrationszentrum");
  }, 30000);

  it("writes one workbook per unit with --all-units, and refuses an unknown unit without writing", async () => {
    const folder = path.join(dir, "einheiten");
    const { io, out: lines } = capture();
    expect(await runWorkbookCli(["--all-units", folder], io)).toBe(0);
    const files = await fs.readdir(folder);
    expect(files).toContain("Bewertung - Migrationszentrum.xlsx");
    expect(files).toHaveLength(10);
    expect(lines[0]).toContain("10 Arbeitsmappen");
    const failed = capture();
    const target = path.join(dir, "x.xlsx");
    expect(await runWorkbookCli(["--unit", "Gibt es nicht", "--out", target], failed.io)).toBe(1);
    expect(failed.err[0]).toContain("„Gibt es nicht“ ist für keine Maßnahme zuständig");
    await expect(fs.stat(target)).rejects.toThrow();
    expect(() => parseArgs(["--unit", "A", "--all-units", "d"])).toThrow("schließen einander aus");
  }, 60000);
});
