/** A catalogue table in one of the workbook's own sheets (not the overview's). */
import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../../i18n";
import { useFieldStyles } from "../common";

export function SheetPicker(props: {
  sheets: string[];
  onChoose: (sheet: string) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const fit = useFieldStyles();
  const [sheet, setSheet] = useState("");
  if (props.sheets.length === 0)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t.noTableSheets}</MessageBarBody>
      </MessageBar>
    );
  return (
    <Field label={t.chooseSheet} className={fit.field}>
      <Select
        className={fit.select}
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
