/** --lang en: every CLI speaks English (help, wrong calls, errors, summaries); German stays the default. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CLIS, runCli as run } from "./spawnCli";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "zielbild-lang-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(CLIS)("src/cli/%s.ts --lang en", (cli) => {
  it("--help in English, exit 0", () => {
    const { code, stdout, stderr } = run(cli, "--help", "--lang", "en");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run");
    expect(stdout).toContain("Options:");
    expect(stdout).toContain("--lang de|en");
    expect(stdout).toContain("Example:");
    expect(stdout).toMatch(/Exit code: 0 /);
    expect(stdout).not.toContain("Aufruf");
  });

  it("a wrong call in English, exit 2", () => {
    const { code, stdout, stderr } = run(cli, "--lang=en", "--gibtsnicht", "x.xlsx");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Error: Unknown option “--gibtsnicht”.");
    expect(stderr).toContain("Usage: npm run");
    expect(stderr).toMatch(/Help: npm run \w+ -- --help/);
  });
});

describe("English messages of whole runs", () => {
  it("catalogue check: the summary in English", () => {
    const { code, stdout } = run("catalogue", "check", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Catalogue: /);
    expect(stdout).toMatch(/Action fields +9/);
    expect(stdout).toContain("No errors found.");
  });

  it("catalogue check: catalogue errors and warnings in English, with their places", () => {
    const csv = path.join(dir, "list.csv");
    writeFileSync(
      csv,
      "Lfd. Nr.;Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme;Zielerreichungsgrd\n" +
        "1;Sprache;Kurse;1;Mehr Kurse;Kurs A;hoch\n",
    );
    const { code, stderr } = run("catalogue", "check", csv, "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toContain(`${csv}: 1 error`);
    expect(stderr).toContain("line 1, Zielerreichungsgrd: column G looks like the rating column");
    expect(stderr).not.toMatch(/Zeile|Spalte/);
  });

  it("workbook: a missing catalogue in English, German without --lang", () => {
    const english = run("workbook", "--catalogue", "missing.json", "--lang", "en");
    expect(english.code).toBe(2);
    expect(english.stderr).toContain("Error: Catalogue missing.json: file not found.");
    const german = run("workbook", "--catalogue", "missing.json");
    expect(german.stderr).toContain("Fehler: Katalog missing.json: Datei nicht gefunden.");
  });

  it("merge and export: their own messages in English", () => {
    expect(run("merge", "a.xlsx", "--lang", "en").stderr).toContain(
      "Error: A master file and at least one return are needed.",
    );
    expect(run("exportRatings", "missing.xlsx", "--csv", "x.csv", "--lang", "en").stderr).toContain(
      "Error: File not found: missing.xlsx",
    );
  });

  it("an unknown language is a wrong call, named", () => {
    const { code, stderr } = run("merge", "--lang", "fr");
    expect(code).toBe(2);
    expect(stderr).toContain("--lang muss „de“ oder „en“ sein, nicht „fr“.");
  });
});
