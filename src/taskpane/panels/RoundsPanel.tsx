/**
 * Runden: the round the workbook collects, the closed rounds, from round 2 on how many measures got
 * better or worse since the last round (live: recounted on every read of the workbook, as Übersicht),
 * and the form that freezes the current round into the Verlauf sheet and starts the next. The Office
 * work lives in useRounds; the form's values and the outcome live here, above the overview's states, so
 * that a re-read while the round is written never loses them. Parts are in ./rounds.
 */
import { localIsoDate } from "../../core/dates";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { isIsoDate } from "../../layout/rounds";
import type { WorkbookSnapshot } from "../../layout/snapshot";
import { useRounds, type RoundForm } from "../hooks/useRounds";
import type { WorkbookState } from "../hooks/useWorkbook";
import { useI18n } from "../i18n";
import { historySheetName, roundsView, type RoundsView } from "../model/rounds";
import type { WorkbookService } from "../services/workbookService";
import { ErrorState, WithOverview, usePanelStyles } from "./common";
import { NewRoundForm } from "./rounds/NewRoundForm";
import { RoundsSummary } from "./rounds/RoundsSummary";
import { RoundStatus } from "./rounds/RoundStatus";

interface Props {
  readonly service: WorkbookService;
  readonly workbook: WorkbookState;
  /** The settings' sheet protection password: the new round's sheets are protected with it. */
  readonly password: string;
  readonly onRefresh: () => void;
  readonly onCreate: () => void;
}

export function RoundsPanel({ service, workbook, password, onRefresh, onCreate }: Props) {
  const { t, lang } = useI18n();
  const panel = usePanelStyles();
  const rounds = useRounds(service, password, onRefresh);
  const { state } = rounds;
  const [form, setForm] = useState<RoundForm>(() => ({ label: "", date: localIsoDate(), clear: false }));
  const [missing, setMissing] = useState({ label: false, date: false });
  const labelRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // Focus follows the outcome: a refused label or date to its field, anything else to the message.
  useEffect(() => {
    const refused = state.status === "problem" ? state.problem.kind : undefined;
    if (refused === "label") labelRef.current?.focus();
    else if (refused === "date") dateRef.current?.focus();
    else if (state.status !== "idle" && state.status !== "running") resultRef.current?.focus();
    if (state.status === "started") setForm((f) => ({ ...f, label: "" }));
  }, [state]);

  const refused = state.status === "problem" ? state.problem.kind : undefined;
  const change = (next: Partial<RoundForm>) => {
    setForm((f) => ({ ...f, ...next }));
    setMissing((m) => ({ label: m.label && !("label" in next), date: m.date && !("date" in next) }));
    // A refusal was about the values it was given; changed values are checked afresh.
    if (state.status === "problem") rounds.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const label = form.label.trim();
    const problems = { label: label === "", date: !isIsoDate(form.date) };
    setMissing(problems);
    if (problems.label) labelRef.current?.focus();
    else if (problems.date) dateRef.current?.focus();
    else void rounds.start({ ...form, label });
  };
  const language =
    workbook.status === "ready" && workbook.analysis.kind === "zielbild"
      ? workbook.analysis.meta.language
      : lang;
  const historySheet = historySheetName(language);

  return (
    <section className={panel.panel} aria-labelledby="rounds-heading">
      <h2 id="rounds-heading" className={panel.heading}>
        {t.roundsHeading}
      </h2>
      <WithOverview state={workbook} onRetry={onRefresh} onCreate={onCreate}>
        {(_overview, ready) => (
          <Rounds snapshot={ready.snapshot} onRetry={onRefresh}>
            <NewRoundForm
              form={form}
              onChange={change}
              onSubmit={submit}
              running={rounds.running}
              labelInvalid={missing.label || refused === "label"}
              dateInvalid={missing.date || refused === "date"}
              labelRef={labelRef}
              dateRef={dateRef}
              historySheet={historySheet}
            />
          </Rounds>
        )}
      </WithOverview>
      <div ref={resultRef} tabIndex={-1} data-testid="round-result">
        <RoundStatus state={state} historySheet={historySheet} onConfirm={() => void rounds.confirm()} />
      </div>
    </section>
  );
}

/** The rounds of the workbook and then the form, or — in a per-unit workbook — why there is none. */
function Rounds({
  snapshot,
  onRetry,
  children,
}: {
  snapshot: WorkbookSnapshot;
  onRetry: () => void;
  children: ReactNode;
}) {
  const { t, lang } = useI18n();
  const read = useMemo(() => roundsView(snapshot, lang), [snapshot, lang]);
  if (!read.ok) return <ErrorState message={t.roundsUnreadable(read.error)} onRetry={onRetry} />;
  const view: RoundsView = read.view;
  return (
    <>
      <RoundsSummary view={view} />
      {view.unit === undefined ? (
        children
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.roundsUnitTitle}</MessageBarTitle>
            {t.roundsUnitBody(view.unit)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
