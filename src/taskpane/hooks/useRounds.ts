/**
 * Runden: starting the next round in the open workbook with the service, following its progress. An
 * answer that the round did not start (label, date, invalid entries, a per-unit workbook) keeps the
 * request, so that "Trotzdem beginnen" repeats exactly what was checked, now confirmed. A failure keeps
 * what the writer reported about the workbook's state. The workbook is re-read after a start and after
 * a failure (so the panel shows the new round, and "Prüfen" what is there).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PastRound, RoundInfo } from "../../layout/plan";
import type { NextRoundProblem } from "../../returns/rounds";
import {
  BuildFailedError,
  type BuildFailure,
  type BuildProgress,
  type WorkbookService,
} from "../services/workbookService";

/** What the form asks for. */
export interface RoundForm {
  readonly label: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  readonly clear: boolean;
}

export type RoundState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: BuildProgress }
  | { readonly status: "started"; readonly round: RoundInfo; readonly closed: PastRound }
  | { readonly status: "problem"; readonly problem: NextRoundProblem; readonly request: RoundForm }
  | { readonly status: "failed"; readonly failure: BuildFailure };

export interface UseRounds {
  readonly state: RoundState;
  readonly running: boolean;
  /** Start the next round; `confirmed`: even with invalid entries. */
  start(form: RoundForm, confirmed?: boolean): Promise<void>;
  /** Repeat the request that was refused for invalid entries, confirmed. */
  confirm(): Promise<void>;
  reset(): void;
}

export function useRounds(service: WorkbookService, password: string, onFinished: () => void): UseRounds {
  const [state, setState] = useState<RoundState>({ status: "idle" });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const start = useCallback(
    async (form: RoundForm, confirmed = false) => {
      const set = (next: RoundState) => mounted.current && setState(next);
      set({ status: "running", progress: { phase: "prüfen", fraction: 0 } });
      try {
        const outcome = await service.startRound({
          label: form.label,
          date: form.date,
          clear: form.clear,
          confirmed,
          ...(password ? { password } : {}),
          onProgress: (progress) => set({ status: "running", progress }),
        });
        if (!outcome.started) return void set({ status: "problem", problem: outcome.problem, request: form });
        set({ status: "started", round: outcome.round, closed: outcome.closed });
      } catch (error) {
        const failure: BuildFailure =
          error instanceof BuildFailedError
            ? error.failure
            : {
                rebuild: true,
                round: true,
                reason: error instanceof Error ? error.message : String(error),
                leftovers: [],
              };
        set({ status: "failed", failure });
      }
      onFinished();
    },
    [service, password, onFinished],
  );

  const confirm = useCallback(
    () => (state.status === "problem" ? start(state.request, true) : Promise.resolve()),
    [state, start],
  );

  return {
    state,
    running: state.status === "running",
    start,
    confirm,
    reset: useCallback(() => setState({ status: "idle" }), []),
  };
}
