/** The pane with its providers: Office theme (light/dark), language from the settings, the workbook service. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { App, type TabKey } from "./App";
import { I18nProvider } from "./i18n";
import type { HostStatus } from "./officeHost";
import { isDarkTheme, type OfficeThemeLike } from "./model/theme";
import type { PaneSettings, SettingsStore } from "../addin/settingsStore";
import type { WorkbookService } from "./services/workbookService";

interface RootProps {
  readonly host: HostStatus;
  readonly service: WorkbookService;
  readonly store: SettingsStore;
  readonly officeTheme?: OfficeThemeLike;
  readonly initialTab?: TabKey;
}

export function Root({ host, service, store, officeTheme, initialTab }: RootProps) {
  const [settings, setSettings] = useState<PaneSettings>(() => store.load());
  const change = (next: PaneSettings) => {
    store.save(next);
    setSettings(next);
  };
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  const theme = isDarkTheme(officeTheme) ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme}>
      <I18nProvider lang={settings.language}>
        <App
          host={host}
          service={service}
          settings={settings}
          onSettingsChange={change}
          {...(initialTab ? { initialTab } : {})}
        />
      </I18nProvider>
    </FluentProvider>
  );
}
