/**
 * structure — the workbook no longer has the shape the plan gave it: a sheet renamed or deleted, a
 * measure's row deleted, copied, moved to another goal or field, rows inserted or deleted, catalogue
 * text edited, a formula overwritten by a value. Each finding says what happened, where, and what to do.
 * (An extra sheet someone added is only noted: it is ignored by the evaluation.)
 */
import { cellAddress, rangeAddress } from "../../core/address";
import { planIndex, type CellsToCheck } from "../planIndex";
import { formulaAt, valueAt, type SheetSnapshot } from "../../layout/snapshot";
import type { Localized } from "../../scheme/ratingScheme";
import { type Located, type MeasureState, type Occurrence, type SheetMatch } from "../locate";
import { label } from "../../layout/labels";
import { shortened } from "../../core/cutText";
import { quoted, type Emit, type Rule, type RuleContext } from "../rule";
import type { Finding } from "../types";
import { LEFTOVER_BACKUP_PREFIX } from "./leftoverBackups";

const RESTORE_ROW = {
  de: "Bitte Zeile wiederherstellen oder die Datei neu von der Planungsstelle anfordern.",
  en: "Please restore the row or ask the planning office for a fresh file.",
};
const REQUEST_NEW = {
  de: "Bitte die Änderung rückgängig machen oder die Datei neu von der Planungsstelle anfordern.",
  en: "Please undo the change or ask the planning office for a fresh file.",
};

