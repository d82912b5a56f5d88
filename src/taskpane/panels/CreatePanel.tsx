/** Erstellen: choose a catalogue, preview it, build or rebuild the overview with a determinate progress bar. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { CatalogueIssue } from "../../catalogue/errors";
import type { Language } from "../../scheme/ratingScheme";
import type { WorkbookState } from "../hooks/useWorkbook";
import { useI18n, type Messages } from "../i18n";
import {
  bundledCatalogue,
  fromBytes,
  fromSheet,
  tableSheets,
  type LoadedSource,
} from "../model/catalogueSource";
import {
  BuildFailedError,
  type BuildFailure,
  type BuildOutcome,
  type BuildProgress,
  type WorkbookService,
} from "../services/workbookService";
import { Loading, usePanelStyles } from "./common";

export type SourceKind = "bundled" | "file" | "table";

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(7.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  countValue: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failure: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  detail: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

interface Props {
  readonly service: WorkbookService;
  readonly workbook: WorkbookState;
  readonly language: Language;
  readonly password: string;
  /** Re-read the workbook: after a build, and after a failed one (so "Prüfen" sees what is left). */
  readonly onBuilt: () => void;
}

type Loaded = { status: "idle" } | { status: "loading" } | ({ status: "done"; name: string } & LoadedSource);

type BuildState =
  | { status: "idle" }
  | { status: "running"; progress: BuildProgress; rebuild: boolean }
  | { status: "done"; outcome: BuildOutcome }
  | { status: "failed"; failure: BuildFailure };

