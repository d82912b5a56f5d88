/** "Für eine Organisationseinheit (optional)": a new build for one unit; as wide as the pane, never wider. */
import { Field, Select } from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import { useFieldStyles } from "../common";

export function UnitSelect(props: {
  units: readonly string[];
  value: string;
  onChange: (unit: string) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const fit = useFieldStyles();
  return (
    <Field label={t.unitWorkbook} hint={t.unitWorkbookHint} className={fit.field}>
      <Select
        className={fit.select}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
      >
        <option value="">{t.unitWorkbookAll}</option>
        {props.units.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
