/**
 * The screenshots of the Runden panel for the documentation, taken as the browser suite runs the pane:
 * the testhost build in Debian's Chromium over Microsoft's excel-web-16.00.js and the simulated Excel
 * host (test/e2e/pane.ts). Builds the bundled overview, rates some measures, and writes
 *
 * - docs/images/runden-panel.png: the panel in round 1, the form filled in for "Sachstand 2025";
 * - docs/images/runden-vergleich.png: round 2 after some ratings changed, with the counts.
 *
 * Run: npm run build:testhost -- --output-path test-output/e2e/dist && npm run screenshots
 * The PNGs are committed; run again after the panel changes.
 */
import { existsSync, mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import path from "node:path";
import type { MeasureLocation } from "../src/layout/plan";
import { classifyChange } from "../src/layout/rounds";
import { CHANGES, type ChangeCode } from "../src/scheme/ratingScheme";
import {
  DIST,
  ROOT,
  buildOverview,
  bundledLocations,
  changeCount,
  openPane,
  openSection,
  poll,
  rate,
} from "../test/e2e/pane";

const OUT = path.join(ROOT, "docs/images");
const WIDTH = 380;

const LEVELS = ["gering", "mittel", "hoch"];
const FIRST_ROUND = ["mittel", "gering", "hoch", "mittel", "unklar", "gering", "mittel"];

/** A share of every action field rated in round 1: the first 2–6 measures, varying per field. */
function ratedInRound1(measures: readonly MeasureLocation[]) {
  const fields = [...new Set(measures.map((m) => m.sheetName))];
  return fields.flatMap((sheet, f) =>
    measures
      .filter((m) => m.sheetName === sheet)
      .slice(0, 2 + ((f * 3) % 5))
      .map((measure, j) => ({ measure, f, j, level: FIRST_ROUND[(f * 2 + j) % FIRST_ROUND.length]! })),
  );
}

/** Round 2 for the same measure: mostly unchanged, some a level up or down, some now "unklar". */
function inRound2(level: string, f: number, j: number): string {
  const step = [0, 0, 1, 1, -1, 9, 1][(f * 5 + j * 3) % 7]!;
  if (step === 9) return level === "unklar" ? "mittel" : "unklar";
  const rank = LEVELS.indexOf(level);
  if (rank < 0) return level;
  return LEVELS[Math.min(LEVELS.length - 1, Math.max(0, rank + step))]!;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html")))
    throw new Error(
      `${DIST} fehlt: zuerst „npm run build:testhost -- --output-path test-output/e2e/dist“ ausführen.`,
    );
  mkdirSync(OUT, { recursive: true });
  const pane = await openPane(WIDTH);
  const { page } = pane;
  try {
    await buildOverview(page);
    const measures = bundledLocations();
    const round1 = ratedInRound1(measures);
    for (const { measure, level } of round1) await rate(page, measure, level);

    await openSection(page, "Runden");
    await page.getByTestId("current-round").waitFor();
    await page.getByLabel(/^Bezeichnung der neuen Runde/).fill("Sachstand 2025");
    await page.getByLabel(/^Datum/).fill("2025-03-01");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await settle(page);
    await page.screenshot({ path: path.join(OUT, "runden-panel.png"), fullPage: true });

    await page.getByRole("button", { name: "Neue Runde beginnen" }).click();
    await page.getByText(/^Runde 2 „Sachstand 2025“ hat begonnen/).waitFor({ timeout: 60000 });
    // Round 2: changes to the rated measures, and two measures rated for the first time.
    const fields = [...new Set(measures.map((m) => m.sheetName))];
    const counts = new Map<ChangeCode, number>();
    const round2 = round1.map(({ measure, level, f, j }) => ({
      measure,
      before: level,
      level: inRound2(level, f, j),
    }));
    const rated = new Set(round1.map((r) => r.measure.measureId));
    for (const sheet of [fields[1], fields[4]]) {
      const fresh = measures.find((m) => m.sheetName === sheet && !rated.has(m.measureId))!;
      round2.push({ measure: fresh, before: "", level: "mittel" });
    }
    for (const { measure, before, level } of round2) {
      if (level !== before) await rate(page, measure, level);
      const change = classifyChange(before, level, "de");
      if (change) counts.set(change, (counts.get(change) ?? 0) + 1);
    }
    for (const change of CHANGES) {
      const wanted = String(counts.get(change.code) ?? 0);
      if ((await poll(() => changeCount(page, change.mark.de), wanted)) !== wanted)
        throw new Error(`Die Zahl „${change.mark.de}“ im Runden-Bereich ist den Änderungen nicht gefolgt.`);
    }
    await page.getByText(/^Runde 2 „Sachstand 2025“ hat begonnen/).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await settle(page);
    await page.screenshot({ path: path.join(OUT, "runden-vergleich.png"), fullPage: true });
    console.log(`Geschrieben: ${path.relative(ROOT, OUT)}/runden-panel.png, runden-vergleich.png`);
  } finally {
    await pane.close();
  }
}

/** Lets the pane's re-read after the last change (~800 ms) finish before the picture is taken. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1500);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