export const structure: Rule = {
  id: "structure",
  severity: "error",
  title: { de: "Aufbau der Datei verändert", en: "Workbook structure changed" },
  description: {
    de: "Der Aufbau der Datei weicht von dem ab, was die Planungsstelle erzeugt hat: ein Blatt umbenannt oder gelöscht, eine Maßnahmen-ID fehlt oder kommt doppelt vor, eine Zeile wurde gelöscht, eingefügt oder zu einem anderen Ziel oder Handlungsfeld verschoben, ein Katalogtext geändert oder eine Formel durch einen Wert überschrieben. Dann stimmen Übersicht und Zusammenführung nicht mehr. Eine innerhalb desselben Ziels veränderte Reihenfolge ist nur eine Warnung, ein zusätzliches Blatt nur ein Hinweis.",
    en: "The workbook's structure differs from what the planning office built: a sheet renamed or deleted, a measure ID missing or duplicated, a row deleted, inserted or moved to another goal or field, catalogue text edited, or a formula overwritten by a value. Then the summary and the merge are no longer right. A changed order within one goal is only a warning, an extra sheet only a note.",
  },
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

function named(state: MeasureState, lang: "de" | "en"): string {
  const id = state.location.measureId;
  return state.title ? `${id} ${quoted(state.title, lang)}` : id;
}

// ---------------------------------------------------------------- sheets

function checkSheets(located: Located, archiveName: string, emit: Emit): void {
  for (const match of located.sheets) {
    const expected = match.plan.name;
    if (!match.snapshot) {
      emit(
        finding(expected, "A1", {
          de: `Das Blatt „${expected}“ fehlt – es wurde gelöscht oder so umbenannt, dass es nicht mehr erkennbar ist. Ohne dieses Blatt fehlen Bewertungen und Formeln. Bitte die Datei neu von der Planungsstelle anfordern.`,
          en: `Sheet “${expected}” is missing — deleted, or renamed beyond recognition. Ratings and formulas are lost without it. Please ask the planning office for a fresh file.`,
        }),
      );
    } else if (match.renamed) {
      const now = match.snapshot.name;
      emit(
        finding(now, "A1", {
          de: `Das Blatt „${expected}“ wurde in „${now}“ umbenannt. Übersicht und Zusammenführung finden Blätter über ihren Namen. Bitte das Blatt wieder in „${expected}“ umbenennen.`,
          en: `Sheet “${expected}” was renamed to “${now}”. The summary and the merge find sheets by name. Please rename it back to “${expected}”.`,
        }),
      );
    }
  }
  for (const sheet of located.unknownSheets) {
    // The Archiv sheet comes and goes with the catalogue's history; it is the planning office's, not extra.
    if (sheet.visibility !== "visible" || sheet.name === archiveName) continue;
    // A left-over rebuild backup is reported by its own rule (leftover-backup), with what to do.
    if (sheet.name.startsWith(LEFTOVER_BACKUP_PREFIX)) continue;
    emit({
      ...finding(sheet.name, "A1", {
        de: `Zusätzliches Blatt „${sheet.name}“: Es gehört nicht zur Bewertungsübersicht und wird bei der Auswertung nicht berücksichtigt.`,
        en: `Extra sheet “${sheet.name}”: it is not part of the overview and is ignored by the evaluation.`,
      }),
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
    {
      de: `Die Maßnahme ${named(state, "de")} fehlt: Ihre ID steht nirgends mehr (erwartet auf Blatt „${sheet}“, Zelle ${cell}). ${other !== undefined ? `Dort steht jetzt ${quoted(other, "de")} – die ID wurde überschrieben. ` : "Vermutlich wurde die Zeile gelöscht. "}${RESTORE_ROW.de}`,
      en: `Measure ${named(state, "en")} is missing: its ID is nowhere to be found (expected on sheet “${sheet}”, cell ${cell}). ${other !== undefined ? `That cell now holds ${quoted(other, "en")} — the ID was overwritten. ` : "The row was probably deleted. "}${RESTORE_ROW.en}`,
    },
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
    {
      de: `Die Maßnahme ${named(state, "de")} gehört auf das Blatt „${from}“ (Ziel ${state.location.goalNumber}), steht aber auf „${to}“ in Zeile ${row}. Die Zeile wurde in ein anderes Handlungsfeld verschoben. ${RESTORE_ROW.de}`,
      en: `Measure ${named(state, "en")} belongs on sheet “${from}” (goal ${state.location.goalNumber}) but stands on “${to}”, row ${row}. The row was moved to another action field. ${RESTORE_ROW.en}`,
    },
    measureExtra(state),
  );
}

function movedGoal(state: MeasureState, toGoal: number): Finding {
  const row = state.at?.row;
  return finding(
    state.at?.sheet.name ?? state.location.sheetName,
    idCell(state, state.at),
    {
      de: `Die Maßnahme ${named(state, "de")} gehört zu Ziel ${state.location.goalNumber}, steht aber jetzt in Zeile ${row} bei Ziel ${toGoal}. Die Zeile wurde verschoben. ${RESTORE_ROW.de}`,
      en: `Measure ${named(state, "en")} belongs to goal ${state.location.goalNumber} but now stands in row ${row} under goal ${toGoal}. The row was moved. ${RESTORE_ROW.en}`,
    },
    measureExtra(state),
  );
}

function reordered(state: MeasureState): Finding {
  const row = state.at?.row;
  return finding(
    state.at?.sheet.name ?? state.location.sheetName,
    idCell(state, state.at),
    {
      de: `Die Maßnahme ${named(state, "de")} steht innerhalb von Ziel ${state.location.goalNumber} an anderer Stelle (Zeile ${row} statt ${state.location.row}). Bitte die ursprüngliche Reihenfolge wiederherstellen.`,
      en: `Measure ${named(state, "en")} moved within goal ${state.location.goalNumber} (row ${row} instead of ${state.location.row}). Please restore the original order.`,
    },
    measureExtra(state),
  );
}

function duplicate(state: MeasureState, copy: Occurrence): Finding {
  const original = state.at!;
  return finding(
    copy.sheet.name,
    idCell(state, copy),
    {
      de: `Die ID ${state.location.measureId} kommt mehrfach vor: hier in Zeile ${copy.row} und auf „${original.sheet.name}“ in Zeile ${original.row}. Vermutlich wurde die Zeile kopiert; dann ist unklar, welche Bewertung gilt. Bitte die Kopie löschen.`,
      en: `ID ${state.location.measureId} occurs more than once: here in row ${copy.row} and on “${original.sheet.name}” in row ${original.row}. The row was probably copied, so it is unclear which rating counts. Please delete the copy.`,
    },
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
        {
          de: `Ab Zeile ${at.row} stehen die Maßnahmen ${n} Zeile${n === 1 ? "" : "n"} ${down ? "tiefer" : "höher"} als vorgesehen (zuerst ${run.first.location.measureId}, vorgesehen in Zeile ${run.first.location.row}). Darüber wurde vermutlich eine Zeile ${down ? "eingefügt" : "gelöscht"}; Formeln, Farben und Auswahllisten gelten aber für die vorgesehenen Zeilen. ${down ? "Bitte die eingefügte Zeile wieder löschen" : "Bitte die gelöschte Zeile wiederherstellen"} oder die Datei neu von der Planungsstelle anfordern.`,
          en: `From row ${at.row} on the measures stand ${n} row${n === 1 ? "" : "s"} ${down ? "lower" : "higher"} than planned (first ${run.first.location.measureId}, planned in row ${run.first.location.row}). A row was probably ${down ? "inserted" : "deleted"} above; formulas, colours and dropdowns still apply to the planned rows. ${down ? "Please delete the inserted row" : "Please restore the deleted row"} or ask the planning office for a fresh file.`,
        },
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
  return finding(sheet.name, where, {
    de: `Katalogtext in ${where} wurde geändert: erwartet ${quoted(short(expected), "de")}, gefunden ${quoted(short(found), "de")}. Texte des Zielkatalogs ändert nur die Planungsstelle. ${REQUEST_NEW.de}`,
    en: `Catalogue text in ${where} was changed: expected ${quoted(short(expected), "en")}, found ${quoted(short(found), "en")}. Only the planning office edits the catalogue's texts. ${REQUEST_NEW.en}`,
  });
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
    return finding(sheet.name, where, {
      de: `Die Formel in ${where} wurde gelöscht. Dort wird nicht mehr gerechnet. ${REQUEST_NEW.de}`,
      en: `The formula in ${where} was deleted. Nothing is calculated there any more. ${REQUEST_NEW.en}`,
    });
  const shows = one ? ` (jetzt ${quoted(normalizeText(now), "de")})` : "";
  const showsEn = one ? ` (now ${quoted(normalizeText(now), "en")})` : "";
  return finding(sheet.name, where, {
    de: `${one ? "Die Formel in" : "Die Formeln in"} ${where} ${one ? "wurde" : "wurden"} durch ${one ? "einen festen Wert" : "feste Werte"} ersetzt${shows}. Dort wird nicht mehr gerechnet, die Übersicht stimmt nicht mehr. ${REQUEST_NEW.de}`,
    en: `The formula${one ? "" : "s"} in ${where} ${one ? "was" : "were"} replaced by ${one ? "a fixed value" : "fixed values"}${showsEn}. Nothing is calculated there any more, so the summary is wrong. ${REQUEST_NEW.en}`,
  });
}
