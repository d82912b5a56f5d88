/** The WorkbookService over the Office.js adapter's facade (src/writers/excel): the pane's only way into Excel. */
import { excelWorkbook, type WriteProgress } from "../../writers/excel";
import type { BuildOutcome, BuildProgress, WorkbookService } from "./workbookService";

export function officeWorkbookService(facade = excelWorkbook): WorkbookService {
  return {
    async read() {
      return (await facade.read()).snapshot;
    },
    async build(request) {
      const builtAt = new Date().toISOString();
      const onProgress = (p: WriteProgress) => request.onProgress?.(toBuildProgress(p));
      const password = request.password ? { password: request.password } : {};
      const existing = await facade.identity();
      if (existing) {
        const result = await facade.rebuild(request.catalogue, { builtAt, onProgress, ...password });
        return rebuildOutcome(result.sheets, result.report.keptWithRating, result.report.archived.length);
      }
      const unit = request.unit ? { unit: request.unit } : {};
      const options = { language: request.language, builtAt, onProgress, ...password, ...unit };
      const result = await facade.build(request.catalogue, options);
      return { rebuilt: false, sheets: result.sheets, keptInputs: 0, archived: 0 };
    },
    selectCell: (sheet, address) => facade.selectCell(sheet, address),
    onSheetsChanged: (listener) => facade.onSheetsChanged(() => listener()),
    async filterToUnit(unit, password) {
      await facade.filterToUnit(unit ?? undefined, password || undefined);
    },
  };
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
