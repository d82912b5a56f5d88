import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { HostStatus } from "./officeHost";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export function App({ host }: { host: HostStatus }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Zielbild</Title2>
      {host === "excel" ? (
        <Body1>Erstellt aus dem Zielkatalog die Bewertungsübersicht für die Fachbereiche.</Body1>
      ) : (
        <NotInExcel />
      )}
    </main>
  );
}

function NotInExcel() {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>Zielbild muss in Excel ausgeführt werden …</MessageBarTitle>
        Öffnen Sie das Add-in in Excel (Desktop oder im Web) über Start → Zielbild.
      </MessageBarBody>
    </MessageBar>
  );
}
