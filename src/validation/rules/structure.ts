/**
 * structure — the workbook no longer has the shape the plan gave it: a sheet renamed or deleted, a
 * measure's row deleted, copied, moved to another goal or field, rows inserted or deleted, catalogue
 * text edited, a formula overwritten by a value. Each finding says what happened, where, and what to do.
 * (An extra sheet someone added is only noted: it is ignored by the evaluation.)
 */
import { cellAddress, rangeAddress } from "../../core/address";
import { planIndex, type CellsToCheck } from "../planIndex";
import { formulaAt, valueAt, type SheetSnapshot } from "../../layout/snapshot";
import type { Language, Localized } from "../../scheme/ratingScheme";
import { type Located, type MeasureState, type Occurrence, type SheetMatch } from "../locate";
import { label } from "../../layout/labels";
import { shortened } from "../../core/cutText";
import { localized, quoted, type Emit, type Rule, type RuleContext } from "../rule";
import type { Finding } from "../types";
import { LEFTOVER_BACKUP_PREFIX } from "./leftoverBackups";

export const structure: Rule = {
  id: "structure",
  severity: "error",
  title: localized((v) => v.rules.structure.title),
  description: localized((v) => v.rules.structure.description),
  check(context, emit) {
    checkSheets(context.located, label("archiveSheet", context.lang), emit);
    checkMeasures(context.located, emit);
    checkShifts(context.located, emit);
    const cells = planIndex(context.plan).cellsToCheck;
    for (const match of context.located.sheets)
      if (match.snapshot) checkCells(context, match, cells.get(match.plan.key)!, emit);
  },
};

function finding(sheet: string, cell: string, message: Localized, extra: Partial<Finding> = {}): Finding {
  return { severity: "error", ruleId: "structure", message, sheet, cell, ...extra };
}

function measureExtra(state: MeasureState): Partial<Finding> {
  return {
    measureId: state.location.measureId,
    ...(state.title !== undefined ? { measureTitle: state.title } : {}),
    fieldId: state.location.fieldId,
  };
}

function named(state: MeasureState, lang: Language): string {
  const id = state.location.measureId;
  return state.title ? `${id} ${quoted(state.title, lang)}` : id;
}

// ---------------------------------------------------------------- sheets

function checkSheets(located: Located, archiveName: string, emit: Emit): void {
  for (const match of located.sheets) {
    const expected = match.plan.name;
    if (!match.snapshot) {
      emit(
        finding(
          expected,
          "A1",
          localized((v) => v.rules.structure.sheetMissing(expected)),
        ),
      );
    } else if (match.renamed) {
      const now = match.snapshot.name;
      emit(
        finding(
          now,
          "A1",
          localized((v) => v.rules.structure.sheetRenamed(expected, now)),
        ),
      );
    }
  }
  for (const sheet of located.unknownSheets) {
    // The Archiv sheet comes and goes with the catalogue's history; it is the planning office's, not extra.
    if (sheet.visibility !== "visible" || sheet.name === archiveName) continue;
    // A left-over rebuild backup is reported by its own rule (leftover-backup), with what to do.
    if (sheet.name.startsWith(LEFTOVER_BACKUP_PREFIX)) continue;
    emit({
      ...finding(
        sheet.name,
        "A1",
        localized((v) => v.rules.structure.extraSheet(sheet.name)),
      ),
      severity: "info",
    });
  }
}

// ---------------------------------------------------------------- measures

function sheetName(located: Located, sheetKey: string): string {
  const match = located.sheetByKey.get(sheetKey);
  return match?.snapshot?.name ?? match?.plan.name ?? sheetKey;
}

function idCell(state: MeasureState, at: Occurrence | undefined): string {
  return `${state.location.idColumn}${at?.row ?? state.location.row}`;
}

function checkMeasures(located: Located, emit: Emit): void {
  let byId: Map<string, MeasureState> | undefined; // only needed once a measure is missing
  const measureById = () => (byId ??= new Map(located.measures.map((m) => [m.location.measureId, m])));
  for (const state of located.measures) {
    const p = state.placement;
    if (p.kind === "missing") {
      if (!p.sheetMissing) emit(missing(located, state, overwrittenBy(p.foundInstead, measureById())));
    } else if (p.kind === "movedField") {
      emit(moved(located, state, p.toSheetKey));
    } else if (p.kind === "movedGoal") {
      emit(movedGoal(state, p.toGoal));
    } else if (p.kind === "reordered") {
      emit({ ...reordered(state), severity: "warning" });
    }
    for (const copy of state.occurrences) if (copy !== state.at) emit(duplicate(state, copy));
  }
}

/**
 * What now stands in a missing measure's ID cell, if that means the ID was overwritten: any other
 * text, or another measure's ID that now occurs twice. (After a deleted row the next measure's ID
 * simply moved up: that is not an overwrite.)
 */
function overwrittenBy(instead: unknown, byId: ReadonlyMap<string, MeasureState>): string | undefined {
  if (typeof instead !== "string" || instead.trim() === "") return undefined;
  const other = byId.get(instead.trim());
  return !other || other.occurrences.length > 1 ? instead : undefined;
}

function missing(located: Located, state: MeasureState, other: string | undefined): Finding {
  const sheet = sheetName(located, state.location.sheetKey);
  const cell = idCell(state, undefined);
  return finding(
    sheet,
    cell,
    localized((v, lang) =>
      v.rules.structure.measureMissing(
        named(state, lang),
        sheet,
        cell,
        other !== undefined ? quoted(other, lang) : undefined,
      ),
    ),
    measureExtra(state),
  );
}

