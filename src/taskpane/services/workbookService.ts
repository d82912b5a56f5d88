/**
 * What the task pane needs from the open workbook. The pane's panels speak only this interface; the
 * Office.js implementation (officeWorkbookService.ts) calls the Excel adapter in src/writers/excel, and the
 * component tests use a fake. Nothing here calls Excel.run.
 */
import type { Catalogue } from "../../catalogue/model";
import type { WorkbookSnapshot } from "../../layout/snapshot";
import type { PastRound, RoundInfo } from "../../layout/plan";
import type { NextRoundProblem } from "../../returns/rounds";
import type { Language } from "../../scheme/ratingScheme";

export interface BuildProgress {
  /** 0…1, for a determinate progress bar. */
  readonly fraction: number;
  readonly phase: "prüfen" | "schreiben" | "abschließen";
}

export interface BuildRequest {
  readonly catalogue: Catalogue;
  /** Language of a new overview; a rebuild keeps the language of the existing one. */
  readonly language: Language;
  readonly password?: string;
  /** A per-unit workbook: only this unit's input cells are unlocked (new builds; a rebuild keeps its own). */
  readonly unit?: string;
  readonly onProgress?: (progress: BuildProgress) => void;
}

export interface BuildOutcome {
  /** True when an existing overview was replaced (entered ratings carried over). */
  readonly rebuilt: boolean;
  readonly sheets: number;
  /** Measures whose entered values were carried over. */
  readonly keptInputs: number;
  /** Measures that left the catalogue and went to the archive sheet. */
  readonly archived: number;
}

/**
 * What the pane can say truthfully after a failed build or rebuild. The writer reports the workbook's
 * state (ExcelWriteError.workbookState and leftovers); when it could not tell, `workbookState` is
 * undefined and the pane says so instead of guessing.
 */
export interface BuildFailure {
  /** True when an existing overview was being rebuilt (also when a round was being started). */
  readonly rebuild: boolean;
  /** True when the failed step was starting a new round (which rewrites the overview as a rebuild does). */
  readonly round?: boolean;
  /** What happened and what to do, in plain words (the writer's message without Excel's detail). */
  readonly reason: string;
  readonly workbookState?: "unchanged" | "restored" | "incomplete";
  /** Sheets left over from the attempt (backups "~zb-alt-…" and sheets that could not be removed). */
  readonly leftovers: readonly string[];
  /** Excel's code, message and failing statement, shown folded away. */
  readonly detail?: string;
}

export class BuildFailedError extends Error {
  constructor(readonly failure: BuildFailure) {
    super(failure.reason);
    this.name = "BuildFailedError";
  }
}

/** Close the current round into the Verlauf and start the next one (the Runden panel). */
export interface RoundRequest {
  readonly label: string;
  /** ISO date (YYYY-MM-DD) of the new round. */
  readonly date: string;
  /** Clear the ratings (units stay) instead of keeping them as the starting point. */
  readonly clear: boolean;
  /** Start even though the check found invalid entries (they are frozen as they stand). */
  readonly confirmed: boolean;
  readonly password?: string;
  readonly onProgress?: (progress: BuildProgress) => void;
}

export type RoundOutcome =
  | { readonly started: true; readonly round: RoundInfo; readonly closed: PastRound }
  /** Nothing was written: the label or date is not usable, or entries are invalid and not confirmed. */
  | { readonly started: false; readonly problem: NextRoundProblem };

export type ChangeListener = () => void;

export interface WorkbookService {
  /** Every sheet's values and formulas, with the identification when it is a Zielbild workbook. */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Build the overview, or rebuild it keeping what departments entered. On failure it rejects with a
   * BuildFailedError that says in which state the workbook was left.
   */
  build(request: BuildRequest): Promise<BuildOutcome>;
  /**
   * Start the next round in the open workbook. On failure it rejects with a BuildFailedError that says
   * in which state the workbook was left.
   */
  startRound(request: RoundRequest): Promise<RoundOutcome>;
  /** Select a cell (or range) on a sheet and bring it into view. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Calls the listener when a worksheet's contents change; resolves to a function that stops listening. */
  onSheetsChanged(listener: ChangeListener): Promise<() => Promise<void>>;
  /** Filter the overview's measure tables to one unit's rows; `null` removes the filter. */
  filterToUnit(unit: string | null, password?: string): Promise<void>;
  /** Deletes the backup sheets ("~zb-alt-…", also very hidden ones) a failed rebuild left; their names. */
  removeBackupSheets(): Promise<string[]>;
}
