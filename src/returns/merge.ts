/**
 * Merging returned workbooks into the master, by stable measure ID. Pure over entered inputs.
 *
 * A value is taken only when the unit owning the measure returned it, it passed validation, the master
 * has nothing in the fields it fills, and no other return proposes something else. Every other
 * difference is listed as a conflict (or refused) and the master keeps its value until a person decides.
 */
import { measureEntries, type Catalogue, type Measure } from "../catalogue/model";
import type { MeasureInputs } from "../layout/plan";
import { inputField } from "../scheme/ratingScheme";
import {
  isBlank,
  ratingKey,
  ratingPart,
  RATING_KEYS,
  sameValue,
  type InputOrUnitKey,
  type InputValue,
} from "./ratingFields";

export interface MergeMaster {
  readonly catalogue: Catalogue;
  /** Entered inputs of the master by measure ID (incl. the unit cell). */
  readonly inputs: ReadonlyMap<string, MeasureInputs>;
}

export interface ReturnInputs {
  /** File name, for the report. */
  readonly file: string;
  /** Unit of a per-unit workbook; undefined for a full workbook, which may fill every row. */
  readonly unit?: string;
  /** Entered inputs by measure ID, already in the master's language. */
  readonly inputs: ReadonlyMap<string, MeasureInputs>;
  /** Measures whose entries failed validation, with the reasons. */
  readonly invalid?: ReadonlyMap<string, readonly string[]>;
}

export interface RefusedReturn {
  readonly file: string;
  readonly reason: string;
}

export type MergeOutcome = "applied" | "unchanged" | "conflict" | "refused";
export const MERGE_OUTCOMES: readonly MergeOutcome[] = ["applied", "unchanged", "conflict", "refused"];

export type ConflictKind = "returnsDiffer" | "masterHasValue" | "otherUnit" | "unitChanged";

export interface FieldChange {
  readonly key: InputOrUnitKey;
  readonly master?: InputValue;
  readonly returned?: InputValue;
}

export interface MergeItem {
  readonly outcome: MergeOutcome;
  readonly file: string;
  /** Absent when a whole file was refused. */
  readonly measureId?: string;
  readonly measureTitle?: string;
  /** The unit that owns the measure in the master. */
  readonly unit?: string;
  readonly conflict?: ConflictKind;
  readonly changes: readonly FieldChange[];
  /** Why, in German, for the report. */
  readonly reason: string;
}

export interface MergeResult {
  /** The master's inputs with every applied return value. */
  readonly inputs: Map<string, MeasureInputs>;
  readonly items: readonly MergeItem[];
  readonly counts: Readonly<Record<MergeOutcome, number>>;
}

/** An owning return's entry that differs from the master. */
interface Proposal {
  readonly ret: ReturnInputs;
  readonly rating: MeasureInputs;
  readonly changes: readonly FieldChange[];
  /** Validation errors of the entry; an invalid entry is refused, and still counts as a differing return. */
  readonly invalid: readonly string[];
}

export function mergeReturns(
  master: MergeMaster,
  returns: readonly ReturnInputs[],
  refused: readonly RefusedReturn[] = [],
): MergeResult {
  const inputs = new Map<string, MeasureInputs>(master.inputs);
  const items: MergeItem[] = refused.map((r) => ({
    outcome: "refused",
    file: r.file,
    changes: [],
    reason: `Datei abgelehnt: ${r.reason}`,
  }));
  for (const { measure } of measureEntries(master.catalogue)) {
    const masterInputs = master.inputs.get(measure.id) ?? {};
    const owner = ownerOf(measure, masterInputs);
    const proposals: Proposal[] = [];
    for (const ret of returns) {
      const returned = ret.inputs.get(measure.id);
      if (!returned) continue;
      const item = (fields: Omit<MergeItem, "file" | "measureId" | "measureTitle" | "unit">): MergeItem => ({
        file: ret.file,
        measureId: measure.id,
        measureTitle: measure.title,
        ...(owner !== "" ? { unit: owner } : {}),
        ...fields,
      });
      const proposal = assess(ret, measure.id, returned, masterInputs, owner, item, items);
      if (proposal) proposals.push({ ...proposal, ret });
    }
    decide(proposals, measure, masterInputs, owner, inputs, items);
  }
  return { inputs, items, counts: countOutcomes(items) };
}

function ownerOf(measure: Measure, masterInputs: MeasureInputs): string {
  const unit = masterInputs.unit ?? measure.unit;
  return isBlank(unit) ? "" : String(unit);
}

