/** Every CLI as a process: --help (German, an example, exit 0) and an unknown option (exit 2, named). */
import { errorReport, FailedError, MissingToolError, parseArgs, UsageError } from "../../src/cli/io";
import { CLIS, runCli as run } from "./spawnCli";

jest.setTimeout(120_000);

describe.each(CLIS)("src/cli/%s.ts", (cli) => {
  it("--help: exit 0, German help with a usage line, the options and an example", () => {
    const { code, stdout, stderr } = run(cli, "--help");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Aufruf: npm run");
    expect(stdout).toContain("Optionen:");
    expect(stdout).toContain("--help, -h");
    expect(stdout).toContain("Beispiel:");
    expect(stdout).toMatch(/Exit-Code: 0 /);
    expect(run(cli, "-h").stdout).toBe(stdout);
  });

  it("an unknown option: exit 2, the option named, the usage and where to get help, nothing on stdout", () => {
    const { code, stdout, stderr } = run(cli, "--gibtsnicht", "x.xlsx");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Fehler: Unbekannte Option „--gibtsnicht“.");
    expect(stderr).toContain("Aufruf: npm run");
    expect(stderr).toMatch(/Hilfe: npm run \w+ -- --help/);
  });
});

describe("the frame", () => {
  it("parses with node:util: --name value, --name=value, flags, positionals after --", () => {
    const { positional, options } = parseArgs(
      ["a.xlsx", "--out=b.xlsx", "--json", "--lang", "en", "--", "--c"],
      ["json"],
      ["out", "lang"],
    );
    expect(positional).toEqual(["a.xlsx", "--c"]);
    expect(Object.fromEntries(options)).toEqual({ out: "b.xlsx", json: true, lang: "en" });
  });

  it("names what is wrong with a call", () => {
    expect(() => parseArgs(["--out", "--json"], ["json"], ["out"])).toThrow(
      "Option --out braucht einen Wert.",
    );
    expect(parseArgs(["--out=--x"], [], ["out"]).options.get("out")).toBe("--x");
    expect(() => parseArgs(["--json=ja"], ["json"], [])).toThrow("Option --json nimmt keinen Wert.");
    expect(() => parseArgs(["-x"], [], [])).toThrow("Unbekannte Option „-x“.");
  });

  it("prints every error the same way, with the same exit codes", () => {
    const command = { name: "merge", usage: () => "Aufruf: npm run merge -- …", help: () => "" };
    expect(errorReport(new UsageError("--out fehlt."), command)).toEqual({
      text: "Fehler: --out fehlt.\nAufruf: npm run merge -- …\nHilfe: npm run merge -- --help",
      code: 2,
    });
    expect(errorReport(new FailedError("a.xlsx: kaputt"), command)).toEqual({
      text: "Fehler: a.xlsx: kaputt\nEs wurde keine Datei geschrieben.",
      code: 1,
    });
    expect(errorReport(new MissingToolError("LibreOffice fehlt."), command)).toEqual({
      text: "Fehler: LibreOffice fehlt.",
      code: 3,
    });
  });
});
