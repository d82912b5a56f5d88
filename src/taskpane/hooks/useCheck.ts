/**
 * Prüfen: the findings of the last read in the chosen mode, grouped by action field, and selecting a
 * finding's cell in Excel (a failure to select is kept to be shown, not swallowed).
 */
import { useMemo, useState } from "react";
import type { WorkbookSnapshot } from "../../layout/snapshot";
import { countBySeverity, validateWorkbook, type Finding, type ValidationMode } from "../../validation";
import type { WorkbookAnalysis } from "../../validation/analysis";
import { firstCell, groupFindings } from "../../validation/findingGroups";
import type { WorkbookService } from "../services/workbookService";

type Overview = Extract<WorkbookAnalysis, { kind: "zielbild" }>;

export function useCheck(
  service: WorkbookService,
  overview: Overview,
  snapshot: WorkbookSnapshot,
  mode: ValidationMode,
) {
  const [selectError, setSelectError] = useState<string>();
  const findings = useMemo(
    () => validateWorkbook(overview.plan, snapshot, { mode, catalogue: overview.catalogue }),
    [overview, snapshot, mode],
  );
  const groups = useMemo(() => groupFindings(findings, overview.catalogue), [findings, overview.catalogue]);
  const counts = countBySeverity(findings);
  /** Whether the finding's cell can be selected (not on a hidden sheet, which Excel cannot activate). */
  const selectable = (finding: Finding) =>
    (snapshot.sheets.find((s) => s.name === finding.sheet)?.visibility ?? "visible") === "visible";
  const select = (finding: Finding) => {
    setSelectError(undefined);
    service.selectCell(finding.sheet, firstCell(finding.cell)).catch((error: unknown) => {
      setSelectError(error instanceof Error ? error.message : String(error));
    });
  };
  return { findings, groups, counts, selectable, select, selectError };
}
