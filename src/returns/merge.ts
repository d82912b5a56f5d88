/**
 * Merging returned workbooks into the master, by stable measure ID. Pure over entered inputs.
 *
 * A return is judged against what was sent out (the file as it was built: the catalogue's values), not
 * against the master's current values: a field the return did not change is no news, whatever the master
 * holds now. A changed field is taken only when the unit owning the measure returned it, it passed
 * validation, the master still holds what was sent out there, and no other return changed it differently.
 * Every other change is listed as a conflict (or refused) and the master keeps its value until a person
 * decides. Because nothing depends on what earlier merges applied, merging one file per unit in any order,
 * at once or in batches, gives the same workbook and the same conflicts.
 */
import { measureEntries, type Catalogue, type Measure } from "../catalogue/model";
import type { MeasureInputs } from "../layout/plan";
import { returnsMessages } from "../core/messages/sections";
import { inputField, type InputKey, type Language } from "../scheme/ratingScheme";
import { isBlank, RATING_KEYS, sameValue, type InputOrUnitKey, type InputValue } from "./ratingFields";

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
  /**
   * What the file showed when it was sent out, by measure ID, in the master's language (the values of
   * the catalogue it carries). A field equal to this was not changed by whoever filled the file in.
   */
  readonly sent: ReadonlyMap<string, MeasureInputs>;
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
  /** Why, for the report (in the language mergeReturns was asked for). */
  readonly reason: string;
}

export interface MergeResult {
  /** The master's inputs with every applied return value. */
  readonly inputs: Map<string, MeasureInputs>;
  readonly items: readonly MergeItem[];
  readonly counts: Readonly<Record<MergeOutcome, number>>;
}

/** An owning return's changes to a measure's rating (fields that differ from what was sent out). */
interface Proposal {
  readonly ret: ReturnInputs;
  /** The changed rating fields and their returned values (undefined: cleared). */
  readonly changed: ReadonlyMap<InputKey, InputValue | undefined>;
  /** Validation errors of the entry; an invalid entry is refused. */
  readonly invalid: readonly string[];
}

type ItemFields = Omit<MergeItem, "file" | "measureId" | "measureTitle" | "unit">;

/** `lang`: the language of the items' reasons (German by default). */
export function mergeReturns(
  master: MergeMaster,
  returns: readonly ReturnInputs[],
  refused: readonly RefusedReturn[] = [],
  lang: Language = "de",
): MergeResult {
  const t = returnsMessages(lang).reason;
  const inputs = new Map<string, MeasureInputs>(master.inputs);
  const items: MergeItem[] = refused.map((r) => ({
    outcome: "refused",
    file: r.file,
    changes: [],
    reason: t.fileRefused(r.reason),
  }));
  for (const { measure } of measureEntries(master.catalogue)) {
    const masterInputs = master.inputs.get(measure.id) ?? catalogueShown(measure);
    const owner = ownerOf(measure, masterInputs);
    const proposals: Proposal[] = [];
    for (const ret of returns) {
      const returned = ret.inputs.get(measure.id);
      if (!returned) continue;
      const sent = ret.sent.get(measure.id) ?? {};
      const push = (fields: ItemFields) =>
        items.push({
          file: ret.file,
          measureId: measure.id,
          measureTitle: measure.title,
          ...(owner !== "" ? { unit: owner } : {}),
          ...fields,
        });
      const proposal = assess(ret, measure.id, returned, sent, masterInputs, owner, push, lang);
      if (proposal) proposals.push(proposal);
    }
    decide(proposals, measure, masterInputs, owner, inputs, items, lang);
  }
  return { inputs, items, counts: countOutcomes(items) };
}

/** What a master without read-back inputs for the measure shows: the catalogue's values. */
function catalogueShown(measure: Measure): MeasureInputs {
  return measure.unit !== undefined ? { unit: measure.unit } : {};
}

function ownerOf(measure: Measure, masterInputs: MeasureInputs): string {
  const unit = masterInputs.unit ?? measure.unit;
  return isBlank(unit) ? "" : String(unit);
}

function change(key: InputOrUnitKey, master: InputValue | undefined, returned: InputValue | undefined) {
  return {
    key,
    ...(!isBlank(master) && { master }),
    ...(!isBlank(returned) && { returned }),
  };
}

