/**
 * The task pane in a real browser: the production bundle built with `--env officejs=testhost`, served
 * locally, driven by playwright-core in Debian's Chromium. Its Excel is Microsoft's excel-web-16.00.js over the
 * simulated Excel host of test/excel-host, both in the page (testhost/office.ts).
 */
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseCatalogueJson } from "../../src/catalogue/readJson";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureLocation } from "../../src/layout/plan";
import { bundleTesthost } from "./bundleTesthost";
import { serve, type StaticServer } from "./server";
import { CHROMIUM_ARGS, seriousViolations } from "./pane";

const ROOT = path.resolve(__dirname, "../..");
const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
const PROFILE = path.join(ROOT, "test-output/e2e/profile");
/** The pane built with `--env officejs=testhost` into its own folder, so a parallel `npm run build` cannot swap it. */
const DIST = path.resolve(ROOT, process.env.E2E_DIST ?? "test-output/e2e/dist");
const MALFORMED_CSV = path.join(__dirname, "fixtures/malformed-goal-number.csv");

let server: StaticServer;
let context: BrowserContext;
let page: Page;

/** Where the layout puts the bundled catalogue's measures (same plan as the pane builds). */
function bundledLocations(): MeasureLocation[] {
  const file = path.join(ROOT, "seeds/konzept-migration-integration-2018-2022.json");
  const catalogue = parseCatalogueJson(readFileSync(file, "utf8"), file);
  return [...buildPlan(catalogue, { language: "de", builtAt: "2024-01-01T00:00:00Z" }).measures];
}

beforeAll(async () => {
  const testhost = await bundleTesthost();
  server = await serve({ "/testhost/": testhost, "/": DIST });
  mkdirSync(SCREENSHOTS, { recursive: true });
  rmSync(PROFILE, { recursive: true, force: true });
  context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 380, height: 900 },
    locale: "de-DE",
    reducedMotion: "reduce", // screenshots without half-finished tab transitions
    args: CHROMIUM_ARGS,
  });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Polls until `read` returns `wanted` (or 10 s pass); returns the last value read. */
async function poll<T>(read: () => Promise<T>, wanted: T): Promise<T> {
  const until = Date.now() + 10000;
  let value = await read();
  while (value !== wanted && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Full names in the "Mehr" menu of the tabs that show a short one. */
const MENU_NAMES: Record<string, string> = { Einheiten: "Organisationseinheiten" };

/**
 * The tab by its name, or — when it did not fit (at 380 px six tabs do not) — its entry in the "Mehr"
 * menu.
 */
async function openTab(name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /^(Mehr|More): / }).click();
    await page.getByRole("menuitemradio", { name: MENU_NAMES[name] ?? name, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
  await page.getByRole("tabpanel").waitFor();
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

function harness<T>(fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, rest]) => {
      const h = (window as unknown as { __zielbild: Record<string, (...a: unknown[]) => unknown> })
        .__zielbild;
      return h[name as string]!(...(rest as unknown[])) as T;
    },
    [fn, args] as const,
  );
}

test("outside Excel the pane says in German that it must run in Excel", async () => {
  const plain = await context.newPage();
  await plain.route("**/testhost/office.js", (route) => route.fulfill({ status: 404, body: "" }));
  await plain.goto(`${server.origin}/taskpane.html`);
  await expect(
    plain.getByText("Zielbild muss in Excel ausgeführt werden.").waitFor(),
  ).resolves.toBeUndefined();
  await plain.screenshot({ path: path.join(SCREENSHOTS, "outside-excel.png") });
  expect(await seriousViolations(plain)).toEqual([]);
  await plain.close();
});

