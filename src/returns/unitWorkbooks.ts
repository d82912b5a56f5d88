/**
 * Per-unit workbooks: the overview in which only one unit's input cells are unlocked (the layout does
 * the locking, marking and progress line through PlanOptions.unit), and one file per unit with a file
 * name that is safe on Windows, macOS and Linux. Pure: the caller writes the files.
 */
import { measureEntries, type Catalogue } from "../catalogue/model";
import { returnsMessages } from "../core/messages/sections";
import type { Language } from "../scheme/ratingScheme";
import { buildPlan } from "../layout/buildPlan";
import type { PlanOptions, WorkbookPlan } from "../layout/plan";
import { prefilledInputs, unitOf } from "../layout/prefill";

export interface UnitWorkbook {
  readonly unit: string;
  /** File name only (no folder), ending in .xlsx, unique ignoring case among the set. */
  readonly fileName: string;
  /** Number of measures the unit is responsible for. */
  readonly measures: number;
  readonly plan: WorkbookPlan;
}

/** Units responsible for at least one measure (entered units win over the catalogue's), sorted. */
export function unitsOf(
  catalogue: Catalogue,
  options: Pick<PlanOptions, "inputs" | "language">,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { measure } of measureEntries(catalogue)) {
    const unit = unitOf(prefilledInputs(measure, { builtAt: "", ...options }, options.language));
    if (unit.trim() !== "") counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b, "de")));
}

/** Thrown when the unit asked for has no measure; the message lists the units there are. */
export class UnknownUnitError extends Error {
  override readonly name = "UnknownUnitError";
}

/** `lang`: the language of the UnknownUnitError's message (German by default). */
export function unitWorkbook(
  catalogue: Catalogue,
  unit: string,
  options: PlanOptions,
  lang: Language = "de",
): UnitWorkbook {
  const units = unitsOf(catalogue, options);
  const measures = units.get(unit);
  if (measures === undefined)
    throw new UnknownUnitError(returnsMessages(lang).unknownUnit(unit, [...units.keys()]));
  return { unit, fileName: unitFileName(unit), measures, plan: buildPlan(catalogue, { ...options, unit }) };
}

/** One workbook per responsible unit, with distinct safe file names. */
export function allUnitWorkbooks(catalogue: Catalogue, options: PlanOptions): UnitWorkbook[] {
  const taken = new Set<string>();
  return [...unitsOf(catalogue, options)].map(([unit, measures]) => {
    const fileName = uniqueName(unitFileName(unit), taken);
    return { unit, fileName, measures, plan: buildPlan(catalogue, { ...options, unit }) };
  });
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BASE = 80;

/** "Amt für Wohnen*" → "Bewertung - Amt für Wohnen_.xlsx"; never empty, reserved or over-long. */
export function unitFileName(unit: string, prefix = "Bewertung - "): string {
  let base = unit
    .normalize("NFC")
    .replace(/[<>:"/\\|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/\p{Cc}/gu, "_")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (base === "" || /^_+$/.test(base)) base = "Einheit";
  if (RESERVED.test(base)) base = `${base}_`;
  if ([...base].length > MAX_BASE) base = [...base].slice(0, MAX_BASE).join("").trimEnd();
  return `${prefix}${base}.xlsx`;
}

function uniqueName(name: string, taken: Set<string>): string {
  const stem = name.replace(/\.xlsx$/, "");
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n}).xlsx`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
