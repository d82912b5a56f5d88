/**
 * The printed workbook: manual page breaks on the action-field sheets (no page ends with a challenge
 * heading, no goal is cut from its first measure, no page overfull so no automatic break interferes) and
 * a Legende whose rows are tall enough for their texts.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { Catalogue } from "../../src/catalogue/model";
import { loadCatalogue } from "../../src/catalogue/load";
import { buildPlan } from "../../src/layout/buildPlan";
import { MARGINS } from "../../src/layout/context";
import { FIELD_FIRST_ROW } from "../../src/layout/fieldLayout";
import { LEGEND_COLUMN_WIDTHS } from "../../src/layout/legendSheet";
import { MAX_MANUAL_PAGE_BREAKS, pageBodyHeight, pageBreaks } from "../../src/layout/pageBreaks";
import { A4_LONG_SIDE, columnWidthPoints, printScale } from "../../src/layout/printScale";
import { parseRange } from "../../src/core/address";
import type { SheetPlan, WorkbookPlan } from "../../src/layout/plan";
import { estimateLines, LINE_HEIGHT } from "../../src/layout/sheetGrid";
import { writeXlsxBuffer } from "../../src/writers/xlsx/writeXlsx";
import { fixtureCatalogue, fixtureOptions } from "../layout/fixtures";
import { prng } from "../layout/random";

const SEED = path.resolve(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");
const SIDES = { left: 0.4, right: 0.4 };
const SETUP = { marginTop: MARGINS.top, marginBottom: MARGINS.bottom, firstPageHead: 97, repeatedHead: 45 };

interface RowKind {
  readonly kind: "heading" | "goal" | "measure";
  readonly text: string;
}

/** Row → what the layout put there, walking the catalogue as the layout does. */
function rowKinds(catalogue: Catalogue, fieldIndex: number): Map<number, RowKind> {
  const kinds = new Map<number, RowKind>();
  let row = FIELD_FIRST_ROW;
  for (const challenge of catalogue.actionFields[fieldIndex]!.challenges) {
    kinds.set(row++, { kind: "heading", text: challenge.title });
    for (const goal of challenge.goals)
      goal.measures.forEach((m, i) =>
        kinds.set(row++, { kind: i === 0 ? "goal" : "measure", text: m.title }),
      );
  }
  return kinds;
}

function heightOf(sheet: SheetPlan, row: number): number {
  return sheet.rows.find((r) => r.index === row)?.height ?? LINE_HEIGHT;
}

/** Checks one field sheet's breaks; returns the rows of each page. */
function checkBreaks(plan: WorkbookPlan, catalogue: Catalogue, fieldIndex: number): number[][] {
  const sheet = plan.sheets.filter((s) => s.role === "field")[fieldIndex]!;
  const kinds = rowKinds(catalogue, fieldIndex);
  const breaks = sheet.print!.breaksBefore ?? [];
  const rows = [...kinds.keys()];
  const pages: number[][] = [[]];
  for (const row of rows) {
    if (breaks.includes(row)) pages.push([]);
    pages[pages.length - 1]!.push(row);
  }
  const body = pageBodyHeight(SETUP);
  pages.forEach((page, i) => {
    const used = page.reduce((sum, row) => sum + heightOf(sheet, row), i === 0 ? 97 : 45);
    const oversized = page.length <= 2; // a unit taller than a page may fill one alone
    if (!oversized) expect(used).toBeLessThanOrEqual(body);
    const last = kinds.get(page[page.length - 1]!)!;
    expect(last.kind).not.toBe("heading");
  });
  // a break only ever comes before a heading or a goal (a goal starts with its first measure)
  for (const row of breaks) expect(["heading", "goal"]).toContain(kinds.get(row)?.kind);
  return pages;
}

