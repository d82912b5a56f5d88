/**
 * Prüfen: runs the validation on every read of the workbook (the read repeats ~800 ms after a change),
 * lists the findings by action field and severity; a finding is a button that selects its cell in Excel.
 */
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { commonMessages } from "../../core/messages/sections";
import type { WorkbookSnapshot } from "../../layout/snapshot";
import type { Finding, ValidationMode } from "../../validation";
import { leftoverBackupSheets } from "../../validation/rules/leftoverBackups";
import type { Severity } from "../../validation/types";
import { useBackupRemoval } from "../hooks/useBackupRemoval";
import { useCheck } from "../hooks/useCheck";
import type { WorkbookState } from "../hooks/useWorkbook";
import { useI18n } from "../i18n";
import type { WorkbookAnalysis } from "../../validation/analysis";
import { placeOf } from "../../validation/findingGroups";
import type { WorkbookService } from "../services/workbookService";
import { Loading, WithOverview, usePanelStyles } from "./common";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    alignItems: "flex-start",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightRegular,
  },
  findingText: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  measure: { fontWeight: tokens.fontWeightSemibold },
  place: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  plain: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

interface Props {
  readonly service: WorkbookService;
  readonly workbook: WorkbookState;
  readonly onRefresh: () => void;
  readonly onCreate: () => void;
}

export function CheckPanel({ service, workbook, onRefresh, onCreate }: Props) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const [mode, setMode] = useState<ValidationMode>("entwurf");
  return (
    <section className={panel.panel} aria-labelledby="check-heading">
      <h2 id="check-heading" className={panel.heading}>
        {t.tabCheck}
      </h2>
      <Field label={t.mode}>
        <RadioGroup
          layout="horizontal"
          value={mode}
          onChange={(_, data) => setMode(data.value as ValidationMode)}
        >
          <Radio value="entwurf" label={t.modeDraft} />
          <Radio value="abgabe" label={t.modeSubmit} />
        </RadioGroup>
      </Field>
      <div className={panel.row}>
        <Button appearance="primary" onClick={onRefresh} disabled={workbook.status === "loading"}>
          {t.runCheck}
        </Button>
        {workbook.status === "ready" && workbook.refreshing && <Loading label={t.checking} />}
      </div>
      <p className={panel.muted}>{t.autoCheckNote}</p>
      {workbook.status === "ready" && (
        <LeftoverBackups service={service} workbook={workbook} onRefresh={onRefresh} />
      )}
      <WithOverview state={workbook} onRetry={onRefresh} onCreate={onCreate}>
        {(overview, ready) => (
          <Findings
            overview={overview}
            snapshot={ready.snapshot}
            mode={mode}
            service={service}
            readAt={ready.readAt}
          />
        )}
      </WithOverview>
    </section>
  );
}

type Overview = Extract<WorkbookAnalysis, { kind: "zielbild" }>;

/**
 * One severity's findings of a group. Notes (e.g. every measure still "offen" while drafting) start
 * collapsed so that errors and warnings stay in view; a toggle with aria-expanded opens them.
 */
