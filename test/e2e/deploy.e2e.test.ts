/**
 * The add-in deployed as docs/betrieb.md describes: `npm run package` for an intranet address, the zip
 * unzipped onto a plain static HTTPS server (self-signed certificate made here, the documented headers),
 * the pane and the ribbon command page loaded from it in Chromium. The address is a host name, not
 * 127.0.0.1 — the package refuses loopback addresses, as a manifest deployed to users must — and Chromium
 * resolves it to this machine and trusts exactly this certificate. Office.js is the browser suite's test
 * host (`--officejs testhost`), served by the same server, so every request stays on that one origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { bundleTesthost } from "./bundleTesthost";
import { CHROMIUM_ARGS } from "./pane";
import {
  DEPLOY_HEADERS,
  metaCsp,
  selfSignedCertificate,
  serveDeploy,
  type DeployServer,
} from "./deployServer";

const ROOT = path.resolve(__dirname, "../..");
const WORK = path.join(ROOT, "test-output/deploy");
const SITE = path.join(WORK, "site");
const HOSTNAME = "zielbild.intranet.test";
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

let server: DeployServer;
let browser: Browser;
let context: BrowserContext;
let addinUrl: string;
let zipEntries: string[];

/** What a page did: requests it made, CSP violations it reported, errors on its console. */
interface PageRecord {
  requests: string[];
  /** Response headers by URL, as Chromium received them. */
  headers: Map<string, Record<string, string>>;
  /** Requests the server answered with an error status. */
  failed: string[];
  violations: string[];
  errors: string[];
}

async function openRecorded(url: string, init?: () => void): Promise<{ page: Page; record: PageRecord }> {
  const page = await context.newPage();
  const record: PageRecord = { requests: [], headers: new Map(), failed: [], violations: [], errors: [] };
  page.on("request", (request) => void record.requests.push(request.url()));
  page.on("response", (response) => {
    record.headers.set(response.url(), response.headers());
    if (response.status() >= 400) record.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    // Chromium asks a top-level tab's server for /favicon.ico on its own; the add-in has none (Office
    // shows the manifest's icons), so that 404 is the browser's, not the pane's.
    if (message.location().url.endsWith("/favicon.ico")) return;
    if (message.type() === "error") record.errors.push(message.text());
  });
  page.on("pageerror", (error) => void record.errors.push(String(error)));
  await page.exposeFunction("__reportViolation", (text: string) => void record.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportViolation(text: string): void }).__reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, record };
}

