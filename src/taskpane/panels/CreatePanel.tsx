/**
 * Erstellen: choose a catalogue, preview it, build or rebuild the overview with a determinate progress
 * bar. State and the Office work live in useCatalogueSource and useBuild; the parts are in ./create.
 */
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../scheme/ratingScheme";
import { useBuild } from "../hooks/useBuild";
import { useCatalogueSource, type SourceKind } from "../hooks/useCatalogueSource";
import type { WorkbookState } from "../hooks/useWorkbook";
import { useI18n } from "../i18n";
import { fromSheet, tableSheets } from "../model/catalogueSource";
import type { WorkbookService } from "../services/workbookService";
import { Loading, usePanelStyles } from "./common";
import { BuildStatus } from "./create/BuildStatus";
import { CataloguePreview } from "./create/CataloguePreview";
import { FilePicker } from "./create/FilePicker";
import { ImportErrors } from "./create/ImportErrors";
import { SheetPicker } from "./create/SheetPicker";
import { UnitSelect } from "./create/UnitSelect";

export type { SourceKind } from "../hooks/useCatalogueSource";
export { stateLines } from "./create/BuildStatus";
export { describeIssue } from "./create/ImportErrors";

interface Props {
  readonly service: WorkbookService;
  readonly workbook: WorkbookState;
  readonly language: Language;
  readonly password: string;
  /** Re-read the workbook: after a build, and after a failed one (so "Prüfen" sees what is left). */
  readonly onBuilt: () => void;
}

export function CreatePanel({ service, workbook, language, password, onBuilt }: Props) {
  const { t, lang } = useI18n();
  const panel = usePanelStyles();
  const { build, running, start, reset } = useBuild(service, onBuilt);
  const source = useCatalogueSource(reset);
  const { kind, loaded, ready: catalogue } = source;
  const [unit, setUnit] = useState("");
  const ready = workbook.status === "ready" ? workbook : undefined;
  const hasOverview = ready?.analysis.kind === "zielbild";

  return (
    <section className={panel.panel} aria-labelledby="create-heading">
      <h2 id="create-heading" className={panel.heading}>
        {t.catalogueSource}
      </h2>
      <RadioGroup
        value={kind}
        onChange={(_, data) => source.choose(data.value as SourceKind)}
        aria-labelledby="create-heading"
      >
        <Radio value="bundled" label={t.sourceBundled} disabled={running} />
        <Radio value="file" label={t.sourceFile} disabled={running} />
        <Radio value="table" label={t.sourceTable} disabled={running} />
      </RadioGroup>
      {kind === "file" && <FilePicker onLoaded={source.setLoaded} disabled={running} />}
      {kind === "table" && ready && (
        <SheetPicker
          sheets={tableSheets(ready.snapshot, ownSheetNames(ready))}
          onChoose={(sheet) =>
            source.setLoaded({ status: "done", name: sheet, ...fromSheet(ready.snapshot, sheet, lang) })
          }
          disabled={running}
        />
      )}
      {loaded.status === "loading" && <Loading label={t.loadingCatalogue} />}
      {loaded.status === "done" && !loaded.ok && <ImportErrors issues={loaded.issues} />}
      {catalogue && <CataloguePreview summary={catalogue.summary} title={catalogue.catalogue.title} />}
      {!hasOverview && catalogue && catalogue.summary.units.length > 0 && (
        <UnitSelect units={catalogue.summary.units} value={unit} onChange={setUnit} disabled={running} />
      )}
      {hasOverview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.rebuildNote}</MessageBarBody>
        </MessageBar>
      )}
      <div className={panel.row}>
        <Button
          appearance="primary"
          disabled={running || !catalogue}
          onClick={() =>
            catalogue &&
            void start({ catalogue: catalogue.catalogue, language, password, unit, rebuild: hasOverview })
          }
        >
          {hasOverview ? t.rebuild : t.build}
        </Button>
      </div>
      <BuildStatus build={build} t={t} />
    </section>
  );
}

function ownSheetNames(ready: Extract<WorkbookState, { status: "ready" }>): Set<string> {
  return new Set(ready.analysis.kind === "zielbild" ? ready.analysis.plan.sheets.map((s) => s.name) : []);
}
