/**
 * The request context of the Excel fake: operations are queued and applied at sync, as in Office.js.
 * Every sync is recorded with an estimate of its payload (UTF-8 bytes of the JSON of the queued operations).
 */
import type { WorkbookState } from "./state";

export interface SyncRecord {
  /** 1-based, across all Excel.run calls of this fake. */
  readonly index: number;
  readonly operations: number;
  readonly bytes: number;
  readonly calculationSuspended: boolean;
  readonly failed?: string;
}

export interface FakeExcelOptions {
  /** Refuse a sync whose payload exceeds this many bytes (Excel on the web: 5 MB). */
  readonly payloadLimit?: number;
  /**
   * Fail the Nth sync (1-based, counted across runs) with this error code. Without `afterOperations` the
   * request is refused whole (nothing applied); with it, that many operations are applied first, as when
   * Excel fails in the middle of a batch.
   */
  readonly failOnSync?: { readonly sync: number; readonly code?: string; readonly afterOperations?: number };
  /** Features whose use fails with ApiNotFound, e.g. "pageLayout", "customXmlParts", "charts". */
  readonly unsupported?: readonly string[];
  /** Highest ExcelApi requirement set the fake claims (Office.context.requirements). Default "1.9". */
  readonly apiVersion?: string;
  /** protect() on a protected sheet and unprotect() on an unprotected one throw (as on some builds). Default true. */
  readonly strictProtection?: boolean;
}

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

interface QueuedOperation {
  readonly path: string;
  readonly args: unknown;
  readonly apply: () => void;
}

export interface FakeRecorder {
  readonly syncs: SyncRecord[];
  proxyCalls: number;
}

const encoder = new TextEncoder();

export class FakeContext {
  private queue: QueuedOperation[] = [];
  private suspended = false;
  private readonly afterSync: (() => void)[] = [];

  constructor(
    readonly state: WorkbookState,
    readonly options: FakeExcelOptions,
    readonly recorder: FakeRecorder,
  ) {}

  enqueue(path: string, args: unknown, apply: () => void): void {
    this.recorder.proxyCalls++;
    this.queue.push({ path, args, apply });
  }

  /** A proxy call that queues nothing (navigation such as getRange or getItem). */
  touch(): void {
    this.recorder.proxyCalls++;
  }

  suspendCalculation(): void {
    this.suspended = true;
  }

  /** Runs once after the next successful sync (makes ClientResult values readable). */
  onNextSync(callback: () => void): void {
    this.afterSync.push(callback);
  }

  get pending(): number {
    return this.queue.length;
  }

  requireFeature(feature: string, path: string): void {
    if (this.options.unsupported?.includes(feature))
      throw new FakeOfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${feature}).`,
        path,
      );
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    const calculationSuspended = this.suspended;
    this.queue = [];
    this.suspended = false;
    const callbacks = this.afterSync.splice(0);
    const index = this.recorder.syncs.length + 1;
    const bytes = payloadBytes(operations);
    const failure = this.failureFor(index, bytes);
    const partial = this.options.failOnSync?.afterOperations;
    if (failure && failure.code !== "RequestPayloadSizeLimitExceeded" && partial !== undefined) {
      this.recorder.syncs.push({
        index,
        operations: operations.length,
        bytes,
        calculationSuspended,
        failed: failure.code,
      });
      for (const operation of operations.slice(0, partial)) applyOrThrow(operation);
      throw failure;
    }
    if (failure) {
      this.recorder.syncs.push({
        index,
        operations: operations.length,
        bytes,
        calculationSuspended,
        failed: failure.code,
      });
      throw failure;
    }
    this.recorder.syncs.push({ index, operations: operations.length, bytes, calculationSuspended });
    for (const operation of operations) applyOrThrow(operation);
    for (const callback of callbacks) callback();
  }

  private failureFor(index: number, bytes: number): FakeOfficeError | undefined {
    const limit = this.options.payloadLimit ?? 5_000_000;
    if (bytes > limit)
      return new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} > ${limit} bytes).`,
      );
    const fail = this.options.failOnSync;
    if (fail && fail.sync === index)
      return new FakeOfficeError(fail.code ?? "GeneralException", `Injected failure on sync ${index}.`);
    return undefined;
  }
}

function applyOrThrow(operation: QueuedOperation): void {
  try {
    operation.apply();
  } catch (error) {
    if (error instanceof FakeOfficeError) {
      error.debugInfo.errorLocation ??= operation.path;
      throw error;
    }
    throw new FakeOfficeError("GeneralException", String(error), operation.path);
  }
}

function payloadBytes(operations: readonly QueuedOperation[]): number {
  let bytes = 2;
  for (const op of operations) bytes += encoder.encode(JSON.stringify([op.path, op.args ?? null])).length + 1;
  return bytes;
}
