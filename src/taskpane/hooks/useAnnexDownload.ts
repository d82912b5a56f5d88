/**
 * "Anlage als Word" / "Sachstand als Word": reads the open workbook afresh (so the document shows what is
 * in the sheets now), makes the .docx in the pane and hands it to the browser as a download.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../../scheme/ratingScheme";
import { makeAnnexFile, type AnnexKind, type AnnexProblem } from "../model/annexFile";
import { saveFile as browserSave, type SaveFile } from "../services/download";
import type { WorkbookService } from "../services/workbookService";

export type AnnexFailure =
  | AnnexProblem
  | { readonly reason: "readFailed"; readonly detail: string }
  | { readonly reason: "failed"; readonly detail: string };

export type AnnexDownloadState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly kind: AnnexKind }
  | { readonly status: "done"; readonly kind: AnnexKind; readonly fileName: string; readonly bytes: number }
  | { readonly status: "failed"; readonly kind: AnnexKind; readonly failure: AnnexFailure };

export interface UseAnnexDownload {
  readonly state: AnnexDownloadState;
  download(kind: AnnexKind): void;
}

const currentDate = () => new Date();
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useAnnexDownload(
  service: WorkbookService,
  language: Language,
  save: SaveFile = browserSave,
  now: () => Date = currentDate,
): UseAnnexDownload {
  const [state, setState] = useState<AnnexDownloadState>({ status: "idle" });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const download = useCallback(
    (kind: AnnexKind) => {
      const set = (next: AnnexDownloadState) => mounted.current && setState(next);
      set({ status: "running", kind });
      void (async () => {
        let snapshot;
        try {
          snapshot = await service.read();
        } catch (error) {
          return set({ status: "failed", kind, failure: { reason: "readFailed", detail: message(error) } });
        }
        try {
          const result = await makeAnnexFile(snapshot, kind, { language, now: now() });
          if (!result.ok) return set({ status: "failed", kind, failure: result.problem });
          const { fileName, bytes, mime } = result.file;
          save(bytes, fileName, mime);
          set({ status: "done", kind, fileName, bytes: bytes.length });
        } catch (error) {
          set({ status: "failed", kind, failure: { reason: "failed", detail: message(error) } });
        }
      })();
    },
    [service, language, save, now],
  );

  return { state, download };
}
