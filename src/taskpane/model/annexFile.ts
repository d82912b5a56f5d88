/**
 * The Word documents the pane offers for download (the annex and the Sachstand, src/annex), made from a
 * read of the open workbook exactly as the CLI makes them from a file: the workbook must be a Zielbild
 * overview whose structure is intact, otherwise the reason is returned, never a half-right document.
 * The `docx` package is loaded only when a document is asked for, so the pane starts without it.
 */
import { localIsoDate } from "../../core/dates";
import { buildAnnex } from "../../annex/model";
import { decodeMeta } from "../../layout/metaSheet";
import type { WorkbookSnapshot } from "../../layout/snapshot";
import { describeFindings, readZielbildWorkbook, structureErrors } from "../../returns/readWorkbook";
import type { Language } from "../../scheme/ratingScheme";

export type AnnexKind = "annex" | "sachstand";

/** Why no document was made: not a Zielbild overview, its identification unreadable, or rows moved. */
export type AnnexProblem =
  | { readonly reason: "notZielbild" }
  | { readonly reason: "unreadable"; readonly detail: string }
  | { readonly reason: "structure"; readonly detail: string };

export interface AnnexFile {
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

export type AnnexResult =
  { readonly ok: true; readonly file: AnnexFile } | { readonly ok: false; readonly problem: AnnexProblem };

const FILE_PREFIX: Record<AnnexKind, string> = { annex: "Anlage", sachstand: "Sachstand" };

/** "Anlage-<Titel>.docx": characters Windows and macOS refuse in file names become spaces, at most 80 of the title. */
export function annexFileName(kind: AnnexKind, title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, "");
  return `${FILE_PREFIX[kind]}-${cleaned || "Zielbild"}.docx`;
}

export async function makeAnnexFile(
  snapshot: WorkbookSnapshot,
  kind: AnnexKind,
  options: { readonly language: Language; readonly now: Date },
): Promise<AnnexResult> {
  if (!decodeMeta(snapshot)) return { ok: false, problem: { reason: "notZielbild" } };
  const read = readZielbildWorkbook(snapshot, options.language);
  if ("error" in read) return { ok: false, problem: { reason: "unreadable", detail: read.error } };
  const broken = structureErrors(read.workbook, snapshot);
  if (broken.length > 0)
    return {
      ok: false,
      problem: { reason: "structure", detail: describeFindings(broken, 3, options.language) },
    };
  const annex = buildAnnex(read.workbook, { date: localIsoDate(options.now), language: options.language });
  const docx = await import(/* webpackChunkName: "annex" */ "./annexDocx");
  const bytes = kind === "annex" ? await docx.annexDocx(annex) : await docx.sachstandDocx(annex);
  return { ok: true, file: { fileName: annexFileName(kind, annex.title), mime: docx.DOCX_MIME, bytes } };
}
