/**
 * Offline check of manifest.xml (`npm run validate:offline`). Microsoft's validation service
 * (`npm run validate`) is online only; this checks what CI can: the manifest parses with
 * office-addin-manifest, its URLs point at the dev server and at pages the build emits, every icon
 * exists with the size the manifest states, every resid resolves, every function command is
 * registered, and the ExcelApi requirement set equals REQUIRED_EXCEL_API.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { parseArgs } from "util";
import { OfficeAddinManifest } from "office-addin-manifest";
import { ManifestHandlerXml } from "office-addin-manifest/lib/manifestHandler/manifestHandlerXml";
import { REQUIRED_EXCEL_API } from "../src/writers/excel/requirements";

export interface ManifestCheckOptions {
  manifestPath: string;
  /** Folder the icon URLs' `assets/<file>` resolve to. */
  assetsDir: string;
  /** HTML pages the build emits (from webpack.config.js). */
  pages: readonly string[];
  /** Dev server origin, e.g. https://localhost:3000. */
  origin: string;
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
    const info = await OfficeAddinManifest.readManifestFile(options.manifestPath);
    const xml = (await new ManifestHandlerXml(options.manifestPath).parseXmlAsync()) as {
      OfficeApp?: XmlNode;
    };
    if (!xml.OfficeApp) return [`${file}: kein <OfficeApp>-Element – ist das ein Add-in-Manifest?`];
    const problems = checkInfo(file, info);
    const nodes = [...walk("OfficeApp", xml.OfficeApp, "OfficeApp")];
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

function checkInfo(file: string, info: Awaited<ReturnType<typeof OfficeAddinManifest.readManifestFile>>) {
  const problems: string[] = [];
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

function checkUrls(file: string, nodes: readonly Visit[], options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const prefix = `${options.origin}/`;
  for (const use of urlsOf(nodes)) {
    if (!use.url.startsWith(prefix)) {
      problems.push(`${file}: ${use.place}: "${use.url}" zeigt nicht auf den Dev-Server ${prefix}`);
      continue;
    }
    const target = use.url.slice(prefix.length);
    if (isIconElement(use.element)) continue;
    if (!options.pages.includes(target)) {
      const pages = options.pages.join(", ");
      problems.push(`${file}: ${use.place}: "${target}" ist keine Seite, die der Build erzeugt (${pages}).`);
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
  for (const use of urlsOf(nodes).filter((u) => isIconElement(u.element))) {
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
  const target = use.url.slice(options.origin.length + 1);
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

export function defaultOptions(repoRoot: string): ManifestCheckOptions {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const webpackConfig = require(path.join(repoRoot, "webpack.config.js")) as {
    PAGES: string[];
    DEV_ORIGIN: string;
  };
  return {
    manifestPath: path.join(repoRoot, "manifest.xml"),
    assetsDir: path.join(repoRoot, "assets"),
    pages: webpackConfig.PAGES,
    origin: webpackConfig.DEV_ORIGIN,
    requiredExcelApi: REQUIRED_EXCEL_API,
    commandsSource: path.join(repoRoot, "src", "commands", "commands.ts"),
  };
}

/** Usage: check-manifest.ts [MANIFEST] [--assets DIR] — defaults: the repository's manifest.xml and assets/. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { assets: { type: "string" } },
  });
  const options = defaultOptions(path.resolve(__dirname, ".."));
  if (positionals[0]) options.manifestPath = path.resolve(positionals[0]);
  if (values.assets) options.assetsDir = path.resolve(values.assets);
  const problems = await checkManifest(options);
  if (problems.length > 0) {
    console.error(`Manifest-Prüfung fehlgeschlagen (${problems.length} Fehler):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
    return;
  }
  console.log(`${path.relative(process.cwd(), options.manifestPath)}: in Ordnung (offline geprüft).`);
}

if (require.main === module) void main();
