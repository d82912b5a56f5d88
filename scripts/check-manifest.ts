/**
 * Offline check of manifest.xml (`npm run validate:offline`). Microsoft's validation service
 * (`npm run validate`) is online only; this checks what CI can: the manifest parses with
 * office-addin-manifest, its URLs point at one address (the dev server, or the server a production
 * package is built for) and at pages the build emits, every icon exists with the size the manifest
 * states, every resid resolves, every function command is registered, the ExcelApi requirement set
 * equals REQUIRED_EXCEL_API, and <Version> is package.json's version.
 *
 * `npm run validate:offline -- dist/manifest.xml` checks a built manifest: icons and pages next to it,
 * the address its <SourceLocation> names (or `--origin URL`), refused like `npm run package` refuses it.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { parseArgs } from "util";
// The XML handler alone (what OfficeAddinManifest.readManifestFile uses for .xml): the package's main
// module also loads the JSON-manifest tooling (@microsoft/app-manifest), which needs fs-extra that it
// does not declare, so it fails to load wherever npm did not happen to hoist fs-extra.
import { ManifestHandlerXml } from "office-addin-manifest/lib/manifestHandler/manifestHandlerXml";
import type { ManifestInfo } from "office-addin-manifest/lib/manifestInfo";
import { REQUIRED_EXCEL_API } from "../src/writers/excel/requirements";

export interface ManifestCheckOptions {
  manifestPath: string;
  /** Folder the icon URLs' `assets/<file>` resolve to. */
  assetsDir: string;
  /** HTML pages the build emits (from webpack.config.js). */
  pages: readonly string[];
  /**
   * Where every URL must point, ending in "/": the dev server (https://localhost:3000/) or the address
   * a production package is built for (https://intranet.example.de/zielbild/).
   */
  base: string;
  /** True for the dev server: messages name it; otherwise the base must be usable in production. */
  devServer: boolean;
  /** Folder that must hold the pages (a build folder); undefined for the repository's manifest.xml. */
  pagesDir?: string;
  /** The <Version> the manifest must state (package.json's version plus ".0"). */
  version: string;
  requiredExcelApi: string;
  /** Source that registers the function commands via Office.actions.associate. */
  commandsSource: string;
}

/** A node of the xml2js tree: attributes under `$`, text under `_`, children as arrays. */
interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

interface Visit {
  name: string;
  node: XmlNode | string;
  place: string;
}

const ICON_SIZE_OF_ELEMENT: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function checkManifest(options: ManifestCheckOptions): Promise<string[]> {
  const file = path.basename(options.manifestPath);
  try {
    const handler = new ManifestHandlerXml(options.manifestPath);
    const info = await handler.parseManifest();
    const xml = (await handler.parseXmlAsync()) as {
      OfficeApp?: XmlNode;
    };
    if (!xml.OfficeApp) return [`${file}: kein <OfficeApp>-Element – ist das ein Add-in-Manifest?`];
    const problems = checkInfo(file, info, options.version);
    const nodes = [...walk("OfficeApp", xml.OfficeApp, "OfficeApp")];
    problems.push(...checkBase(file, options));
    problems.push(...checkUrls(file, nodes, options));
    problems.push(...checkIcons(file, nodes, options));
    problems.push(...checkResids(file, nodes));
    problems.push(...checkRequirementSet(file, nodes, options.requiredExcelApi));
    problems.push(...checkFunctionCommands(file, nodes, options.commandsSource));
    return problems;
  } catch (error) {
    return [`${file}: lässt sich nicht lesen: ${(error as Error).message.trim()}`];
  }
}

