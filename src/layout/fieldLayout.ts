/** Column and row layout of an action-field sheet (the report's annex plus input columns). */
import { INPUT_FIELDS, type InputKey } from "../scheme/ratingScheme";
import { columnLetter } from "../core/address";

export const FIELD_TITLE_ROW = 1;
export const FIELD_NAME_ROW = 2;
export const FIELD_PROGRESS_ROW = 3;
export const FIELD_HEADER_ROW = 4;
export const FIELD_FIRST_ROW = 5;

export const COL_GOAL = 1;
export const COL_TEXT = 2;
export const COL_MEASURE = 3;
export const COL_RATING = 4;
/** Narrow empty column that sets the inputs apart from the annex (and ends the print area). */
export const COL_SEPARATOR = 5;
export const COL_FIRST_INPUT = 6;

/** Column index of each input, in the scheme's order. */
export const INPUT_COLUMN: Readonly<Record<InputKey, number>> = Object.fromEntries(
  INPUT_FIELDS.map((field, i) => [field.key, COL_FIRST_INPUT + i]),
) as Record<InputKey, number>;

export const COL_LAST_INPUT = COL_FIRST_INPUT + INPUT_FIELDS.length - 1;
export const COL_UNIT = COL_LAST_INPUT + 1;
export const COL_ID = COL_UNIT + 1;
/** Hidden helper: "bewertet" / "offen" / "ungültig" per measure row. */
export const COL_STATUS = COL_ID + 1;
/** Only in a per-unit workbook: "nicht Ihre Zuständigkeit" on other units' rows. */
export const COL_NOTE = COL_STATUS + 1;
/** From the second round on, outside the print area: the previous round's level and the change mark. */
export const COL_PREVIOUS = COL_NOTE + 1;
export const COL_CHANGE = COL_PREVIOUS + 1;

export const INPUT_LETTER: Readonly<Record<InputKey, string>> = Object.fromEntries(
  INPUT_FIELDS.map((field) => [field.key, columnLetter(INPUT_COLUMN[field.key])]),
) as Record<InputKey, string>;

export const LETTER = {
  goal: columnLetter(COL_GOAL),
  rating: columnLetter(COL_RATING),
  unit: columnLetter(COL_UNIT),
  id: columnLetter(COL_ID),
  status: columnLetter(COL_STATUS),
  previous: columnLetter(COL_PREVIOUS),
  change: columnLetter(COL_CHANGE),
} as const;

export const FIELD_COLUMN_WIDTHS: Readonly<Record<number, number>> = {
  [COL_GOAL]: 6,
  [COL_TEXT]: 48,
  [COL_MEASURE]: 36,
  [COL_RATING]: 18,
  [COL_SEPARATOR]: 2,
  [INPUT_COLUMN.level]: 15,
  [INPUT_COLUMN.taskType]: 9,
  [INPUT_COLUMN.weiterfuehrungsbedarf]: 14,
  [INPUT_COLUMN.zustaendigkeitFraglich]: 14,
  [INPUT_COLUMN.rahmenbedingungenVeraendert]: 15,
  [INPUT_COLUMN.remark]: 36,
  [COL_UNIT]: 24,
  [COL_ID]: 14,
  [COL_STATUS]: 10,
  [COL_NOTE]: 22,
  [COL_PREVIOUS]: 15,
  [COL_CHANGE]: 18,
};
