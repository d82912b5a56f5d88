/**
 * `npm run package` and what it rests on: the production address and its refusals, the manifest a
 * build for that address emits (webpack.config.js, the `yo office` urlDev/urlProd convention), and the
 * offline check of such a manifest. The full build, zip and HTTPS server: test/e2e/deploy.e2e.test.ts.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

jest.setTimeout(60_000);

const repoRoot = path.resolve(__dirname, "..", "..");
const realManifest = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  version: string;
};
const URL_PROD = "https://intranet.example.de/zielbild/";

interface CopyPattern {
  from: string;
  to?: string;
  transform?: (content: Buffer) => string;
}
interface WebpackConfig {
  plugins: { constructor: { name: string }; patterns?: CopyPattern[] }[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const webpackConfig = require(path.join(repoRoot, "webpack.config.js")) as {
  (env: Record<string, unknown>, argv: { mode?: string }): Promise<WebpackConfig>;
  productionUrl(raw: string | undefined): string;
  productionManifest(xml: string, urlProd: string): string;
  urlDev: string;
};

function manifestPattern(config: WebpackConfig): CopyPattern {
  const pattern = config.plugins
    .flatMap((p) => (p.constructor.name === "CopyPlugin" ? (p.patterns ?? []) : []))
    .find((p) => p.from === "manifest.xml");
  if (!pattern) throw new Error("no manifest.xml copy pattern");
  return pattern;
}

describe("the production address", () => {
  it.each([
    [URL_PROD, URL_PROD],
    ["https://Intranet.Example.de", "https://intranet.example.de/"],
    ["  https://intranet.example.de:8443/apps/zielbild/ ", "https://intranet.example.de:8443/apps/zielbild/"],
  ])("%s is used as %s", (raw, used) => {
    expect(webpackConfig.productionUrl(raw)).toBe(used);
  });

  it.each([
    ["http://intranet.example.de/zielbild/", "http:// ist nicht erlaubt: Office lädt Add-ins nur über HTTPS"],
    ["https://localhost:3000/", '"localhost" ist der eigene Rechner'],
    ["https://127.0.0.1:8443/zielbild/", '"127.0.0.1" ist der eigene Rechner'],
    ["https://[::1]/zielbild/", '"[::1]" ist der eigene Rechner'],
    [
      "https://intranet.example.de/zielbild",
      'der Pfad "/zielbild" endet nicht mit "/": das Add-in liegt in einem Ordner, also z. B. https://intranet.example.de/zielbild/',
    ],
    ["https://intranet.example.de/zielbild/?v=2", 'eine Abfrage ("?…") ist nicht erlaubt'],
    ["https://intranet.example.de/zielbild/?", 'eine Abfrage ("?…") ist nicht erlaubt'],
    ["https://intranet.example.de/zielbild/#start", 'ein Anker ("#…") ist nicht erlaubt'],
    [
      "https://admin:geheim@intranet.example.de/zielbild/",
      "Benutzername oder Kennwort gehören nicht in die Adresse",
    ],
    ["ftp://intranet.example.de/zielbild/", '"ftp://" ist nicht erlaubt'],
    ["intranet.example.de/zielbild/", '"intranet.example.de/zielbild/" ist keine gültige Adresse'],
    ["", "Es fehlt die Adresse, unter der das Add-in ausgeliefert wird"],
  ])("%s is refused", (raw, message) => {
    expect(() => webpackConfig.productionUrl(raw)).toThrow(message);
  });

  it("names every problem at once", () => {
    expect(() => webpackConfig.productionUrl("http://localhost/zielbild?x")).toThrow(
      [
        'Die Adresse "http://localhost/zielbild?x" ist nicht verwendbar:',
        "http:// ist nicht erlaubt: Office lädt Add-ins nur über HTTPS. Bitte https:// verwenden.",
        '"localhost" ist der eigene Rechner: auf den Rechnern der Anwender zeigte das Manifest ins Leere. ' +
          "Bitte den Namen des Webservers angeben, den alle erreichen.",
        'der Pfad "/zielbild" endet nicht mit "/": das Add-in liegt in einem Ordner, also z. B. http://localhost/zielbild/',
        'eine Abfrage ("?…") ist nicht erlaubt: nur Server und Ordner angeben.',
      ].join("\n  – "),
    );
  });
});

describe("webpack.config.js with --env url", () => {
  it("rewrites every dev-server URL of the copied manifest to the address and sets package.json's version", async () => {
    const config = await webpackConfig({ WEBPACK_BUILD: true, url: URL_PROD }, { mode: "production" });
    const transform = manifestPattern(config).transform;
    expect(transform).toBeDefined();
    const xml = transform!(Buffer.from(realManifest.replace(/<Version>[^<]*</, "<Version>9.9.9.9<")));
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toHaveLength([...realManifest.matchAll(/DefaultValue="https:\/\/localhost:3000\//g)].length);
    expect(urls.filter((url) => !url.startsWith(URL_PROD))).toEqual([]);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${URL_PROD}taskpane.html`,
        `${URL_PROD}commands.html`,
        `${URL_PROD}assets/icon-32.png`,
      ]),
    );
    expect(xml).not.toContain("localhost");
    expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toBe(`${version}.0`);
  });

  it("leaves the manifest as it is for the dev server", async () => {
    const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(manifestPattern(config).transform).toBeUndefined();
  });

  it("refuses an unusable address before building", async () => {
    await expect(
      webpackConfig(
        { WEBPACK_BUILD: true, url: "http://intranet.example.de/zielbild/" },
        { mode: "production" },
      ),
    ).rejects.toThrow("http:// ist nicht erlaubt");
  });
});

describe("npm run package refuses", () => {
  let tempDir: string;
  beforeEach(() => (tempDir = mkdtempSync(path.join(os.tmpdir(), "zielbild-package-"))));
  afterEach(() => rmSync(tempDir, { recursive: true, force: true }));

  function runPackage(args: string[]) {
    const dist = path.join(tempDir, "dist");
    const out = path.join(tempDir, "out");
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/package.ts", ...args, "--dist", dist, "--out", out],
      { cwd: repoRoot, encoding: "utf8" },
    );
    return { ...result, wrote: existsSync(dist) || existsSync(out) };
  }

  it.each([
    [["--url", "http://intranet.example.de/zielbild/"], "http:// ist nicht erlaubt"],
    [["--url", "https://localhost:3000/"], '"localhost" ist der eigene Rechner'],
    [["--url", "https://intranet.example.de/zielbild"], 'der Pfad "/zielbild" endet nicht mit "/"'],
    [["--url", "https://intranet.example.de/zielbild/?v=1"], 'eine Abfrage ("?…") ist nicht erlaubt'],
    [[], "Es fehlt die Adresse"],
    [["--url", URL_PROD, "--officejs", "package"], '--officejs "package" geht für ein Paket nicht'],
    [["--adresse", URL_PROD], "Aufruf nicht verstanden (unbekannte Option --adresse)"],
  ])("%j with a German message, exit 1 and nothing written", (args, message) => {
    const result = runPackage(args);
    expect(result.stderr).toContain("Paket nicht erstellt.");
    expect(result.stderr).toContain(message);
    expect(result.status).toBe(1);
    expect(result.wrote).toBe(false);
  });
});

describe("the offline check of a production manifest", () => {
  let buildDir: string;
  beforeEach(() => {
    buildDir = mkdtempSync(path.join(os.tmpdir(), "zielbild-prodmanifest-"));
    mkdirSync(path.join(buildDir, "assets"));
    for (const size of [16, 32, 64, 80]) {
      copyFileSync(
        path.join(repoRoot, "assets", `icon-${size}.png`),
        path.join(buildDir, "assets", `icon-${size}.png`),
      );
    }
    for (const page of ["taskpane.html", "commands.html"])
      writeFileSync(path.join(buildDir, page), "<!doctype html>");
  });
  afterEach(() => rmSync(buildDir, { recursive: true, force: true }));

  function check(xml: string, extra: string[] = []) {
    const manifestPath = path.join(buildDir, "manifest.xml");
    writeFileSync(manifestPath, xml);
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/check-manifest.ts", manifestPath, ...extra],
      { cwd: repoRoot, encoding: "utf8" },
    );
    const problems = result.stderr
      .split("\n")
      .filter((line) => line.startsWith("  "))
      .map((line) => line.trim());
    return { status: result.status, stdout: result.stdout, problems };
  }

  const production = (url = URL_PROD) => webpackConfig.productionManifest(realManifest, url);

  it("passes against the address its SourceLocation names, with icons and pages next to it", () => {
    const result = check(production());
    expect(result.problems).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`in Ordnung (offline geprüft, Adresse ${URL_PROD})`);
  });

  it("passes with --origin naming the same address, fails with another", () => {
    expect(check(production(), ["--origin", URL_PROD]).status).toBe(0);
    const other = check(production(), ["--origin", "https://andere.example.de/zielbild/"]);
    expect(other.status).toBe(1);
    expect(other.problems[0]).toContain(
      "zeigt nicht auf die Adresse des Add-ins https://andere.example.de/zielbild/",
    );
  });

  it("fails for a URL outside the address, naming its place once", () => {
    const xml = production().replace(
      `${URL_PROD}commands.html`,
      "https://intranet.example.de/zb/commands.html",
    );
    const result = check(xml);
    expect(result.problems).toEqual([
      "manifest.xml: OfficeApp/VersionOverrides/Resources/bt:Urls/bt:Url[id=Commands.Url]@DefaultValue: " +
        '"https://intranet.example.de/zb/commands.html" zeigt nicht auf die Adresse des Add-ins ' +
        `${URL_PROD}`,
    ]);
  });

  it("fails for a manifest on http://, like npm run package refuses it", () => {
    const result = check(production().split("https://intranet").join("http://intranet"));
    expect(result.status).toBe(1);
    expect(result.problems).toEqual([
      expect.stringContaining("http:// ist nicht erlaubt: Office lädt Add-ins nur über HTTPS"),
    ]);
  });

  it("fails when a page the manifest names is missing from the build", () => {
    rmSync(path.join(buildDir, "commands.html"));
    const result = check(production());
    expect(result.problems).toEqual([
      expect.stringContaining(
        "bt:Url[id=Commands.Url]@DefaultValue: die Seite commands.html fehlt neben dem Manifest.",
      ),
    ]);
  });

  it("fails when <Version> is not package.json's version", () => {
    const result = check(production().replace(`<Version>${version}.0<`, "<Version>0.0.9.0<"));
    expect(result.problems).toEqual([
      `manifest.xml: <Version> ist "0.0.9.0", package.json verlangt "${version}.0" ` +
        "(Office erkennt eine neue Fassung nur an einer höheren Version).",
    ]);
  });

  it("checks a manifest still on the dev server against the dev server", () => {
    const result = check(realManifest);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Dev-Server ${webpackConfig.urlDev}`);
  });
});