/** Requests that left the add-in's origin (data: and blob: URLs stay in the page). */
function foreign(record: PageRecord): string[] {
  return record.requests.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url));
}

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  const certificate = selfSignedCertificate(HOSTNAME);
  const testhost = await bundleTesthost();
  server = await serveDeploy({ "/zielbild/": SITE, "/testhost/": testhost }, certificate, HOSTNAME);
  addinUrl = `${server.origin}/zielbild/`;

  const built = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/package.ts", "--url", addinUrl, "--officejs", "testhost"].concat([
      "--dist",
      path.join(WORK, "dist"),
      "--out",
      path.join(WORK, "out"),
    ]),
    { cwd: ROOT, encoding: "utf8", timeout: 600_000 },
  );
  if (built.status !== 0) throw new Error(`npm run package schlug fehl:\n${built.stdout}\n${built.stderr}`);

  const zip = await JSZip.loadAsync(readFileSync(path.join(WORK, "out", `zielbild-${version}-testhost.zip`)));
  zipEntries = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  for (const name of zipEntries) {
    mkdirSync(path.dirname(path.join(SITE, name)), { recursive: true });
    writeFileSync(path.join(SITE, name), await zip.files[name]!.async("nodebuffer"));
  }

  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=MAP ${HOSTNAME} 127.0.0.1`,
      `--ignore-certificate-errors-spki-list=${certificate.spki}`,
    ],
  });
  context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale: "de-DE" });
}, 900_000);

afterAll(async () => {
  // Nothing the pages asked for was missing, apart from the browser's own favicon request.
  expect(server.log.filter((e) => e.status !== 200 && e.path !== "/favicon.ico")).toEqual([]);
  await context?.close();
  await browser?.close();
  await server?.close();
});

test("the zip holds the static files and the manifest, no source maps", () => {
  expect(zipEntries).toEqual(
    expect.arrayContaining([
      "manifest.xml",
      "taskpane.html",
      "commands.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]),
  );
  expect(zipEntries.filter((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name))).toHaveLength(1);
  expect(zipEntries.filter((name) => /^commands\.[0-9a-f]{8}\.js$/.test(name))).toHaveLength(1);
  expect(zipEntries.filter((name) => name.endsWith(".map"))).toEqual([]);
  // Everything in the package has a documented header rule: nothing the server would refuse.
  expect(zipEntries.filter((name) => !DEPLOY_HEADERS.some((rule) => rule.test.test(name)))).toEqual([]);
});

test("the unzipped manifest points only at the server, carries package.json's version and passes the offline check", () => {
  const xml = readFileSync(path.join(SITE, "manifest.xml"), "utf8");
  expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toBe(`${version}.0`);
  const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThanOrEqual(8);
  expect(urls.filter((url) => !url.startsWith(addinUrl))).toEqual([]);
  expect(xml).not.toContain("localhost");

  const check = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/check-manifest.ts", path.join(SITE, "manifest.xml")],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(check.stderr).toBe("");
  expect(check.status).toBe(0);
  expect(check.stdout).toContain(`in Ordnung (offline geprüft, Adresse ${addinUrl})`);
});

test("the pane loads from the server with the documented headers, no CSP violation and no other origin", async () => {
  const { page, record } = await openRecorded(`${addinUrl}taskpane.html`);
  await page.getByRole("tab", { name: "Erstellen", selected: true }).waitFor();
  await page.getByText("Vorschau:").waitFor();
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);

  // The catalogue is built into the open workbook without a single request: no data leaves it.
  const before = record.requests.length;
  await page.getByRole("button", { name: "Übersicht erstellen" }).click();
  await page.getByText(/Fertig: \d+ Blätter geschrieben/).waitFor();
  expect(record.requests.slice(before)).toEqual([]);

  expect(record.violations).toEqual([]);
  expect(record.failed).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(foreign(record)).toEqual([]);
  expect(record.requests).toEqual(
    expect.arrayContaining([
      `${addinUrl}taskpane.html`,
      `${server.origin}/testhost/office.js`,
      expect.stringMatching(/\/zielbild\/taskpane\.[0-9a-f]{8}\.js$/),
    ]),
  );

  const html = readFileSync(path.join(SITE, "taskpane.html"), "utf8");
  const pageHeaders = record.headers.get(`${addinUrl}taskpane.html`)!;
  expect(pageHeaders["content-security-policy"]).toBe(metaCsp(html));
  expect(pageHeaders["cache-control"]).toBe("no-cache");
  expect(pageHeaders["x-content-type-options"]).toBe("nosniff");
  const script = zipEntries.find((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name))!;
  const scriptHeaders = record.headers.get(`${addinUrl}${script}`)!;
  expect(scriptHeaders["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(scriptHeaders["content-type"]).toBe("text/javascript; charset=utf-8");
  const manifest = await page.goto(`${addinUrl}manifest.xml`);
  expect(manifest?.status()).toBe(200);
  expect(manifest?.headers()["cache-control"]).toBe("no-cache");
  expect(manifest?.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  await page.close();
});

test("the ribbon command page loads from the server and registers runCheck", async () => {
  // Records what the page hands to Office.actions.associate (the test host's own does nothing).
  const trap = () => {
    const associated: string[] = [];
    let office: { actions?: { associate?: (name: string, fn: unknown) => void } } | undefined;
    Object.defineProperty(window, "__associated", { value: associated });
    Object.defineProperty(window, "Office", {
      configurable: true,
      get: () => office,
      set: (value: typeof office) => {
        office = value;
        const actions = value?.actions;
        if (actions?.associate && !(actions as { __trapped?: boolean }).__trapped) {
          const original = actions.associate.bind(actions);
          actions.associate = (name, fn) => {
            associated.push(name);
            original(name, fn);
          };
          (actions as { __trapped?: boolean }).__trapped = true;
        }
      },
    });
  };
  const { page, record } = await openRecorded(`${addinUrl}commands.html`, trap);
  await page.waitForLoadState("load");
  await page.waitForFunction(() => (window as unknown as { __associated: string[] }).__associated.length > 0);
  expect(await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated)).toEqual([
    "runCheck",
  ]);
  expect(record.violations).toEqual([]);
  expect(record.failed).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(foreign(record)).toEqual([]);
  expect(record.requests).toEqual(
    expect.arrayContaining([
      `${addinUrl}commands.html`,
      expect.stringMatching(/\/zielbild\/commands\.[0-9a-f]{8}\.js$/),
    ]),
  );
  expect(record.headers.get(`${addinUrl}commands.html`)?.["content-security-policy"]).toBe(
    metaCsp(readFileSync(path.join(SITE, "commands.html"), "utf8")),
  );
  await page.close();
});

test("the recording sees a CSP violation and an attempt to reach another origin", async () => {
  // The control for the two tests above: a page of the package that tries to load from another origin.
  const { page, record } = await openRecorded(`${addinUrl}commands.html`);
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "https://elsewhere.example/pixel.png";
    document.body.append(image);
  });
  const until = Date.now() + 10_000;
  while (record.violations.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  expect(new Set(record.violations)).toEqual(new Set(["img-src https://elsewhere.example/pixel.png"]));
  expect(record.errors).toEqual(expect.arrayContaining([expect.stringContaining("Content Security Policy")]));
  // The attempt is seen although the policy refused it before it reached the network.
  expect(foreign(record)).toEqual(["https://elsewhere.example/pixel.png"]);
  await page.close();
});
