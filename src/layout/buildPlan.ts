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
import { buildHistorySheet, historyRefs } from "./historySheet";
import type { FrozenMeasure, PlanOptions, RoundInfo, SheetPlan, WorkbookMeta, WorkbookPlan } from "./plan";
import { firstRound, historyRows, roundTitle } from "./rounds";
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
  const round = options.round ?? firstRound(catalogue, options.builtAt, lang);
  const history = options.history ?? [];
  const rows = history.length > 0 ? historyRows(currentMeasures(catalogue), history) : [];
  const ctx: PlanContext = {
    catalogue,
    options,
    lang,
    title,
    status: statusTexts(lang),
    lists: lists.refs,
    units,
    round,
    roundTitle: roundTitle(round, lang),
    ...(history.length > 0 ? { history: historyRefs(names.history, rows.length, history.length) } : {}),
  };
  const fields: FieldSheetResult[] = catalogue.actionFields.map((field, i) =>
    buildFieldSheet(field, names.fields[i]!, ctx),
  );
  const summary = buildSummarySheet(
    names.summary,
    catalogue.actionFields.map((field, i) => ({
      name: names.fields[i]!,
      fieldName: summaryFieldName(field),
      firstRow: fields[i]!.firstRow,
      lastRow: fields[i]!.lastRow,
    })),
    ctx,
  );
  const meta = buildMeta(catalogue, options, title, round);
  const sheets: SheetPlan[] = [
    summary.sheet,
    ...fields.map((f) => f.sheet),
    buildLegendSheet(names.legend, ctx),
    ...(history.length > 0 ? [buildHistorySheet(names.history, history, rows, ctx)] : []),
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
  readonly history: string;
  readonly lists: string;
  readonly fields: readonly string[];
}

function sheetNamesFor(catalogue: Catalogue, options: PlanOptions): SheetNames {
  const lang = options.language;
  const fixed = {
    summary: label("summarySheet", lang),
    legend: label("legendSheet", lang),
    archive: label("archiveSheet", lang),
    history: label("historySheet", lang),
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

/** Every measure of the catalogue in workbook order, as the Verlauf sheet names it. */
export function currentMeasures(catalogue: Catalogue): Omit<FrozenMeasure, "inputs">[] {
  return catalogue.actionFields.flatMap((field) =>
    goalsOf(field).flatMap((goal) =>
      goal.measures.map((measure) => ({
        measureId: measure.id,
        fieldName: summaryFieldName(field),
        goalNumber: goal.number,
        title: measure.title,
      })),
    ),
  );
}

/** The action field as the Übersicht and the Verlauf name it: "1 Sprache". */
export function summaryFieldName(field: { readonly number: number | string; readonly name: string }): string {
  return `${field.number} ${field.name}`;
}

function buildMeta(
  catalogue: Catalogue,
  options: PlanOptions,
  title: string,
  round: RoundInfo,
): WorkbookMeta {
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
    round,
    passwordProtected: Boolean(options.password),
  };
}
