/** The pane as Office shows it, for component tests: Fluent's theme, the language, the App on one tab. */
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type TabKey } from "../../src/taskpane/App";
import { I18nProvider } from "../../src/taskpane/i18n";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../src/addin/settingsStore";
import type { FakeWorkbookService } from "./fakeService";

export function renderApp(
  service: FakeWorkbookService,
  options: { tab?: TabKey; settings?: Partial<PaneSettings> } = {},
) {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={settings.language}>
        <App
          host="excel"
          service={service}
          settings={settings}
          onSettingsChange={() => undefined}
          initialTab={options.tab ?? "create"}
        />
      </I18nProvider>
    </FluentProvider>,
  );
}
