/** Calls `action` once `delayMs` after the last trigger; `cancel` drops a pending call. */
export interface Debounced {
  trigger(): void;
  cancel(): void;
}

export function debounce(action: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    trigger() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, delayMs);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** The pane re-reads the workbook this long after the last change (typing fires one event per cell). */
export const RECHECK_DELAY_MS = 800;