function checkInfo(file: string, info: ManifestInfo, version: string) {
  const problems: string[] = [];
  if (info.version !== version) {
    problems.push(
      `${file}: <Version> ist "${info.version ?? ""}", package.json verlangt "${version}" ` +
        "(Office erkennt eine neue Fassung nur an einer höheren Version).",
    );
  }
  if (!info.id || !GUID.test(info.id)) problems.push(`${file}: <Id> "${info.id ?? ""}" ist keine GUID.`);
  if (info.officeAppType !== "TaskPaneApp") {
    problems.push(`${file}: OfficeApp xsi:type ist "${info.officeAppType ?? ""}", erwartet "TaskPaneApp".`);
  }
  if (!info.hosts?.includes("Workbook")) problems.push(`${file}: <Hosts> nennt nicht "Workbook" (Excel).`);
  return problems;
}

function* walk(name: string, node: XmlNode | string, place: string): Generator<Visit> {
  yield { name, node, place };
  if (typeof node === "string") return;
  for (const [childName, children] of Object.entries(node)) {
    if (childName === "$" || childName === "_" || !Array.isArray(children)) continue;
    for (const [i, child] of children.entries()) {
      const id = typeof child === "object" ? (child as XmlNode).$?.id : undefined;
      const label = id
        ? `${childName}[id=${id}]`
        : children.length > 1
          ? `${childName}[${i + 1}]`
          : childName;
      yield* walk(childName, child as XmlNode | string, `${place}/${label}`);
    }
  }
}

interface UrlUse {
  url: string;
  place: string;
  element: string;
  /** resource id for bt:Image / bt:Url entries */
  id?: string;
}

function urlsOf(nodes: readonly Visit[]): UrlUse[] {
  const uses: UrlUse[] = [];
  const isUrl = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
  for (const { name, node, place } of nodes) {
    const text = typeof node === "string" ? node : node._;
    if (text && isUrl(text)) uses.push({ url: text.trim(), place, element: name });
    if (typeof node === "string") continue;
    for (const [attribute, value] of Object.entries(node.$ ?? {})) {
      if (!isUrl(value) || attribute === "xmlns" || attribute.startsWith("xmlns:")) continue;
      const owner = name === "Override" || name === "bt:Override" ? ownerOf(place) : name;
      uses.push({ url: value, place: `${place}@${attribute}`, element: owner, id: idOf(place) });
    }
  }
  return uses;
}

/** The element an <Override> belongs to, from its place. */
function ownerOf(place: string): string {
  const parts = place.split("/");
  return (parts[parts.length - 2] ?? "").replace(/\[.*$/, "");
}

function idOf(place: string): string | undefined {
  const match = /\[id=([^\]]+)\](?:\/(?:bt:)?Override(?:\[\d+\])?)?$/.exec(place);
  return match?.[1];
}

/** A production base must be one `npm run package` would accept. */
function checkBase(file: string, options: ManifestCheckOptions): string[] {
  if (options.devServer) return [];
  try {
    webpackConfig().productionUrl(options.base);
    return [];
  } catch (error) {
    return [`${file}: ${(error as Error).message.replace(/\n\s*/g, " ")}`];
  }
}

function checkUrls(file: string, nodes: readonly Visit[], options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const prefix = options.base;
  const where = options.devServer ? `den Dev-Server ${prefix}` : `die Adresse des Add-ins ${prefix}`;
  for (const use of urlsOf(nodes)) {
    if (!use.url.startsWith(prefix)) {
      problems.push(`${file}: ${use.place}: "${use.url}" zeigt nicht auf ${where}`);
      continue;
    }
    const target = use.url.slice(prefix.length);
    if (isIconElement(use.element)) continue;
    if (!options.pages.includes(target)) {
      const pages = options.pages.join(", ");
      problems.push(`${file}: ${use.place}: "${target}" ist keine Seite, die der Build erzeugt (${pages}).`);
    } else if (options.pagesDir && !existsSync(path.join(options.pagesDir, target))) {
      problems.push(`${file}: ${use.place}: die Seite ${target} fehlt neben dem Manifest.`);
    }
  }
  return problems;
}

function isIconElement(element: string): boolean {
  return element === "bt:Image" || element in ICON_SIZE_OF_ELEMENT;
}

