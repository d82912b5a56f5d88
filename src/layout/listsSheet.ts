/** Listen (hidden): the sources of the dropdowns, all taken from the rating scheme plus the units. */
import { inputField, allowedValues, type Language } from "../scheme/ratingScheme";
import { columnLetter, quoteSheet } from "../core/address";
import type { ListRefs } from "./context";
import { label } from "./labels";
import type { DefinedName, PlanOptions, SheetPlan } from "./plan";
import { SheetGrid } from "./sheetGrid";
import { protection } from "./context";

interface ListColumn {
  readonly header: string;
  readonly values: readonly string[];
  readonly definedName: string;
  readonly ref: keyof ListRefs;
}

function listColumns(lang: Language, units: readonly string[]): ListColumn[] {
  return [
    {
      header: label("listLevels", lang),
      values: allowedValues(inputField("level"), lang),
      definedName: "ZB_Stufen",
      ref: "levels",
    },
    {
      header: label("listTaskTypes", lang),
      values: allowedValues(inputField("taskType"), lang),
      definedName: "ZB_Aufgabe",
      ref: "taskTypes",
    },
    {
      header: label("listYesNo", lang),
      values: allowedValues(inputField("weiterfuehrungsbedarf"), lang),
      definedName: "ZB_JaNein",
      ref: "yesNo",
    },
    { header: label("listUnits", lang), values: units, definedName: "ZB_Einheiten", ref: "units" },
  ];
}

export interface ListsResult {
  readonly refs: ListRefs;
  readonly definedNames: readonly DefinedName[];
  readonly build: (options: PlanOptions) => SheetPlan;
}

/** The references are needed before the field sheets are built, the sheet itself at the end. */
export function planListsSheet(name: string, lang: Language, units: readonly string[]): ListsResult {
  const columns = listColumns(lang, units);
  const refs: Partial<Record<keyof ListRefs, string>> = {};
  const definedNames: DefinedName[] = [];
  columns.forEach((column, i) => {
    if (column.values.length === 0) return;
    const letter = columnLetter(i + 1);
    const ref = `${quoteSheet(name)}!$${letter}$2:$${letter}$${column.values.length + 1}`;
    refs[column.ref] = ref;
    definedNames.push({ name: column.definedName, ref });
  });
  const build = (options: PlanOptions): SheetPlan => {
    const grid = new SheetGrid(name);
    columns.forEach((column, i) => {
      grid.text(1, i + 1, column.header);
      column.values.forEach((value, r) => grid.text(r + 2, i + 1, value));
    });
    grid.style(1, 1, 1, columns.length, "header");
    return {
      key: "lists",
      name,
      role: "lists",
      visibility: "hidden",
      columns: columns.map((_, i) => ({ index: i + 1, width: 28 })),
      rows: [],
      blocks: grid.blocks(),
      styleRanges: grid.styleRanges,
      conditionalFormats: [],
      dataValidations: [],
      protection: protection(options),
      extent: grid.extent(),
    };
  };
  return { refs: refs as ListRefs, definedNames, build };
}
