/**
 * The annex as data: what the Word annex and the Sachstand document show, built from a read-back
 * workbook (its catalogue, meta and entered inputs). Pure — runs in Node and in the task pane.
 *
 * The Bewertung text and colour are worked out exactly as the workbook's formulas and conditional
 * formats do it (src/layout/formulas.ts, fieldSheet.ts): inputs compared with EXACT in the workbook's
 * language, "offen" when no level, "ungültig" when any input lies outside the scheme, then the glyphs
 * of the symbols that apply. Only the words are taken in the output language.
 */
import type { Catalogue, Measure } from "../catalogue/model";
import { annexMessages } from "../core/messages/sections";
import type { MeasureInputs, WorkbookMeta } from "../layout/plan";
import { label } from "../layout/labels";
import { PALETTE } from "../layout/styles";
import {
  INPUT_FIELDS,
  INVALID_DISPLAY,
  levelByCode,
  NOT_RATED,
  symbolByCode,
  TASK_TYPES,
  YES,
  type Language,
  type Level,
  type RatingSymbol,
} from "../scheme/ratingScheme";
import { classifyFlag, classifyLevel, classifyTaskType } from "../validation/classify";

/** What a Zielbild workbook read back provides (src/returns/readWorkbook.ts). */
export interface AnnexSource {
  readonly meta: WorkbookMeta;
  readonly catalogue: Catalogue;
  readonly inputs: ReadonlyMap<string, MeasureInputs>;
}

export interface AnnexOptions {
  /** Language of the document's own words; defaults to the workbook's language. */
  readonly language?: Language;
  /** Numbers of the action fields to include (as in the report: 1…9); all when absent. */
  readonly fields?: readonly number[];
  /** ISO date printed as the document's date (injected so documents are reproducible). */
  readonly date: string;
}

export type RatingStatus = "rated" | "open" | "invalid";

export interface RatingDisplay {
  readonly status: RatingStatus;
  /** The level when rated. */
  readonly level?: Level;
  /** Symbols that apply, in the scheme's order (task type, then the flags). */
  readonly symbols: readonly RatingSymbol[];
  /** The level (or offen/ungültig) as a word, then " ·" and the glyphs: "mittel · R →". */
  readonly text: string;
  /** Cell fill, hex RGB without '#': the level's colour, or the workbook's open/invalid fill. */
  readonly fill: string;
  readonly fontColor: string;
}

export interface AnnexMeasure {
  readonly id: string;
  readonly title: string;
  readonly unit?: string;
  readonly remark?: string;
  readonly display: RatingDisplay;
  /** The inputs as entered (workbook language). */
  readonly inputs: MeasureInputs;
  /** What the catalogue carried from the previous round, when it carries any rating for this measure. */
  readonly previous?: { readonly display: RatingDisplay; readonly remark?: string };
}

export interface AnnexGoal {
  readonly number: number;
  readonly description: string;
  readonly measures: readonly AnnexMeasure[];
}

export interface AnnexChallenge {
  readonly title: string;
  readonly goals: readonly AnnexGoal[];
}

export interface AnnexField {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  /** "Handlungsfeld 1: Ankommen & Aufenthalt". */
  readonly heading: string;
  readonly challenges: readonly AnnexChallenge[];
}

export interface Annex {
  readonly language: Language;
  /** The workbook's title (defaults to the catalogue's title). */
  readonly title: string;
  readonly catalogueTitle: string;
  readonly catalogueVersion: string;
  /** The unit of a per-unit workbook. */
  readonly unit?: string;
  readonly date: string;
  readonly fields: readonly AnnexField[];
  /** True when the catalogue carries ratings of a previous round. */
  readonly hasPreviousRound: boolean;
}

/** Thrown for a --fields selection that names no action field of the workbook. */
export class AnnexSelectionError extends Error {
  override readonly name = "AnnexSelectionError";
}

/** `messages`: the language of an AnnexSelectionError (German by default; the document's is options.language). */
export function buildAnnex(source: AnnexSource, options: AnnexOptions, messages: Language = "de"): Annex {
  const lang = options.language ?? source.meta.language;
  const inputLang = source.meta.language;
  const fields = selectFields(source.catalogue, options.fields, messages);
  const hasPreviousRound = source.catalogue.actionFields.some((f) =>
    f.challenges.some((c) => c.goals.some((g) => g.measures.some((m) => m.rating !== undefined))),
  );
  return {
    language: lang,
    title: source.meta.title || source.catalogue.title,
    catalogueTitle: source.catalogue.title,
    catalogueVersion: source.catalogue.version,
    ...(source.meta.unit !== undefined ? { unit: source.meta.unit } : {}),
    date: options.date,
    hasPreviousRound,
    fields: fields.map((field) => ({
      id: field.id,
      number: field.number,
      name: field.name,
      heading: `${label("actionField", lang)} ${field.number}: ${field.name}`,
      challenges: field.challenges.map((challenge) => ({
        title: challenge.title,
        goals: challenge.goals.map((goal) => ({
          number: goal.number,
          description: goal.description,
          measures: goal.measures.map((measure) =>
            annexMeasure(measure, source.inputs.get(measure.id) ?? {}, inputLang, lang),
          ),
        })),
      })),
    })),
  };
}

