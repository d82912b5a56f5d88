/** The WorkbookService over the Office.js adapter's facade (src/writers/excel): the pane's only way into Excel. */
import { localSettingsStore } from "../../addin/settingsStore";
import { CatalogueError } from "../../catalogue/errors";
import type { Language } from "../../scheme/ratingScheme";
import { ExcelWriteError, excelWorkbook, type WriteProgress } from "../../writers/excel";
import {
  BuildFailedError,
  type BuildFailure,
  type BuildOutcome,
  type BuildProgress,
  type BuildRequest,
  type RoundOutcome,
  type RoundRequest,
  type WorkbookService,
} from "./workbookService";

/** The pane's language as the settings hold it now (the same store the pane reads its language from). */
const settingsLanguage = (): Language => localSettingsStore().load().language;

/**
 * `paneLanguage`: the user's pane language, asked at every call, in which the adapter words its errors
 * (the BuildFailure's reason the pane shows); by default the pane's settings.
 */
export function officeWorkbookService(
  facade = excelWorkbook,
  paneLanguage: () => Language = settingsLanguage,
): WorkbookService {
  const lang = () => ({ messageLanguage: paneLanguage() });
  const excel = takingTurns();
  return {
    async read() {
      await excel.writesDone();
      return (await facade.read(lang())).snapshot;
    },
    build: (request) => excel.write(() => build(request)),
    startRound: (request) => excel.write(() => startRound(request)),
    selectCell: (sheet, address) => facade.selectCell(sheet, address, lang()),
    onSheetsChanged: (listener) =>
      facade.onSheetsChanged(() => {
        if (!excel.writing) listener();
      }, lang()),
    filterToUnit: (unit, password) =>
      excel.write(async () => {
        await facade.filterToUnit(unit ?? undefined, password || undefined, lang());
      }),
    removeBackupSheets: () => excel.write(() => facade.removeBackupSheets(lang())),
  };

  async function build(request: BuildRequest): Promise<BuildOutcome> {
    const builtAt = new Date().toISOString();
    const onProgress = (p: WriteProgress) => request.onProgress?.(toBuildProgress(p));
    const password = request.password ? { password: request.password } : {};
    let existing: unknown;
    try {
      existing = await facade.identity(lang());
    } catch (error) {
      // Only read so far: nothing was written.
      throw new BuildFailedError(buildFailure(error, false, "unchanged"));
    }
    const rebuild = existing !== undefined;
    try {
      if (rebuild) {
        const result = await facade.rebuild(request.catalogue, {
          builtAt,
          onProgress,
          ...password,
          ...lang(),
        });
        return rebuildOutcome(result.sheets, result.report.keptWithRating, result.report.archived.length);
      }
      const unit = request.unit ? { unit: request.unit } : {};
      const options = { language: request.language, builtAt, onProgress, ...password, ...unit, ...lang() };
      const result = await facade.build(request.catalogue, options);
      return { rebuilt: false, sheets: result.sheets, keptInputs: 0, archived: 0 };
    } catch (error) {
      throw new BuildFailedError(buildFailure(error, rebuild));
    }
  }

  async function startRound(request: RoundRequest): Promise<RoundOutcome> {
    const { onProgress, password, ...round } = request;
    try {
      const result = await facade.startRound(
        { ...round, builtAt: new Date().toISOString(), ...(password ? { password } : {}) },
        { onProgress: (p: WriteProgress) => onProgress?.(toBuildProgress(p)), ...lang() },
      );
      return result.started
        ? { started: true, round: result.round, closed: result.closed }
        : { started: false, problem: result.problem };
    } catch (error) {
      throw new BuildFailedError({ ...buildFailure(error, true), round: true });
    }
  }
}

/**
 * Writes and reads take turns. Excel reports the add-in's own writes as changes too (worksheets.onChanged;
 * EventTriggerSource "ThisLocalAddin"), and a re-read between a build's syncs would check a half-built
 * workbook (backup sheets, empty new ones) and slow the build down — "Work with events using the Excel
 * JavaScript API" advises keeping events out of batch operations. So while a write runs, change events are
 * not passed on, and a read waits until the writes are done; after a write that changes contents (build,
 * round, clean-up) the panel reads again.
 */
function takingTurns() {
  let running = 0;
  let done: Promise<unknown> = Promise.resolve();
  return {
    get writing(): boolean {
      return running > 0;
    },
    async write<T>(run: () => Promise<T>): Promise<T> {
      running++;
      const result = run();
      done = Promise.all([done, result.catch(() => undefined)]);
      try {
        return await result;
      } finally {
        running--;
      }
    },
    async writesDone(): Promise<void> {
      await done;
    },
  };
}

/**
 * What the pane may say after a failure. The workbook's state comes from the writer; a catalogue that
 * fails its check is refused before anything is written. Anything else: state unknown.
 */
export function buildFailure(
  error: unknown,
  rebuild: boolean,
  known?: BuildFailure["workbookState"],
): BuildFailure {
  if (error instanceof ExcelWriteError) {
    const state = error.workbookState ?? known;
    return {
      rebuild,
      reason: error.reason,
      ...(state ? { workbookState: state } : {}),
      leftovers: error.leftovers,
      ...(error.detail ? { detail: error.detail } : {}),
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  const state = error instanceof CatalogueError ? "unchanged" : known;
  return { rebuild, reason, ...(state ? { workbookState: state } : {}), leftovers: [] };
}

function rebuildOutcome(sheets: number, keptInputs: number, archived: number): BuildOutcome {
  return { rebuilt: true, sheets, keptInputs, archived };
}

/** One determinate bar over the writer's phases: inspecting 0–5 %, writing 5–95 %, finishing 100 %. */
export function toBuildProgress(progress: WriteProgress): BuildProgress {
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  const fraction =
    progress.phase === "prüfen" ? 0.05 * share : progress.phase === "schreiben" ? 0.05 + 0.9 * share : 1;
  return { phase: progress.phase, fraction: Math.min(1, Math.max(0, fraction)) };
}
