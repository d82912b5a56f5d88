/**
 * Returned workbooks that must be refused (test/fixtures/hostile/cases.ts, WORKBOOK_CASES): the reader's
 * error, `npm run check`'s exit code and message, and `npm run merge` refusing the file as a return (the
 * rest is merged) or as the master (exit 1, nothing written).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { runCheckCli } from "../../src/cli/check";
import { runMergeCli } from "../../src/cli/merge";
import { assertSafeZip, readXlsx } from "../../src/writers/xlsx/readXlsx";
import { WORKBOOK_CASES, type WorkbookCase } from "../fixtures/hostile/cases";
import { masterBytes, WORKBOOK_BUILDERS } from "../fixtures/hostile/workbooks";
import { capture, filesIn, tempDir } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
let master: Uint8Array;
beforeAll(async () => {
  master = await masterBytes();
});
beforeEach(async () => {
  dir = await tempDir("returns");
  await fs.writeFile(path.join(dir, "Hauptdatei.xlsx"), master);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Built once per case: a bomb takes a second or two to make. */
const built = new Map<string, Promise<Uint8Array>>();

async function caseFile(c: WorkbookCase): Promise<string> {
  const build = WORKBOOK_BUILDERS[c.file];
  if (!build) throw new Error(`no builder for ${c.file}`);
  if (!built.has(c.file)) built.set(c.file, build(master));
  const file = path.join(dir, "ruecklauf", c.file);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await built.get(c.file)!);
  return file;
}

describe.each(WORKBOOK_CASES.map((c) => [c.file, c] as const))("returned workbook %s", (_, c) => {
  it("is read or refused as listed, and check says so with its exit code", async () => {
    const file = await caseFile(c);
    const bytes = new Uint8Array(await fs.readFile(file));
    if (c.read === "reads") await expect(readXlsx(bytes)).resolves.toHaveProperty("sheets");
    else await expect(readXlsx(bytes)).rejects.toThrow(c.read.error);
    const check = capture();
    expect(await runCheckCli([file], check.io)).toBe(c.check.exit);
    expect(check.text()).toContain(c.check.says);
  });

  it("is refused by merge as a return, and the good returns' files are still written", async () => {
    const file = await caseFile(c);
    const out = path.join(dir, "ergebnis", "Zusammengeführt.xlsx");
    const merge = capture();
    const code = await runMergeCli([path.join(dir, "Hauptdatei.xlsx"), file, "--out", out], merge.io);
    expect(merge.err).toEqual([]);
    expect(code).toBe(0);
    const refusal = merge.out.find((line) => line.includes(`Abgelehnt: ${c.file}`));
    expect(refusal).toContain(c.mergeRefuses);
    expect(await filesIn(path.dirname(out))).toEqual([
      "Zusammengeführt-Bericht.csv",
      "Zusammengeführt-Bericht.md",
      "Zusammengeführt.xlsx",
    ]);
  });

  // a foreign catalogue's workbook is a valid master of its own; every other case is no master at all
  if (c.file !== "other-catalogue.xlsx")
    it("is refused as the master: exit 1 and not one file written", async () => {
      const file = await caseFile(c);
      const returned = path.join(dir, "Hauptdatei.xlsx");
      const outDir = path.join(dir, "ergebnis");
      const merge = capture();
      const code = await runMergeCli(
        [file, returned, "--out", path.join(outDir, "Zusammengeführt.xlsx")],
        merge.io,
      );
      expect(code).toBe(1);
      expect(merge.err.join("\n")).toContain("Es wurde keine Datei geschrieben.");
      expect(await filesIn(outDir)).toEqual([]);
    });
});

it("every returned-workbook case has a builder and every builder a case", () => {
  expect(Object.keys(WORKBOOK_BUILDERS).sort()).toEqual(WORKBOOK_CASES.map((c) => c.file).sort());
});

describe("assertSafeZip", () => {
  it("lets a real workbook through and leaves non-zips to the reader's own message", async () => {
    await expect(assertSafeZip(master)).resolves.toBeUndefined();
    await expect(assertSafeZip(new TextEncoder().encode("kein zip"))).resolves.toBeUndefined();
  });
});
