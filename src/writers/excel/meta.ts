/**
 * The identification stored in the workbook as a custom XML part (ExcelApi 1.5): which catalogue and
 * version, which rating-scheme version, when it was built — and which sheets the build owns, so a later
 * build replaces exactly those. Custom XML parts travel with the file, on the web and on the desktop.
 * A workbook the CLI wrote (exceljs writes no custom XML part), or one LibreOffice saved (it drops them),
 * has only its `_Zielbild` sheet: its identity is the plan of the catalogue and settings stored there.
 */
import type { SheetRole, WorkbookMeta, WorkbookPlan } from "../../layout/plan";
import type { SheetSnapshot } from "../../layout/snapshot";
import { columnIndex } from "../../core/address";
import { buildPlan } from "../../layout/buildPlan";
import { FIELD_FIRST_ROW, FIELD_HEADER_ROW } from "../../layout/fieldLayout";
import { decodeMeta } from "../../layout/metaSheet";
import { optionsOfWorkbook } from "../../layout/planOfWorkbook";

export const META_NAMESPACE = "urn:zielbild:meta:v1";

export interface OwnedSheet {
  readonly key: string;
  readonly name: string;
  readonly role: SheetRole;
  /**
   * The measure table, for filtering: its header row (the column titles: an AutoFilter takes the first
   * row of its range as the header, so the range must start there), the first and last row of its body
   * (challenge headings and measure rows), its last column and the unit column. Identities written
   * before `headerRow` existed lack it; their field sheets had the header in row FIELD_HEADER_ROW too.
   */
  readonly table?: {
    readonly headerRow?: number;
    readonly firstRow: number;
    readonly lastRow: number;
    readonly lastColumn: number;
    readonly unitColumn: number;
  };
}

export interface StoredIdentity {
  readonly meta: WorkbookMeta;
  readonly sheets: readonly OwnedSheet[];
  readonly names: readonly string[];
}

export function identityOf(plan: WorkbookPlan): StoredIdentity {
  return {
    meta: plan.meta,
    sheets: plan.sheets.map((sheet) => ({
      key: sheet.key,
      name: sheet.name,
      role: sheet.role,
      ...tableOf(plan, sheet.key, sheet.extent),
    })),
    names: plan.definedNames.map((n) => n.name),
  };
}

/** An earlier build's identity: its identity part's, or else the one its `_Zielbild` sheet implies. */
export function earlierIdentity(
  partXml: readonly string[],
  metaSheet: SheetSnapshot | undefined,
): StoredIdentity | undefined {
  return (
    partXml.map((xml) => decodeIdentity(xml)).find((identity) => identity !== undefined) ??
    identityOfMetaSheet(metaSheet)
  );
}

/** The identity a `_Zielbild` sheet implies, or undefined when it holds no readable catalogue. */
export function identityOfMetaSheet(sheet: SheetSnapshot | undefined): StoredIdentity | undefined {
  const decoded = sheet ? decodeMeta({ sheets: [sheet] }) : undefined;
  if (!decoded?.catalogue) return undefined;
  return identityOf(
    buildPlan(decoded.catalogue, optionsOfWorkbook(decoded.meta, { history: decoded.history })),
  );
}

function tableOf(plan: WorkbookPlan, sheetKey: string, extent: string): Pick<OwnedSheet, "table"> {
  const rows = plan.measures.filter((m) => m.sheetKey === sheetKey);
  const first = rows[0];
  if (!first) return {};
  const lastColumn = columnIndex(/:\$?([A-Z]+)/.exec(extent)?.[1] ?? first.idColumn);
  return {
    table: {
      headerRow: FIELD_HEADER_ROW,
      firstRow: FIELD_FIRST_ROW,
      lastRow: Math.max(...rows.map((m) => m.row)),
      lastColumn,
      unitColumn: columnIndex(first.unitColumn),
    },
  };
}