function SeverityList(props: {
  groupName: string;
  severity: Severity;
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
  /** Whether the finding's cell can be selected (not on a hidden sheet, which Excel cannot activate). */
  selectable: (finding: Finding) => boolean;
}) {
  const { groupName, severity, findings, onSelect, selectable } = props;
  const { t, lang } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const [open, setOpen] = useState(severity !== "info");
  const listId = useId();
  const title = `${t.severity[severity]}: ${findings.length}`;
  return (
    <div className={styles.group}>
      <h4 className={panel.subheading}>
        {severity === "info" ? (
          <Button
            appearance="transparent"
            size="small"
            icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {title}
          </Button>
        ) : (
          <Badge appearance="tint" color={BADGE[severity]}>
            {title}
          </Badge>
        )}
      </h4>
      {open && (
        <ul id={listId} className={panel.list} aria-label={`${groupName} – ${t.severity[severity]}`}>
          {findings.map((finding, i) => (
            <li key={`${finding.ruleId}-${finding.sheet}-${finding.cell}-${i}`}>
              {!selectable(finding) ? (
                <div className={styles.plain}>
                  <span className={styles.findingText}>
                    <span>
                      {t.severityOne[severity]}: {finding.message[lang]}
                    </span>
                    <span className={styles.place}>
                      {finding.sheet} ({t.hiddenSheet})
                    </span>
                  </span>
                </div>
              ) : (
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  onClick={() => onSelect(finding)}
                  aria-description={t.goToCell(placeOf(finding))}
                  data-cell={placeOf(finding)}
                >
                  <span className={styles.findingText}>
                    {finding.measureId && (
                      <span className={styles.measure}>
                        {t.measureLabel} {finding.measureId}
                        {finding.measureTitle ? `: ${finding.measureTitle}` : ""}
                      </span>
                    )}
                    <span>
                      {t.severityOne[severity]}: {finding.message[lang]}
                    </span>
                    <span className={styles.place}>{placeOf(finding)}</span>
                  </span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Findings(props: {
  overview: Overview;
  snapshot: Extract<WorkbookState, { status: "ready" }>["snapshot"];
  mode: ValidationMode;
  service: WorkbookService;
  readAt: Date;
}) {
  const { overview, snapshot, mode, service } = props;
  const { t, lang } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const { findings, groups, counts, selectable, select, selectError } = useCheck(
    service,
    overview,
    snapshot,
    mode,
  );
  const time = props.readAt.toLocaleTimeString(lang === "de" ? "de-DE" : "en-GB");
  return (
    <>
      <p role="status" aria-live="polite" data-testid="findings-summary">
        {findings.length === 0 ? t.noFindings : t.findingsSummary(counts.error, counts.warning, counts.info)}{" "}
        <span className={panel.muted}>({t.checkedAt(time)})</span>
      </p>
      {selectError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {groups.map((group) => (
        <section
          key={group.fieldId ?? "general"}
          className={styles.group}
          aria-label={group.fieldName ?? t.generalGroup}
        >
          <h3 className={panel.subheading}>{group.fieldName ?? t.generalGroup}</h3>
          {group.bySeverity.map(({ severity, findings: items }) => (
            <SeverityList
              key={severity}
              groupName={group.fieldName ?? t.generalGroup}
              severity={severity}
              findings={items}
              onSelect={select}
              selectable={selectable}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/**
 * Backup sheets ("~zb-alt-…", also hidden or very hidden ones) that a failed rebuild left: shown whatever
 * the state of the overview, since after a failure it may be incomplete. They can be removed from here
 * only while every sheet of the overview is in place — otherwise a backup may hold the only state with
 * the entries, and the text says so.
 */
function LeftoverBackups(props: {
  service: WorkbookService;
  workbook: Extract<WorkbookState, { status: "ready" }>;
  onRefresh: () => void;
}) {
  const { service, workbook, onRefresh } = props;
  const { t, lang } = useI18n();
  const { quoted } = commonMessages(lang);
  const styles = useStyles();
  const { removal, remove } = useBackupRemoval(service, onRefresh);
  const leftovers = leftoverBackupSheets(workbook.snapshot);
  if (removal.status === "done" && leftovers.length === 0)
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t.removedBackups(removal.count)}</MessageBarBody>
      </MessageBar>
    );
  if (leftovers.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="leftover-backups">
      <MessageBarBody>
        <MessageBarTitle>{t.leftoversTitle(leftovers.length)}</MessageBarTitle>
        {t.leftoversBody}
        <ul className={styles.names}>
          {leftovers.map((sheet) => (
            <li key={sheet.name}>
              {quoted(sheet.name)}
              {sheet.visibility === "visible" ? "" : ` (${t.hiddenSheet})`}
            </li>
          ))}
        </ul>
        {removal.status === "failed" && (
          <p role="alert">
            {t.removeBackupsFailed} {removal.message}
          </p>
        )}
      </MessageBarBody>
      {overviewComplete(workbook) && (
        <MessageBarActions>
          <Button onClick={remove} disabled={removal.status === "running"}>
            {removal.status === "running" ? t.removingBackups : t.removeBackups}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Every sheet the overview's plan names is in the workbook under its name. */
function overviewComplete(workbook: { snapshot: WorkbookSnapshot; analysis: WorkbookAnalysis }): boolean {
  if (workbook.analysis.kind !== "zielbild") return false;
  const present = new Set(workbook.snapshot.sheets.map((s) => s.name));
  return workbook.analysis.plan.sheets.every((s) => present.has(s.name));
}