type ItemFor = (fields: Omit<MergeItem, "file" | "measureId" | "measureTitle" | "unit">) => MergeItem;

/** One return's entry for one measure: an item for the report now, or a proposal to decide on. */
function assess(
  ret: ReturnInputs,
  measureId: string,
  returned: MeasureInputs,
  masterInputs: MeasureInputs,
  owner: string,
  item: ItemFor,
  items: MergeItem[],
): Omit<Proposal, "ret"> | undefined {
  if (!isBlank(returned.unit) && !sameValue(returned.unit, owner))
    items.push(
      item({
        outcome: "conflict",
        conflict: "unitChanged",
        changes: [{ key: "unit", ...(owner !== "" && { master: owner }), returned: returned.unit! }],
        reason: `Zuständigkeit im Rücklauf geändert; die Hauptdatei behält „${owner}“.`,
      }),
    );
  const changes = ratingChanges(masterInputs, returned);
  const owns = ret.unit === undefined || ret.unit === owner;
  if (changes.length === 0) {
    if (owns) items.push(item({ outcome: "unchanged", changes: [], reason: "wie in der Hauptdatei" }));
    return undefined;
  }
  if (!owns) {
    items.push(
      item({
        outcome: "conflict",
        conflict: "otherUnit",
        changes,
        reason: `Zeile einer anderen Organisationseinheit (${owner || "ohne Zuständigkeit"}) geändert; nicht übernommen.`,
      }),
    );
    return undefined;
  }
  const invalid = ret.invalid?.get(measureId) ?? [];
  return { rating: ratingPart(returned), changes, invalid };
}

function ratingChanges(masterInputs: MeasureInputs, returned: MeasureInputs): FieldChange[] {
  return RATING_KEYS.filter((key) => !sameValue(masterInputs[key], returned[key])).map((key) => ({
    key,
    ...(!isBlank(masterInputs[key]) && { master: masterInputs[key] }),
    ...(!isBlank(returned[key]) && { returned: returned[key] }),
  }));
}

/**
 * All owning returns that differ from the master, together: they must agree with each other, be valid
 * and only fill fields the master has empty — otherwise nothing is applied and each is listed.
 */
function decide(
  proposals: readonly Proposal[],
  measure: Measure,
  masterInputs: MeasureInputs,
  owner: string,
  inputs: Map<string, MeasureInputs>,
  items: MergeItem[],
): void {
  if (proposals.length === 0) return;
  const base = {
    measureId: measure.id,
    measureTitle: measure.title,
    ...(owner !== "" ? { unit: owner } : {}),
  };
  const disagree = new Set(proposals.map((p) => ratingKey(p.rating))).size > 1;
  const masterHasValue = proposals.some((p) => p.changes.some((c) => !isBlank(c.master)));
  for (const p of proposals) {
    const push = (fields: Pick<MergeItem, "outcome" | "reason"> & Partial<MergeItem>) =>
      items.push({ ...base, file: p.ret.file, changes: p.changes, ...fields });
    if (p.invalid.length > 0)
      push({ outcome: "refused", reason: `ungültige Eingabe: ${p.invalid.join(" ")}` });
    else if (disagree) {
      const others = proposals
        .filter((o) => ratingKey(o.rating) !== ratingKey(p.rating))
        .map((o) => o.ret.file);
      push({
        outcome: "conflict",
        conflict: "returnsDiffer",
        reason: `Rückläufe widersprechen sich (anders in: ${[...new Set(others)].join(", ")}); die Hauptdatei bleibt unverändert.`,
      });
    } else if (masterHasValue)
      push({
        outcome: "conflict",
        conflict: "masterHasValue",
        reason: "Die Hauptdatei hat hier schon einen anderen Wert; er bleibt, bis jemand entscheidet.",
      });
    else
      push({
        outcome: "applied",
        reason: `übernommen: ${p.changes.map((c) => fieldName(c.key)).join(", ")}`,
      });
  }
  // Agreeing returns are all valid or all invalid, so "applied" means every proposal was applied.
  if (!disagree && !masterHasValue && proposals.every((p) => p.invalid.length === 0))
    inputs.set(measure.id, { ...masterInputs, ...proposals[0]!.rating });
}

export function fieldName(key: InputOrUnitKey): string {
  return key === "unit" ? "Zuständig" : inputField(key).header.de;
}

function countOutcomes(items: readonly MergeItem[]): Record<MergeOutcome, number> {
  const counts: Record<MergeOutcome, number> = { applied: 0, unchanged: 0, conflict: 0, refused: 0 };
  for (const item of items) counts[item.outcome]++;
  return counts;
}