export function encodeIdentity(identity: StoredIdentity): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<zielbild xmlns="${META_NAMESPACE}" formatVersion="${identity.meta.formatVersion}">` +
    `<identity>${escapeXml(JSON.stringify(identity))}</identity>` +
    `</zielbild>`
  );
}

/**
 * The stored identity, or undefined when the XML is not ours or is damaged.
 *
 * Excel hands back a custom XML part as it stores it, which need not be the text we wrote: another quote
 * character, a namespace prefix instead of the default namespace, whitespace and line breaks inside tags,
 * characters written as entities or character references, CDATA, an XML declaration naming another
 * encoding (the text arrives as a string either way). So the root element and its namespace are found by
 * reading the tags, not by looking for our literal text. (DOMParser exists in the pane but not in Node,
 * where the same code runs for the tests and the CLI; a few dozen lines for one element do not warrant
 * an XML library.)
 */
export function decodeIdentity(xml: string): StoredIdentity | undefined {
  const body = identityText(xml);
  if (body === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    return isIdentity(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const NAME = "[A-Za-z_][\\w.\\-]*";
const TAG = new RegExp(
  `^<(?:(${NAME}):)?(${NAME})((?:\\s+${NAME}(?::${NAME})?\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`,
);
const ATTRIBUTE = new RegExp(`(${NAME}(?::${NAME})?)\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");

interface StartTag {
  readonly prefix?: string;
  readonly local: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly selfClosing: boolean;
  readonly end: number;
}

/** The start tag at `at` (which must be "<" of an element), or undefined. */
function startTag(xml: string, at: number): StartTag | undefined {
  const match = TAG.exec(xml.slice(at));
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const a of match[3]!.matchAll(ATTRIBUTE)) attributes.set(a[1]!, decodeEntities(a[2] ?? a[3] ?? ""));
  return {
    ...(match[1] !== undefined ? { prefix: match[1] } : {}),
    local: match[2]!,
    attributes,
    selfClosing: match[4] === "/",
    end: at + match[0].length,
  };
}

/** The namespace an element's name is in, from its own declarations or the root's. */
function namespaceOf(tag: StartTag, root?: StartTag): string | undefined {
  const key = tag.prefix === undefined ? "xmlns" : `xmlns:${tag.prefix}`;
  return tag.attributes.get(key) ?? root?.attributes.get(key);
}

/** Skips the XML declaration, processing instructions, comments, a doctype and whitespace; -1 if unterminated. */
function skipProlog(xml: string, from: number): number {
  let at = from;
  const past = (end: string) => {
    const found = xml.indexOf(end, at);
    return found < 0 ? -1 : found + end.length;
  };
  while (at >= 0) {
    while (at < xml.length && /\s|\uFEFF/.test(xml[at]!)) at++;
    if (xml.startsWith("<?", at)) at = past("?>");
    else if (xml.startsWith("<!--", at)) at = past("-->");
    else if (xml.startsWith("<!DOCTYPE", at)) at = past(">");
    else return at;
  }
  return -1;
}

/** The text of the <identity> child of our root element, entities decoded; undefined when not ours. */
function identityText(xml: string): string | undefined {
  const at = skipProlog(xml, 0);
  if (at < 0 || xml[at] !== "<") return undefined;
  const root = startTag(xml, at);
  if (!root || root.selfClosing || root.local !== "zielbild" || namespaceOf(root) !== META_NAMESPACE)
    return undefined;
  // The child: any prefix (or none) bound to our namespace, on the child itself or on the root.
  const open = new RegExp(`<(?:(${NAME}):)?identity(?=[\\s>/])`, "g");
  open.lastIndex = root.end;
  for (let found = open.exec(xml); found; found = open.exec(xml)) {
    const child = startTag(xml, found.index);
    if (!child || namespaceOf(child, root) !== META_NAMESPACE) continue;
    if (child.selfClosing) return "";
    const name = child.prefix === undefined ? "identity" : `${child.prefix}:identity`;
    const close = new RegExp(`</${name.replace(/[.\\-]/g, "\\$&")}\\s*>`).exec(xml.slice(child.end));
    if (!close) return undefined;
    return textContent(xml.slice(child.end, child.end + close.index));
  }
  return undefined;
}

/** Character data of an element without child elements: CDATA sections verbatim, the rest decoded. */
function textContent(inner: string): string {
  let text = "";
  let at = 0;
  while (at < inner.length) {
    const cdata = inner.indexOf("<![CDATA[", at);
    if (cdata < 0) {
      text += decodeEntities(inner.slice(at));
      break;
    }
    text += decodeEntities(inner.slice(at, cdata));
    const end = inner.indexOf("]]>", cdata);
    if (end < 0) return text + inner.slice(cdata + 9);
    text += inner.slice(cdata + 9, end);
    at = end + 3;
  }
  return text;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (all, name: string) => {
    if (name[0] !== "#") return ENTITIES[name] ?? all;
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

function isIdentity(value: unknown): value is StoredIdentity {
  if (typeof value !== "object" || value === null) return false;
  const { meta, sheets, names } = value as Record<string, unknown>;
  if (typeof meta !== "object" || meta === null || !Array.isArray(sheets) || !Array.isArray(names))
    return false;
  const m = meta as Record<string, unknown>;
  return (
    m.generator === "Zielbild" &&
    typeof m.formatVersion === "number" &&
    typeof m.schemeVersion === "number" &&
    typeof m.catalogueId === "string" &&
    typeof m.catalogueVersion === "string" &&
    typeof m.builtAt === "string" &&
    sheets.every((s) => typeof s === "object" && s !== null && typeof (s as OwnedSheet).name === "string")
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
