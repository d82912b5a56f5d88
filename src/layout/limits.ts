/**
 * Limits of the catalogue that come from the workbook, in one place, so that `catalogue check` accepts
 * exactly what `workbook` can build. An action field's name stands whole in two cells: the field sheet's
 * heading („Handlungsfeld „Name““) and the Übersicht's row label („12 Name“), each at most one Excel cell.
 */
import { LANGUAGES } from "../scheme/ratingScheme";
import { quoted } from "./context";
import { label } from "./labels";
import { EXCEL_MAX_CELL_TEXT } from "./sheetGrid";

/** The longest number JavaScript writes for a positive integer ("123456789012345680000"), and a space. */
const NUMBER_PREFIX = 22;

const HEADING_OVERHEAD = Math.max(
  ...LANGUAGES.map((lang) => `${label("actionField", lang)} ${quoted("", lang)}`.length),
);

export const MAX_FIELD_NAME_LENGTH = EXCEL_MAX_CELL_TEXT - Math.max(HEADING_OVERHEAD, NUMBER_PREFIX);
