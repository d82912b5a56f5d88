/**
 * Queued operations and payload-sized chunks. Each operation is a thunk that queues Office.js calls on
 * the context; its byte estimate comes from the data it carries. Chunks are cut by estimated payload, so
 * the number of syncs depends on data size only — never one per sheet or row.
 */
import type { ContextApi, WorksheetApi } from "./api";
import { writersMessages } from "../../core/messages/sections";
import { ExcelWriteError, isPayloadTooLarge, type WritersMessages } from "./errors";

/**
 * Excel on the web refuses a request over 5 MB; stay safely under it. The estimate undercounts what the
 * real client library sends (its action envelope, and its own split of arrays over 1,500 cells) by up to
 * about a tenth: 3.6 MB estimated keeps every real request under 4 MB (measured at 100× through the host).
 */
export const PAYLOAD_BUDGET_BYTES = 3_600_000;
/** Bytes each queued action costs beyond its data: object paths, action ids, property names. */
export const ACTION_OVERHEAD_BYTES = 150;

/** One object per key within a chunk (e.g. a range that several rules use): fewer object paths per request. */
export type Shared = <T>(key: string, make: () => T) => T;

export interface Operation {
  readonly label: string;
  readonly bytes: number;
  apply(context: ContextApi, sheet: (name: string) => WorksheetApi, shared: Shared): void;
}

const encoder = new TextEncoder();

export function utf8Bytes(data: unknown): number {
  if (data === undefined) return 0;
  return encoder.encode(JSON.stringify(data)).length;
}

/** `actions`: how many calls and property sets the operation queues (navigation like getRange included). */
export function operation(label: string, data: unknown, apply: Operation["apply"], actions = 2): Operation {
  return { label, bytes: utf8Bytes(data) + ACTION_OVERHEAD_BYTES * actions, apply };
}

/** Greedy cut of operations into chunks whose estimated payload stays within the budget. */
export function chunkOperations(operations: readonly Operation[], budget: number): Operation[][] {
  const chunks: Operation[][] = [];
  let current: Operation[] = [];
  let bytes = 0;
  for (const op of operations) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export interface ChunkOptions {
  readonly budget?: number;
  /** Queued at the start of every chunk (e.g. suspending calculation until the next sync). */
  readonly beforeChunk?: (context: ContextApi) => void;
  /** Called after each chunk was synced, with the number of operations done so far. */
  readonly onChunk?: (done: number, total: number) => void;
  /** The text of a single step too large for Excel (German by default). */
  readonly messages?: WritersMessages;
}

/**
 * Applies the operations chunk by chunk, one sync per chunk. A chunk that Excel refuses as too large is
 * retried as two halves (nothing of a refused request is applied); a single operation that is still too
 * large is an error.
 */
export async function runInChunks(
  context: ContextApi,
  operations: readonly Operation[],
  options: ChunkOptions = {},
): Promise<number> {
  const chunks = chunkOperations(operations, options.budget ?? PAYLOAD_BUDGET_BYTES);
  const progress = { done: 0, total: operations.length, syncs: 0 };
  await runChunkList(context, chunks, options, progress);
  return progress.syncs;
}

interface Progress {
  done: number;
  readonly total: number;
  syncs: number;
}

async function runChunkList(
  context: ContextApi,
  chunks: readonly Operation[][],
  options: ChunkOptions,
  progress: Progress,
): Promise<void> {
  const [first, ...rest] = chunks;
  if (!first) return;
  await runChunk(context, first, options, progress);
  await runChunkList(context, rest, options, progress);
}

async function runChunk(
  context: ContextApi,
  chunk: readonly Operation[],
  options: ChunkOptions,
  progress: Progress,
): Promise<void> {
  options.beforeChunk?.(context);
  const sheets = new Map<string, WorksheetApi>();
  const sheet = (name: string) => {
    let found = sheets.get(name);
    if (!found) sheets.set(name, (found = context.workbook.worksheets.getItem(name)));
    return found;
  };
  const objects = new Map<string, unknown>();
  const shared: Shared = <T>(key: string, make: () => T): T => {
    if (!objects.has(key)) objects.set(key, make());
    return objects.get(key) as T;
  };
  for (const op of chunk) op.apply(context, sheet, shared);
  try {
    progress.syncs++;
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    if (chunk.length < 2)
      throw new ExcelWriteError(
        "PayloadTooLarge",
        (options.messages ?? writersMessages()).stepTooLarge(chunk[0]?.label ?? "?"),
        error,
      );
    const middle = Math.ceil(chunk.length / 2);
    await runChunkList(context, [chunk.slice(0, middle), chunk.slice(middle)], options, progress);
    return;
  }
  progress.done += chunk.length;
  options.onChunk?.(progress.done, progress.total);
}
