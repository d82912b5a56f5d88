/** A catalogue file from the computer: a real button opens the hidden file input; the choice is named. */
import { Button } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import type { Loaded } from "../../hooks/useCatalogueSource";
import { useI18n } from "../../i18n";
import { fromBytes } from "../../model/catalogueSource";
import { usePanelStyles } from "../common";
import { useCreateStyles } from "./styles";

export function FilePicker({
  onLoaded,
  disabled,
}: {
  onLoaded: (loaded: Loaded) => void;
  disabled: boolean;
}) {
  const { t, lang } = useI18n();
  const styles = useCreateStyles();
  const panel = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [name, setName] = useState<string>();
  const onChange = async (file: File | undefined) => {
    if (!file) return;
    setName(file.name);
    onLoaded({ status: "loading" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    onLoaded({ status: "done", name: file.name, ...fromBytes(bytes, file.name, lang) });
  };
  return (
    <div>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="catalogue-file"
        onChange={(event) => void onChange(event.target.files?.[0])}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()} aria-describedby={hintId}>
        {t.chooseFile}
      </Button>
      <p id={hintId} className={panel.muted}>
        <strong className={panel.wrap}>{name ? t.chosenFile(name) : t.noFileChosen}</strong>
        <br />
        {t.fileHint}
      </p>
    </div>
  );
}
