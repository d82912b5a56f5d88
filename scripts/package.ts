/**
 * `npm run package -- --url https://intranet.example.de/zielbild/`: the add-in for the server an
 * organisation serves it from. A production build (webpack.config.js with `--env url=…`) whose manifest
 * points every URL at that address and carries package.json's version, checked offline like
 * `npm run validate:offline`, then zipped as out/zielbild-<version>.zip (static files and manifest, no
 * source maps). Hosting: docs/betrieb.md.
 *
 * Options: --url URL (required), --dist DIR (build folder, default dist), --out DIR (where the zip goes,
 * default out), --officejs cdn|testhost (default cdn; testhost only for the browser suite).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "fs";
import path from "path";
import { parseArgs } from "util";
import JSZip from "jszip";
import webpack, { type Configuration, type Stats } from "webpack";
import { checkManifest, defaultOptions } from "./check-manifest";

const REPO_ROOT = path.resolve(__dirname, "..");

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode?: string }): Promise<Configuration>;
  PAGES: string[];
  productionUrl(raw: string): string;
  manifestVersion(packageVersion: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const webpackConfig = require(path.join(REPO_ROOT, "webpack.config.js")) as WebpackConfigModule;

/** Office.js sources a package may use: Microsoft's CDN (what Office expects) or the browser suite's host. */
const PACKAGE_OFFICE_JS = ["cdn", "testhost"] as const;
type PackageOfficeJs = (typeof PACKAGE_OFFICE_JS)[number];

export interface PackageOptions {
  url: string;
  distDir: string;
  outDir: string;
  officejs: PackageOfficeJs;
}

export interface PackageResult {
  url: string;
  version: string;
  zipPath: string;
  files: string[];
}

export class PackageError extends Error {}

/** Reads the command line; throws PackageError with a German message on anything unusable. */
export function parsePackageArgs(argv: readonly string[]): PackageOptions {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        url: { type: "string" },
        dist: { type: "string" },
        out: { type: "string" },
        officejs: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const detail = (error as Error).message
      .split("\n")[0]!
      .replace(/^Unknown option '([^']+)'.*$/, "unbekannte Option $1")
      .replace(/^Option '([^']+)' argument missing.*$/, "bei $1 fehlt der Wert");
    throw new PackageError(
      `Aufruf nicht verstanden (${detail}). Beispiel: npm run package -- --url https://intranet.example.de/zielbild/`,
    );
  }
  let url: string;
  try {
    url = webpackConfig.productionUrl(values.url ?? "");
  } catch (error) {
    throw new PackageError((error as Error).message);
  }
  const officejs = (values.officejs ?? "cdn") as PackageOfficeJs;
  if (!PACKAGE_OFFICE_JS.includes(officejs)) {
    throw new PackageError(
      `--officejs "${values.officejs}" geht für ein Paket nicht (erlaubt: ${PACKAGE_OFFICE_JS.join(", ")}); ` +
        "in Office kommt Office.js von Microsofts CDN (cdn).",
    );
  }
  return {
    url,
    officejs,
    distDir: path.resolve(values.dist ?? path.join(REPO_ROOT, "dist")),
    outDir: path.resolve(values.out ?? path.join(REPO_ROOT, "out")),
  };
}

function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  try {
    webpackConfig.manifestVersion(version);
  } catch (error) {
    throw new PackageError((error as Error).message);
  }
  return version;
}

async function build(options: PackageOptions): Promise<void> {
  const config = await webpackConfig(
    { WEBPACK_BUILD: true, officejs: options.officejs, url: options.url },
    { mode: "production" },
  );
  config.output = { ...config.output, path: options.distDir };
  const stats = await new Promise<Stats | undefined>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, result) => {
      compiler.close(() => (error ? reject(error) : resolve(result)));
    });
  });
  if (!stats || stats.hasErrors()) {
    const errors = stats?.toJson({ all: false, errors: true }).errors ?? [];
    const lines = errors.map((e) => `  ${e.message.split("\n")[0]}`);
    throw new PackageError(["Der Build ist fehlgeschlagen:", ...lines].join("\n"));
  }
}

/** Every file of the build folder, relative with "/", except source maps (not needed to run the add-in). */
function packagedFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return packagedFiles(full, `${prefix}${name}/`);
      return name.endsWith(".map") ? [] : [`${prefix}${name}`];
    });
}

async function writeZip(distDir: string, files: readonly string[], zipPath: string): Promise<void> {
  const zip = new JSZip();
  for (const file of files) zip.file(file, readFileSync(path.join(distDir, file)));
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
    platform: "UNIX",
  });
  mkdirSync(path.dirname(zipPath), { recursive: true });
  const temporary = `${zipPath}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, zipPath);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export async function packageAddin(options: PackageOptions): Promise<PackageResult> {
  const version = packageVersion();
  await build(options);
  const manifestPath = path.join(options.distDir, "manifest.xml");
  const problems = await checkManifest({
    ...defaultOptions(REPO_ROOT),
    manifestPath,
    assetsDir: path.join(options.distDir, "assets"),
    base: options.url,
    devServer: false,
    pagesDir: options.distDir,
  });
  if (problems.length > 0) {
    throw new PackageError(
      ["Das gebaute Manifest besteht die Prüfung nicht:", ...problems.map((p) => `  ${p}`)].join("\n"),
    );
  }
  const files = packagedFiles(options.distDir);
  const suffix = options.officejs === "cdn" ? "" : `-${options.officejs}`;
  const zipPath = path.join(options.outDir, `zielbild-${version}${suffix}.zip`);
  await writeZip(options.distDir, files, zipPath);
  return { url: options.url, version, zipPath, files };
}

async function main(): Promise<void> {
  try {
    const options = parsePackageArgs(process.argv.slice(2));
    const result = await packageAddin(options);
    const size = (statSync(result.zipPath).size / 1024).toFixed(0);
    const relative = (p: string) => path.relative(process.cwd(), p) || ".";
    console.log(
      [
        `\nPaket ${relative(result.zipPath)} geschrieben (${result.files.length} Dateien, ${size} KiB).`,
        `  Adresse:  ${result.url}`,
        `  Version:  ${result.version} (Manifest ${webpackConfig.manifestVersion(result.version)})`,
        `  Manifest: ${relative(path.join(options.distDir, "manifest.xml"))} (offline geprüft)`,
        options.officejs === "cdn"
          ? "Den Inhalt des Zip in den Ordner dieser Adresse legen; Manifest verteilen: docs/betrieb.md."
          : `Achtung: Office.js aus "${options.officejs}" – nur für Tests, nicht ausliefern.`,
      ].join("\n"),
    );
  } catch (error) {
    const message = error instanceof PackageError ? error.message : `Unerwarteter Fehler: ${String(error)}`;
    console.error(`Paket nicht erstellt. ${message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
