/** Node helpers of the round-trip CLIs (merge, update, export, annex, per-unit files): files in and out. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { WorkbookSnapshot } from "../layout/snapshot";
import { readXlsx } from "../writers/xlsx/readXlsx";
import {
  readZielbildWorkbook,
  structureErrors,
  describeFindings,
  type ZielbildWorkbook,
} from "../returns/readWorkbook";
import { writeXlsxBuffer } from "../writers/xlsx/writeXlsx";
import type { UnitWorkbook } from "../returns/unitWorkbooks";
import { messagesFor, type Language, type Messages } from "../core/messages";
import { FailedError, UsageError, writeAllAtomically, type OutFile } from "./io";

const GERMAN = messagesFor("de");

export async function readBytes(file: string, m: Messages = GERMAN): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UsageError(`${m.cli.notAFile(file)}.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(m.cli.fileNotFound(file));
  }
  return new Uint8Array(await fs.readFile(file));
}

/** Reads an .xlsx; a file that is no readable workbook gives its reason (in m's language) instead of throwing. */
export async function readSnapshot(
  file: string,
  m: Messages = GERMAN,
): Promise<{ snapshot: WorkbookSnapshot } | { error: string }> {
  const bytes = await readBytes(file, m);
  try {
    return { snapshot: await readXlsx(bytes, m.writers) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A Zielbild workbook that can be read by position (no structural damage), or a FailedError. */
export async function readIntactWorkbook(
  file: string,
  m: Messages = GERMAN,
  lang: Language = "de",
): Promise<{ workbook: ZielbildWorkbook; snapshot: WorkbookSnapshot }> {
  const read = await readSnapshot(file, m);
  if ("error" in read) throw new FailedError(`${file}: ${read.error}`);
  const result = readZielbildWorkbook(read.snapshot, lang);
  if ("error" in result) throw new FailedError(`${file}: ${result.error}`);
  const broken = structureErrors(result.workbook, read.snapshot);
  if (broken.length > 0)
    throw new FailedError(m.cli.structureChanged(file, describeFindings(broken, 3, lang)));
  return { workbook: result.workbook, snapshot: read.snapshot };
}

/** Writes per-unit workbooks (see src/returns/unitWorkbooks.ts) into a folder, all or none. */
export async function writeUnitWorkbooks(
  dir: string,
  workbooks: readonly UnitWorkbook[],
  progress?: (line: string) => void,
  m: Messages = GERMAN,
): Promise<string[]> {
  const files: OutFile[] = [];
  for (const [i, wb] of workbooks.entries()) {
    progress?.(m.cli.unitWorkbookProgress(i + 1, workbooks.length, wb.fileName));
    files.push({ path: path.join(dir, wb.fileName), bytes: await writeXlsxBuffer(wb.plan) });
  }
  await writeAllAtomically(files, m);
  return files.map((f) => path.resolve(f.path));
}

export function replaceExtension(file: string, extension: string): string {
  return file.replace(/\.[^./\\]*$/, "") + extension;
}
