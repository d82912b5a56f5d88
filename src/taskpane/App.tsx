import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useWorkbook } from "./hooks/useWorkbook";
import { useI18n } from "./i18n";
import type { HostStatus } from "./officeHost";
import { PaneTabs, type TabKey } from "./PaneTabs";
import { CheckPanel } from "./panels/CheckPanel";
import { CreatePanel } from "./panels/CreatePanel";
import { OverviewPanel } from "./panels/OverviewPanel";
import { RoundsPanel } from "./panels/RoundsPanel";
import { SettingsPanel } from "./panels/SettingsPanel";
import { UnitsPanel } from "./panels/UnitsPanel";
import type { PaneSettings } from "../addin/settingsStore";
import type { WorkbookService } from "./services/workbookService";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    minWidth: 0,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabpanel: { minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export type { TabKey } from "./PaneTabs";
export { TABS } from "./PaneTabs";

interface AppProps {
  readonly host: HostStatus;
  readonly service: WorkbookService;
  readonly settings: PaneSettings;
  readonly onSettingsChange: (settings: PaneSettings) => void;
  readonly initialTab?: TabKey;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t.appTitle}
        </Title2>
        <Body1 as="p" className={styles.tagline}>
          {t.appTagline}
        </Body1>
      </header>
      {props.host === "excel" ? <Panes {...props} /> : <NotInExcel host={props.host} />}
    </main>
  );
}

function Panes({ service, settings, onSettingsChange, initialTab }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabKey>(initialTab ?? "create");
  const { state, refresh } = useWorkbook(service);
  const toCreate = () => setTab("create");
  return (
    <>
      <PaneTabs selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.tabpanel}>
        {tab === "create" && (
          <CreatePanel
            service={service}
            workbook={state}
            language={settings.language}
            password={settings.password}
            onBuilt={refresh}
          />
        )}
        {tab === "check" && (
          <CheckPanel service={service} workbook={state} onRefresh={refresh} onCreate={toCreate} />
        )}
        {tab === "overview" && (
          <OverviewPanel service={service} workbook={state} onRefresh={refresh} onCreate={toCreate} />
        )}
        {tab === "units" && (
          <UnitsPanel
            service={service}
            workbook={state}
            password={settings.password}
            onRefresh={refresh}
            onCreate={toCreate}
          />
        )}
        {tab === "rounds" && (
          <RoundsPanel
            service={service}
            workbook={state}
            password={settings.password}
            onRefresh={refresh}
            onCreate={toCreate}
          />
        )}
        {tab === "settings" && <SettingsPanel settings={settings} onChange={onSettingsChange} />}
      </div>
    </>
  );
}

function NotInExcel({ host }: { host: HostStatus }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.notInExcelTitle}</MessageBarTitle>
        {host === "other-host" ? t.otherHostBody : t.notInExcelBody}
      </MessageBarBody>
    </MessageBar>
  );
}
