/** Removing the backup sheets a failed rebuild left, then re-reading the workbook. */
import { useState } from "react";
import type { WorkbookService } from "../services/workbookService";

export type RemovalState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly count: number }
  | { readonly status: "failed"; readonly message: string };

export function useBackupRemoval(service: WorkbookService, onRemoved: () => void) {
  const [removal, setRemoval] = useState<RemovalState>({ status: "idle" });
  const remove = () => {
    setRemoval({ status: "running" });
    service.removeBackupSheets().then(
      (removed) => {
        setRemoval({ status: "done", count: removed.length });
        onRemoved();
      },
      (error: unknown) =>
        setRemoval({ status: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return { removal, remove };
}
