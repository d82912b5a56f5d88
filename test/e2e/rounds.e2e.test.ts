/**
 * The Runden panel in the browser: the pane over Microsoft's excel-web-16.00.js and the simulated Excel
 * host (as taskpane.e2e.test.ts), its own browser. Build the bundled overview, enter a rating, start
 * round "Sachstand 2025" through the Office.js writer, see round 2 and the Verlauf sheet, then change the
 * rating in the sheet and see the panel's counts follow.
 */
import type { Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  ROOT,
  buildOverview,
  bundledLocations,
  changeCount,
  harness,
  levelCell,
  openPane,
  openSection,
  poll,
  rate,
  seriousViolations,
  type Pane,
} from "./pane";

const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");

let pane: Pane;
let page: Page;
const [rated, other] = bundledLocations();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  pane = await openPane(380);
  page = pane.page;
  await buildOverview(page);
});

afterAll(async () => {
  await pane?.close();
});

test("round 1: the panel shows the current round and offers to start the next", async () => {
  await rate(page, rated!, "hoch");
  await openSection(page, "Runden");
  const current = page.getByTestId("current-round");
  await current.waitFor();
  expect(await current.innerText()).toMatch(/^Runde 1: .+\nStand \d\d\.\d\d\.\d{4}$/);
  expect(await page.getByTestId("round-changes").count()).toBe(0);
  expect(await page.getByLabel(/^Datum/).inputValue()).toMatch(/^\d{4}-\d\d-\d\d$/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("start round „Sachstand 2025“: round 2, the Verlauf sheet, the entries kept, focus on the outcome", async () => {
  await page.getByLabel(/^Bezeichnung der neuen Runde/).fill("Sachstand 2025");
  await page.getByLabel(/^Datum/).fill("2025-03-01");
  await page.getByRole("button", { name: "Neue Runde beginnen" }).click();
  const done = page.getByRole("status").filter({ hasText: "hat begonnen" });
  await done.waitFor({ timeout: 60000 });
  expect(await done.innerText()).toMatch(
    /^Runde 2 „Sachstand 2025“ hat begonnen\. Die Eingaben zu \d+ Maßnahmen aus Runde 1 sind im Blatt „Verlauf“ festgehalten\.$/,
  );
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("round-result");
  expect(await harness<string[]>(page, "sheetNames")).toContain("Verlauf");
  expect(await harness(page, "value", rated!.sheetName, levelCell(rated!))).toBe("hoch");
  const current = page.getByTestId("current-round");
  expect(await poll(() => current.innerText(), "Runde 2: Sachstand 2025\nStand 01.03.2025")).toBe(
    "Runde 2: Sachstand 2025\nStand 01.03.2025",
  );
  expect(await page.getByTestId("closed-rounds").innerText()).toMatch(/^Runde 1: /);
  expect(await poll(() => changeCount(page, "gleich"), "1")).toBe("1");
  expect(await changeCount(page, "schlechter")).toBe("0");
  await page.screenshot({ path: path.join(SCREENSHOTS, "runden.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test("a rating changed in the sheet: the counts in the panel follow", async () => {
  await rate(page, rated!, "mittel");
  await rate(page, other!, "gering");
  expect(await poll(() => changeCount(page, "schlechter"), "1")).toBe("1");
  expect(await poll(() => changeCount(page, "neu bewertet"), "1")).toBe("1");
  expect(await changeCount(page, "gleich")).toBe("0");
  const field = page.getByTestId("changes-field").first();
  expect(await field.innerText()).toMatch(/schlechter 1 · neu bewertet 1/);
  await page.screenshot({ path: path.join(SCREENSHOTS, "runden-vergleich.png"), fullPage: true });
});

test("an invalid entry stops the next round until confirmed; Trotzdem beginnen starts round 3", async () => {
  await rate(page, other!, "sehr hoch");
  await page.getByLabel(/^Bezeichnung der neuen Runde/).fill("Sachstand 2026");
  await page.getByRole("button", { name: "Neue Runde beginnen" }).click();
  const invalid = page.getByTestId("round-invalid");
  await invalid.waitFor({ timeout: 60000 });
  expect(await invalid.innerText()).toContain("Die Arbeitsmappe enthält 1 ungültige Eingabe.");
  expect(await invalid.innerText()).toContain(`${other!.sheetName}!${levelCell(other!)}`);
  await invalid.getByRole("button", { name: "Trotzdem beginnen" }).click();
  await page.getByText(/^Runde 3 „Sachstand 2026“ hat begonnen/).waitFor({ timeout: 60000 });
  await page.getByTestId("current-round").getByText("Runde 3: Sachstand 2026").waitFor();
  expect(await page.getByTestId("closed-rounds").getByRole("listitem").count()).toBe(2);
});