function checkIcons(file: string, nodes: readonly Visit[], options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const sizesByResid = iconSizesByResid(nodes);
  // A URL elsewhere is reported by checkUrls; its file cannot be looked up here.
  const icons = urlsOf(nodes).filter((u) => isIconElement(u.element) && u.url.startsWith(options.base));
  for (const use of icons) {
    const sizes = use.element === "bt:Image" ? [...(sizesByResid.get(use.id ?? "") ?? [])] : [];
    const expected = ICON_SIZE_OF_ELEMENT[use.element] ?? sizes[0];
    if (sizes.length > 1) {
      problems.push(
        `${file}: ${use.place}: Bild wird in mehreren Größen verwendet (${sizes.join(", ")} px).`,
      );
    }
    problems.push(...checkIconFile(file, use, expected, options));
  }
  return problems;
}

/** size="16" resid="Icon.16x16" under <Icon>: which sizes each image resource is shown at. */
function iconSizesByResid(nodes: readonly Visit[]): Map<string, Set<number>> {
  const sizes = new Map<string, Set<number>>();
  for (const { name, node } of nodes) {
    if (name !== "bt:Image" || typeof node === "string" || !node.$?.resid || !node.$.size) continue;
    const set = sizes.get(node.$.resid) ?? new Set<number>();
    set.add(Number(node.$.size));
    sizes.set(node.$.resid, set);
  }
  return sizes;
}

function checkIconFile(
  file: string,
  use: UrlUse,
  expected: number | undefined,
  options: ManifestCheckOptions,
) {
  const target = use.url.slice(options.base.length);
  const match = /^assets\/([^/]+\.png)$/.exec(target);
  if (!match?.[1]) return [`${file}: ${use.place}: Symbol "${target}" liegt nicht als PNG in assets/.`];
  const iconPath = path.join(options.assetsDir, match[1]);
  if (!existsSync(iconPath)) return [`${file}: ${use.place}: Symboldatei assets/${match[1]} fehlt.`];
  const size = pngSize(readFileSync(iconPath));
  if (!size) return [`${file}: ${use.place}: assets/${match[1]} ist keine PNG-Datei.`];
  if (expected === undefined) return [`${file}: ${use.place}: Symbol wird von keinem <Icon> verwendet.`];
  if (size.width !== expected || size.height !== expected) {
    return [
      `${file}: ${use.place}: assets/${match[1]} ist ${size.width}×${size.height} px, ` +
        `das Manifest verlangt ${expected}×${expected} px.`,
    ];
  }
  return [];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkResids(file: string, nodes: readonly Visit[]): string[] {
  const ids = new Set<string>();
  const references: { resid: string; place: string }[] = [];
  for (const { node, place } of nodes) {
    if (typeof node === "string") continue;
    if (node.$?.id && place.includes("/Resources/")) ids.add(node.$.id);
    if (node.$?.resid) references.push({ resid: node.$.resid, place });
  }
  return references
    .filter((r) => !ids.has(r.resid))
    .map((r) => `${file}: ${r.place}: resid "${r.resid}" fehlt in <Resources>.`);
}

function checkRequirementSet(file: string, nodes: readonly Visit[], required: string): string[] {
  const sets = nodes.filter(
    (v) => v.name === "Set" && typeof v.node !== "string" && v.node.$?.Name === "ExcelApi",
  );
  const set = sets[0];
  if (!set || typeof set.node === "string") {
    return [
      `${file}: <Requirements><Sets> nennt kein <Set Name="ExcelApi">; der Code braucht ExcelApi ${required}.`,
    ];
  }
  const stated = set.node.$?.MinVersion;
  if (stated !== required) {
    return [
      `${file}: ${set.place}: ExcelApi MinVersion ist "${stated ?? ""}", der Code braucht genau ${required} ` +
        `(REQUIRED_EXCEL_API in src/writers/excel/requirements.ts).`,
    ];
  }
  return [];
}

function checkFunctionCommands(file: string, nodes: readonly Visit[], commandsSource: string): string[] {
  const source = existsSync(commandsSource) ? readFileSync(commandsSource, "utf8") : "";
  const problems: string[] = [];
  for (const { name, node, place } of nodes) {
    if (name !== "FunctionName") continue;
    const fn = (typeof node === "string" ? node : (node._ ?? "")).trim();
    const registered = new RegExp(`associate\\(\\s*["'\`]${escapeRegExp(fn)}["'\`]`).test(source);
    if (!registered) {
      const where = path.relative(process.cwd(), commandsSource);
      problems.push(
        `${file}: ${place}: Funktion "${fn}" wird in ${where} nicht mit Office.actions.associate registriert.`,
      );
    }
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const REPO_ROOT = path.resolve(__dirname, "..");

interface WebpackConfigExports {
  PAGES: string[];
  urlDev: string;
  productionUrl(raw: string): string;
  manifestVersion(packageVersion: string): string;
}

function webpackConfig(): WebpackConfigExports {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  return require(path.join(REPO_ROOT, "webpack.config.js")) as WebpackConfigExports;
}

export function defaultOptions(repoRoot: string): ManifestCheckOptions {
  const config = webpackConfig();
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    version: string;
  };
  return {
    manifestPath: path.join(repoRoot, "manifest.xml"),
    assetsDir: path.join(repoRoot, "assets"),
    pages: config.PAGES,
    base: config.urlDev,
    devServer: true,
    version: `${version}.0`,
    requiredExcelApi: REQUIRED_EXCEL_API,
    commandsSource: path.join(repoRoot, "src", "commands", "commands.ts"),
  };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The address a manifest is checked against when none is given: the folder of its <SourceLocation>.
 * A manifest on the dev server's host (or pointing at nothing) is checked against the dev server.
 */
export function baseOfManifest(xml: string, urlDev: string): { base: string; devServer: boolean } {
  const source = /<SourceLocation\s+DefaultValue="([^"]*)"/.exec(xml)?.[1]?.trim() ?? "";
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return { base: urlDev, devServer: true };
  }
  if (source.startsWith(urlDev) || LOOPBACK.test(url.hostname)) return { base: urlDev, devServer: true };
  const base = source.slice(0, source.lastIndexOf("/") + 1);
  return { base, devServer: false };
}

