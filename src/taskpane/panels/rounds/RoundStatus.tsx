/**
 * The outcome of "Neue Runde beginnen": progress, the new round, invalid entries with "Trotzdem
 * beginnen", a changed structure or a per-unit workbook, or a failure told as Erstellen tells one.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { Finding } from "../../../validation";
import { placeOf } from "../../../validation/findingGroups";
import type { RoundState } from "../../hooks/useRounds";
import { useI18n } from "../../i18n";
import { BuildFailed } from "../create/BuildStatus";
import { useRoundStyles } from "./styles";

/** How many invalid entries are listed; the rest are counted. */
export const SHOWN_FINDINGS = 5;

interface Props {
  readonly state: RoundState;
  /** The Verlauf sheet's name in the workbook's language. */
  readonly historySheet: string;
  readonly onConfirm: () => void;
}

export function RoundStatus({ state, historySheet, onConfirm }: Props) {
  const { t } = useI18n();
  switch (state.status) {
    case "idle":
      return null;
    case "running":
      return (
        <Field
          label={t.startingRound}
          validationMessage={t.phase[state.progress.phase]}
          validationState="none"
        >
          <ProgressBar
            value={state.progress.fraction}
            max={1}
            thickness="large"
            aria-label={t.progressLabel}
          />
        </Field>
      );
    case "started":
      return (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            {t.roundStarted(
              state.round.number,
              state.round.label,
              state.closed.measures.length,
              state.closed.number,
              historySheet,
            )}
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return <BuildFailed failure={state.failure} t={t} title={t.roundFailed} />;
    case "problem": {
      const { problem } = state;
      if (problem.kind === "unitWorkbook")
        return (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{t.roundFailed}</MessageBarTitle>
              {t.roundUnitProblem}
            </MessageBarBody>
          </MessageBar>
        );
      if (problem.kind === "invalid")
        return <InvalidEntries findings={problem.findings} onConfirm={onConfirm} />;
      return null; // label and date: shown at their fields
    }
  }
}

/**
 * Invalid entries would be frozen as they stand: the first few (sheet, cell, message), how many more,
 * and "Trotzdem beginnen". A changed structure cannot be confirmed away: the inputs could not be read.
 */
function InvalidEntries({ findings, onConfirm }: { findings: readonly Finding[]; onConfirm: () => void }) {
  const { t, lang } = useI18n();
  const styles = useRoundStyles();
  const structural = findings.some((f) => f.ruleId === "structure");
  const shown = findings.slice(0, SHOWN_FINDINGS);
  const more = findings.length - shown.length;
  return (
    <MessageBar
      intent={structural ? "error" : "warning"}
      layout="multiline"
      role="alert"
      data-testid="round-invalid"
    >
      <MessageBarBody>
        <MessageBarTitle>
          {structural ? t.roundStructureTitle : t.roundInvalidTitle(findings.length)}
        </MessageBarTitle>
        <p className={styles.text}>{structural ? t.roundStructureBody : t.roundInvalidBody}</p>
        <ul className={styles.findings} aria-label={t.roundInvalidList}>
          {shown.map((finding, i) => (
            <li key={`${finding.sheet}-${finding.cell}-${i}`}>
              <span className={styles.place}>{placeOf(finding)}</span>: {finding.message[lang]}
            </li>
          ))}
          {more > 0 && <li>{t.roundInvalidMore(more)}</li>}
        </ul>
      </MessageBarBody>
      {!structural && (
        <MessageBarActions>
          <Button onClick={onConfirm}>{t.startAnyway}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
