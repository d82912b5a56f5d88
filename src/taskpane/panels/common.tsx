/** Designed empty, loading and error states shared by the panels, and the panel layout. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../i18n";
import type { WorkbookState } from "../hooks/useWorkbook";
import type { WorkbookAnalysis } from "../../validation/analysis";

export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    // Flex children may otherwise grow to their content's width (a long option, a sheet name) and
    // push the pane sideways.
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  wrap: { overflowWrap: "anywhere" },
});

/**
 * A Field with a Select as wide as the panel and never wider: a native select is as wide as its longest
 * option (a unit's full name), so both the field and the control are held to the panel's width.
 */
export const useFieldStyles = makeStyles({
  field: { minWidth: 0, maxWidth: "100%" },
  select: {
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
    "& > select": { width: "100%", minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  },
});

export function Loading({ label }: { label: string }) {
  return <Spinner size="small" label={label} labelPosition="after" />;
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.readError}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function NoOverview({ onCreate }: { onCreate?: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.noOverviewTitle}</MessageBarTitle>
        {t.noOverviewBody}
      </MessageBarBody>
      {onCreate && (
        <MessageBarActions>
          <Button onClick={onCreate}>{t.goToCreate}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

type Zielbild = Extract<WorkbookAnalysis, { kind: "zielbild" }>;

/** Renders `children` with the overview's analysis, or the right state when there is none (yet). */
export function WithOverview({
  state,
  onRetry,
  onCreate,
  children,
}: {
  state: WorkbookState;
  onRetry: () => void;
  onCreate?: () => void;
  children: (overview: Zielbild, state: Extract<WorkbookState, { status: "ready" }>) => ReactNode;
}) {
  const { t, lang } = useI18n();
  if (state.status === "loading") return <Loading label={t.loadingWorkbook} />;
  if (state.status === "error") return <ErrorState message={state.message} onRetry={onRetry} />;
  const { analysis } = state;
  if (analysis.kind === "none") return <NoOverview {...(onCreate ? { onCreate } : {})} />;
  if (analysis.kind === "damaged") return <ErrorState message={analysis.message[lang]} onRetry={onRetry} />;
  return <>{children(analysis, state)}</>;
}