describe("page breaks of the action-field sheets", () => {
  it("for the bundled catalogue: every page ends with a measure; „Rückkehr differenziert managen“ starts a page with its goal", async () => {
    const catalogue = await loadCatalogue(new Uint8Array(await fs.readFile(SEED)), SEED);
    const plan = buildPlan(catalogue, fixtureOptions());
    catalogue.actionFields.forEach((_, i) => checkBreaks(plan, catalogue, i));
    const kinds = rowKinds(catalogue, 0);
    const heading = [...kinds].find(([, k]) => k.text === "Rückkehr differenziert managen")![0];
    const pages = checkBreaks(plan, catalogue, 0);
    const page = pages.find((p) => p.includes(heading))!;
    expect(page.indexOf(heading)).toBeLessThan(page.length - 1);
  });

  it("for 30 random catalogues with long texts: no heading ends a page, no page overfull", () => {
    const random = prng(1804);
    for (let run = 0; run < 30; run++) {
      const catalogue = fixtureCatalogue({
        fields: 1,
        challengesPerField: 2 + Math.floor(random() * 6),
        goalsPerChallenge: 1 + Math.floor(random() * 4),
        measuresPerGoal: () => 1 + Math.floor(random() * 4),
      });
      for (const challenge of catalogue.actionFields[0]!.challenges)
        for (const goal of challenge.goals)
          (goal as { description: string }).description = "Lange Zielbeschreibung ".repeat(
            Math.floor(random() * 30),
          );
      const plan = buildPlan(catalogue, fixtureOptions());
      checkBreaks(plan, catalogue, 0);
    }
  });

  it("splits a unit taller than a page between measures, never after its heading", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ index: 10 + i, height: 30 }));
    const breaks = pageBreaks([{ rows, headed: true }], SETUP);
    expect(breaks.length).toBeGreaterThan(1);
    expect(breaks).not.toContain(11); // the heading (row 10) stays with row 11
    // one unit that fits the rest of the page: no break; the next one that does not: a break before it
    const small = (from: number) => ({ rows: [{ index: from, height: 200 }], headed: false });
    expect(pageBreaks([small(5), small(6)], SETUP)).toEqual([6]);
  });

  it("prints a field sheet at the fixed scale its page breaks are computed for, the others one page wide", () => {
    const plan = buildPlan(fixtureCatalogue(), fixtureOptions());
    for (const sheet of plan.sheets.filter((s) => s.print)) {
      const scale = sheet.print!.scale;
      if (sheet.role !== "field") {
        expect([sheet.name, scale]).toEqual([sheet.name, "fitToWidth"]);
        continue;
      }
      const { left, right } = parseRange(sheet.print!.printArea);
      const printed = sheet.columns
        .filter((c) => c.index >= left && c.index <= right && !c.hidden)
        .reduce((sum, c) => sum + columnWidthPoints(c.width), 0);
      const usable = A4_LONG_SIDE - (sheet.print!.margins.left + sheet.print!.margins.right) * 72;
      expect([sheet.name, scale]).toEqual([sheet.name, 100]);
      expect(printed).toBeLessThan(usable * 0.8);
    }
    // Hidden columns do not print; columns the plan leaves alone have Excel's standard width.
    const wide = [
      { index: 1, width: 200 },
      { index: 2, width: 500, hidden: true },
    ];
    const expected = Math.floor((((A4_LONG_SIDE - 0.8 * 72) * 0.8) / columnWidthPoints(200)) * 100);
    expect(printScale(wide, "A1:B9", "landscape", SIDES)).toBe(expected);
    expect(printScale([], "A1:C9", "portrait", SIDES)).toBe(100);
  });

  it("sets no more manual breaks than Excel keeps on a sheet (1,026), the first pages' ones", () => {
    const unit = (index: number) => ({ rows: [{ index, height: 300 }], headed: false });
    const units = Array.from({ length: 3000 }, (_, i) => unit(10 + i));
    const breaks = pageBreaks(units, SETUP);
    expect(breaks).toHaveLength(MAX_MANUAL_PAGE_BREAKS);
    expect(breaks[0]).toBe(11);
    expect(breaks.at(-1)).toBe(10 + MAX_MANUAL_PAGE_BREAKS);
  });

  it("is written into the .xlsx as manual breaks below the row before", async () => {
    const catalogue = fixtureCatalogue({ fields: 1, challengesPerField: 6, goalsPerChallenge: 3 });
    for (const challenge of catalogue.actionFields[0]!.challenges)
      for (const goal of challenge.goals)
        (goal as { description: string }).description = "Beschreibung ".repeat(20);
    const plan = buildPlan(catalogue, fixtureOptions());
    const breaks = plan.sheets.find((s) => s.role === "field")!.print!.breaksBefore!;
    expect(breaks.length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(plan));
    const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const xml = await Promise.all(sheetFiles.map((f) => zip.file(f)!.async("string")));
    const withBreaks = xml.filter((x) => x.includes("<rowBreaks"));
    expect(withBreaks).toHaveLength(1);
    const ids = [...withBreaks[0]!.matchAll(/<brk [^>]*id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(breaks.map((row) => row - 1));
  });
});

describe("Legende prints unclipped", () => {
  it("group headings are one line across A:C, every wrapped row is as tall as its text", () => {
    for (const lang of ["de", "en"] as const) {
      const plan = buildPlan(fixtureCatalogue(), fixtureOptions({ language: lang }));
      const legend = plan.sheets.find((s) => s.role === "legend")!;
      const groupRanges = legend.styleRanges.filter((r) => r.style === "legendGroup");
      expect(groupRanges).toHaveLength(3);
      for (const r of groupRanges) expect(r.range).toMatch(/^A(\d+):C\1$/);
      expect(plan.styles.legendGroup!.wrap).toBeUndefined();
      expect(plan.styles.legendGroup!.horizontal).toBe("centerContinuous");
      // every text in B or C gets rows for as many lines as it needs
      for (const block of legend.blocks) {
        const origin = /^([A-Z]+)(\d+)$/.exec(block.origin)!;
        block.cells.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            const column = origin[1]!.charCodeAt(0) - 64 + c;
            if (!cell || !("text" in cell) || column === 1) return;
            const row = Number(origin[2]) + r;
            const lines = estimateLines(cell.text, LEGEND_COLUMN_WIDTHS[column - 1]!);
            const height = legend.rows.find((x) => x.index === row)?.height ?? LINE_HEIGHT;
            expect(height).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
          }),
        );
      }
    }
  });
});
