/**
 * Typed errors of the Office.js writer, with German messages. Office.js errors are mapped, never swallowed.
 *
 * A message says in plain words what happened and what to do; Excel's own code, message and the failing
 * statement stay available in `detail`, for the pane to show folded away and for support. The codes are
 * those of "Error handling with the application-specific JavaScript APIs" (Microsoft Learn, Office
 * Add-ins → Testing and debugging), plus office-js #6784 for protect()/unprotect().
 */
import { REQUIRED_EXCEL_API } from "./requirements";

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
  ): ExcelWriteError {
    const detail = [this.detail, undoDetail && `Zurücksetzen: ${undoDetail}`].filter(Boolean).join("\n");
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

const REPORT =
  "Wenn der Fehler wieder auftritt, geben Sie bitte die technischen Angaben an die Betreuung des Add-ins weiter.";

/** Maps any error from Office.js to an ExcelWriteError; an ExcelWriteError passes through unchanged. */
export function toExcelWriteError(error: unknown, during: string): ExcelWriteError {
  if (error instanceof ExcelWriteError) return error;
  const code = officeErrorCode(error);
  const detail = describe(error);
  const make = (ours: ExcelWriteErrorCode, reason: string) =>
    new ExcelWriteError(ours, reason, error, {
      detail,
      action: during,
      ...(code !== undefined ? { excelCode: code } : {}),
    });
  if ((code === "AccessDenied" || code === "InvalidOperation") && atProtectionCall(error))
    return make(
      "ProtectionStateRefused",
      "Excel hat es abgelehnt, den Blattschutz aufzuheben oder wieder einzuschalten. Das liegt nicht an " +
        "Ihrem Blattschutz oder Kennwort: Manche Excel-Versionen lehnen diesen Schritt ab, wenn das Blatt schon " +
        "geschützt bzw. schon ungeschützt ist (ein bekannter Fehler von Excel). Bitte den Vorgang " +
        `noch einmal starten; hilft das nicht, Excel aktualisieren oder Excel im Web verwenden. ${REPORT}`,
    );
  // A wrong password arrives as BadPassword; builds that predate that code answer unprotect() with
  // InvalidArgument — an unprotect() takes no other argument.
  const effective = code === "InvalidArgument" && atProtectionCall(error, "unprotect") ? "BadPassword" : code;
  switch (effective) {
    case "RequestPayloadSizeLimitExceeded":
      return make(
        "PayloadTooLarge",
        "Excel im Web nimmt je Anfrage höchstens etwa 5 MB an, und ein Teil der Übersicht ist auch einzeln noch " +
          "größer. Bitte die Übersicht in Excel für Windows oder Mac erstellen, wo diese Grenze nicht gilt. " +
          REPORT,
      );
    case "ResponsePayloadSizeLimitExceeded":
      return make(
        "ResponseTooLarge",
        "Die Antwort von Excel wäre zu groß: Excel im Web liefert einem Add-in höchstens 5 MB auf einmal, und " +
          "die Arbeitsmappe ist zu groß, um sie so zu lesen. Bitte die Arbeitsmappe in Excel für Windows oder Mac " +
          `öffnen und dort erneut versuchen. ${REPORT}`,
      );
    case "ApiNotFound":
    case "FeatureNotSupported":
    case "ApiNotAvailable":
    case "NotImplemented":
      return make(
        "ApiNotSupported",
        `Diese Excel-Version unterstützt eine benötigte Funktion nicht (${code}${placeOf(error)}). ` +
          `Benötigt wird mindestens der Anforderungssatz ExcelApi ${REQUIRED_EXCEL_API}. Bitte Excel ` +
          "aktualisieren oder die Arbeitsmappe in Excel im Web öffnen.",
      );
    case "AccessDenied":
      return make(
        "WorkbookProtected",
        "Excel verweigert die Änderung. Meist ist ein Blatt oder die Arbeitsmappenstruktur geschützt oder die " +
          "Datei nur zum Lesen geöffnet. Bitte unter Überprüfen → „Blatt schützen“ bzw. „Arbeitsmappe schützen“ " +
          "den Schutz prüfen, die Datei zum Bearbeiten öffnen und erneut versuchen.",
      );
    case "BadPassword":
      return make(
        "WrongPassword",
        "Das Kennwort für den Blattschutz stimmt nicht. Bitte unter „Einstellungen“ das Kennwort eintragen, mit " +
          "dem die Blätter der Übersicht geschützt wurden (bei der Planungsstelle erfragen), und erneut versuchen.",
      );
    case "InvalidOperationInCellEditMode":
      return make(
        "CellEditMode",
        "In Excel wird gerade eine Zelle bearbeitet. Bitte die Eingabe mit der Eingabetaste oder mit Esc " +
          "abschließen und erneut versuchen.",
      );
    case "InvalidOperation":
      return make(
        "InvalidOperation",
        "Excel hat einen Schritt abgelehnt, der im jetzigen Zustand der Arbeitsmappe nicht erlaubt ist – etwa " +
          "ein sehr ausgeblendetes Blatt zu löschen oder das letzte sichtbare Blatt auszublenden. Bitte unter " +
          `„Prüfen“ nachsehen, ob Blätter der Übersicht fehlen oder übrig sind, und erneut versuchen. ${REPORT}`,
      );
    case "ItemAlreadyExists":
      return make(
        "ItemAlreadyExists",
        "Ein Blatt oder ein Name, den das Add-in anlegen wollte, gibt es in der Arbeitsmappe schon – vielleicht " +
          "ausgeblendet. Bitte ein gleichnamiges eigenes Blatt umbenennen (Rechtsklick auf ein Blattregister → " +
          "„Einblenden“ zeigt ausgeblendete Blätter) und erneut versuchen.",
      );
    case "ItemNotFound":
      return make(
        "ItemNotFound",
        "Ein Blatt oder Bereich, den das Add-in erwartet, gibt es nicht (mehr) – vielleicht wurde es gerade " +
          "umbenannt oder gelöscht. Bitte unter „Prüfen“ die Arbeitsmappe prüfen lassen und erneut versuchen.",
      );
    case "InvalidArgument":
      return make(
        "InvalidArgument",
        "Excel hat eine Angabe des Add-ins als ungültig abgelehnt. Das liegt am Add-in, nicht an Ihrer " +
          `Arbeitsmappe oder Ihren Eingaben. ${REPORT}`,
      );
    case "GeneralException":
      return make(
        "Unknown",
        "Excel meldet einen Fehler, ohne die Ursache zu nennen. Bitte die Arbeitsmappe speichern, Excel neu " +
          `starten und erneut versuchen. ${REPORT}`,
      );
    default:
      return make(
        "Unknown",
        `${code ? "Excel meldet einen Fehler, den das Add-in nicht kennt" : "Es ist ein unerwarteter Fehler aufgetreten"}. ` +
          `Bitte erneut versuchen. ${REPORT}`,
      );
  }
}

function placeOf(error: unknown): string {
  const location = (error as OfficeErrorLike).debugInfo?.errorLocation;
  return typeof location === "string" ? ` bei ${location}` : "";
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
export function describe(error: unknown): string {
  if (error instanceof ExcelWriteError) return error.detail ?? error.message;
  if (typeof error === "object" && error !== null) {
    const { code, message, debugInfo } = error as OfficeErrorLike;
    const text = typeof message === "string" ? message : String(error);
    const lines = [typeof code === "string" ? `${code}: ${text}` : text];
    if (typeof debugInfo?.errorLocation === "string") lines.push(`bei ${debugInfo.errorLocation}`);
    if (typeof debugInfo?.statement === "string") lines.push(`Anweisung: ${debugInfo.statement}`);
    return lines.join("\n");
  }
  return String(error);
}
