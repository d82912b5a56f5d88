/** The only place that calls Excel.run, and the requirement-set check before any write. */
import type { ContextApi } from "./api";
import { ExcelWriteError } from "./errors";
import { REQUIRED_EXCEL_API } from "./requirements";

export function runExcel<T>(batch: (context: ContextApi) => Promise<T>): Promise<T> {
  return Excel.run((context) => batch(context));
}

/** Runs a batch on the request context of an earlier run (e.g. to remove an event handler). */
export function runExcelOn<T>(context: unknown, batch: (context: ContextApi) => Promise<T>): Promise<T> {
  return Excel.run(context as OfficeExtension.ClientRequestContext, (ctx) => batch(ctx));
}

/**
 * Which Excel has ExcelApi 1.9, after Microsoft's table "Excel JavaScript API requirement sets": Excel on
 * the web; on Windows Microsoft 365 and retail (bought) versions from Version 1903 (Build 11425.20204),
 * volume-licensed only from Office 2021 (volume-licensed Office 2019 stops at 1.7); Mac from 16.24; iPad.
 */
export const EXCEL_API_1_9_HOSTS =
  "Excel im Web, Excel für Microsoft 365 oder eine Kaufversion ab Version 1903 (Windows) bzw. 16.24 (Mac); " +
  "bei Volumenlizenzen erst Office 2021 oder neuer – Office 2019 und 2016 mit Volumenlizenz genügen nicht";

export function requireExcelApi(version: string = REQUIRED_EXCEL_API): void {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements?.isSetSupported("ExcelApi", version))
    throw new ExcelWriteError(
      "ApiNotSupported",
      `Diese Excel-Version unterstützt den Anforderungssatz ExcelApi ${version} nicht, den das Add-in braucht. ` +
        (version === "1.9" ? `Er ist enthalten in: ${EXCEL_API_1_9_HOSTS}. ` : "") +
        `Bitte Excel aktualisieren (Datei → Konto → Updateoptionen) oder die Arbeitsmappe in Excel im Web öffnen. ` +
        `Die Arbeitsmappe selbst funktioniert auch ohne Add-in.`,
      undefined,
      { workbookState: "unchanged" },
    );
}
