/** Every error of a catalogue that could not be read, with file, line and column or field. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CatalogueIssue } from "../../../catalogue/errors";
import { useI18n, type Messages } from "../../i18n";
import { useCreateStyles } from "./styles";

export function describeIssue(issue: CatalogueIssue, t: Messages): string {
  const place = [
    issue.file,
    issue.line !== undefined ? t.issueLine(issue.line) : undefined,
    issue.field !== undefined ? t.issueField(issue.field) : undefined,
  ].filter(Boolean);
  return `${place.join(", ")}: ${issue.message}`;
}

export function ImportErrors({ issues }: { issues: readonly CatalogueIssue[] }) {
  const { t } = useI18n();
  const styles = useCreateStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.importErrorsTitle(issues.length)}</MessageBarTitle>
        <ul className={styles.issues} data-testid="import-errors">
          {issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue, t)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
