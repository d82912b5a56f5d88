/**
 * Finds where the plan's sheets and measures actually are in a workbook as read back. Departments
 * rename sheets, delete, insert, copy and move rows; every rule then works on where a measure really
 * stands (found by its stable ID), and the structure rule reports how that differs from the plan.
 * Everything is indexed once (Maps, sorted anchors), so the cost is linear in the workbook's size.
 */
import type { MeasureInputs, MeasureLocation, SheetPlan, WorkbookPlan } from "../layout/plan";
import { INPUT_FIELDS, type InputKey, type Language } from "../scheme/ratingScheme";
import {
  classifyFlags,
  classifyLevel,
  classifyTaskType,
  type FlagClasses,
  type LevelClass,
  type TaskTypeClass,
} from "./classify";
import { parseCell } from "../core/address";
import { valueAt, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../layout/snapshot";
import { columnIndex } from "./columns";
import { planIndex } from "./planIndex";

export { columnIndex };

export interface SheetMatch {
  readonly plan: SheetPlan;
  /** The snapshot sheet standing for this plan sheet: same name, or recognised by its contents. */
  readonly snapshot?: SheetSnapshot;
  readonly renamed: boolean;
}

export interface Occurrence {
  readonly sheetKey: string;
  readonly sheet: SheetSnapshot;
  readonly row: number;
}

export type Placement =
  | { readonly kind: "inPlace" }
  | { readonly kind: "shifted"; readonly offset: number }
  | { readonly kind: "movedField"; readonly toSheetKey: string }
  | { readonly kind: "movedGoal"; readonly toGoal: number }
  | { readonly kind: "reordered" }
  /** Not found; `sheetMissing` when its whole sheet is gone (reported once for the sheet). */
  | { readonly kind: "missing"; readonly sheetMissing: boolean; readonly foundInstead: CellValue };

export interface MeasureState {
  readonly location: MeasureLocation;
  readonly title?: string;
  readonly placement: Placement;
  readonly occurrences: readonly Occurrence[];
  /** Where the measure is read from; absent when missing. */
  readonly at?: Occurrence;
  readonly inputs?: MeasureInputs;
  /** The inputs classified as the workbook's formulas do (in the plan's language); absent when missing. */
  readonly level?: LevelClass;
  readonly taskType?: TaskTypeClass;
  readonly flags?: FlagClasses;
}

export interface ShiftRun {
  readonly sheetKey: string;
  readonly offset: number;
  /** First measure of the run, in plan order. */
  readonly first: MeasureState;
}

export interface Located {
  readonly sheets: readonly SheetMatch[];
  readonly sheetByKey: ReadonlyMap<string, SheetMatch>;
  /** Snapshot sheets that stand for no plan sheet. */
  readonly unknownSheets: readonly SheetSnapshot[];
  readonly measures: readonly MeasureState[];
  readonly shiftRuns: readonly ShiftRun[];
  /** The language the measures' inputs were classified in. */
  readonly language: Language;
  /** Row in the snapshot where a plan row of this sheet now is; undefined when the row is gone or moved. */
  snapshotRow(sheetKey: string, planRow: number): number | undefined;
}

export function locate(
  plan: WorkbookPlan,
  snapshot: WorkbookSnapshot,
  titles?: ReadonlyMap<string, string>,
): Located {
  const { sheets, unknownSheets } = matchSheets(plan, snapshot);
  const sheetByKey = new Map(sheets.map((m) => [m.plan.key, m]));
  const index = planIndex(plan);
  const occurrences = indexIds(index.positionOf, index.idColumns, sheetByKey, plan.measures.length);
  const states: MutableState[] = plan.measures.map((location, position) => {
    const found = occurrences[position] ?? NONE;
    return {
      location,
      title: titles?.get(location.measureId),
      placement: IN_PLACE,
      occurrences: found,
      at: choosePrimary(location, found),
      inputs: undefined,
      level: undefined,
      taskType: undefined,
      flags: undefined,
    };
  });
  const anchors = new Map<string, Anchors>();
  const shiftRuns: ShiftRun[] = [];
  for (const [sheetKey, positions] of index.positionsBySheet) {
    const sheetStates = positions.map((i) => states[i]!);
    anchors.set(sheetKey, placeOnSheet(sheetKey, sheetByKey.get(sheetKey), sheetStates, shiftRuns));
  }
  const reader = new InputReader();
  const language = plan.meta.language;
  for (const state of states) withInputs(state, reader, language);
  const measures: readonly MeasureState[] = states;
  return {
    sheets,
    sheetByKey,
    unknownSheets,
    measures,
    shiftRuns,
    language,
    snapshotRow: (sheetKey, planRow) => {
      const sheetAnchors = anchors.get(sheetKey);
      return sheetAnchors ? sheetAnchors.rowFor(planRow) : planRow;
    },
  };
}

const NONE: readonly Occurrence[] = [];

type MutableState = { -readonly [K in keyof MeasureState]: MeasureState[K] };

function withInputs(state: MutableState, reader: InputReader, lang: Language): void {
  const at = state.at;
  if (!at) return;
  const inputs = reader.read(state.location, at.sheet.values[at.row - 1]);
  state.inputs = inputs;
  state.level = classifyLevel(inputs.level, lang);
  state.taskType = classifyTaskType(inputs.taskType);
  state.flags = classifyFlags(inputs, lang);
}

/**
 * Reads a measure's inputs from its row (as readInputs does, but without re-parsing column letters for
 * each of 25,000 measures: consecutive measures share their columns).
 */
class InputReader {
  private letters: readonly string[] = [];
  private indices: readonly number[] = [];
  /** Plans share one columns object among their measures: the same object means the same columns. */
  private columnsObject: MeasureLocation["inputColumns"] | undefined;
  private unitColumn = "";

  read(location: MeasureLocation, cells: readonly CellValue[] | undefined): MeasureInputs {
    if (!this.sameColumns(location)) {
      this.letters = [...INPUT_KEYS.map((key) => location.inputColumns[key]), location.unitColumn];
      this.indices = this.letters.map((l) => columnIndex(l) - 1);
      this.columnsObject = location.inputColumns;
      this.unitColumn = location.unitColumn;
    }
    const inputs: Record<string, string | number | boolean> = {};
    if (!cells) return inputs;
    for (let i = 0; i < this.indices.length; i++) {
      const value = cells[this.indices[i]!] ?? null;
      if (value !== null && value !== "") inputs[i < INPUT_KEYS.length ? INPUT_KEYS[i]! : "unit"] = value;
    }
    return inputs;
  }

  private sameColumns(location: MeasureLocation): boolean {
    if (this.letters.length === 0) return false;
    if (location.inputColumns === this.columnsObject && location.unitColumn === this.unitColumn) return true;
    for (let i = 0; i < INPUT_KEYS.length; i++)
      if (location.inputColumns[INPUT_KEYS[i]!] !== this.letters[i]) return false;
    return location.unitColumn === this.letters[INPUT_KEYS.length];
  }
}

const INPUT_KEYS: readonly InputKey[] = INPUT_FIELDS.map((f) => f.key);

// ---------------------------------------------------------------- sheets

function matchSheets(plan: WorkbookPlan, snapshot: WorkbookSnapshot) {
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const planNames = new Set(plan.sheets.map((s) => s.name));
  const unknown = snapshot.sheets.filter((s) => !planNames.has(s.name));
  const sheets: SheetMatch[] = plan.sheets.map((p) => {
    const same = byName.get(p.name);
    if (same) return { plan: p, snapshot: same, renamed: false };
    const renamedTo = recogniseRenamed(p, unknown);
    if (!renamedTo) return { plan: p, renamed: false };
    unknown.splice(unknown.indexOf(renamedTo), 1);
    return { plan: p, snapshot: renamedTo, renamed: true };
  });
  return { sheets, unknownSheets: unknown };
}

const RECOGNITION_SAMPLE = 40;

/** A renamed sheet still holds the plan's texts where the plan put them. */
function recogniseRenamed(plan: SheetPlan, candidates: readonly SheetSnapshot[]): SheetSnapshot | undefined {
  const sample = planTexts(plan, RECOGNITION_SAMPLE);
  if (sample.length === 0) return undefined;
  let best: SheetSnapshot | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = sample.filter((t) => valueAt(candidate, t.row, t.column) === t.text).length;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return bestScore * 2 >= sample.length ? best : undefined;
}

function planTexts(plan: SheetPlan, limit: number): { row: number; column: number; text: string }[] {
  const texts: { row: number; column: number; text: string }[] = [];
  for (const block of plan.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (texts.length < limit && cell && "text" in cell && cell.text !== "")
          texts.push({ row: origin.row + r, column: origin.column + c, text: cell.text });
      }),
    );
    if (texts.length >= limit) break;
  }
  return texts;
}

