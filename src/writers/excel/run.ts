/** The only place that calls Excel.run, and the requirement-set check before any write. */
import type { ContextApi } from "./api";
import { writersMessages } from "../../core/messages/sections";
import { ExcelWriteError, type WritersMessages } from "./errors";
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
 * The text is the catalogue's `writers.excelApi19Hosts`; this is the German one.
 */
export const EXCEL_API_1_9_HOSTS = writersMessages("de").excelApi19Hosts;

export function requireExcelApi(
  version: string = REQUIRED_EXCEL_API,
  t: WritersMessages = writersMessages(),
): void {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements?.isSetSupported("ExcelApi", version))
    throw new ExcelWriteError(
      "ApiNotSupported",
      t.apiSetMissing(version, version === "1.9" ? t.excelApi19Hosts : ""),
      undefined,
      { workbookState: "unchanged" },
    );
}