function moved(located: Located, state: MeasureState, toSheetKey: string): Finding {
  const from = sheetName(located, state.location.sheetKey);
  const to = sheetName(located, toSheetKey);
  const row = state.at?.row;
  return finding(
    to,
    idCell(state, state.at),
    localized((v, lang) =>
      v.rules.structure.movedField(named(state, lang), from, state.location.goalNumber, to, row),
    ),
    measureExtra(state),
  );
}

function movedGoal(state: MeasureState, toGoal: number): Finding {
  const row = state.at?.row;
  return finding(
    state.at?.sheet.name ?? state.location.sheetName,
    idCell(state, state.at),
    localized((v, lang) =>
      v.rules.structure.movedGoal(named(state, lang), state.location.goalNumber, row, toGoal),
    ),
    measureExtra(state),
  );
}

function reordered(state: MeasureState): Finding {
  const row = state.at?.row;
  return finding(
    state.at?.sheet.name ?? state.location.sheetName,
    idCell(state, state.at),
    localized((v, lang) =>
      v.rules.structure.reordered(named(state, lang), state.location.goalNumber, row, state.location.row),
    ),
    measureExtra(state),
  );
}

function duplicate(state: MeasureState, copy: Occurrence): Finding {
  const original = state.at!;
  return finding(
    copy.sheet.name,
    idCell(state, copy),
    localized((v) =>
      v.rules.structure.duplicate(state.location.measureId, copy.row, original.sheet.name, original.row),
    ),
    measureExtra(state),
  );
}

function checkShifts(located: Located, emit: Emit): void {
  for (const run of located.shiftRuns) {
    const at = run.first.at!;
    const n = Math.abs(run.offset);
    const down = run.offset > 0;
    emit(
      finding(
        at.sheet.name,
        idCell(run.first, at),
        localized((v) =>
          v.rules.structure.shifted(at.row, n, down, run.first.location.measureId, run.first.location.row),
        ),
        measureExtra(run.first),
      ),
    );
  }
}

// ---------------------------------------------------------------- catalogue text and formulas

function sameText(value: unknown, text: string): boolean {
  return value === text || normalizeText(value) === normalizeText(text);
}

function normalizeText(value: unknown): string {
  return (value === null || value === undefined ? "" : String(value)).replace(/\r\n?/g, "\n");
}

/**
 * One pass over the plan's cells of a sheet (precomputed per plan): catalogue texts (field sheets) must
 * be unchanged where the rows now are, and every formula cell must still hold a formula.
 */
function checkCells(context: RuleContext, match: SheetMatch, cells: CellsToCheck, emit: Emit): void {
  const { plan } = match;
  const sheet = match.snapshot!;
  const isField = plan.role === "field";
  const overwrittenRows = new Map<number, number[]>();
  const { rows: planRows, columns, texts } = cells;
  let lastPlanRow = -1;
  let row: number | undefined;
  for (let i = 0; i < planRows.length; i++) {
    const planRow = planRows[i]!;
    if (planRow !== lastPlanRow)
      [lastPlanRow, row] = [planRow, context.located.snapshotRow(plan.key, planRow)];
    if (row === undefined) continue;
    const column = columns[i]!;
    const text = texts[i];
    const values = sheet.values[row - 1];
    const value = values?.[column - 1] ?? null;
    if (text === null || text === undefined) {
      if (formulaAt(sheet, row, column) === null && (isField || !isEmpty(value)))
        pushTo(overwrittenRows, column, row);
    } else if (!sameText(value, text)) {
      emit(textChanged(sheet, row, column, text));
    }
  }
  for (const [column, rows] of overwrittenRows)
    for (const [top, bottom] of runs(rows)) emit(overwritten(sheet, top, bottom, column));
}

/**
 * Off the field sheets an empty cell where the plan has a formula is not reported: the summary's unit
 * block follows the units entered since the file was built, so the rebuilt plan may have a row more.
 * What breaks a sheet is a value pasted over a formula.
 */
function isEmpty(value: unknown): boolean {
  return value === null || value === "";
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function textChanged(sheet: SheetSnapshot, row: number, column: number, expected: string): Finding {
  const where = cellAddress(row, column);
  const found = normalizeText(valueAt(sheet, row, column));
  return finding(
    sheet.name,
    where,
    localized((v, lang) =>
      v.rules.structure.textChanged(where, quoted(short(expected), lang), quoted(short(found), lang)),
    ),
  );
}

function short(text: string): string {
  return text.length > 80 ? shortened(text, 78) : text;
}

function runs(rows: number[]): [number, number][] {
  rows.sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (const row of rows) {
    const last = result[result.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else result.push([row, row]);
  }
  return result;
}

function overwritten(sheet: SheetSnapshot, top: number, bottom: number, column: number): Finding {
  const where = rangeAddress(top, column, bottom, column);
  const one = top === bottom;
  const now = valueAt(sheet, top, column);
  if (one && isEmpty(now))
    return finding(
      sheet.name,
      where,
      localized((v) => v.rules.structure.formulaDeleted(where)),
    );
  return finding(
    sheet.name,
    where,
    localized((v, lang) =>
      v.rules.structure.formulasReplaced(where, one, one ? quoted(normalizeText(now), lang) : undefined),
    ),
  );
}