// ---------------------------------------------------------------- IDs

/** Every place a plan ID stands in an ID column, by the measure's position in plan.measures. */
function indexIds(
  positionOf: ReadonlyMap<string, number>,
  idColumnsBySheet: ReadonlyMap<string, readonly number[]>,
  sheetByKey: ReadonlyMap<string, SheetMatch>,
  count: number,
): (Occurrence[] | undefined)[] {
  const found = new Array<Occurrence[] | undefined>(count);
  for (const [sheetKey, idColumns] of idColumnsBySheet) {
    const sheet = sheetByKey.get(sheetKey)?.snapshot;
    if (!sheet) continue;
    const rows = sheet.values;
    for (let row = 1; row <= rows.length; row++) {
      const cells = rows[row - 1]!;
      for (const column of idColumns) {
        const value = cells[column - 1];
        if (typeof value !== "string") continue;
        const position = positionOf.get(value) ?? positionOf.get(value.trim());
        if (position === undefined) continue;
        const occurrence = { sheetKey, sheet, row };
        const list = found[position];
        if (list) list.push(occurrence);
        else found[position] = [occurrence];
      }
    }
  }
  return found;
}

/** The occurrence that is "the" measure: on its own sheet, nearest its planned row (a copy is the other one). */
function choosePrimary(location: MeasureLocation, found: readonly Occurrence[]): Occurrence | undefined {
  let best: Occurrence | undefined;
  for (const o of found) {
    if (!best) best = o;
    else if (o.sheetKey === location.sheetKey && best.sheetKey !== location.sheetKey) best = o;
    else if (
      o.sheetKey === best.sheetKey &&
      Math.abs(o.row - location.row) < Math.abs(best.row - location.row)
    )
      best = o;
  }
  return best;
}

