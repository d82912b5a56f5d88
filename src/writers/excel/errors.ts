/**
 * Typed errors of the Office.js writer, with messages in the user's language (German by default; the texts
 * are the `writers` section of src/core/messages). Office.js errors are mapped, never swallowed.
 *
 * A message says in plain words what happened and what to do; Excel's own code, message and the failing
 * statement stay available in `detail`, for the pane to show folded away and for support. The codes are
 * those of "Error handling with the application-specific JavaScript APIs" (Microsoft Learn, Office
 * Add-ins → Testing and debugging), plus office-js #6784 for protect()/unprotect().
 */
import type { Messages } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";
import { REQUIRED_EXCEL_API } from "./requirements";

/** The writers' part of the message catalogue (src/core/messages/de/writers.ts): German or English. */
export type WritersMessages = Messages["writers"];

export type ExcelWriteErrorCode =
  /** A request too large even split into small parts (RequestPayloadSizeLimitExceeded, Excel on the web). */
  | "PayloadTooLarge"
  /** An answer from Excel too large (ResponsePayloadSizeLimitExceeded, Excel on the web: 5 MB). */
  | "ResponseTooLarge"
  | "ApiNotSupported"
  /** AccessDenied: a protected sheet or workbook structure, or a file opened read-only. */
  | "WorkbookProtected"
  /** protect()/unprotect() refused although the sheet was in the state we read (office-js #6784). */
  | "ProtectionStateRefused"
  /** BadPassword: the protection password does not match. */
  | "WrongPassword"
  /** InvalidOperationInCellEditMode: a cell is being edited. */
  | "CellEditMode"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "InvalidArgument"
  | "SheetNameConflict"
  | "NotAZielbildWorkbook"
  /** A rebuild cannot tell which ratings belong to which measure: an ID missing or doubled (rows deleted, copied). */
  | "StructureChanged"
  /** Excel did not say what went wrong (GeneralException), or an error that is not Excel's. */
  | "Unknown";

/**
 * The state the open workbook is left in after a failed build or rebuild, as far as the writer knows:
 * - "unchanged": nothing was written (refused before the first write);
 * - "restored": written in part, then undone — the workbook is as before;
 * - "incomplete": undoing failed too; `leftovers` names the sheets that remain from the attempt.
 * Undefined when the writer cannot tell (the pane then says so instead of guessing).
 */
export type WorkbookStateAfterFailure = "unchanged" | "restored" | "incomplete";

export interface ExcelWriteErrorInfo {
  /** Excel's code, message, place and statement — for support, not for the reader of the message. */
  readonly detail?: string;
  /** The Office.js error code, when the error came from Excel. */
  readonly excelCode?: string;
  /** What was being done, e.g. "Übersicht erstellen"; the message starts with it. */
  readonly action?: string;
  readonly workbookState?: WorkbookStateAfterFailure;
  /**
   * Sheets that remain from the failed attempt when `workbookState` is "incomplete": backups (their names
   * start with BACKUP_SHEET_PREFIX) still holding the state before, and sheets written that could not be
   * deleted.
   */
  readonly leftovers?: readonly string[];
}

/** Backup sheets of a rebuild are named `~zb-alt-1`, `~zb-alt-2`, … while the new sheets are written. */
export const BACKUP_SHEET_PREFIX = "~zb-alt-";

export function isBackupSheetName(name: string): boolean {
  return name.startsWith(BACKUP_SHEET_PREFIX);
}

export class ExcelWriteError extends Error {
  readonly detail?: string;
  readonly excelCode?: string;
  readonly action?: string;
  /** The message without the action in front: what happened and what to do. */
  readonly reason: string;
  readonly workbookState?: WorkbookStateAfterFailure;
  readonly leftovers: readonly string[];

  constructor(
    readonly code: ExcelWriteErrorCode,
    reason: string,
    override readonly cause?: unknown,
    info: ExcelWriteErrorInfo = {},
  ) {
    super(info.action ? `${info.action}: ${reason}` : reason);
    this.name = "ExcelWriteError";
    this.reason = reason;
    if (info.detail !== undefined) this.detail = info.detail;
    if (info.excelCode !== undefined) this.excelCode = info.excelCode;
    if (info.action !== undefined) this.action = info.action;
    if (info.workbookState !== undefined) this.workbookState = info.workbookState;
    this.leftovers = [...(info.leftovers ?? [])];
  }

  /** The same error, with the state the workbook was left in (set where the writer has undone its work). */
  withWorkbookState(
    workbookState: WorkbookStateAfterFailure,
    leftovers: readonly string[] = [],
    undoDetail?: string,
    t: WritersMessages = writersMessages(),
  ): ExcelWriteError {
    const detail = [this.detail, undoDetail && t.detailUndo(undoDetail)].filter(Boolean).join("\n");
    return new ExcelWriteError(this.code, this.reason, this.cause, {
      ...this.info(),
      ...(detail ? { detail } : {}),
      workbookState,
      leftovers,
    });
  }

