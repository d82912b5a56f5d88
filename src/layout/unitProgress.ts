/** The "your measures: x of y rated" line of a per-unit workbook, live over the field sheets. */
import { quoteSheet } from "../core/address";
import type { PlanContext } from "./context";
import { LETTER } from "./fieldLayout";
import { label } from "./labels";
import { str } from "./sheetGrid";

export interface FieldRange {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Absolute range of one field-sheet column over the table body, with the sheet when `withSheet`. */
export function columnRange(field: FieldRange, letter: string, withSheet: boolean): string {
  const range = `$${letter}$${field.firstRow}:$${letter}$${field.lastRow}`;
  return withSheet ? `${quoteSheet(field.name)}!${range}` : range;
}

/**
 * Count of measure rows whose unit equals `unit` (exactly as "=" compares: ignoring case) and whose
 * column `letter` satisfies `condition`. SUMPRODUCT rather than COUNTIFS so that a unit name holding
 * "*", "?" or "<" is not read as a criterion pattern.
 */
export function unitCount(
  fields: readonly FieldRange[],
  unitExpr: string,
  letter: string,
  condition: string,
  withSheet = true,
): string {
  return fields
    .map(
      (f) =>
        `SUMPRODUCT((${columnRange(f, LETTER.unit, withSheet)}=${unitExpr})*(${columnRange(f, letter, withSheet)}${condition}))`,
    )
    .join("+");
}

export function unitProgressFormula(
  fields: readonly FieldRange[],
  ctx: PlanContext,
  withSheet = false,
): string {
  const unit = ctx.options.unit ?? "";
  const rated = unitCount(fields, str(unit), LETTER.status, `=${str(ctx.status.rated)}`, withSheet);
  const measures = unitCount(fields, str(unit), LETTER.id, `<>""`, withSheet);
  const prefix = `${label("progressPrefix", ctx.lang)} (${unit}): `;
  return `=${str(prefix)}&(${rated})&${str(` ${label("progressOf", ctx.lang)} `)}&(${measures})&${str(" " + label("rated", ctx.lang))}`;
}
