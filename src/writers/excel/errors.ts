/** Typed errors of the Office.js writer, with German messages. Office.js errors are mapped, never swallowed. */
import { REQUIRED_EXCEL_API } from "./requirements";

export type ExcelWriteErrorCode =
  | "PayloadTooLarge"
  | "ApiNotSupported"
  | "WorkbookProtected"
  | "SheetNameConflict"
  | "NotAZielbildWorkbook"
  | "Unknown";

export class ExcelWriteError extends Error {
  constructor(
    readonly code: ExcelWriteErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "ExcelWriteError";
  }
}

/** The shape of OfficeExtension.Error that we rely on (also what the fake throws). */
interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown };
}

export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as OfficeErrorLike).code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "RequestPayloadSizeLimitExceeded";
}

/** Maps any error from Office.js to an ExcelWriteError; an ExcelWriteError passes through unchanged. */
export function toExcelWriteError(error: unknown, during: string): ExcelWriteError {
  if (error instanceof ExcelWriteError) return error;
  const code = officeErrorCode(error);
  const detail = describe(error);
  switch (code) {
    case "RequestPayloadSizeLimitExceeded":
      return new ExcelWriteError(
        "PayloadTooLarge",
        `${during}: Die Anfrage an Excel ist auch in kleinen Teilen zu groß (${detail}).`,
        error,
      );
    case "ApiNotFound":
    case "FeatureNotSupported":
    case "ApiNotAvailable":
      return new ExcelWriteError(
        "ApiNotSupported",
        `${during}: Diese Excel-Version unterstützt eine benötigte Funktion nicht (${detail}). ` +
          `Benötigt wird mindestens der Anforderungssatz ExcelApi ${REQUIRED_EXCEL_API}.`,
        error,
      );
    case "AccessDenied":
    case "InvalidOperationInCellEditMode":
      return new ExcelWriteError(
        "WorkbookProtected",
        `${during}: Excel verweigert die Änderung (${detail}). Ist die Arbeitsmappe geschützt oder wird gerade eine Zelle bearbeitet?`,
        error,
      );
    default:
      return new ExcelWriteError("Unknown", `${during}: Excel meldet einen Fehler: ${detail}`, error);
  }
}

function describe(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, message, debugInfo } = error as OfficeErrorLike;
    const location = typeof debugInfo?.errorLocation === "string" ? ` bei ${debugInfo.errorLocation}` : "";
    const text = typeof message === "string" ? message : String(error);
    return typeof code === "string" ? `${code}: ${text}${location}` : text + location;
  }
  return String(error);
}