export function CreatePanel({ service, workbook, language, password, onBuilt }: Props) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const [kind, setKind] = useState<SourceKind>("bundled");
  const [loaded, setLoaded] = useState<Loaded>({ status: "idle" });
  const [build, setBuild] = useState<BuildState>({ status: "idle" });
  const [unit, setUnit] = useState("");
  const ready = workbook.status === "ready" ? workbook : undefined;
  const hasOverview = ready?.analysis.kind === "zielbild";

  useEffect(() => {
    if (kind !== "bundled") return;
    let current = true;
    setLoaded({ status: "loading" });
    void bundledCatalogue().then(
      (result) => current && setLoaded({ status: "done", name: "bundled", ...result }),
    );
    return () => void (current = false);
  }, [kind]);

  const chooseKind = (next: SourceKind) => {
    setKind(next);
    setBuild({ status: "idle" });
    if (next !== "bundled") setLoaded({ status: "idle" });
  };

  const start = async () => {
    if (loaded.status !== "done" || !loaded.ok) return;
    const rebuild = hasOverview;
    setBuild({ status: "running", progress: { phase: "prüfen", fraction: 0 }, rebuild });
    try {
      const outcome = await service.build({
        catalogue: loaded.catalogue,
        language,
        ...(password ? { password } : {}),
        ...(unit && !hasOverview ? { unit } : {}),
        onProgress: (progress) => setBuild({ status: "running", progress, rebuild }),
      });
      setBuild({ status: "done", outcome });
      onBuilt();
    } catch (error) {
      const failure: BuildFailure =
        error instanceof BuildFailedError
          ? error.failure
          : { rebuild, reason: error instanceof Error ? error.message : String(error), leftovers: [] };
      setBuild({ status: "failed", failure });
      onBuilt();
    }
  };

  const running = build.status === "running";
  return (
    <section className={panel.panel} aria-labelledby="create-heading">
      <h2 id="create-heading" className={panel.heading}>
        {t.catalogueSource}
      </h2>
      <RadioGroup
        value={kind}
        onChange={(_, data) => chooseKind(data.value as SourceKind)}
        aria-labelledby="create-heading"
      >
        <Radio value="bundled" label={t.sourceBundled} disabled={running} />
        <Radio value="file" label={t.sourceFile} disabled={running} />
        <Radio value="table" label={t.sourceTable} disabled={running} />
      </RadioGroup>
      {kind === "file" && <FilePicker onLoaded={setLoaded} disabled={running} />}
      {kind === "table" && ready && (
        <SheetPicker
          sheets={tableSheets(ready.snapshot, ownSheetNames(ready))}
          onChoose={(sheet) =>
            setLoaded({ status: "done", name: sheet, ...fromSheet(ready.snapshot, sheet) })
          }
          disabled={running}
        />
      )}
      {loaded.status === "loading" && <Loading label={t.loadingCatalogue} />}
      {loaded.status === "done" && !loaded.ok && <ImportErrors issues={loaded.issues} />}
      {loaded.status === "done" && loaded.ok && (
        <Preview summary={loaded.summary} title={loaded.catalogue.title} />
      )}
      {!hasOverview && loaded.status === "done" && loaded.ok && loaded.summary.units.length > 0 && (
        <Field label={t.unitWorkbook} hint={t.unitWorkbookHint}>
          <Select value={unit} disabled={running} onChange={(_, data) => setUnit(data.value)}>
            <option value="">{t.unitWorkbookAll}</option>
            {loaded.summary.units.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {hasOverview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.rebuildNote}</MessageBarBody>
        </MessageBar>
      )}
      <div className={panel.row}>
        <Button
          appearance="primary"
          disabled={running || loaded.status !== "done" || !loaded.ok}
          onClick={() => void start()}
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

function FilePicker({ onLoaded, disabled }: { onLoaded: (loaded: Loaded) => void; disabled: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const panel = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [name, setName] = useState<string>();
  const onChange = async (file: File | undefined) => {
    if (!file) return;
    setName(file.name);
    onLoaded({ status: "loading" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    onLoaded({ status: "done", name: file.name, ...fromBytes(bytes, file.name) });
  };
  return (
    <div>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="catalogue-file"
        onChange={(event) => void onChange(event.target.files?.[0])}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()} aria-describedby={hintId}>
        {t.chooseFile}
      </Button>
      <p id={hintId} className={panel.muted}>
        <strong>{name ? t.chosenFile(name) : t.noFileChosen}</strong>
        <br />
        {t.fileHint}
      </p>
    </div>
  );
}

function SheetPicker(props: { sheets: string[]; onChoose: (sheet: string) => void; disabled: boolean }) {
  const { t } = useI18n();
  const [sheet, setSheet] = useState("");
  if (props.sheets.length === 0)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t.noTableSheets}</MessageBarBody>
      </MessageBar>
    );
  return (
    <Field label={t.chooseSheet}>
      <Select
        value={sheet}
        disabled={props.disabled}
        onChange={(_, data) => {
          setSheet(data.value);
          if (data.value) props.onChoose(data.value);
        }}
      >
        <option value="">–</option>
        {props.sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function Preview({
  summary,
  title,
}: {
  summary: NonNullable<Extract<LoadedSource, { ok: true }>["summary"]>;
  title: string;
}) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const counts: [string, number][] = [
    [t.previewFields, summary.actionFields],
    [t.previewGoals, summary.goals],
    [t.previewMeasures, summary.measures],
    [t.previewUnits, summary.units.length],
  ];
  return (
    <section aria-labelledby="preview-heading" className={panel.panel}>
      <h3 id="preview-heading" className={panel.subheading}>
        {t.preview}: {title}
      </h3>
      <dl className={styles.counts}>
        {counts.map(([label, value]) => (
          <div key={label} className={styles.count}>
            <dt>{label}</dt>
            <dd className={styles.countValue}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function describeIssue(issue: CatalogueIssue, t: Messages): string {
  const place = [
    issue.file,
    issue.line !== undefined ? t.issueLine(issue.line) : undefined,
    issue.field !== undefined ? t.issueField(issue.field) : undefined,
  ].filter(Boolean);
  return `${place.join(", ")}: ${issue.message}`;
}

function ImportErrors({ issues }: { issues: readonly CatalogueIssue[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.importErrorsTitle(issues.length)}</MessageBarTitle>
        <ul className={styles.issues} data-testid="import-errors">
          {issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue, t)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function BuildStatus({ build, t }: { build: BuildState; t: Messages }) {
  if (build.status === "idle") return null;
  if (build.status === "running")
    return (
      <Field
        label={build.rebuild ? t.rebuilding : t.building}
        validationMessage={t.phase[build.progress.phase]}
        validationState="none"
      >
        <ProgressBar value={build.progress.fraction} max={1} thickness="large" aria-label={t.progressLabel} />
      </Field>
    );
  if (build.status === "failed") return <BuildFailed failure={build.failure} t={t} />;
  const { outcome } = build;
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>
        {outcome.rebuilt
          ? t.rebuildDone(outcome.sheets, outcome.keptInputs, outcome.archived)
          : t.buildDone(outcome.sheets)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The workbook's state first (what the writer reported, or that it is unknown), then what happened. */
export function stateLines(failure: BuildFailure, t: Messages): string[] {
  switch (failure.workbookState) {
    case "unchanged":
      return [t.stateUnchanged];
    case "restored":
      return [t.stateRestored(failure.rebuild)];
    case "incomplete":
      return [
        t.stateIncomplete(failure.rebuild),
        ...(failure.leftovers.length > 0
          ? [t.stateLeftovers(failure.leftovers.map((name) => `„${name}“`).join(", "))]
          : []),
        t.stateIncompleteNext,
      ];
    default:
      return [t.stateUnknown];
  }
}

/**
 * A failed build or rebuild: the title and the workbook's state in plain words, the reason (what
 * happened, what to do), and Excel's technical detail folded away in an accordion (a button with
 * aria-expanded, reachable and operable by keyboard).
 */
function BuildFailed({ failure, t }: { failure: BuildFailure; t: Messages }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{failure.rebuild ? t.rebuildFailed : t.buildFailed}</MessageBarTitle>
        <div className={styles.failure} data-testid="build-failure">
          {stateLines(failure, t).map((line) => (
            <p key={line} className={styles.failure}>
              {line}
            </p>
          ))}
          <p className={styles.failure}>
            <strong>{t.whatHappened}:</strong> {failure.reason}
          </p>
          {failure.detail && (
            <Accordion collapsible>
              <AccordionItem value="detail">
                <AccordionHeader size="small">{t.technicalDetails}</AccordionHeader>
                <AccordionPanel>
                  <pre className={styles.detail} data-testid="build-failure-detail">
                    {failure.detail}
                  </pre>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
