/**
 * Erstellen, second step: build or rebuild the overview with the service, following its progress; a
 * failure keeps what the writer reported about the workbook's state. The workbook is re-read after
 * either outcome (so "Prüfen" sees what is there).
 */
import { useState } from "react";
import type { Catalogue } from "../../catalogue/model";
import type { Language } from "../../scheme/ratingScheme";
import {
  BuildFailedError,
  type BuildFailure,
  type BuildOutcome,
  type BuildProgress,
  type WorkbookService,
} from "../services/workbookService";

export type BuildState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: BuildProgress; readonly rebuild: boolean }
  | { readonly status: "done"; readonly outcome: BuildOutcome }
  | { readonly status: "failed"; readonly failure: BuildFailure };

export interface BuildOptions {
  readonly catalogue: Catalogue;
  readonly language: Language;
  readonly password: string;
  /** A per-unit workbook ("" for the whole overview); ignored for a rebuild. */
  readonly unit: string;
  readonly rebuild: boolean;
}

export interface UseBuild {
  readonly build: BuildState;
  readonly running: boolean;
  start(options: BuildOptions): Promise<void>;
  reset(): void;
}

export function useBuild(service: WorkbookService, onFinished: () => void): UseBuild {
  const [build, setBuild] = useState<BuildState>({ status: "idle" });

  const start = async ({ catalogue, language, password, unit, rebuild }: BuildOptions) => {
    setBuild({ status: "running", progress: { phase: "prüfen", fraction: 0 }, rebuild });
    try {
      const outcome = await service.build({
        catalogue,
        language,
        ...(password ? { password } : {}),
        ...(unit && !rebuild ? { unit } : {}),
        onProgress: (progress) => setBuild({ status: "running", progress, rebuild }),
      });
      setBuild({ status: "done", outcome });
    } catch (error) {
      const failure: BuildFailure =
        error instanceof BuildFailedError
          ? error.failure
          : { rebuild, reason: error instanceof Error ? error.message : String(error), leftovers: [] };
      setBuild({ status: "failed", failure });
    }
    onFinished();
  };

  return { build, running: build.status === "running", start, reset: () => setBuild({ status: "idle" }) };
}
