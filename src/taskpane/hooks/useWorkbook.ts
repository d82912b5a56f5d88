/**
 * The open workbook as the panels see it: read once, then again ~800 ms after the last change in any
 * sheet, so the check and the counts follow what departments type or paste.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookSnapshot } from "../../layout/snapshot";
import { analyseWorkbook, type WorkbookAnalysis } from "../../validation/analysis";
import { debounce, RECHECK_DELAY_MS } from "../model/debounce";
import type { WorkbookService } from "../services/workbookService";

export type WorkbookState =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly message: string }
  | {
      readonly status: "ready";
      readonly snapshot: WorkbookSnapshot;
      readonly analysis: WorkbookAnalysis;
      readonly readAt: Date;
      /** A re-read is under way; the data shown is the previous read. */
      readonly refreshing: boolean;
    };

export interface UseWorkbook {
  readonly state: WorkbookState;
  refresh(): void;
}

export function useWorkbook(service: WorkbookService, delayMs = RECHECK_DELAY_MS): UseWorkbook {
  const [state, setState] = useState<WorkbookState>({ status: "loading" });
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    setState((previous) =>
      previous.status === "ready" ? { ...previous, refreshing: true } : { status: "loading" },
    );
    service.read().then(
      (snapshot) => {
        if (mine !== generation.current) return;
        const analysis = analyseWorkbook(snapshot);
        setState({ status: "ready", snapshot, analysis, readAt: new Date(), refreshing: false });
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [service]);

  useEffect(() => {
    refresh();
    const later = debounce(refresh, delayMs);
    let stop: (() => Promise<void>) | undefined;
    let unmounted = false;
    service
      .onSheetsChanged(() => later.trigger())
      .then(
        (remove) => (unmounted ? void remove().catch(() => undefined) : (stop = remove)),
        () => undefined, // Without change events the pane still works; "Jetzt prüfen" re-reads.
      );
    return () => {
      unmounted = true;
      later.cancel();
      generation.current++;
      void stop?.().catch(() => undefined);
    };
  }, [service, refresh, delayMs]);

  return { state, refresh };
}
