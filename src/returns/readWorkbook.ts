/**
 * A read-back workbook (snapshot) → what the round trip needs: its meta, the catalogue it carries, the
 * plan it was built from, the entered inputs by measure ID and its archive. Pure.
 */
import type { Catalogue } from "../catalogue/model";
import { returnsMessages } from "../core/messages/sections";
import { ARCHIVE_HEADER_ROW } from "../layout/archiveSheet";
import { label } from "../layout/labels";
import { decodeMeta, FORMAT_VERSION } from "../layout/metaSheet";
import type { ArchivedMeasure, MeasureInputs, PastRound, WorkbookMeta, WorkbookPlan } from "../layout/plan";
import { sheetByName, valueAt, type CellValue, type WorkbookSnapshot } from "../layout/snapshot";
import { INPUT_FIELDS, type Language } from "../scheme/ratingScheme";
import { validateWorkbook, type Finding } from "../validation";
import { structure } from "../validation/rules/structure";
import { workbookPlan } from "../validation/expectedPlan";
import { isBlank } from "./ratingFields";

export interface ZielbildWorkbook {
  readonly meta: WorkbookMeta;
  readonly catalogue: Catalogue;
  /** The plan the workbook was built from (same catalogue, language, unit, archive). */
  readonly plan: WorkbookPlan;
  readonly inputs: Map<string, MeasureInputs>;
  readonly archive: ArchivedMeasure[];
  /** The closed rounds, oldest first ([] in round 1). */
  readonly history: PastRound[];
  /** A per-unit workbook built with entries: what it showed when sent out (else the catalogue's values). */
  readonly sent?: ReadonlyMap<string, MeasureInputs>;
}

export type ReadResult = { readonly workbook: ZielbildWorkbook } | { readonly error: string };

/** The workbook, or why it cannot be read (in `lang`, German by default). */
export function readZielbildWorkbook(snapshot: WorkbookSnapshot, lang: Language = "de"): ReadResult {
  const t = returnsMessages(lang).read;
  const decoded = decodeMeta(snapshot);
  if (!decoded) return { error: t.notZielbild };
  const { meta, catalogue, history, sent } = decoded;
  if (meta.formatVersion > FORMAT_VERSION)
    return { error: t.newerFormat(meta.formatVersion, FORMAT_VERSION) };
  if (!catalogue) return { error: t.catalogueMissing };
  if (!history) return { error: t.historyDamaged };
  const archive = readArchive(snapshot, meta.language);
  const { plan, inputs } = workbookPlan(catalogue, meta, snapshot, {
    archive,
    history,
    ...(sent ? { sent } : {}),
  });
  return { workbook: { meta, catalogue, plan, inputs, archive, history, ...(sent ? { sent } : {}) } };
}

/** The Archiv sheet as the layout writes it: ID, field, goal, title, the inputs, unit, archived at. */
export function readArchive(snapshot: WorkbookSnapshot, language: Language): ArchivedMeasure[] {
  const sheet = sheetByName(snapshot, label("archiveSheet", language));
  if (!sheet) return [];
  const result: ArchivedMeasure[] = [];
  const firstInput = 5;
  const unitColumn = firstInput + INPUT_FIELDS.length;
  for (let row = ARCHIVE_HEADER_ROW + 1; row <= sheet.values.length; row++) {
    const cell = (column: number) => valueAt(sheet, row, column);
    const measureId = cell(1);
    if (isBlank(measureId)) continue;
    const inputs: Record<string, string | number | boolean> = {};
    INPUT_FIELDS.forEach((field, i) => putIfSet(inputs, field.key, cell(firstInput + i)));
    putIfSet(inputs, "unit", cell(unitColumn));
    result.push({
      measureId: String(measureId),
      fieldName: String(cell(2) ?? ""),
      goalNumber: Number(cell(3) ?? 0),
      title: String(cell(4) ?? ""),
      inputs,
      archivedAt: String(cell(unitColumn + 1) ?? ""),
    });
  }
  return result;
}

function putIfSet(target: Record<string, string | number | boolean>, key: string, value: CellValue): void {
  if (!isBlank(value)) target[key] = value as string | number | boolean;
}

/** Findings that make the workbook unusable for reading by position (rows moved, sheets gone, …). */
export function structureErrors(workbook: ZielbildWorkbook, snapshot: WorkbookSnapshot): Finding[] {
  return validateWorkbook(workbook.plan, snapshot, {
    mode: "entwurf",
    catalogue: workbook.catalogue,
    rules: [structure],
  }).filter((f) => f.severity === "error");
}

/** "Blatt X, Zelle Y: message" for the first few findings, and how many more there are. */
export function describeFindings(findings: readonly Finding[], max = 3, lang: Language = "de"): string {
  const t = returnsMessages(lang).read;
  const shownFindings = findings.slice(0, max).map((f) => t.finding(f.sheet, f.cell, f.message[lang]));
  const more = findings.length > max ? t.more(findings.length - max) : "";
  return shownFindings.join(" | ") + more;
}
