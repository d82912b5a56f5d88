/**
 * Starting the next round: the inputs of every measure are frozen into the closed rounds (the Verlauf),
 * then kept as the new round's starting point or cleared (the responsible unit always stays). Nothing
 * entered is lost: the frozen copy holds every value, exactly as it stood. Pure; the CLI and the task
 * pane write the plan that comes out.
 */
import { currentMeasures } from "../layout/buildPlan";
import type { FrozenMeasure, MeasureInputs, PastRound, PlanOptions, RoundInfo } from "../layout/plan";
import { optionsOfWorkbook } from "../layout/planOfWorkbook";
import { isIsoDate } from "../layout/rounds";
import type { WorkbookSnapshot } from "../layout/snapshot";
import { validateWorkbook, type Finding } from "../validation";
import { keepClearedUnits } from "./ratingFields";
import type { ZielbildWorkbook } from "./readWorkbook";

export interface NextRoundRequest {
  readonly label: string;
  /** ISO date of the new round. */
  readonly date: string;
  /** Clear the inputs (not the units) instead of keeping them as the starting point. */
  readonly clear: boolean;
  /** ISO timestamp of the build. */
  readonly builtAt: string;
}

export type NextRound =
  | { readonly ok: true; readonly options: PlanOptions; readonly closed: PastRound }
  | { readonly ok: false; readonly problem: NextRoundProblem };

export type NextRoundProblem =
  | { readonly kind: "label" | "date" | "unitWorkbook" }
  /** The workbook has invalid entries (or a changed structure): they would be frozen as they are. */
  | { readonly kind: "invalid"; readonly findings: readonly Finding[] };

/** The entries that stop a round from starting without confirmation: errors of the check. */
export function blockingFindings(workbook: ZielbildWorkbook, snapshot: WorkbookSnapshot): Finding[] {
  return validateWorkbook(workbook.plan, snapshot, { mode: "entwurf", catalogue: workbook.catalogue }).filter(
    (f) => f.severity === "error",
  );
}

/**
 * The options for the workbook of the next round. `confirmed`: start even with invalid entries (they are
 * frozen as they stand). A changed structure always stops: inputs could not be read by position.
 */
export function nextRound(
  workbook: ZielbildWorkbook,
  snapshot: WorkbookSnapshot,
  request: NextRoundRequest,
  confirmed = false,
): NextRound {
  if (request.label.trim() === "") return { ok: false, problem: { kind: "label" } };
  if (!isIsoDate(request.date)) return { ok: false, problem: { kind: "date" } };
  if (workbook.meta.unit !== undefined) return { ok: false, problem: { kind: "unitWorkbook" } };
  const findings = blockingFindings(workbook, snapshot);
  const structural = findings.filter((f) => f.ruleId === "structure");
  if (structural.length > 0 || (findings.length > 0 && !confirmed))
    return {
      ok: false,
      problem: { kind: "invalid", findings: structural.length > 0 ? structural : findings },
    };
  const current = currentRoundOf(workbook);
  const closed: PastRound = { ...current, measures: frozenMeasures(workbook) };
  const round: RoundInfo = { number: current.number + 1, label: request.label.trim(), date: request.date };
  const inputs = request.clear ? clearedInputs(workbook.inputs) : workbook.inputs;
  return {
    ok: true,
    closed,
    options: {
      ...optionsOfWorkbook(workbook.meta, {
        archive: workbook.archive,
        history: [...workbook.history, closed],
      }),
      round,
      builtAt: request.builtAt,
      inputs: keepClearedUnits(inputs),
    },
  };
}

/** The round a workbook collects; workbooks from before rounds are round 1 as their plan labels it. */
export function currentRoundOf(workbook: ZielbildWorkbook): RoundInfo {
  return workbook.meta.round ?? workbook.plan.meta.round!;
}

function frozenMeasures(workbook: ZielbildWorkbook): FrozenMeasure[] {
  return currentMeasures(workbook.catalogue).map((m) => ({
    ...m,
    inputs: workbook.inputs.get(m.measureId) ?? {},
  }));
}

/** Only the unit stays (also a cleared one: it must not be refilled from the catalogue). */
function clearedInputs(inputs: ReadonlyMap<string, MeasureInputs>): Map<string, MeasureInputs> {
  return new Map([...inputs].map(([id, row]) => [id, row.unit !== undefined ? { unit: row.unit } : {}]));
}