/** One return's entry for one measure: items for the report now, or a proposal to decide on. */
function assess(
  ret: ReturnInputs,
  measureId: string,
  returned: MeasureInputs,
  sent: MeasureInputs,
  masterInputs: MeasureInputs,
  owner: string,
  push: (fields: ItemFields) => void,
  lang: Language,
): Proposal | undefined {
  const t = returnsMessages(lang).reason;
  if (!sameValue(returned.unit, sent.unit) && !sameValue(returned.unit, masterInputs.unit))
    push({
      outcome: "conflict",
      conflict: "unitChanged",
      changes: [change("unit", masterInputs.unit, returned.unit)],
      reason: t.unitChanged(owner),
    });
  const changedKeys = RATING_KEYS.filter((key) => !sameValue(returned[key], sent[key]));
  const owns = ret.unit === undefined || ret.unit === owner;
  if (!owns) {
    if (changedKeys.length > 0)
      push({
        outcome: "conflict",
        conflict: "otherUnit",
        changes: changedKeys.map((key) => change(key, masterInputs[key], returned[key])),
        reason: t.otherUnit(owner),
      });
    return undefined;
  }
  const changed = new Map(changedKeys.map((key) => [key, blankToUndefined(returned[key])]));
  return { ret, changed, invalid: ret.invalid?.get(measureId) ?? [] };
}

function blankToUndefined(value: InputValue | undefined | null): InputValue | undefined {
  return isBlank(value) ? undefined : value;
}

/**
 * The owning returns' changes to one measure, together. A field two returns changed differently is
 * applied from neither; a return is applied as a whole or not at all (its rating fields belong together).
 */
function decide(
  proposals: readonly Proposal[],
  measure: Measure,
  masterInputs: MeasureInputs,
  owner: string,
  inputs: Map<string, MeasureInputs>,
  items: MergeItem[],
  lang: Language,
): void {
  if (proposals.length === 0) return;
  const t = returnsMessages(lang).reason;
  const field = (key: InputOrUnitKey) => fieldName(key, lang);
  const base = {
    measureId: measure.id,
    measureTitle: measure.title,
    ...(owner !== "" ? { unit: owner } : {}),
  };
  const proposed = new Map<InputKey, { value: InputValue | undefined; files: string[] }[]>();
  for (const p of proposals)
    for (const [key, value] of p.changed) {
      const values = proposed.get(key) ?? [];
      const same = values.find((v) => sameValue(v.value, value));
      if (same) same.files.push(p.ret.file);
      else values.push({ value, files: [p.ret.file] });
      proposed.set(key, values);
    }
  const result: Record<string, InputValue> = { ...(masterInputs as Record<string, InputValue>) };
  let applied = false;
  for (const p of proposals) {
    const pending = [...p.changed].filter(([key, value]) => !sameValue(value, masterInputs[key]));
    const changes = pending.map(([key, value]) => change(key, masterInputs[key], value));
    const push = (fields: Pick<MergeItem, "outcome" | "reason"> & Partial<MergeItem>) =>
      items.push({ ...base, file: p.ret.file, changes, ...fields });
    const disputed = [...p.changed.keys()].filter((key) => proposed.get(key)!.length > 1);
    if (p.invalid.length > 0) push({ outcome: "refused", reason: t.invalid(p.invalid.join(" ")) });
    else if (disputed.length > 0) {
      const others = disputed.flatMap((key) =>
        proposed
          .get(key)!
          .filter((v) => !sameValue(v.value, p.changed.get(key)))
          .flatMap((v) => v.files),
      );
      push({
        outcome: "conflict",
        conflict: "returnsDiffer",
        changes: [...p.changed]
          .filter(([key, value]) => disputed.includes(key) || !sameValue(value, masterInputs[key]))
          .map(([key, value]) => change(key, masterInputs[key], value)),
        reason: t.returnsDiffer(disputed.map(field).join(", "), [...new Set(others)].join(", ")),
      });
    } else if (pending.length === 0) {
      push({ outcome: "unchanged", reason: t.unchanged });
    } else if (pending.some(([key]) => !sameValue(masterInputs[key], p.ret.sent.get(measure.id)?.[key])))
      push({
        outcome: "conflict",
        conflict: "masterHasValue",
        reason: t.masterHasValue,
      });
    else {
      push({
        outcome: "applied",
        reason: t.applied(pending.map(([key]) => field(key)).join(", ")),
      });
      for (const [key, value] of pending) {
        if (value === undefined) delete result[key];
        else result[key] = value;
      }
      applied = true;
    }
  }
  if (applied) inputs.set(measure.id, result);
}

/** The column's header as the reports name it: "Zielerreichungsgrad", "Zuständig"; "Responsible" in English. */
export function fieldName(key: InputOrUnitKey, lang: Language = "de"): string {
  return key === "unit" ? returnsMessages(lang).unitField : inputField(key).header[lang];
}

function countOutcomes(items: readonly MergeItem[]): Record<MergeOutcome, number> {
  const counts: Record<MergeOutcome, number> = { applied: 0, unchanged: 0, conflict: 0, refused: 0 };
  for (const item of items) counts[item.outcome]++;
  return counts;
}
