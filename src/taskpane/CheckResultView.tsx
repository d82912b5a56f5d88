/** The dialog the ribbon's "Prüfen" command opens: the check's headline and first findings, and a close button. */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { CheckReport } from "../validation/checkReport";
import type { Language } from "../scheme/ratingScheme";
import { isDarkTheme, type OfficeThemeLike } from "./model/theme";
import { DICTIONARIES } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  readonly report: CheckReport | undefined;
  readonly lang: Language;
  readonly officeTheme?: OfficeThemeLike;
  readonly onClose: () => void;
}

export function CheckResultView({ report, lang, officeTheme, onClose }: Props) {
  return (
    <FluentProvider theme={isDarkTheme(officeTheme) ? webDarkTheme : webLightTheme}>
      <Body report={report} lang={lang} onClose={onClose} />
    </FluentProvider>
  );
}

function Body({ report, lang, onClose }: Omit<Props, "officeTheme">) {
  const styles = useStyles();
  const t = DICTIONARIES[lang].checkResult;
  return (
    <main className={styles.root}>
      <MessageBar intent={!report ? "warning" : report.ok ? "success" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{report?.title ?? t.noResult}</MessageBarTitle>
          {report && report.lines.length > 0 && (
            <ul className={styles.list}>
              {report.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
      <p>{t.allFindingsInPane}</p>
      <Button appearance="primary" onClick={onClose}>
        {t.close}
      </Button>
    </main>
  );
}
