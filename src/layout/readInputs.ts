import type { MeasureInputs, MeasureLocation, WorkbookPlan } from "./plan";
import { columnIndex } from "../core/address";
import { sheetByName, valueAt, type WorkbookSnapshot } from "./snapshot";
import { INPUT_FIELDS } from "../scheme/ratingScheme";

/**
 * Reads what is entered for every measure the plan places, by stable ID. Empty cells are left out,
 * so an untouched measure yields {}. Measures whose sheet is missing are left out entirely
 * (validation reports the missing sheet).
 */
export function readInputs(plan: WorkbookPlan, snapshot: WorkbookSnapshot): Map<string, MeasureInputs> {
  const result = new Map<string, MeasureInputs>();
  for (const location of plan.measures) {
    const sheet = sheetByName(snapshot, location.sheetName);
    if (!sheet) continue;
    result.set(
      location.measureId,
      inputsAt(location, (column) => valueAt(sheet, location.row, columnIndex(column))),
    );
  }
  return result;
}

export function inputsAt(
  location: MeasureLocation,
  cell: (column: string) => string | number | boolean | null,
): MeasureInputs {
  const inputs: Record<string, string | number | boolean> = {};
  for (const field of INPUT_FIELDS) {
    const value = cell(location.inputColumns[field.key]);
    if (value !== null && value !== "") inputs[field.key] = value;
  }
  const unit = cell(location.unitColumn);
  if (unit !== null && unit !== "") inputs.unit = unit;
  return inputs;
}
