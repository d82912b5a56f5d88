/** Einstellungen: language of the pane (and of new overviews) and the optional sheet protection password. */
import { Button, Checkbox, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../scheme/ratingScheme";
import { useI18n } from "../i18n";
import type { PaneSettings } from "../../addin/settingsStore";
import { usePanelStyles } from "./common";

interface Props {
  readonly settings: PaneSettings;
  readonly onChange: (settings: PaneSettings) => void;
}

export function SettingsPanel({ settings, onChange }: Props) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const [password, setPassword] = useState(settings.password);
  const [visible, setVisible] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = (next: string) => {
    onChange({ ...settings, password: next });
    setPassword(next);
    setSaved(true);
  };
  return (
    <section className={panel.panel} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={panel.heading}>
        {t.tabSettings}
      </h2>
      <Field label={t.language}>
        <RadioGroup
          value={settings.language}
          onChange={(_, data) => onChange({ ...settings, language: data.value as Language })}
        >
          <Radio value="de" label={t.languageDe} lang="de" />
          <Radio value="en" label={t.languageEn} lang="en" />
        </RadioGroup>
      </Field>
      <form
        className={panel.panel}
        onSubmit={(event) => {
          event.preventDefault();
          save(password);
        }}
      >
        <Field label={t.password} hint={t.passwordHint}>
          <Input
            type={visible ? "text" : "password"}
            value={password}
            autoComplete="new-password"
            onChange={(_, data) => {
              setPassword(data.value);
              setSaved(false);
            }}
          />
        </Field>
        <Checkbox
          checked={visible}
          onChange={(_, data) => setVisible(Boolean(data.checked))}
          label={t.showPassword}
        />
        <div className={panel.row}>
          <Button type="submit" appearance="primary">
            {t.save}
          </Button>
          {settings.password !== "" && (
            <Button type="button" onClick={() => save("")}>
              {t.removePassword}
            </Button>
          )}
          {saved && <span role="status">{t.saved}</span>}
        </div>
      </form>
    </section>
  );
}
