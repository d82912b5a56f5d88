/** Catalogue + options → the one declarative description of the overview workbook. */
import { goalsOf, type Catalogue } from "../catalogue/model";
import { SCHEME_VERSION } from "../scheme/ratingScheme";
import { buildArchiveSheet } from "./archiveSheet";
import { statusTexts, type PlanContext } from "./context";
import { buildFieldSheet, type FieldSheetResult } from "./fieldSheet";
import { label } from "./labels";
import { buildLegendSheet } from "./legendSheet";
import { planListsSheet } from "./listsSheet";
import { buildMetaSheet, FORMAT_VERSION, META_SHEET_NAME } from "./metaSheet";
import type { PlanOptions, SheetPlan, WorkbookMeta, WorkbookPlan } from "./plan";
import { prefilledInputs, unitOf } from "./prefill";
import { fieldSheetBaseName, uniqueSheetNames } from "./sheetNames";
import { buildStyles } from "./styles";
import { buildSummarySheet } from "./summarySheet";

export function buildPlan(catalogue: Catalogue, options: PlanOptions): WorkbookPlan {
  const lang = options.language;
  const title = options.title ?? catalogue.title;
  const names = sheetNamesFor(catalogue, options);
  const units = effectiveUnits(catalogue, options);
  const lists = planListsSheet(names.lists, lang, units);
  const ctx: PlanContext = {
    catalogue,
    options,
    lang,
    title,
    status: statusTexts(lang),
    lists: lists.refs,
    units,
  };
  const fields: FieldSheetResult[] = catalogue.actionFields.map((field, i) =>
    buildFieldSheet(field, names.fields[i]!, ctx),
  );
  const summary = buildSummarySheet(
    names.summary,
    catalogue.actionFields.map((field, i) => ({
      name: names.fields[i]!,
      fieldName: `${field.number} ${field.name}`,
      firstRow: fields[i]!.firstRow,
      lastRow: fields[i]!.lastRow,
    })),
    ctx,
  );
  const meta = buildMeta(catalogue, options, title);
  const sheets: SheetPlan[] = [
    summary.sheet,
    ...fields.map((f) => f.sheet),
    buildLegendSheet(names.legend, ctx),
    ...(options.archive && options.archive.length > 0
      ? [buildArchiveSheet(names.archive, options.archive, ctx)]
      : []),
    lists.build(options),
    buildMetaSheet(meta, catalogue, options),
  ];
  return {
    meta,
    styles: buildStyles(),
    sheets,
    definedNames: lists.definedNames,
    measures: fields.flatMap((f) => f.measures),
  };
}

interface SheetNames {
  readonly summary: string;
  readonly legend: string;
  readonly archive: string;
  readonly lists: string;
  readonly fields: readonly string[];
}

function sheetNamesFor(catalogue: Catalogue, options: PlanOptions): SheetNames {
  const lang = options.language;
  const fixed = {
    summary: label("summarySheet", lang),
    legend: label("legendSheet", lang),
    archive: label("archiveSheet", lang),
    lists: label("listsSheet", lang),
  };
  const fields = uniqueSheetNames(
    catalogue.actionFields.map((f) => fieldSheetBaseName(f.number, f.name)),
    [...Object.values(fixed), META_SHEET_NAME],
  );
  return { ...fixed, fields };
}

/**
 * The units measures have, each once. Excel's "=" ignores case, so names that differ only in case are one
 * unit: its row counts both spellings, and it is listed in the spelling met first (the catalogue refuses
 * such twins; they can still be typed into a workbook).
 */
function effectiveUnits(catalogue: Catalogue, options: PlanOptions): string[] {
  const units = new Map<string, string>();
  const add = (unit: string) => {
    if (!units.has(unit.toLowerCase())) units.set(unit.toLowerCase(), unit);
  };
  if (options.unit) add(options.unit);
  for (const field of catalogue.actionFields)
    for (const goal of goalsOf(field))
      for (const measure of goal.measures) {
        const unit = unitOf(prefilledInputs(measure, options, options.language));
        // Kept exactly as written: the formulas compare the cell text as it is.
        if (unit.trim() !== "") add(unit);
      }
  return [...units.values()].sort((a, b) => a.localeCompare(b, "de"));
}

function buildMeta(catalogue: Catalogue, options: PlanOptions, title: string): WorkbookMeta {
  return {
    generator: "Zielbild",
    formatVersion: FORMAT_VERSION,
    schemeVersion: SCHEME_VERSION,
    catalogueId: catalogue.id,
    catalogueVersion: catalogue.version,
    catalogueTitle: catalogue.title,
    title,
    language: options.language,
    builtAt: options.builtAt,
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
  };
}
