import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const createConfig = require(path.resolve(__dirname, "..", "..", "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: { mode?: string },
) => Promise<WebpackConfig>;

interface WebpackConfig {
  mode: string;
  devtool: string;
  devServer?: unknown;
  plugins: { constructor: { name: string }; userOptions?: HtmlOptions; patterns?: CopyPattern[] }[];
}
interface HtmlOptions {
  filename: string;
  templateParameters: { officeJsSrc: string; csp: string };
}
interface CopyPattern {
  from: string;
  to?: string;
}

function pages(config: WebpackConfig): HtmlOptions[] {
  return config.plugins.flatMap((p) =>
    p.constructor.name === "HtmlWebpackPlugin" && p.userOptions ? [p.userOptions] : [],
  );
}

function copyPatterns(config: WebpackConfig): CopyPattern[] {
  return config.plugins.flatMap((p) => (p.constructor.name === "CopyPlugin" ? (p.patterns ?? []) : []));
}

function scriptSrc(csp: string): string {
  return (
    csp
      .split(";")
      .find((d) => d.trim().startsWith("script-src"))
      ?.trim() ?? ""
  );
}

test("a production build loads Office.js from the CDN and allows only that origin besides 'self'", async () => {
  const config = await createConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  expect(pages(config).map((p) => p.filename)).toEqual(["taskpane.html", "commands.html"]);
  for (const page of pages(config)) {
    expect(page.templateParameters.officeJsSrc).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
    expect(scriptSrc(page.templateParameters.csp)).toBe(
      "script-src 'self' https://appsforoffice.microsoft.com",
    );
    expect(page.templateParameters.csp).not.toContain("unsafe-eval");
  }
  expect(config.devtool).not.toMatch(/eval/);
  expect(config.devServer).toBeUndefined();
  expect(copyPatterns(config).some((p) => p.to === "office-js/")).toBe(false);
});

test("officejs=package serves the packaged Office.js from /office-js and no CDN", async () => {
  const config = await createConfig({ WEBPACK_BUILD: true, officejs: "package" }, { mode: "production" });
  for (const page of pages(config)) {
    expect(page.templateParameters.officeJsSrc).toBe("/office-js/office.js");
    expect(scriptSrc(page.templateParameters.csp)).toBe("script-src 'self'");
  }
  const copied = copyPatterns(config)
    .filter((p) => p.to === "office-js/")
    .map((p) => p.from);
  expect(copied).toEqual(expect.arrayContaining(["office.js", "excel*.js", "*/office_strings.js"]));
});

test("officejs=testhost points at the test host's office.js", async () => {
  const config = await createConfig({ WEBPACK_BUILD: true, officejs: "testhost" }, { mode: "development" });
  expect(pages(config).map((p) => p.templateParameters.officeJsSrc)).toEqual([
    "/testhost/office.js",
    "/testhost/office.js",
  ]);
  expect(config.devtool).not.toMatch(/eval/);
});

test("an unknown Office.js source is refused with the allowed ones", async () => {
  await expect(createConfig({ officejs: "cnd" }, { mode: "production" })).rejects.toThrow(
    'Unbekannte Office.js-Quelle "--env officejs=cnd" (erlaubt: cdn, package, testhost).',
  );
});