// ---------------------------------------------------------------- rows

interface Anchors {
  rowFor(planRow: number): number | undefined;
}

const IN_PLACE: Placement = { kind: "inPlace" };

/**
 * Decides the placement of each measure of one sheet. Measures that kept their relative order form the
 * backbone (longest increasing subsequence of planned positions); their offsets map every other plan
 * row of the sheet. The rest were moved.
 */
function placeOnSheet(
  sheetKey: string,
  match: SheetMatch | undefined,
  states: MutableState[],
  shiftRuns: ShiftRun[],
): Anchors {
  const { here, planIndices } = foundHereInRowOrder(sheetKey, states);
  const inBackbone = new Uint8Array(states.length);
  for (const k of longestIncreasing(planIndices)) inBackbone[planIndices[k]!] = 1;
  const goneRows = new Set<number>();
  const anchorRows: number[] = [];
  const anchorOffsets: number[] = [];
  let shifted = false;
  let run: ShiftRun | undefined;
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    const at = state.at;
    if (!at) {
      const foundInstead = match?.snapshot
        ? valueAt(match.snapshot, state.location.row, columnIndex(state.location.idColumn))
        : null;
      state.placement = { kind: "missing", sheetMissing: !match?.snapshot, foundInstead };
      goneRows.add(state.location.row);
    } else if (at.sheetKey !== sheetKey) {
      state.placement = { kind: "movedField", toSheetKey: at.sheetKey };
      goneRows.add(state.location.row);
    } else if (!inBackbone[i]) {
      goneRows.add(state.location.row);
    } else {
      const offset = at.row - state.location.row;
      state.placement = offset === 0 ? IN_PLACE : { kind: "shifted", offset };
      anchorRows.push(state.location.row);
      anchorOffsets.push(offset);
      if (offset !== 0) shifted = true;
      if (offset !== 0 && run?.offset !== offset) shiftRuns.push((run = { sheetKey, offset, first: state }));
      if (offset === 0) run = undefined;
    }
  }
  placeMoved(here, planIndices, inBackbone);
  if (!shifted && goneRows.size === 0) return { rowFor: (planRow) => planRow };
  return {
    rowFor(planRow) {
      if (goneRows.has(planRow)) return undefined;
      const i = lastAtOrBefore(anchorRows, planRow);
      return planRow + (i < 0 ? 0 : anchorOffsets[i]!);
    },
  };
}

/** The sheet's own measures found on it, by actual row, with their positions in the sheet's plan order. */
function foundHereInRowOrder(sheetKey: string, states: readonly MutableState[]) {
  let here: MutableState[] = [];
  let planIndices: number[] = [];
  let sorted = true;
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    if (state.at?.sheetKey !== sheetKey) continue;
    if (here.length > 0 && here[here.length - 1]!.at!.row > state.at.row) sorted = false;
    here.push(state);
    planIndices.push(i);
  }
  if (!sorted) {
    const order = here.map((_, k) => k).sort((a, b) => here[a]!.at!.row - here[b]!.at!.row);
    [here, planIndices] = [order.map((k) => here[k]!), order.map((k) => planIndices[k]!)];
  }
  return { here, planIndices };
}

/** A moved measure now sits under the goal of the backbone measure just above it (or below, at the top). */
function placeMoved(
  here: readonly MutableState[],
  planIndices: readonly number[],
  inBackbone: Uint8Array,
): void {
  const first = planIndices.findIndex((i) => inBackbone[i]);
  let above: MutableState | undefined = first >= 0 ? here[first] : undefined;
  for (let k = 0; k < here.length; k++) {
    const state = here[k]!;
    if (inBackbone[planIndices[k]!]) {
      above = state;
      continue;
    }
    const toGoal = (above ?? state).location.goalNumber;
    state.placement =
      toGoal === state.location.goalNumber ? { kind: "reordered" } : { kind: "movedGoal", toGoal };
  }
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** Indices into `seq` of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(seq: readonly number[]): number[] {
  if (seq.every((value, i) => i === 0 || seq[i - 1]! < value)) return seq.map((_, i) => i);
  const tails: number[] = [];
  const previous: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const result: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) result.push(i);
  return result.reverse();
}