function selectFields(catalogue: Catalogue, wanted: readonly number[] | undefined, messages: Language) {
  if (wanted === undefined) return catalogue.actionFields;
  const present = catalogue.actionFields.map((f) => f.number);
  const missing = wanted.filter((n) => !present.includes(n));
  if (missing.length > 0)
    throw new AnnexSelectionError(annexMessages(messages).unknownFields(missing, present));
  return catalogue.actionFields.filter((f) => wanted.includes(f.number));
}

function annexMeasure(
  measure: Measure,
  inputs: MeasureInputs,
  inputLang: Language,
  lang: Language,
): AnnexMeasure {
  const unit = inputs.unit ?? measure.unit;
  const remark = inputs.remark;
  const previous = previousRound(measure, inputLang, lang);
  return {
    id: measure.id,
    title: measure.title,
    ...(unit !== undefined && unit !== "" ? { unit: String(unit) } : {}),
    ...(remark !== undefined && remark !== "" ? { remark: String(remark) } : {}),
    display: ratingDisplay(inputs, inputLang, lang),
    inputs,
    ...(previous ? { previous } : {}),
  };
}

/** The catalogue's rating of the previous round, shown the same way. */
function previousRound(measure: Measure, inputLang: Language, lang: Language): AnnexMeasure["previous"] {
  const rating = measure.rating;
  if (!rating) return undefined;
  const inputs: Record<string, string> = {};
  if (rating.level) inputs.level = levelByCode(rating.level).value[inputLang];
  if (measure.taskType) inputs.taskType = measure.taskType;
  for (const field of INPUT_FIELDS)
    if (field.kind === "flag" && rating[field.key as "weiterfuehrungsbedarf"] === true)
      inputs[field.key] = YES[inputLang];
  return {
    display: ratingDisplay(inputs, inputLang, lang),
    ...(rating.remark ? { remark: rating.remark } : {}),
  };
}

/**
 * The Bewertung cell of one measure, as the workbook shows it. `inputLang` is the workbook's language
 * (the one its inputs are entered in), `lang` the language of the words shown.
 */
export function ratingDisplay(inputs: MeasureInputs, inputLang: Language, lang: Language): RatingDisplay {
  const level = classifyLevel(inputs.level, inputLang);
  const task = classifyTaskType(inputs.taskType);
  const flags = INPUT_FIELDS.filter((f) => f.kind === "flag" && f.symbol);
  const invalid =
    level.kind === "invalid" ||
    (task.kind !== "blank" && task.kind !== "task") ||
    flags.some((f) => classifyFlag(inputs[f.key], inputLang).kind === "invalid");
  const symbols: RatingSymbol[] = [];
  for (const t of TASK_TYPES) if (inputs.taskType === t.code) symbols.push(symbolByCode(t.symbol));
  for (const f of flags)
    if (classifyFlag(inputs[f.key], inputLang).kind === "yes") symbols.push(symbolByCode(f.symbol!));
  const glyphs = symbols.length > 0 ? " ·" + symbols.map((s) => ` ${s.glyph}`).join("") : "";
  if (invalid)
    return {
      status: "invalid",
      symbols,
      text: INVALID_DISPLAY[lang] + glyphs,
      fill: PALETTE.invalidFill,
      fontColor: PALETTE.invalidFont,
    };
  if (level.kind !== "level")
    return {
      status: "open",
      symbols,
      text: NOT_RATED.display[lang] + glyphs,
      fill: PALETTE.openFill,
      fontColor: PALETTE.openFont,
    };
  return {
    status: "rated",
    level: level.level,
    symbols,
    text: level.level.value[lang] + glyphs,
    fill: level.level.fill,
    fontColor: level.level.fontColor,
  };
}

/** Every measure of a field with its goal and challenge, in catalogue order. */
export function* fieldMeasures(
  field: AnnexField,
): Generator<{ challenge: AnnexChallenge; goal: AnnexGoal; measure: AnnexMeasure }> {
  for (const challenge of field.challenges)
    for (const goal of challenge.goals)
      for (const measure of goal.measures) yield { challenge, goal, measure };
}
