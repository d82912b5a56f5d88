/** CSV catalogues: an unknown column is a warning that names it; a misspelt rating column still stops. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatIssue, loadCatalogueDetailed, parseCatalogueCsvDetailed } from "../../src/catalogue";
import { misspeltInputColumn } from "../../src/catalogue/csvColumns";
import { catalogueFromTable } from "../../src/catalogue/table";
import { runCatalogueCli } from "../../src/cli/catalogue";
import { runWorkbookCli } from "../../src/cli/workbook";
import { issuesOf } from "./helpers";

const WITH_LFD_NR = [
  "Lfd. Nr.;Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme;Zielerreichungsgrad;Status intern",
  "1;Sprache;Kita;1;Deutsch lernen;Kurse;hoch;offen",
  "2;Sprache;Kita;1;Deutsch lernen;Sprachcafé;;erledigt",
].join("\n");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe("unknown CSV columns", () => {
  it("are skipped with a warning naming file, line and column; everything else is read", () => {
    const { catalogue, warnings } = parseCatalogueCsvDetailed(WITH_LFD_NR, "liste.csv");
    expect(warnings.map(formatIssue)).toEqual([
      "liste.csv, Zeile 1, Lfd. Nr.: unbekannte Spalte A wird übergangen (ihre Werte werden nicht eingelesen)",
      "liste.csv, Zeile 1, Status intern: unbekannte Spalte H wird übergangen (ihre Werte werden nicht eingelesen)",
    ]);
    const measures = catalogue.actionFields[0]!.challenges[0]!.goals[0]!.measures;
    expect(measures.map((m) => m.title)).toEqual(["Kurse", "Sprachcafé"]);
    expect(measures[0]!.rating).toEqual({ level: "hoch" });
  });

  it("are reported by loadCatalogueDetailed; a JSON catalogue has no warnings", () => {
    const loaded = loadCatalogueDetailed(new TextEncoder().encode(WITH_LFD_NR), "liste.csv");
    expect(loaded.warnings).toHaveLength(2);
    expect(loaded.warnings[0]).toMatchObject({ file: "liste.csv", line: 1, field: "Lfd. Nr." });
  });

  it("in a sheet of the workbook are still refused (only the CSV reader warns)", () => {
    const rows = WITH_LFD_NR.split("\n").map((line) => line.split(";"));
    const issues = issuesOf(() => catalogueFromTable(rows, "Tabelle1"));
    expect(issues.map(formatIssue)[0]).toContain("Tabelle1, Zeile 1, Lfd. Nr.: unbekannte Spalte A");
  });
});

describe("a misspelt rating column", () => {
  it.each([
    ["Zielerreichungsgrd", "Zielerreichungsgrad"],
    ["Zielerreichung 2023", "Zielerreichungsgrad"],
    ["Bemerkungen", "Bemerkung"],
    ["Weiterführungbedarf", "Weiterführungsbedarf"],
    ["Remarks", "Bemerkung"],
  ])("„%s“ stops the import, naming the column it looks like („%s“)", (header, meant) => {
    const csv = `Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme;${header}\nA;B;1;C;D;x\n`;
    const issues = issuesOf(() => parseCatalogueCsvDetailed(csv, "liste.csv"));
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!)).toBe(
      `liste.csv, Zeile 1, ${header}: Spalte F sieht aus wie die Bewertungsspalte „${meant}“, ist aber ` +
        `anders geschrieben; ihre Werte gingen verloren – bitte die Überschrift in „${meant}“ ändern`,
    );
  });

  it("is told apart from columns planning offices keep", () => {
    for (const header of ["Lfd. Nr.", "Nr.", "Status intern", "Kommentar", "Zuständige Stelle", "Kosten"])
      expect(misspeltInputColumn(header)).toBeUndefined();
  });
});

describe("the CLIs print the warnings", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-warn-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("catalogue check: exit 0, the warnings on stderr, the summary on stdout", async () => {
    const file = path.join(dir, "liste.csv");
    await fs.writeFile(file, WITH_LFD_NR);
    const { io, out, err } = capture();
    expect(await runCatalogueCli(["check", file], io)).toBe(0);
    expect(err).toEqual([
      expect.stringMatching(
        /^Warnung: .*liste\.csv, Zeile 1, Lfd\. Nr\.: unbekannte Spalte A wird übergangen/,
      ),
      expect.stringMatching(/^Warnung: .*liste\.csv, Zeile 1, Status intern: unbekannte Spalte H/),
    ]);
    expect(out.join("\n")).toContain("Keine Fehler gefunden. 2 Warnungen (auf stderr).");
  });

  it("catalogue check --json lists the warnings", async () => {
    const file = path.join(dir, "liste.csv");
    await fs.writeFile(file, WITH_LFD_NR);
    const { io, out } = capture();
    expect(await runCatalogueCli(["check", file, "--json"], io)).toBe(0);
    expect(JSON.parse(out.join("\n"))).toMatchObject({
      ok: true,
      warnings: [{ field: "Lfd. Nr." }, { field: "Status intern" }],
    });
  });

  it("workbook: writes the workbook and prints the warnings", async () => {
    const file = path.join(dir, "liste.csv");
    await fs.writeFile(file, WITH_LFD_NR);
    const target = path.join(dir, "Übersicht.xlsx");
    const { io, out, err } = capture();
    expect(await runWorkbookCli(["--catalogue", file, "--out", target], io)).toBe(0);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^Warnung: .*liste\.csv, Zeile 1, Lfd\. Nr\.: unbekannte Spalte A/);
    expect(out[0]).toContain(`Geschrieben: ${target}`);
  }, 30000);

  it("workbook: a misspelt rating column refuses the catalogue, exit 1, nothing written", async () => {
    const file = path.join(dir, "liste.csv");
    await fs.writeFile(file, WITH_LFD_NR.replace("Zielerreichungsgrad", "Zielerreichungsgrd"));
    const target = path.join(dir, "Übersicht.xlsx");
    const { io, err } = capture();
    expect(await runWorkbookCli(["--catalogue", file, "--out", target], io)).toBe(1);
    expect(err.join("\n")).toContain("Zielerreichungsgrd: Spalte G sieht aus wie die Bewertungsspalte");
    expect(err.join("\n")).toContain("Es wurde keine Datei geschrieben.");
    await expect(fs.stat(target)).rejects.toThrow();
  }, 30000);
});
