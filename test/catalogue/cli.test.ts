import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const fixture = (relative: string) => join("test", "fixtures", "catalogues", relative);

/** As `npx tsx src/cli/catalogue.ts …`; the first test goes through npx itself, the others skip its lookup. */
function run(...args: string[]) {
  return spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["src/cli/catalogue.ts", ...args]);
}

function spawn(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf-8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

jest.setTimeout(60_000);

describe("npm run catalogue", () => {
  it("check FILE prints the German summary and exits 0", () => {
    const { code, stdout } = spawn("npx", [
      "tsx",
      "src/cli/catalogue.ts",
      "check",
      fixture("valid/excel-de-bom-crlf.csv"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Handlungsfelder\s+2\n/);
    expect(stdout).toMatch(/Herausforderungen\s+3\n/);
    expect(stdout).toMatch(/Ziele\s+3\n/);
    expect(stdout).toMatch(/Maßnahmen\s+4\n/);
    expect(stdout).toMatch(/Organisationseinheiten\s+3\n/);
    expect(stdout).toMatch(/1\s+Sprache\s+2\s+3\n/);
    expect(stdout).toMatch(/2\s+Arbeit & Ausbildung\s+1\s+1\n/);
    expect(stdout).toContain("utf-8-bom");
  });

  it("check with a malformed file prints every error with its place and exits 1", () => {
    const { code, stdout, stderr } = run("check", fixture("malformed/several-errors.json"));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toContain("3 Fehler");
    expect(lines.slice(1)).toEqual([
      expect.stringContaining("several-errors.json, Zeile 3, title: Titel darf nicht leer sein"),
      expect.stringContaining(
        "Zeile 48, actionFields[1].challenges[0].goals[0].number: Zielnummer 1 doppelt",
      ),
      expect.stringContaining(
        "Zeile 55, actionFields[1].challenges[0].goals[0].measures[0].taskType: Aufgabe muss",
      ),
    ]);
  });

  it("--json gives machine-readable issues", () => {
    const { code, stdout } = run("check", fixture("malformed/duplicate-measure-ids.csv"), "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      file: fixture("malformed/duplicate-measure-ids.csv"),
      issues: [
        {
          file: fixture("malformed/duplicate-measure-ids.csv"),
          line: 5,
          field: "Maßnahmen-ID",
          message: "Maßnahmen-ID M1 doppelt (zuerst in Zeile 2)",
        },
      ],
    });
  });

  it("check without FILE checks the bundled catalogue", () => {
    const { code, stdout } = run("check", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      format: "json",
      summary: { actionFields: 9, goals: 89 },
    });
  });

  it("exits 2 on usage errors and a missing file", () => {
    expect(run("prüfen")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unbekannter Befehl „prüfen“"),
    });
    expect(run("check", "--farbe")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unbekannte Option --farbe"),
    });
    expect(run("check", "gibt-es-nicht.csv")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Datei nicht gefunden: gibt-es-nicht.csv"),
    });
  });

  it("help explains the command and exits 0", () => {
    const { code, stdout } = run("help");
    expect(code).toBe(0);
    expect(stdout).toContain("npm run catalogue -- check [DATEI]");
    expect(stdout).toContain("docs/catalogue-format.md");
  });
});
