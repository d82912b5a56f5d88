/** "Neue Runde beginnen": label (required), date (default today), keep or clear the ratings, the button. */
import { Button, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { FormEvent, RefObject } from "react";
import type { RoundForm } from "../../hooks/useRounds";
import { useI18n } from "../../i18n";
import { usePanelStyles } from "../common";
import { useRoundStyles } from "./styles";

interface Props {
  readonly form: RoundForm;
  readonly onChange: (next: Partial<RoundForm>) => void;
  readonly onSubmit: (event: FormEvent) => void;
  readonly running: boolean;
  readonly labelInvalid: boolean;
  readonly dateInvalid: boolean;
  readonly labelRef: RefObject<HTMLInputElement | null>;
  readonly dateRef: RefObject<HTMLInputElement | null>;
  /** The Verlauf sheet's name in the workbook's language. */
  readonly historySheet: string;
}

export function NewRoundForm(props: Props) {
  const { form, onChange, running } = props;
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useRoundStyles();
  return (
    <form className={styles.form} aria-labelledby="new-round-heading" onSubmit={props.onSubmit} noValidate>
      <h3 id="new-round-heading" className={panel.subheading}>
        {t.newRoundHeading}
      </h3>
      <p className={`${panel.muted} ${styles.text}`}>{t.newRoundIntro}</p>
      <Field
        label={t.roundLabel}
        required
        hint={t.roundLabelHint}
        {...(props.labelInvalid ? { validationMessage: t.roundLabelMissing } : {})}
      >
        <Input
          ref={props.labelRef}
          value={form.label}
          onChange={(_, data) => onChange({ label: data.value })}
          disabled={running}
        />
      </Field>
      <Field
        label={t.roundDate}
        required
        {...(props.dateInvalid ? { validationMessage: t.roundDateInvalid } : {})}
      >
        <Input
          ref={props.dateRef}
          type="date"
          value={form.date}
          onChange={(_, data) => onChange({ date: data.value })}
          disabled={running}
        />
      </Field>
      <Field label={t.roundInputs}>
        <RadioGroup
          value={form.clear ? "clear" : "keep"}
          onChange={(_, data) => onChange({ clear: data.value === "clear" })}
          disabled={running}
        >
          <Radio value="keep" label={t.roundKeep} />
          <Radio value="clear" label={t.roundClear} />
        </RadioGroup>
      </Field>
      <p className={`${panel.muted} ${styles.text}`}>{t.roundHistoryNote(props.historySheet)}</p>
      <div className={panel.row}>
        <Button type="submit" appearance="primary" disabled={running}>
          {t.startRound}
        </Button>
      </div>
    </form>
  );
}
