/**
 * A header or footer holds at most 255 characters, its three sections and their codes together ("Excel
 * specifications and limits"; [MS-OI29500] oddHeader). The title, the round's label and an action field's
 * name are the user's own and may each be long: every printed sheet's header and footer still fit, in
 * Excel (through Microsoft's client library and the host, which refuses a longer one) and in the .xlsx.
 */
import JSZip from "jszip";
import { buildPlan } from "../../../src/layout/buildPlan";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { writeXlsxBuffer } from "../../../src/writers/xlsx/writeXlsx";
import { fixtureCatalogue, fixtureOptions } from "../../layout/fixtures";
import { useExcelHost } from "./helpers";

const fake = useExcelHost();

function longPlan() {
  const catalogue = fixtureCatalogue({ fields: 2 });
  (catalogue.actionFields[0] as { name: string }).name = "Handlungsfeld & Teilhabe ".repeat(8).trim();
  return buildPlan(
    { ...catalogue, title: "Konzept Migration & Integration ".repeat(7).trim() },
    fixtureOptions({
      title: "Bewertungsübersicht des Landkreises ".repeat(6).trim(),
      round: { number: 1, label: "Sachstandsbericht & Evaluation ".repeat(7).trim(), date: "2024-05-01" },
    }),
  );
}

it("every sheet's header and footer fit in Excel, however long the title, round label and field name", async () => {
  const plan = longPlan();
  await writePlanToWorkbook(plan);
  expect(fake().syncs.filter((s) => s.failed)).toEqual([]);
  const headers = plan.sheets.flatMap((sheet) => {
    const parts = fake().sheet(sheet.name).pageLayout.headersFooters;
    return ["Header", "Footer"].map((kind) =>
      ["left", "center", "right"]
        .map((side) => parts[`${side}${kind}`] ?? "")
        .reduce((sum, section) => sum + (section === "" ? 0 : 2 + section.length), 0),
    );
  });
  expect(Math.max(...headers)).toBeLessThanOrEqual(255);
  expect(Math.max(...headers)).toBeGreaterThan(200);
});

it("and in the .xlsx, where a longer one is damage to Excel", async () => {
  const zip = await JSZip.loadAsync(await writeXlsxBuffer(longPlan()));
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const texts = (
    await Promise.all(
      sheets.map(async (f) => [
        ...(await zip.file(f)!.async("string")).matchAll(/<odd(?:Header|Footer)>([^<]*)</g),
      ]),
    )
  ).flatMap((matches) => matches.map((m) => m[1]!.replace(/&amp;/g, "&")));
  expect(texts.length).toBeGreaterThan(4);
  for (const text of texts) expect(text.length).toBeLessThanOrEqual(255);
});
