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

export function requireExcelApi(version: string = REQUIRED_EXCEL_API): void {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements?.isSetSupported("ExcelApi", version))
    throw new ExcelWriteError(
      "ApiNotSupported",
      `Diese Excel-Version unterstützt den Anforderungssatz ExcelApi ${version} nicht. ` +
        `Bitte Excel im Web, Microsoft 365 oder Excel 2019 und neuer verwenden.`,
    );
}
