/** The build's progress, its success, or its failure with the workbook's state told truthfully. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { BuildState } from "../../hooks/useBuild";
import { commonMessages } from "../../../core/messages/sections";
import type { Language } from "../../../core/messages";
import { useI18n, type Messages } from "../../i18n";
import type { BuildFailure } from "../../services/workbookService";
import { useCreateStyles } from "./styles";

export function BuildStatus({ build, t }: { build: BuildState; t: Messages }) {
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

/**
 * The workbook's state first (what the writer reported, or that it is unknown), then what happened.
 * `lang` quotes the left-over sheets' names as the pane's language does.
 */
export function stateLines(failure: BuildFailure, t: Messages, lang: Language = "de"): string[] {
  const { quoted } = commonMessages(lang);
  const step = failure.round ? "round" : failure.rebuild ? "rebuild" : "build";
  switch (failure.workbookState) {
    case "unchanged":
      return [t.stateUnchanged];
    case "restored":
      return [t.stateRestored[step]];
    case "incomplete":
      return [
        t.stateIncomplete[step],
        ...(failure.leftovers.length > 0 ? [t.stateLeftovers(failure.leftovers.map(quoted).join(", "))] : []),
        t.stateIncompleteNext,
      ];
    default:
      return [t.stateUnknown];
  }
}

/**
 * A failed build or rebuild: the title and the workbook's state in plain words, the reason (what
 * happened, what to do), and Excel's technical detail folded away in an accordion (a button with
 * aria-expanded, reachable and operable by keyboard). `title` names what failed when it was not a build
 * (the Runden panel: starting a round rewrites the overview as a rebuild does).
 */
export function BuildFailed({ failure, t, title }: { failure: BuildFailure; t: Messages; title?: string }) {
  const styles = useCreateStyles();
  const { lang } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title ?? (failure.rebuild ? t.rebuildFailed : t.buildFailed)}</MessageBarTitle>
        <div className={styles.failure} data-testid="build-failure">
          {stateLines(failure, t, lang).map((line) => (
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
