import { createRoot } from "react-dom/client";
import { decodeReport } from "../validation/checkReport";
import { CheckResultView } from "./CheckResultView";
import { Root } from "./Root";
import { detectHost, globalOffice } from "./officeHost";
import { localSettingsStore } from "../addin/settingsStore";
import { officeWorkbookService } from "./services/officeWorkbookService";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html: Element #root fehlt.");
  const host = await detectHost(globalOffice());
  const officeTheme = host === "excel" ? Office.context.officeTheme : undefined;
  const store = localSettingsStore();
  if (new URLSearchParams(window.location.search).get("view") === "check-result") {
    const report = decodeReport(window.location.hash.slice(1));
    const close = () => Office.context.ui.messageParent("close");
    createRoot(container).render(
      <CheckResultView
        report={report}
        lang={store.load().language}
        officeTheme={officeTheme}
        onClose={close}
      />,
    );
    return;
  }
  createRoot(container).render(
    <Root host={host} service={officeWorkbookService()} store={store} officeTheme={officeTheme} />,
  );
}

void main();
