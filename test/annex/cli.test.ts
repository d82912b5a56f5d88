/** npm run annex -- FILE.xlsx --docx / --sachstand: files written whole or not at all, clear messages. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runAnnexCli } from "../../src/cli/annex";
import { findAll, readDocx, tablesWithHeadings, textOf } from "./docxXml";
import { writtenWorkbook } from "./fixtures";

jest.setTimeout(60000);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const NOW = new Date(2025, 5, 30, 12, 0, 0);

describe("npm run annex -- --docx / --sachstand", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-annex-"));
    file = path.join(dir, "Bewertung.xlsx");
    await fs.writeFile(file, (await writtenWorkbook()).bytes);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const files = async () => (await fs.readdir(dir)).sort();

  it("writes FILE-Anlage.docx next to the workbook by default, with the fields chosen", async () => {
    const { io, out } = capture();
    expect(await runAnnexCli([file, "--docx", "--fields", "2,3", "--lang", "en"], io, process.env, NOW)).toBe(
      0,
    );
    const target = path.join(dir, "Bewertung-Anlage.docx");
    expect(out.join("\n")).toContain(target);
    const parts = await readDocx(new Uint8Array(await fs.readFile(target)));
    expect(tablesWithHeadings(parts.body).map((t) => t.heading)).toEqual([
      "Rating scheme",
      "Action field 2: Sprache",
      "Action field 3: Bildung",
    ]);
    expect(findAll(parts.body, "w:p").map(textOf)).toContain("Created on 2025-06-30");
    await fs.rm(target);
  });

  it("writes the Sachstand to the file named", async () => {
    const target = path.join(dir, "out", "Sachstand.docx");
    expect(await runAnnexCli([file, "--sachstand", target], capture().io, process.env, NOW)).toBe(0);
    const parts = await readDocx(new Uint8Array(await fs.readFile(target)));
    expect(findAll(parts.body, "w:p").map(textOf)).toContain("Sachstand je Handlungsfeld");
    await fs.rm(path.join(dir, "out"), { recursive: true });
  });

  it.each([
    [
      ["--docx", "--fields", "1,x"],
      /--fields erwartet Nummern von Handlungsfeldern wie „1,3“; „x“ ist keine/,
    ],
    [["--docx", "--fields", "4"], /Handlungsfeld 4 gibt es in der Arbeitsmappe nicht \(vorhanden: 1, 2, 3\)/],
    [["--docx", "--lang", "fr"], /--lang muss „de“ oder „en“ sein, nicht „fr“/],
    [["--docx", "--sachstand"], /Nur eine der Optionen --docx, --sachstand angeben/],
    [["--pdf", "--fields", "1"], /--fields gilt nur für --docx und --sachstand/],
    [["--docx", "Anlage.pdf"], /Die Zieldatei muss auf \.docx enden: Anlage\.pdf/],
    [[], /--pdf, --docx oder --sachstand angeben/],
  ])("%j is a wrong call: exit 2, a German message, nothing written", async (args, message) => {
    const before = await files();
    const { io, err } = capture();
    expect(await runAnnexCli([file, ...args], io, process.env, NOW)).toBe(2);
    expect(err.join("\n")).toMatch(message);
    expect(await files()).toEqual(before);
  });

  it("a file that is no Zielbild workbook: exit 1, the file named, nothing written", async () => {
    const bogus = path.join(dir, "kaputt.xlsx");
    await fs.writeFile(bogus, "kein zip");
    const before = await files();
    const { io, err } = capture();
    const target = path.join(dir, "x.docx");
    expect(await runAnnexCli([bogus, "--docx", target], io, process.env, NOW)).toBe(1);
    expect(err.join("\n")).toContain(bogus);
    expect(err.join("\n")).toContain("Es wurde keine Datei geschrieben.");
    expect(await files()).toEqual(before);
    await fs.rm(bogus);
  });
});