describe("in the test host", () => {
  const locations = bundledLocations();
  const invalid = locations[2]!;
  const valid = locations[0]!;
  const invalidCell = `${invalid.inputColumns.level}${invalid.row}`;
  const validCell = `${valid.inputColumns.level}${valid.row}`;

  beforeAll(async () => {
    // The pane's CSP (no eval, scripts from 'self' only) holds for the test host and Microsoft's library too.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${server.origin}/taskpane.html`);
  });

  test("Erstellen previews the bundled catalogue and builds the overview into the workbook", async () => {
    await page.getByRole("tab", { name: "Erstellen", selected: true }).waitFor();
    await page.getByText("Vorschau:").waitFor();
    const preview = await page.locator("dl").innerText();
    expect(preview).toMatch(/Handlungsfelder\s*9/);
    expect(preview).toMatch(/Ziele\s*89/);
    expect(preview).toMatch(new RegExp(`Maßnahmen\\s*${locations.length}`));
    await shoot("erstellen");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Übersicht erstellen" }).click();
    await page.getByText(/Fertig: \d+ Blätter geschrieben/).waitFor();
    const sheets = await harness<string[]>("sheetNames");
    expect(sheets).toEqual(expect.arrayContaining(["Übersicht", "Legende", "_Zielbild", invalid.sheetName]));
    await page
      .getByText("Beim Neuerstellen bleiben alle eingetragenen Bewertungen erhalten", { exact: false })
      .waitFor();
    await shoot("erstellen-fertig");
  });

  test("the page runs Microsoft's excel-web-16.00.js: the build went through its requests, the host answered each", async () => {
    const library = await harness<Record<string, unknown>>("library");
    expect(library).toEqual({
      officeExtension: true,
      requestContext: "function",
      excelIsLibrarys: true,
      bridgeTakenUp: true,
    });
    const inPage = await page.evaluate(() => {
      const w = window as unknown as {
        Excel: { RequestContext: unknown; run: unknown };
        OfficeExtension: { ClientRequestContext: unknown; Error: unknown };
        Office: {
          AsyncResultStatus: { Succeeded: string };
          context: { requirements: { isSetSupported(name: string, version: string): boolean } };
        };
      };
      const requirements = w.Office.context.requirements;
      return {
        requestContext: typeof w.Excel.RequestContext,
        run: typeof w.Excel.run,
        clientRequestContext: typeof w.OfficeExtension.ClientRequestContext,
        error: typeof w.OfficeExtension.Error,
        // Microsoft's Office namespace stays the prototype of the test host's Office.
        succeeded: w.Office.AsyncResultStatus.Succeeded,
        ownEnum: Object.prototype.hasOwnProperty.call(w.Office, "AsyncResultStatus"),
        api19: requirements.isSetSupported("ExcelApi", "1.9"),
        api110: requirements.isSetSupported("ExcelApi", "1.10"),
      };
    });
    expect(inPage).toEqual({
      requestContext: "function",
      run: "function",
      clientRequestContext: "function",
      error: "function",
      succeeded: "succeeded",
      ownEnum: false,
      api19: true,
      api110: false,
    });
    expect(
      await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    ).toEqual([]);
    // The build of the previous test: every context.sync() arrived at the host as a request of the library's.
    const syncs =
      await harness<{ bytes: number; responseBytes: number; operations: number; failed?: string }[]>("syncs");
    expect(syncs.length).toBeGreaterThanOrEqual(3);
    expect(syncs.filter((s) => s.failed)).toEqual([]);
    for (const sync of syncs) {
      expect(sync.bytes).toBeGreaterThan(0);
      expect(sync.responseBytes).toBeGreaterThan(0);
    }
    expect(Math.max(...syncs.map((s) => s.operations))).toBeGreaterThan(1000);
    expect(await harness<number>("actions")).toBeGreaterThan(1000);
  });

  test("Prüfen lists a rating pasted past the dropdown, by itself after the change; a click selects its cell", async () => {
    await openTab("Prüfen");
    await page.getByText(/^0 Fehler, 0 Warnungen/).waitFor();
    await harness("type", valid.sheetName, validCell, "hoch");
    await harness("type", invalid.sheetName, invalidCell, "sehr hoch");
    await harness("emitChanged", invalid.sheetName, invalidCell);
    const place = `${invalid.sheetName}!${invalidCell}`;
    const finding = page.locator(`button[data-cell="${place}"]`);
    await finding.waitFor({ timeout: 10000 });
    expect(await finding.innerText()).toContain(invalid.measureId);
    await shoot("pruefen");
    expect(await seriousViolations(page)).toEqual([]);

    await finding.click();
    expect(await poll(() => harness<string | null>("selection"), place)).toBe(place);
    await harness("clearSelection");
  });

  test("notes start collapsed behind a toggle that reports its state", async () => {
    const toggle = page.getByRole("button", { name: /^Hinweise: \d+$/ }).first();
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await page
      .locator(`#${await toggle.getAttribute("aria-controls")} button`)
      .first()
      .waitFor();
    await toggle.click();
  });

  test("tabs move with the arrow keys; a finding is reachable and operable by keyboard (Enter selects the cell)", async () => {
    await page.getByRole("tab", { name: "Prüfen" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Übersicht");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Übersicht", selected: true }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Space");
    await page.getByRole("tab", { name: "Prüfen", selected: true }).waitFor();
    const place = `${invalid.sheetName}!${invalidCell}`;
    const finding = page.locator(`button[data-cell="${place}"]`);
    await finding.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe(place);
    await page.keyboard.press("Enter");
    expect(await poll(() => harness<string | null>("selection"), place)).toBe(place);
  });

  test("Übersicht shows counts as text next to the bars, from the live values", async () => {
    await openTab("Übersicht");
    const total = page.getByTestId("field-overview").first();
    await total.waitFor();
    const text = await total.innerText();
    expect(text).toContain(`1 von ${locations.length} bewertet`);
    expect(text).toMatch(/hoch: 1/);
    expect(text).toMatch(/ungültig: 1/);
    expect(await total.getByRole("img").getAttribute("aria-label")).toMatch(/ungültig 1/);
    await shoot("uebersicht");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("Organisationseinheiten shows progress per unit and filters the overview to one unit", async () => {
    await openTab("Einheiten");
    const units = page.getByTestId("unit-progress");
    await units.first().waitFor();
    expect(await units.count()).toBeGreaterThan(1);
    await shoot("organisationseinheiten");
    expect(await seriousViolations(page)).toEqual([]);
    const button = page.getByRole("button", { name: /^Nur diese Zeilen zeigen: / }).first();
    const unit = (await button.getAttribute("aria-label"))!.replace(/^Nur diese Zeilen zeigen: /, "");
    await button.click();
    await page.getByText(`Gefiltert auf: ${unit}`).waitFor();
    const filter = await harness<{ criteria?: { values?: string[] } } | null>(
      "autoFilter",
      invalid.sheetName,
    );
    expect(filter?.criteria?.values).toEqual([unit]);
    await page.getByRole("button", { name: "Filter aufheben" }).click();
    expect(await poll(() => harness("autoFilter", invalid.sheetName), null)).toBeNull();
  });

  test("rebuilding keeps the entered ratings", async () => {
    await openTab("Erstellen");
    await page.getByRole("button", { name: "Übersicht neu aufbauen" }).click();
    await page.getByText(/Fertig: \d+ Blätter neu geschrieben/).waitFor();
    expect(await harness("value", valid.sheetName, validCell)).toBe("hoch");
  });

  test("a malformed CSV is refused with its line named, and nothing is written", async () => {
    const before = await harness<string[]>("sheetNames");
    await page.getByRole("radio", { name: /Datei vom Computer/ }).check();
    await page.getByTestId("catalogue-file").setInputFiles(MALFORMED_CSV);
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    expect(await errors.innerText()).toMatch(
      /malformed-goal-number\.csv, Zeile 3, Spalte\/Feld Ziel: „zwei“/,
    );
    expect(await page.getByRole("button", { name: "Übersicht neu aufbauen" }).isDisabled()).toBe(true);
    expect(await harness<string[]>("sheetNames")).toEqual(before);
    await shoot("erstellen-importfehler");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a catalogue table already in the workbook is offered and previewed", async () => {
    await harness("addTable", "Katalog", [
      ["Handlungsfeld", "Herausforderung", "Ziel", "Zielbeschreibung", "Maßnahme", "Zuständig"],
      ["Sprache", "Kita", 1, "Deutsch lernen", "Sprachkurse", "VHS"],
      ["Sprache", "Kita", 2, "Lesen lernen", "Lesepaten", "Bibliothek"],
    ]);
    await harness("emitChanged", "Katalog", "A1:F3");
    await page.getByRole("radio", { name: "Tabelle in dieser Arbeitsmappe" }).check();
    await page.getByLabel("Blatt mit der Katalogtabelle").selectOption("Katalog", { timeout: 10000 });
    const preview = page.locator("dl");
    await page.getByText("Vorschau:").waitFor();
    expect(await preview.innerText()).toMatch(
      /Handlungsfelder\s*1\s*Ziele\s*2\s*Maßnahmen\s*2\s*Organisationseinheiten\s*2/,
    );
    const options = await page.getByLabel("Blatt mit der Katalogtabelle").locator("option").allInnerTexts();
    expect(options).not.toContain("Übersicht");
  });

  test("an Excel without ExcelApi 1.9 gets the German message naming the set, and nothing is written", async () => {
    const old = await context.newPage();
    await old.goto(`${server.origin}/taskpane.html?excelApi=1.8`);
    await old.getByRole("button", { name: "Übersicht erstellen" }).click();
    await old.getByText("unterstützt den Anforderungssatz ExcelApi 1.9 nicht", { exact: false }).waitFor();
    const seen = await old.evaluate(() => {
      const h = (window as unknown as { __zielbild: { sheetNames(): string[]; syncs(): unknown[] } })
        .__zielbild;
      return { sheets: h.sheetNames(), syncs: h.syncs().length };
    });
    expect(seen).toEqual({ sheets: ["Tabelle1"], syncs: 0 });
    await old.close();
  });

  test("switching to English changes the labels", async () => {
    await openTab("Einstellungen");
    await shoot("einstellungen");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("tab", { name: "Settings" }).waitFor();
    // Every tab's label is English (a tab that does not fit waits in the "More" menu, hidden but there).
    const labels = await page
      .locator('[role="tab"]')
      .evaluateAll((tabs) => tabs.map((tab) => tab.querySelector(".fui-Tab__content")?.textContent));
    expect(labels).toEqual(expect.arrayContaining(["Create", "Check", "Overview", "Units"]));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await openTab("Check");
    await page.getByRole("button", { name: "Check now" }).waitFor();
    await shoot("check-en");
    await page.reload();
    await page.getByRole("tab", { name: "Create" }).waitFor(); // the choice survives a reload
  });

  test("dark Office theme gives the dark Fluent theme", async () => {
    const dark = await context.newPage();
    await dark.goto(`${server.origin}/taskpane.html?theme=dark`);
    await dark.getByRole("tablist").waitFor();
    const background = await dark.evaluate(
      () => getComputedStyle(document.querySelector("main")!).backgroundColor,
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(3 * 80);
    await dark.screenshot({ path: path.join(SCREENSHOTS, "dark.png"), fullPage: true });
    expect(await seriousViolations(dark)).toEqual([]);
    await dark.close();
  });
});
