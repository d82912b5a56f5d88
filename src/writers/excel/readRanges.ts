/**
 * Reads cell properties (values, formulas) of whole ranges in row blocks, several blocks per sync, so that
 * no response exceeds a budget: Excel on the web refuses a response over 5 MB with
 * ResponsePayloadSizeLimitExceeded (Office Add-ins resource limits: "Excel on the web has a payload size
 * limit for requests and responses of 5MB"). The size of a response is not known before it is read, so
 * blocks are cut by an estimate per cell; a refused sync is retried as two halves (first the list of
 * blocks, then a single block's rows), and a refused single block raises the estimate for its sheet.
 * The number of syncs grows with the data read, never with the number of sheets or rows as such.
 */
import type { ContextApi, WorksheetApi } from "./api";
import { ExcelWriteError, officeErrorCode, type WritersMessages } from "./errors";
import { rangeAddress, type RangeRef } from "../../core/address";
import { writersMessages } from "../../core/messages/sections";

/** What one response may carry, estimated: a margin under Excel on the web's 5 MB. */
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/** Excel on the web's own limit, which a block that was refused must have exceeded. */
const RESPONSE_LIMIT_BYTES = 5_000_000;
/**
 * A refusal says only that the answer was over 5 MB, not by how much: the estimate taken from it is a lower
 * bound. Blocks cut anew assume half as much again, so that an answer a little over the limit (6 MB, say)
 * is re-read in blocks under the budget, not of 4.8 MB.
 */
const REFUSED_MARGIN = 1.5;
/**
 * Estimated response bytes per cell and property before anything is known: a measure row's long texts
 * and formulas average some 60–90 bytes a cell; the stored catalogue (30,000 characters a cell) is far
 * more, and is learnt from the first refusal.
 */
export const GUESS_BYTES_PER_CELL = 50;

export type CellProperty = "values" | "formulas";

export interface RangeToRead {
  readonly sheet: WorksheetApi;
  /** Sheet name, for estimates and messages. */
  readonly name: string;
  readonly rect: RangeRef;
}

interface Block {
  readonly target: number;
  /** Rows of the target's rect (absolute, 1-based). */
  readonly top: number;
  readonly bottom: number;
}

export interface ReadBlocksResult {
  /** Per target, per property, the grid over the target's rect. */
  readonly grids: Record<CellProperty, unknown[][]>[];
  readonly syncs: number;
}

export function isResponseTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";
}

export interface ReadBlocksOptions {
  /** Estimated response bytes per cell and property (default GUESS_BYTES_PER_CELL). */
  readonly bytesPerCell?: number;
  /**
   * "split" (default): a refused round is retried as halves. "throw": the refusal is thrown — for a caller
   * that queued more than the blocks with the first round (what it queued is lost with a refused sync).
   */
  readonly onRefused?: "split" | "throw";
  /** The texts of a cell or row too large to read (German by default). */
  readonly messages?: WritersMessages;
}

export async function readInBlocks(
  context: ContextApi,
  targets: readonly RangeToRead[],
  properties: readonly CellProperty[],
  budget: number = RESPONSE_BUDGET_BYTES,
  options: ReadBlocksOptions = {},
): Promise<ReadBlocksResult> {
  const guess = options.bytesPerCell ?? GUESS_BYTES_PER_CELL;
  const bytesPerCell = targets.map(() => guess * properties.length);
  const grids = targets.map((t) => {
    const grid = { values: [], formulas: [] } as Record<CellProperty, unknown[][]>;
    for (const p of properties) grid[p] = Array.from({ length: t.rect.bottom - t.rect.top + 1 }, () => []);
    return grid;
  });
  const widthOf = (target: number) => targets[target]!.rect.right - targets[target]!.rect.left + 1;
  const estimate = (block: Block) =>
    (block.bottom - block.top + 1) * widthOf(block.target) * bytesPerCell[block.target]!;
  const cut = (block: Block): Block[] => {
    const rowBytes = widthOf(block.target) * bytesPerCell[block.target]!;
    const rows = Math.max(1, Math.floor(budget / rowBytes));
    const blocks: Block[] = [];
    for (let top = block.top; top <= block.bottom; top += rows)
      blocks.push({ target: block.target, top, bottom: Math.min(block.bottom, top + rows - 1) });
    return blocks;
  };
  const rounds = pack(
    targets.flatMap((t, i) => cut({ target: i, top: t.rect.top, bottom: t.rect.bottom })),
    estimate,
    budget,
  );
  let syncs = 0;
  // One sync per round; the rounds are cut by data size (recursion, not a loop per sheet or row).
  const next = async (): Promise<void> => {
    const round = rounds.shift();
    if (!round) return;
    const ranges = round.map((block) => {
      const { sheet, rect } = targets[block.target]!;
      return sheet
        .getRange(rangeAddress(block.top, rect.left, block.bottom, rect.right))
        .load(properties.join(","));
    });
    try {
      syncs++;
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || options.onRefused === "throw") throw error;
      rounds.unshift(...split(round, targets, bytesPerCell, widthOf, cut, options.messages));
      return next();
    }
    round.forEach((block, i) => {
      for (const property of properties) {
        const rows = ranges[i]![property] as unknown[][];
        const grid = grids[block.target]![property];
        const offset = block.top - targets[block.target]!.rect.top;
        rows.forEach((row, r) => (grid[offset + r] = row));
      }
    });
    return next();
  };
  await next();
  return { grids, syncs };
}

/** A refused round: two halves of its blocks, or a single block cut anew after raising its estimate. */
function split(
  round: readonly Block[],
  targets: readonly RangeToRead[],
  bytesPerCell: number[],
  widthOf: (target: number) => number,
  cut: (block: Block) => Block[],
  t: WritersMessages = writersMessages(),
): Block[][] {
  if (round.length > 1) {
    const middle = Math.ceil(round.length / 2);
    return [round.slice(0, middle), round.slice(middle)];
  }
  const block = round[0]!;
  const rows = block.bottom - block.top + 1;
  if (rows === 1 && widthOf(block.target) === 1)
    throw new ExcelWriteError("PayloadTooLarge", t.cellResponseTooLarge(targets[block.target]!.name));
  // The response was over the limit: at least this much per cell, and at least twice the last estimate.
  const cells = rows * widthOf(block.target);
  bytesPerCell[block.target] = Math.max(
    bytesPerCell[block.target]! * 2,
    Math.ceil((RESPONSE_LIMIT_BYTES * REFUSED_MARGIN) / cells),
  );
  const blocks = rows > 1 ? cut(block) : [block];
  if (blocks.length > 1) return blocks.map((b) => [b]);
  // Still one block of several rows: halve it.
  const middle = block.top + Math.ceil(rows / 2) - 1;
  if (rows > 1) return [[{ ...block, bottom: middle }], [{ ...block, top: middle + 1 }]];
  throw new ExcelWriteError("PayloadTooLarge", t.rowResponseTooLarge(targets[block.target]!.name));
}

/** Greedy packing of blocks into rounds whose estimated response stays within the budget. */
function pack(blocks: readonly Block[], estimate: (block: Block) => number, budget: number): Block[][] {
  const rounds: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const size = estimate(block);
    if (current.length > 0 && bytes + size > budget) {
      rounds.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += size;
  }
  if (current.length > 0) rounds.push(current);
  return rounds;
}
