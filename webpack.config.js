const path = require("path");
const { URL } = require("url");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { version } = require("./package.json");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;
/**
 * The `yo office` convention: manifest.xml points at urlDev (the dev server); a build for the server the
 * add-in is served from (`--env url=https://intranet.example.de/zielbild/`, or `npm run package`)
 * rewrites every urlDev in the copied manifest to urlProd and sets <Version> from package.json.
 */
const urlDev = `${DEV_ORIGIN}/`;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_PACKAGE_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/** The pages the build emits; scripts/check-manifest.ts accepts only these as manifest URLs. */
const PAGES = [
  { file: "taskpane.html", chunk: "taskpane", title: "Zielbild" },
  { file: "commands.html", chunk: "commands", title: "Zielbild – Befehle" },
];

/**
 * Where the pages load Office.js from. Office expects the CDN; offline (tests, the browser suite)
 * the CDN cannot be reached, so the copy in @microsoft/office-js or the test host stands in.
 */
const OFFICE_JS_SOURCES = {
  cdn: { src: OFFICE_JS_CDN, scriptOrigins: ["https://appsforoffice.microsoft.com"] },
  package: { src: "/office-js/office.js", scriptOrigins: [] },
  testhost: { src: "/testhost/office.js", scriptOrigins: [] },
};

function officeJsSource(env) {
  const name = env.officejs || "cdn";
  const source = OFFICE_JS_SOURCES[name];
  if (!source) {
    const known = Object.keys(OFFICE_JS_SOURCES).join(", ");
    throw new Error(`Unbekannte Office.js-Quelle "--env officejs=${name}" (erlaubt: ${known}).`);
  }
  return { name, ...source };
}

const LOOPBACK_HOSTS = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;
const EXAMPLE_URL = "https://intranet.example.de/zielbild/";

/**
 * The address the add-in is served from, as the manifest's URLs start: https, a real host, the folder
 * ending in "/", no query or fragment. Throws one German message naming every problem.
 */
function productionUrl(raw) {
  const text = String(raw ?? "").trim();
  if (!text) {
    throw new Error(
      `Es fehlt die Adresse, unter der das Add-in ausgeliefert wird, z. B. --url ${EXAMPLE_URL}`,
    );
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" ist keine gültige Adresse. Beispiel: ${EXAMPLE_URL}`);
  }
  const problems = [];
  if (url.protocol === "http:") {
    problems.push("http:// ist nicht erlaubt: Office lädt Add-ins nur über HTTPS. Bitte https:// verwenden.");
  } else if (url.protocol !== "https:") {
    problems.push(`"${url.protocol}//" ist nicht erlaubt: die Adresse muss mit https:// beginnen.`);
  }
  if (LOOPBACK_HOSTS.test(url.hostname)) {
    problems.push(
      `"${url.hostname}" ist der eigene Rechner: auf den Rechnern der Anwender zeigte das Manifest ins Leere. ` +
        "Bitte den Namen des Webservers angeben, den alle erreichen.",
    );
  }
  if (url.username || url.password) problems.push("Benutzername oder Kennwort gehören nicht in die Adresse.");
  if (!url.pathname.endsWith("/")) {
    problems.push(
      `der Pfad "${url.pathname}" endet nicht mit "/": das Add-in liegt in einem Ordner, ` +
        `also z. B. ${url.origin}${url.pathname}/`,
    );
  }
  if (text.includes("?"))
    problems.push('eine Abfrage ("?…") ist nicht erlaubt: nur Server und Ordner angeben.');
  if (text.includes("#")) problems.push('ein Anker ("#…") ist nicht erlaubt: nur Server und Ordner angeben.');
  if (problems.length > 0) {
    throw new Error([`Die Adresse "${text}" ist nicht verwendbar:`, ...problems].join("\n  – "));
  }
  return `${url.origin}${url.pathname}`;
}

/** Office wants four numbers: 1.2.3 becomes 1.2.3.0; anything else is refused. */
function manifestVersion(packageVersion) {
  if (!/^\d+\.\d+\.\d+$/.test(packageVersion)) {
    throw new Error(
      `Die Version "${packageVersion}" in package.json lässt sich nicht als Manifest-Version schreiben ` +
        "(erwartet drei Zahlen wie 1.2.3, ohne Zusatz).",
    );
  }
  return `${packageVersion}.0`;
}

/** manifest.xml for urlProd: every urlDev replaced, <Version> from package.json. */
function productionManifest(xml, urlProd) {
  return xml
    .split(urlDev)
    .join(urlProd)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

function contentSecurityPolicy(source) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...source.scriptOrigins].join(" "),
    // Fluent UI (Griffel) inserts <style> elements at runtime.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Office.js loads host- and locale-specific files next to itself; copy those (no debug builds). */
function officeJsPackageCopies() {
  const dist = path.join(OFFICE_JS_PACKAGE_DIR, "dist");
  const files = [
    "office.js",
    "o15apptofilemappingtable.js",
    "es6-promise.js",
    "excel*.js",
    "telemetry/*.js",
    "*/office_strings.js",
  ];
  return files.map((pattern) => ({
    from: pattern,
    context: dist,
    to: "office-js/",
    globOptions: { ignore: ["**/*.debug.js"] },
    // Already minified by Microsoft; keeps Terser from re-minifying 9 MB on every build.
    info: { minimized: true },
  }));
}

/** Prints the gzipped size of every emitted bundle after a production build (sources are gone after emit). */
class GzipSizeReportPlugin {
  apply(compiler) {
    compiler.hooks.emit.tap("GzipSizeReportPlugin", (compilation) => {
      const files = [...compilation.chunks]
        .flatMap((chunk) => [...chunk.files])
        .filter((f) => f.endsWith(".js"));
      const rows = files.sort().map((file) => {
        const source = compilation.getAsset(file).source.buffer();
        const gzip = zlib.gzipSync(source, { level: 9 }).length;
        return `  ${file.padEnd(24)} ${kib(source.length).padStart(10)} ${kib(gzip).padStart(10)} gzip`;
      });
      console.log(["\nBundle sizes:", ...rows].join("\n"));
    });
  }
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = officeJsSource(env);
  const csp = contentSecurityPolicy(officeJs);
  const urlProd = env.url === undefined ? undefined : productionUrl(env.url);

  return {
    mode: production ? "production" : "development",
    // Matches tsconfig's ES2022; lets the webpack runtime use globalThis instead of `new Function` (CSP).
    target: ["web", "es2022"],
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // `npm run typecheck` checks types; ES modules here let webpack tree-shake Fluent UI.
            transpileOnly: true,
            compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.file,
            template: `./src/${page.chunk}/${page.file}`,
            chunks: [page.chunk],
            templateParameters: { title: page.title, officeJsSrc: officeJs.src, csp },
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: urlProd ? (content) => productionManifest(content.toString(), urlProd) : undefined,
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(officeJs.name === "package" ? officeJsPackageCopies() : []),
        ],
      }),
      ...(production && !serving ? [new GzipSizeReportPlugin()] : []),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttpsOptions() },
        }
      : undefined,
  };
};

module.exports.PAGES = PAGES.map((page) => page.file);
module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.urlDev = urlDev;
module.exports.productionUrl = productionUrl;
module.exports.productionManifest = productionManifest;
module.exports.manifestVersion = manifestVersion;
module.exports.contentSecurityPolicy = (officejs = "cdn") =>
  contentSecurityPolicy(officeJsSource({ officejs }));