/**
 * Usage: check-manifest.ts [MANIFEST] [--assets DIR] [--origin URL]. Without MANIFEST: the repository's
 * manifest.xml, its assets/ and the dev server. With MANIFEST: icons (and, for a build, pages) next to it,
 * the address given by --origin or else named by its <SourceLocation>.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { assets: { type: "string" }, origin: { type: "string" } },
  });
  const options = defaultOptions(REPO_ROOT);
  if (positionals[0]) {
    options.manifestPath = path.resolve(positionals[0]);
    const dir = path.dirname(options.manifestPath);
    options.assetsDir = path.join(dir, "assets");
    if (dir !== REPO_ROOT && existsSync(options.manifestPath)) {
      const { base, devServer } = baseOfManifest(readFileSync(options.manifestPath, "utf8"), options.base);
      Object.assign(options, { base, devServer });
      if (pagesBuilt(dir, options.pages)) options.pagesDir = dir;
    }
  }
  if (values.assets) options.assetsDir = path.resolve(values.assets);
  if (values.origin !== undefined) {
    const origin = values.origin.trim();
    options.base = origin.endsWith("/") ? origin : `${origin}/`;
    options.devServer = options.base === webpackConfig().urlDev;
  }
  const problems = await checkManifest(options);
  if (problems.length > 0) {
    console.error(`Manifest-Prüfung fehlgeschlagen (${problems.length} Fehler):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
    return;
  }
  const where = options.devServer ? "Dev-Server" : "Adresse";
  console.log(
    `${path.relative(process.cwd(), options.manifestPath)}: in Ordnung (offline geprüft, ${where} ${options.base}).`,
  );
}

/** A folder with any of the emitted pages is a build: then every page the manifest names must be there. */
function pagesBuilt(dir: string, pages: readonly string[]): boolean {
  return pages.some((page) => existsSync(path.join(dir, page)));
}

if (require.main === module) void main();
