/**
 * Erstellen, first step: where the catalogue comes from (bundled, a file, a table in the workbook) and
 * what was loaded from there. The bundled catalogue is loaded as soon as it is chosen.
 */
import { useEffect, useState } from "react";
import { useI18n } from "../i18n";
import { bundledCatalogue, type LoadedSource } from "../model/catalogueSource";

export type SourceKind = "bundled" | "file" | "table";

export type Loaded =
  | { readonly status: "idle" }
  | { readonly status: "loading" }
  | ({ readonly status: "done"; readonly name: string } & LoadedSource);

export interface UseCatalogueSource {
  readonly kind: SourceKind;
  readonly loaded: Loaded;
  /** The loaded catalogue when it has no errors. */
  readonly ready: Extract<Loaded, { status: "done"; ok: true }> | undefined;
  choose(kind: SourceKind): void;
  setLoaded(loaded: Loaded): void;
}

export function useCatalogueSource(onChoose?: () => void): UseCatalogueSource {
  const [kind, setKind] = useState<SourceKind>("bundled");
  const [loaded, setLoaded] = useState<Loaded>({ status: "idle" });
  const { lang } = useI18n();

  useEffect(() => {
    if (kind !== "bundled") return;
    let current = true;
    setLoaded({ status: "loading" });
    void bundledCatalogue(lang).then(
      (result) => current && setLoaded({ status: "done", name: "bundled", ...result }),
    );
    return () => void (current = false);
  }, [kind, lang]);

  const choose = (next: SourceKind) => {
    setKind(next);
    onChoose?.();
    if (next !== "bundled") setLoaded({ status: "idle" });
  };
  const ready = loaded.status === "done" && loaded.ok ? loaded : undefined;
  return { kind, loaded, ready, choose, setLoaded };
}
