/**
 * Übersicht → "Anlage für den Bericht": the annex and the Sachstand as Word documents, made in the pane
 * from the workbook as it is now and offered as a download. Real buttons; progress and the finished file
 * are announced in a status region, a failure in an alert that says in plain words what to do.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useAnnexDownload, type AnnexFailure } from "../hooks/useAnnexDownload";
import { useI18n, type Messages } from "../i18n";
import type { AnnexKind } from "../model/annexFile";
import type { SaveFile } from "../services/download";
import type { WorkbookService } from "../services/workbookService";
import { usePanelStyles } from "./common";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  intro: { margin: 0 },
  status: { margin: 0, minHeight: tokens.lineHeightBase300 },
  detail: { overflowWrap: "anywhere" },
});

const KINDS: readonly AnnexKind[] = ["annex", "sachstand"];

interface Props {
  readonly service: WorkbookService;
  /** How the file reaches the user; the browser download unless a test passes its own. */
  readonly save?: SaveFile;
}

export function AnnexDownload({ service, save }: Props) {
  const { t, lang } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const headingId = useId();
  const introId = useId();
  const { state, download } = useAnnexDownload(service, lang, save);
  const running = state.status === "running";
  const label: Record<AnnexKind, string> = { annex: t.annexDocx, sachstand: t.sachstandDocx };
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="annex-download">
      <h3 id={headingId} className={panel.subheading}>
        {t.annexHeading}
      </h3>
      <p id={introId} className={styles.intro}>
        {t.annexIntro}
      </p>
      <div className={panel.row}>
        {KINDS.map((kind) => (
          <Button
            key={kind}
            appearance={kind === "annex" ? "primary" : "secondary"}
            aria-describedby={introId}
            disabledFocusable={running}
            icon={running && state.kind === kind ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
            onClick={() => download(kind)}
          >
            {label[kind]}
          </Button>
        ))}
      </div>
      <p role="status" className={styles.status} data-testid="annex-status">
        {state.status === "running" && t.annexRunning(state.kind === "annex")}
        {state.status === "done" && t.annexDone(state.fileName, Math.max(1, Math.round(state.bytes / 1024)))}
      </p>
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.annexFailedTitle(state.kind === "annex")}</MessageBarTitle>
            <span className={styles.detail}>{failureText(state.failure, t)}</span>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export function failureText(failure: AnnexFailure, t: Messages): string {
  switch (failure.reason) {
    case "notZielbild":
      return t.annexNotZielbild;
    case "unreadable":
      return t.annexUnreadable(failure.detail);
    case "structure":
      return t.annexStructure(failure.detail);
    case "readFailed":
      return `${t.readError} ${failure.detail}`;
    case "failed":
      return t.annexGenerationFailed(failure.detail);
  }
}
