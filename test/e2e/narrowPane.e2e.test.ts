/**
 * The pane at 320 px, the narrowest width Office gives a task pane: the six sections stay on one line
 * (what does not fit moves into the "Mehr" menu, the selected tab stays in view), no panel
 * scrolls sideways (the unit dropdown of Erstellen is held to the pane's width, the Runden panel with its
 * counts and form fits), and "Anlage als Word" delivers a .docx download. Same build and test host as
 * taskpane.e2e.test.ts, its own browser.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import JSZip from "jszip";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundleTesthost } from "./bundleTesthost";
import { serve, type StaticServer } from "./server";
import { CHROMIUM_ARGS, seriousViolations } from "./pane";

const ROOT = path.resolve(__dirname, "../..");
const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
const DIST = path.resolve(ROOT, process.env.E2E_DIST ?? "test-output/e2e/dist");
const WIDTH = 320;
const SECTIONS = ["Erstellen", "Prüfen", "Übersicht", "Einheiten", "Runden", "Einstellungen"];
/** The narrowest pane in which all six tabs are in view without the menu (with Chromium's fonts). */
const ALL_TABS_WIDTH = 460;
const MENU_NAMES: Record<string, string> = { Einheiten: "Organisationseinheiten" };

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const testhost = await bundleTesthost();
  server = await serve({ "/testhost/": testhost, "/": DIST });
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 800 },
    locale: "de-DE",
    reducedMotion: "reduce",
    acceptDownloads: true,
  });
  page = await context.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("tab", { name: "Erstellen", selected: true }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The tab by its full name, or — when it did not fit — its entry in the "Mehr" menu. */
async function openSection(name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /^Mehr: \d+ weitere/ }).click();
    // The menu has room for the full name of a section whose tab shows a short one.
    await page.getByRole("menuitemradio", { name: MENU_NAMES[name] ?? name, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

/** What a user at 320 px would notice: a second row of tabs, a sideways scrollbar, content cut off at the right. */
async function layout() {
  return page.evaluate(() => {
    const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
      (tab) => tab.offsetParent !== null,
    );
    const tops = new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
    const tooWide = [...document.querySelectorAll<HTMLElement>("main *")]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
    return {
      visibleTabs: tabs.map(
        (tab) => tab.getAttribute("aria-label") ?? tab.querySelector(".fui-Tab__content")?.textContent,
      ),
      tabRows: tops.size,
      scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      tooWide: tooWide.slice(0, 5),
    };
  });
}

test("at 320 px the tabs stay on one line and every section can be reached, the selected tab in view", async () => {
  const first = await layout();
  expect(first.tabRows).toBe(1);
  expect(first.visibleTabs).toContain("Erstellen");
  for (const name of SECTIONS) {
    await openSection(name);
    const now = await layout();
    expect({ name, rows: now.tabRows, selectedInView: now.visibleTabs.includes(name) }).toEqual({
      name,
      rows: 1,
      selectedInView: true,
    });
  }
  await openSection("Erstellen");
});

test(`at ${ALL_TABS_WIDTH} px all six tabs are in view, without the menu; at 380 px (the main browser suite's width) the rest waits in it`, async () => {
  try {
    await page.setViewportSize({ width: ALL_TABS_WIDTH, height: 800 });
    // The overflow manager measures again after the resize.
    const until = Date.now() + 5000;
    let wide = await layout();
    while ((wide.visibleTabs.length < SECTIONS.length || wide.scrollsSideways) && Date.now() < until) {
      await page.waitForTimeout(100);
      wide = await layout();
    }
    expect(wide).toMatchObject({ visibleTabs: SECTIONS, tabRows: 1, scrollsSideways: false, tooWide: [] });
    expect(await page.getByRole("button", { name: /^Mehr/ }).count()).toBe(0);

    await page.setViewportSize({ width: 380, height: 800 });
    await page.getByRole("button", { name: /^Mehr: \d+ weitere/ }).waitFor();
    const main = await layout();
    expect(main).toMatchObject({ tabRows: 1, scrollsSideways: false, tooWide: [] });
    expect(main.visibleTabs.slice(0, 3)).toEqual(["Erstellen", "Prüfen", "Übersicht"]);
  } finally {
    await page.setViewportSize({ width: WIDTH, height: 800 });
  }
});

test("Erstellen at 320 px: nothing scrolls sideways, the unit dropdown fits the pane", async () => {
  await page.getByText("Vorschau:").waitFor();
  const select = page.getByLabel("Für eine Organisationseinheit (optional)");
  await select.waitFor();
  const box = (await select.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  expect(await layout()).toMatchObject({ scrollsSideways: false, tooWide: [] });
  await page.screenshot({ path: path.join(SCREENSHOTS, "schmal-erstellen.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test("with an overview built, no section scrolls sideways at 320 px", async () => {
  await page.getByRole("button", { name: "Übersicht erstellen" }).click();
  await page.getByText(/Fertig: \d+ Blätter geschrieben/).waitFor({ timeout: 60000 });
  for (const [name, file] of [
    ["Prüfen", "schmal-pruefen"],
    ["Übersicht", "schmal-uebersicht"],
    ["Einheiten", "schmal-organisationseinheiten"],
    ["Runden", "schmal-runden"],
    ["Einstellungen", "schmal-einstellungen"],
    ["Erstellen", "schmal-erstellen-fertig"],
  ] as const) {
    await openSection(name);
    await page.getByRole("tabpanel").waitFor();
    if (name === "Prüfen") await page.getByTestId("findings-summary").waitFor();
    if (name === "Übersicht") await page.getByTestId("annex-download").waitFor();
    if (name === "Runden") await page.getByTestId("current-round").waitFor();
    expect({ name, ...(await layout()) }).toMatchObject({ name, scrollsSideways: false, tooWide: [] });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${file}.png`), fullPage: true });
  }
});

test("Übersicht → Anlage als Word downloads a .docx that opens as a zip with word/document.xml", async () => {
  await openSection("Übersicht");
  const section = page.getByTestId("annex-download");
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60000 }),
    section.getByRole("button", { name: "Anlage als Word" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Anlage-.+\.docx$/);
  const file = path.join(ROOT, "test-output/e2e", download.suggestedFilename());
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("Handlungsfeld 1:");
  await section
    .getByRole("status")
    .getByText(/wird heruntergeladen/)
    .waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test("Runden at 320 px: after a round started, the counts, the list of rounds and the form fit the pane", async () => {
  await openSection("Runden");
  await page.getByLabel(/^Bezeichnung der neuen Runde/).fill("Sachstand 2025");
  await page.getByRole("button", { name: "Neue Runde beginnen" }).click();
  await page.getByText(/^Runde 2 „Sachstand 2025“ hat begonnen/).waitFor({ timeout: 60000 });
  await page.getByTestId("changes-total").waitFor();
  await page.getByTestId("closed-rounds").waitFor();
  expect(await layout()).toMatchObject({ tabRows: 1, scrollsSideways: false, tooWide: [] });
  await page.screenshot({ path: path.join(SCREENSHOTS, "schmal-runden-vergleich.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});
