/**
 * Errors the host answers with: Excel's error codes (Excel.ErrorCodes in @types/office-js), each thrown by a
 * rule that names its source — a page of Microsoft's documentation or an office-js issue.
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Where Excel says the error happened, e.g. "Worksheet.delete". */
    readonly location?: string,
  ) {
    super(message);
  }
}

export function refuse(code: string, message: string, location?: string): never {
  throw new HostError(code, message, location);
}
