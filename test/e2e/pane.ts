/**
 * The pane in Debian's Chromium over the test host, for suites and scripts that need their own browser:
 * the testhost build served locally (dist at "/", the bundled test host at "/testhost/"), a page at a
 * given width, the harness (`window.__zielbild`) and the steps the Runden suite and
 * scripts/screenshots.ts share.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCatalogueJson } from "../../src/catalogue/readJson";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureLocation } from "../../src/layout/plan";
import { bundleTesthost } from "./bundleTesthost";
import { serve, type StaticServer } from "./server";

export const ROOT = path.resolve(__dirname, "../..");
/** The pane built with `--env officejs=testhost` (npm run test:e2e builds it first). */
export const DIST = path.resolve(ROOT, process.env.E2E_DIST ?? "test-output/e2e/dist");

/** Debian's Chromium, offline and quiet: no sandbox (CI runs as root), no GPU, no background fetches. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Pane {
  readonly page: Page;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the build and the test host and opens the pane at `width` px in a fresh browser. */
export async function openPane(width: number, height = 900): Promise<Pane> {
  const testhost = await bundleTesthost();
  const server: StaticServer = await serve({ "/testhost/": testhost, "/": DIST });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({
      viewport: { width, height },
      locale: "de-DE",
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Erstellen", selected: true }).waitFor();
    const opened = browser;
    return {
      page,
      origin: server.origin,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

/** Calls a function of the test host's harness (test/e2e/testhost/office.ts) in the page. */
export function harness<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, rest]) => {
      const h = (window as unknown as { __zielbild: Record<string, (...a: unknown[]) => unknown> })
        .__zielbild;
      return h[name as string]!(...(rest as unknown[])) as T;
    },
    [fn, args] as const,
  );
}

/** Where the layout puts the bundled catalogue's measures (the plan the pane builds). */
export function bundledLocations(): MeasureLocation[] {
  const file = path.join(ROOT, "seeds/konzept-migration-integration-2018-2022.json");
  const catalogue = parseCatalogueJson(readFileSync(file, "utf8"), file);
  return [...buildPlan(catalogue, { language: "de", builtAt: "2024-01-01T00:00:00Z" }).measures];
}

export function levelCell(measure: MeasureLocation): string {
  return `${measure.inputColumns.level}${measure.row}`;
}

/** Erstellen → "Übersicht erstellen" with the bundled catalogue, until the pane reports it done. */
export async function buildOverview(page: Page): Promise<void> {
  await page.getByText("Vorschau:").waitFor();
  await page.getByRole("button", { name: "Übersicht erstellen" }).click();
  await page.getByText(/Fertig: \d+ Blätter geschrieben/).waitFor({ timeout: 60000 });
}

/** Types a level into a measure's cell as a department would, and fires Excel's onChanged. */
export async function rate(page: Page, measure: MeasureLocation, level: string): Promise<void> {
  const cell = levelCell(measure);
  await harness(page, "type", measure.sheetName, cell, level);
  await harness(page, "emitChanged", measure.sheetName, cell);
}

/** The tab by its name, or — when it did not fit — its entry in the "Mehr" menu (full name there). */
export async function openSection(page: Page, name: string, menuName = name): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /^Mehr: \d+ weitere/ }).click();
    await page.getByRole("menuitemradio", { name: menuName, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

/** The count of one change class among "Alle Handlungsfelder" in the Runden panel. */
export function changeCount(page: Page, mark: string): Promise<string | null> {
  return page
    .getByTestId("changes-total")
    .evaluate(
      (dl, wanted) =>
        [...dl.querySelectorAll("dt")].find((dt) => dt.textContent === wanted)?.nextElementSibling
          ?.textContent ?? null,
      mark,
    )
    .catch(() => null);
}

/** Polls until `read` returns `wanted` (or `ms` pass); returns the last value read. */
export async function poll<T>(read: () => Promise<T>, wanted: T, ms = 10000): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (value !== wanted && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core over the whole page; returns the serious and critical violations. Fluent's focus sentinels
 * (`<i data-tabster-dummy tabindex=0 aria-hidden>`, which hand focus on at once) are the one known false
 * positive of aria-hidden-focus (microsoft/tabster#288); only those nodes are dropped, as Accessibility
 * Insights does.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE); // evaluate is not subject to the page's CSP, a script tag would be
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      v.id === "aria-hidden-focus"
        ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) }
        : v,
    )
    .filter((v) => v.nodes.length > 0);
}