  private info(): ExcelWriteErrorInfo {
    return {
      ...(this.detail !== undefined ? { detail: this.detail } : {}),
      ...(this.excelCode !== undefined ? { excelCode: this.excelCode } : {}),
      ...(this.action !== undefined ? { action: this.action } : {}),
      ...(this.workbookState !== undefined ? { workbookState: this.workbookState } : {}),
      leftovers: this.leftovers,
    };
  }
}

/** The shape of OfficeExtension.Error that we rely on (also what the fake throws). */
interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown; readonly statement?: unknown };
}

export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as OfficeErrorLike).code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "RequestPayloadSizeLimitExceeded";
}

/** Maps any error from Office.js to an ExcelWriteError (its texts in `t`); an ExcelWriteError passes through unchanged. */
export function toExcelWriteError(
  error: unknown,
  during: string,
  t: WritersMessages = writersMessages(),
): ExcelWriteError {
  if (error instanceof ExcelWriteError) return error;
  const code = officeErrorCode(error);
  const detail = describe(error, t);
  const make = (ours: ExcelWriteErrorCode, reason: string) =>
    new ExcelWriteError(ours, reason, error, {
      detail,
      action: during,
      ...(code !== undefined ? { excelCode: code } : {}),
    });
  if ((code === "AccessDenied" || code === "InvalidOperation") && atProtectionCall(error))
    return make("ProtectionStateRefused", t.protectionStateRefused);
  // A wrong password arrives as BadPassword; builds that predate that code answer unprotect() with
  // InvalidArgument — an unprotect() takes no other argument.
  const effective = code === "InvalidArgument" && atProtectionCall(error, "unprotect") ? "BadPassword" : code;
  switch (effective) {
    case "RequestPayloadSizeLimitExceeded":
      return make("PayloadTooLarge", t.payloadTooLarge);
    case "ResponsePayloadSizeLimitExceeded":
      return make("ResponseTooLarge", t.responseTooLarge);
    case "ApiNotFound":
    case "FeatureNotSupported":
    case "ApiNotAvailable":
    case "NotImplemented":
      return make("ApiNotSupported", t.apiNotSupported(String(code), placeOf(error, t), REQUIRED_EXCEL_API));
    case "AccessDenied":
      return make("WorkbookProtected", t.workbookProtected);
    case "BadPassword":
      return make("WrongPassword", t.wrongPassword);
    case "InvalidOperationInCellEditMode":
      return make("CellEditMode", t.cellEditMode);
    case "InvalidOperation":
      return make("InvalidOperation", t.invalidOperation);
    case "ItemAlreadyExists":
      return make("ItemAlreadyExists", t.itemAlreadyExists);
    case "ItemNotFound":
      return make("ItemNotFound", t.itemNotFound);
    case "InvalidArgument":
      return make("InvalidArgument", t.invalidArgument);
    case "GeneralException":
      return make("Unknown", t.generalException);
    default:
      return make("Unknown", code ? t.unknownExcelError : t.unexpectedError);
  }
}

function placeOf(error: unknown, t: WritersMessages): string {
  const location = (error as OfficeErrorLike).debugInfo?.errorLocation;
  return typeof location === "string" ? t.placeAt(location) : "";
}

/**
 * Whether Excel refused a protect()/unprotect() call (the place or statement names it). Some builds throw
 * AccessDenied (or InvalidOperation) there when the sheet already is in the requested state, and even for
 * a protected sheet without password (office-js #6784) — not the user's protection at fault.
 */
function atProtectionCall(error: unknown, only?: "unprotect"): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { debugInfo } = error as OfficeErrorLike;
  const places = [debugInfo?.errorLocation, debugInfo?.statement].filter(
    (p): p is string => typeof p === "string",
  );
  const call = only === "unprotect" ? /protection\.unprotect\b/i : /protection\.(un)?protect\b/i;
  return places.some((p) => call.test(p));
}

/** Excel's code, message, place and failing statement in one line each (never shown unfolded). */
export function describe(error: unknown, t: WritersMessages = writersMessages()): string {
  if (error instanceof ExcelWriteError) return error.detail ?? error.message;
  if (typeof error === "object" && error !== null) {
    const { code, message, debugInfo } = error as OfficeErrorLike;
    const text = typeof message === "string" ? message : String(error);
    const lines = [typeof code === "string" ? `${code}: ${text}` : text];
    if (typeof debugInfo?.errorLocation === "string") lines.push(t.detailAt(debugInfo.errorLocation));
    if (typeof debugInfo?.statement === "string") lines.push(t.detailStatement(debugInfo.statement));
    return lines.join("\n");
  }
  return String(error);
}
