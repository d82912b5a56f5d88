/**
 * A file that is no readable .xlsx: the CLIs that read workbooks say why in the language of --lang (the
 * .xlsx reader's texts, `writers` of the message catalogue), German by default.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runRoundCli } from "../../src/cli/round";
import type { Io } from "../../src/cli/io";

function capture(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => void lines.push(l), err: (l) => void errors.push(l) };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-unreadable-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function round(bytes: Uint8Array, name: string, ...lang: string[]) {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  const io = capture();
  const code = await runRoundCli(
    [file, "--label", "2025", "--out", path.join(dir, "next.xlsx"), ...lang],
    io,
  );
  return { code, file, errors: io.errors.join("\n"), lines: io.lines };
}

const TEXT = new TextEncoder().encode("Maßnahme;Bewertung\nA;hoch\n");
/** The start of an OLE compound file: an old .xls, or an .xlsx encrypted with a password to open. */
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
/** A ZIP archive that is not a workbook: only the end-of-central-directory record, no entry. */
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(26).fill(0)]);

describe("round --lang en: an unreadable .xlsx is refused in English", () => {
  it("a text file: not a ZIP archive", async () => {
    const { code, file, errors } = await round(TEXT, "liste.xlsx", "--lang", "en");
    expect(code).not.toBe(0);
    expect(errors).toContain(`${file}: The file is not an Excel workbook (.xlsx): it is not a ZIP archive.`);
    expect(errors).not.toMatch(/Die Datei|Arbeitsmappe/);
  });

  it("an encrypted workbook or old .xls: says to save without a password to open", async () => {
    const { code, errors } = await round(OLE, "geheim.xlsx", "--lang", "en");
    expect(code).not.toBe(0);
    expect(errors).toContain(
      "The file is not a readable .xlsx workbook: it is encrypted with a password to open, or an old .xls file.",
    );
    expect(errors).not.toMatch(/Die Datei/);
  });

  it("a damaged ZIP: exceljs's reason after the English sentence", async () => {
    const { code, errors } = await round(EMPTY_ZIP, "kaputt.xlsx", "--lang", "en");
    expect(code).not.toBe(0);
    expect(errors).toMatch(/The file is not (a readable|an) Excel workbook \(\.xlsx\)/);
    expect(errors).not.toMatch(/Die Datei/);
  });
});

it("round without --lang: the same refusal in German, byte for byte as before", async () => {
  const { code, file, errors } = await round(TEXT, "liste-de.xlsx");
  expect(code).not.toBe(0);
  expect(errors).toContain(
    `${file}: Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.`,
  );
});
