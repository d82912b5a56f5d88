/**
 * The live formulas of a measure row. Only functions that Excel 2016, LibreOffice and HyperFormula all
 * have. Values are compared with EXACT so that " hoch", "Hoch" or "p" count as outside the scheme —
 * the same strictness as the validation rules.
 */
import {
  INPUT_FIELDS,
  allowedValues,
  symbolByCode,
  TASK_TYPES,
  YES,
  type InputField,
  type Language,
} from "../scheme/ratingScheme";
import type { StatusTexts } from "./context";
import { INPUT_LETTER, LETTER } from "./fieldLayout";
import { str } from "./sheetGrid";

export const CONSTRAINED_FIELDS: readonly InputField[] = INPUT_FIELDS.filter(
  (f) => allowedValues(f, "de").length > 0,
);

/** TRUE when the cell is blank or exactly one of the field's values. */
export function validExpression(field: InputField, cell: string, lang: Language): string {
  const exact = allowedValues(field, lang).map((value) => `EXACT(${cell},${str(value)})`);
  return `OR(${cell}="",${exact.join(",")})`;
}

export function statusFormula(row: number, lang: Language, status: StatusTexts): string {
  return fillRow(rowTemplates(lang, status)?.status, row) ?? statusFormulaAt(row, lang, status);
}

function statusFormulaAt(row: number | string, lang: Language, status: StatusTexts): string {
  const valid = CONSTRAINED_FIELDS.map((f) => validExpression(f, `${INPUT_LETTER[f.key]}${row}`, lang));
  const level = `${INPUT_LETTER.level}${row}`;
  return `=IF(AND(${valid.join(",")}),IF(${level}="",${str(status.open)},${str(status.rated)}),${str(status.invalid)})`;
}

/** The conditions (on row `row`) under which each symbol's glyph applies, in the scheme's order. */
export function symbolConditions(
  row: number | string,
  lang: Language,
): { glyph: string; condition: string }[] {
  const taskCell = `${INPUT_LETTER.taskType}${row}`;
  const taskTypes = TASK_TYPES.map((t) => ({
    glyph: symbolByCode(t.symbol).glyph,
    condition: `EXACT(${taskCell},${str(t.code)})`,
  }));
  const flags = INPUT_FIELDS.filter((f) => f.kind === "flag" && f.symbol).map((f) => ({
    glyph: symbolByCode(f.symbol!).glyph,
    condition: `EXACT(${INPUT_LETTER[f.key]}${row},${str(YES[lang])})`,
  }));
  return [...taskTypes, ...flags];
}

/** "mittel · R →": the level as text (or offen/ungültig) and the glyphs of the symbols that apply. */
export function ratingFormula(row: number, lang: Language, status: StatusTexts): string {
  return fillRow(rowTemplates(lang, status)?.rating, row) ?? ratingFormulaAt(row, lang, status);
}

function ratingFormulaAt(row: number | string, lang: Language, status: StatusTexts): string {
  const statusCell = `${LETTER.status}${row}`;
  const level = `${INPUT_LETTER.level}${row}`;
  const levelText = `IF(${statusCell}=${str(status.invalid)},${str(status.invalid)},IF(${level}="",${str(status.open)},${level}))`;
  const symbols = symbolConditions(row, lang);
  const separator = `IF(OR(${symbols.map((s) => s.condition).join(",")}),${str(" ·")},"")`;
  const glyphs = symbols.map((s) => `IF(${s.condition},${str(" " + s.glyph)},"")`);
  return `=${levelText}&${separator}&${glyphs.join("&")}`;
}

/**
 * The formulas of all measure rows differ only in the row number (a build has tens of thousands):
 * each is built once per language and status texts with ROW_MARK for the row, then filled in.
 */
const ROW_MARK = "\u0000";

interface RowTemplates {
  readonly rating: readonly string[];
  readonly status: readonly string[];
}

const templates = new WeakMap<StatusTexts, Map<Language, RowTemplates | undefined>>();

function rowTemplates(lang: Language, status: StatusTexts): RowTemplates | undefined {
  let byLanguage = templates.get(status);
  if (!byLanguage) templates.set(status, (byLanguage = new Map()));
  if (!byLanguage.has(lang)) byLanguage.set(lang, buildRowTemplates(lang, status));
  return byLanguage.get(lang);
}

/** None when a status text itself contains the mark (it could not be told from the row). */
function buildRowTemplates(lang: Language, status: StatusTexts): RowTemplates | undefined {
  if ([status.open, status.rated, status.invalid].some((text) => text.includes(ROW_MARK))) return undefined;
  return {
    rating: ratingFormulaAt(ROW_MARK, lang, status).split(ROW_MARK),
    status: statusFormulaAt(ROW_MARK, lang, status).split(ROW_MARK),
  };
}

function fillRow(template: readonly string[] | undefined, row: number): string | undefined {
  return template?.join(String(row));
}
