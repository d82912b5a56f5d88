/**
 * Starts the next evaluation round in the open workbook: reads it (the read is also the write's
 * inspection, as for a rebuild), freezes every measure's inputs into the closed rounds (src/returns/
 * rounds.ts), and writes the workbook of the new round in the same Excel.run. A workbook with invalid
 * entries is not touched unless the user confirmed; the problem comes back for the pane to show.
 */
import { buildPlan } from "../../layout/buildPlan";
import type { PastRound, RoundInfo } from "../../layout/plan";
import { readZielbildWorkbook } from "../../returns/readWorkbook";
import { nextRound, type NextRoundProblem, type NextRoundRequest } from "../../returns/rounds";
import { writersMessages } from "../../core/messages/sections";
import { ExcelWriteError } from "./errors";
import { readWorkbookIn } from "./readWorkbook";
import { requireExcelApi, runExcel } from "./run";
import { beforeFromRead, checkPlan, writeInContext, type WriteOptions, type WriteResult } from "./writePlan";

export interface StartRoundRequest extends NextRoundRequest {
  /** Start even with invalid entries (they are frozen as they stand). */
  readonly confirmed: boolean;
  readonly password?: string;
}

export type StartRoundResult =
  | (WriteResult & { readonly started: true; readonly round: RoundInfo; readonly closed: PastRound })
  | { readonly started: false; readonly problem: NextRoundProblem };

export async function startRoundInWorkbook(
  request: StartRoundRequest,
  options: WriteOptions = {},
): Promise<StartRoundResult> {
  const t = writersMessages(options.messageLanguage);
  requireExcelApi(undefined, t);
  return runExcel(async (context) => {
    options.onProgress?.({ phase: "prüfen", done: 0, total: 1 });
    const read = await readWorkbookIn(
      context,
      options.messageLanguage ? { messageLanguage: options.messageLanguage } : {},
    );
    const workbook = readZielbildWorkbook(read.snapshot, options.messageLanguage);
    if ("error" in workbook)
      throw new ExcelWriteError("NotAZielbildWorkbook", t.cannotStartRound(workbook.error), undefined, {
        workbookState: "unchanged",
      });
    const next = nextRound(workbook.workbook, read.snapshot, request, request.confirmed);
    if (!next.ok) return { started: false, problem: next.problem };
    const plan = buildPlan(workbook.workbook.catalogue, {
      ...next.options,
      ...(request.password ? { password: request.password } : {}),
    });
    checkPlan(plan, t);
    const result = await writeInContext(context, plan, beforeFromRead(read, plan), options);
    return {
      ...result,
      syncs: result.syncs + read.syncs,
      started: true,
      round: plan.meta.round!,
      closed: next.closed,
    };
  });
}
