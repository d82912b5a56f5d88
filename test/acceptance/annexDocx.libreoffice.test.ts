/**
 * The Word annex and the Sachstand document of the bundled catalogue with ratings filled in, opened by
 * LibreOffice Writer and converted to PDF; pages rendered to PNG in test-output/annex-docx/. Checks that
 * LibreOffice reads the documents (the catalogue's text comes out), that the pages are A4 landscape, and
 * that no table runs past the right margin (every word of every page lies inside the text area).
 *
 * Needs LibreOffice Writer (Debian: libreoffice-writer-nogui) besides Calc, and poppler-utils.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { annexDocx } from "../../src/annex/annexDocx";
import { PAGE, PAGE_MARGIN } from "../../src/annex/docxCommon";
import { buildAnnex } from "../../src/annex/model";
import { sachstandDocx } from "../../src/annex/sachstandDocx";
import { measureEntries } from "../../src/catalogue/model";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureInputs } from "../../src/layout/plan";
import { readZielbildWorkbook, type ZielbildWorkbook } from "../../src/returns/readWorkbook";
import { LEVELS } from "../../src/scheme/ratingScheme";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { seedCatalogue } from "../returns/departmentFiles";

const run = promisify(execFile);
const OUT = path.resolve(__dirname, "../../test-output/annex-docx");
const TWIPS_PER_POINT = 20;

async function toPdf(docx: Uint8Array, name: string): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-docx-"));
  try {
    const input = path.join(work, `${name}.docx`);
    await fs.writeFile(input, docx);
    const profile = `file://${path.join(work, "profile").split(path.sep).map(encodeURIComponent).join("/")}`;
    await run(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        work,
        input,
      ],
      { timeout: 240000 },
    );
    const pdf = path.join(OUT, `${name}.pdf`);
    try {
      await fs.copyFile(path.join(work, `${name}.pdf`), pdf);
    } catch {
      throw new Error(
        `LibreOffice hat ${name}.docx nicht in PDF umgewandelt – ist LibreOffice Writer installiert (libreoffice-writer-nogui)?`,
      );
    }
    return pdf;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

interface Word {
  readonly page: number;
  readonly xMax: number;
  readonly text: string;
}

/** Every word's right edge per page, and each page's size, from pdftotext -bbox. */
async function words(pdf: string): Promise<{ pages: { width: number; height: number }[]; words: Word[] }> {
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  const pages: { width: number; height: number }[] = [];
  const found: Word[] = [];
  for (const line of stdout.split("\n")) {
    const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (page) pages.push({ width: Number(page[1]), height: Number(page[2]) });
    const word = /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (word) found.push({ page: pages.length, xMax: Number(word[1]), text: word[2]! });
  }
  return { pages, words: found };
}

describe("Word annex through LibreOffice Writer", () => {
  let workbook: ZielbildWorkbook;
  beforeAll(async () => {
    await fs.mkdir(OUT, { recursive: true });
    const catalogue = await seedCatalogue();
    const inputs = new Map<string, MeasureInputs>();
    let i = 0;
    for (const { measure } of measureEntries(catalogue)) {
      const level = LEVELS[i % LEVELS.length]!;
      inputs.set(measure.id, {
        ...(i % 5 !== 4 ? { level: level.value.de } : {}),
        ...(i % 3 === 0 ? { taskType: "R" } : {}),
        ...(i % 4 === 1 ? { weiterfuehrungsbedarf: "ja" } : {}),
        ...(i % 7 === 2 ? { remark: `Bemerkung zu ${measure.title} – Größe, Maß & Ärger 🚀` } : {}),
      });
      i++;
    }
    const plan = buildPlan(catalogue, { language: "de", builtAt: "2025-06-30T08:00:00.000Z", inputs });
    const read = readZielbildWorkbook(await readXlsx(await writeXlsxBuffer(plan)));
    if ("error" in read) throw new Error(read.error);
    workbook = read.workbook;
  });

  it.each([
    ["Anlage", annexDocx],
    ["Sachstand", sachstandDocx],
  ] as const)(
    "%s.docx converts to an A4 landscape PDF whose tables stay inside the text area",
    async (name, make) => {
      const annex = buildAnnex(workbook, { date: "2025-06-30" });
      const pdf = await toPdf(await make(annex), name);
      const { pages, words: all } = await words(pdf);
      expect(pages.length).toBeGreaterThan(name === "Anlage" ? 9 : 9);
      for (const page of pages) {
        expect(page.width).toBeCloseTo(PAGE.width / TWIPS_PER_POINT, 0);
        expect(page.height).toBeCloseTo(PAGE.height / TWIPS_PER_POINT, 0);
      }
      const right = (PAGE.width - PAGE_MARGIN.right) / TWIPS_PER_POINT;
      const outside = all.filter((w) => w.xMax > right + 1);
      expect(outside).toEqual([]);
      const text = all.map((w) => w.text).join(" ");
      expect(text).toContain("Rückkehrberatung");
      expect(text).toContain("Handlungsfeld");
      await run("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "4", pdf, path.join(OUT, name)]);
      const pngs = (await fs.readdir(OUT)).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"));
      expect(pngs.length).toBeGreaterThanOrEqual(4);
    },
  );
});
