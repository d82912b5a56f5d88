/**
 * Hostile texts and protection in a real spreadsheet application: LibreOffice opens the written .xlsx
 * (recalculating everything) and saves it again; the saved file shows what LibreOffice made of each cell.
 * Every formula-looking catalogue text must be a string cell there, the only formulas the plan's own,
 * every sheet still protected and exactly the input cells unlocked.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Catalogue } from "../../src/catalogue/model";
import { checkCatalogue } from "../../src/catalogue/validate";
import { buildPlan } from "../../src/layout/buildPlan";
import { readXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { convertWithLibreOffice } from "../../scripts/libreoffice/soffice";
import { PAYLOADS } from "../fixtures/hostile/injection";
import { expectedInputCells } from "../fixtures/hostile/inputCells";
import { BUILT_AT } from "../fixtures/hostile/workbooks";
import { plannedFormulaCells, writtenFormulaCells } from "../fixtures/hostile/formulaCells";
import { formulaErrors } from "./workbookFiles";

/** LibreOffice keeps line breaks in a cell as LF: a CR arrives as LF (the text is otherwise the same). */
const asLibreOfficeShows = (text: string) => text.replace(/\r\n?/g, "\n");

const EXTRA_TEXTS = ["Kennung _x0041_ bleibt wörtlich", "emoji 👨‍👩‍👧 und עברית \u200b Ende"];

/** One measure per payload (title, unit, remark), goals and fields named by payloads too. */
function mixedCatalogue(): Catalogue {
  const texts = [...PAYLOADS, ...EXTRA_TEXTS];
  const raw = {
    id: "injektion-libreoffice",
    title: '=HYPERLINK("http://evil.example/","Titel")',
    version: "1",
    actionFields: [0, 1].map((f) => ({
      id: `hf${f + 1}`,
      number: f + 1,
      name: texts[f],
      challenges: [
        {
          title: texts[f + 2],
          goals: texts
            .map((text, i) => ({ text, i }))
            .filter(({ i }) => i % 2 === f)
            .map(({ text, i }) => ({
              number: i + 1,
              description: text,
              measures: [{ id: `m${i + 1}`, title: text, unit: text, rating: { remark: text } }],
            })),
        },
      ],
    })),
  };
  const checked = checkCatalogue(raw);
  if (!("catalogue" in checked)) throw new Error(JSON.stringify(checked.problems));
  return checked.catalogue;
}

const catalogue = mixedCatalogue();
const plan = buildPlan(catalogue, { language: "de", builtAt: BUILT_AT, password: "kennwort" });
let saved: Uint8Array;

beforeAll(async () => {
  saved = await convertWithLibreOffice(await writeXlsxBuffer(plan), "xlsx", "always");
});

describe("LibreOffice opens and saves a workbook full of formula-looking catalogue texts", () => {
  it("keeps every such text a string cell with the same text", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved) as never);
    const stringCells = new Map<string, number>();
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.RichText) {
            const text = cell.type === ExcelJS.ValueType.String ? (cell.value as string) : cell.text;
            stringCells.set(text, (stringCells.get(text) ?? 0) + 1);
          }
        }),
      ),
    );
    const missing = [...PAYLOADS, ...EXTRA_TEXTS].filter((t) => !stringCells.has(asLibreOfficeShows(t)));
    expect(missing).toEqual([]);
  });

  it("holds exactly the plan's formulas, none of them failing", async () => {
    const snapshot = await readXlsx(saved);
    expect(writtenFormulaCells(snapshot)).toEqual(plannedFormulaCells(plan));
    expect(formulaErrors(snapshot)).toEqual([]);
  });

  it("keeps every sheet protected with its password and exactly the input cells unlocked", async () => {
    // exceljs reads LibreOffice's locked="false"/sheet="true" as unset, so the XML is read here directly.
    const protection = await rawProtection(saved);
    expect(protection.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const sheet of protection)
      expect({ sheet: sheet.name, ...sheet.protection }).toEqual({
        sheet: sheet.name,
        protected: true,
        hasPassword: true,
      });
    const unlocked = protection.flatMap((s) => s.unlocked.map((cell) => `${s.name}!${cell}`));
    expect(unlocked.sort()).toEqual(expectedInputCells(plan, catalogue));
  });
});

const TRUE = /^(1|true)$/;

/** Sheet protection and unlocked cells straight from the OOXML parts (sheets in tab order). */
async function rawProtection(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const attr = (element: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
  const styles = await text("xl/styles.xml");
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const unlockedStyles = new Set(
    (xfs.match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? [])
      .map((xf, index) => ({ index, locked: attr(/<protection\b[^>]*>/.exec(xf)?.[0] ?? "", "locked") }))
      .filter((xf) => xf.locked !== undefined && !TRUE.test(xf.locked))
      .map((xf) => String(xf.index)),
  );
  const rels = await text("xl/_rels/workbook.xml.rels");
  const target = (id: string) =>
    attr(new RegExp(`<Relationship[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0] ?? "", "Target");
  const sheets = (await text("xl/workbook.xml")).match(/<sheet\b[^>]*>/g) ?? [];
  return Promise.all(
    sheets.map(async (element) => {
      const xml = await text(`xl/${target(attr(element, "r:id")!)!.replace(/^\/?xl\//, "")}`);
      const guard = /<sheetProtection\b[^>]*>/.exec(xml)?.[0] ?? "";
      const unlocked = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*\bs="(\d+)"/g)]
        .filter((m) => unlockedStyles.has(m[2]!))
        .map((m) => m[1]!);
      return {
        name: attr(element, "name")!.replace(/&amp;/g, "&"),
        protection: {
          protected: TRUE.test(attr(guard, "sheet") ?? ""),
          hasPassword: Boolean(attr(guard, "hashValue") ?? attr(guard, "password")),
        },
        unlocked,
      };
    }),
  );
}
