/**
 * Ribbon function commands (manifest.xml: ExecuteFunction "runCheck" in commands.html).
 * "Prüfen" reads the workbook, runs the validation, selects the first error's cell and shows the result
 * in a small dialog (taskpane.html?view=check-result). Excel offers function commands no other surface.
 */
import { excelWorkbook } from "../writers/excel";
import { localSettingsStore } from "../addin/settingsStore";
import { checkReport, encodeReport, type CheckReport } from "../validation/checkReport";
import { PANE_MESSAGES } from "../core/messages/sections";

export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  const lang = localSettingsStore().load().language;
  let report: CheckReport;
  try {
    const { snapshot } = await excelWorkbook.read();
    report = checkReport(snapshot, lang);
    if (report.jumpTo) await excelWorkbook.selectCell(report.jumpTo.sheet, report.jumpTo.cell);
  } catch (error) {
    report = {
      ok: false,
      title: PANE_MESSAGES[lang].checkResult.failed,
      lines: [String(error instanceof Error ? error.message : error)],
    };
  }
  showReport(report, () => event.completed());
}

/** Opens the result dialog; `done` runs when it is closed or cannot be opened. */
function showReport(report: CheckReport, done: () => void): void {
  const url = new URL("taskpane.html", window.location.href);
  url.searchParams.set("view", "check-result");
  url.hash = encodeReport(report);
  Office.context.ui.displayDialogAsync(
    url.toString(),
    { height: 40, width: 30, displayInIframe: true },
    (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return done();
      const dialog = result.value;
      const close = () => {
        dialog.close();
        done();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    },
  );
}

export function registerCommands(office: Pick<typeof Office, "actions">): void {
  office.actions.associate("runCheck", runCheck);
}

if (typeof Office !== "undefined") {
  void Office.onReady();
  registerCommands(Office);
}
