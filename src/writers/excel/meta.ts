/**
 * The identification stored in the workbook as a custom XML part (ExcelApi 1.5): which catalogue and
 * version, which rating-scheme version, when it was built — and which sheets the build owns, so a later
 * build replaces exactly those. Custom XML parts travel with the file, on the web and on the desktop.
 */
import type { SheetRole, WorkbookMeta, WorkbookPlan } from "../../layout/plan";
import { columnIndex } from "../../layout/address";
import { FIELD_FIRST_ROW, FIELD_HEADER_ROW } from "../../layout/fieldLayout";

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

/** The stored identity, or undefined when the XML is not ours or is damaged. */
export function decodeIdentity(xml: string): StoredIdentity | undefined {
  if (!xml.includes(`xmlns="${META_NAMESPACE}"`)) return undefined;
  const body = /<identity>([\s\S]*)<\/identity>/.exec(xml)?.[1];
  if (body === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(unescapeXml(body));
    return isIdentity(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
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

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
