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
import { UsageError } from "./io";

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** A failure that is not the user's call: the CLI prints it and exits 1, having written nothing. */
export class FailedError extends Error {}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UsageError(`${file} ist keine Datei.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Datei nicht gefunden: ${file}`);
  }
  return new Uint8Array(await fs.readFile(file));
}

/** Reads an .xlsx; a file that is no readable workbook gives its reason instead of throwing. */
export async function readSnapshot(
  file: string,
): Promise<{ snapshot: WorkbookSnapshot } | { error: string }> {
  const bytes = await readBytes(file);
  try {
    return { snapshot: await readXlsx(bytes) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A Zielbild workbook that can be read by position (no structural damage), or a FailedError. */
export async function readIntactWorkbook(
  file: string,
): Promise<{ workbook: ZielbildWorkbook; snapshot: WorkbookSnapshot }> {
  const read = await readSnapshot(file);
  if ("error" in read) throw new FailedError(`${file}: ${read.error}`);
  const result = readZielbildWorkbook(read.snapshot);
  if ("error" in result) throw new FailedError(`${file}: ${result.error}`);
  const broken = structureErrors(result.workbook, read.snapshot);
  if (broken.length > 0)
    throw new FailedError(`${file}: Aufbau der Datei verändert – ${describeFindings(broken)}`);
  return { workbook: result.workbook, snapshot: read.snapshot };
}

export interface OutFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/**
 * Writes every file to a temporary name first and renames them only when all were written, so a
 * failure leaves no partial result (and no half of a set of files).
 */
export async function writeAllAtomically(files: readonly OutFile[]): Promise<void> {
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = path.resolve(file.path);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      temps.push({ temp, target });
      await fs.writeFile(temp, file.bytes);
    }
    for (const { temp, target } of temps) await fs.rename(temp, target);
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => fs.rm(temp, { force: true })));
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === "EBUSY" || code === "EPERM" ? " (ist die Datei noch in Excel geöffnet?)" : "";
    throw new FailedError(`Konnte nicht schreiben: ${(error as Error).message}${hint}`);
  }
}

/** Writes per-unit workbooks (see src/returns/unitWorkbooks.ts) into a folder, all or none. */
export async function writeUnitWorkbooks(dir: string, workbooks: readonly UnitWorkbook[]): Promise<string[]> {
  const files: OutFile[] = [];
  for (const wb of workbooks)
    files.push({ path: path.join(dir, wb.fileName), bytes: await writeXlsxBuffer(wb.plan) });
  await writeAllAtomically(files);
  return files.map((f) => path.resolve(f.path));
}

export function cliMessage(error: unknown, usage: string): { text: string; code: number } {
  if (error instanceof UsageError) return { text: `Fehler: ${error.message}\n${usage}`, code: 2 };
  const message = error instanceof Error ? error.message : String(error);
  return { text: `Fehler: ${message}\nEs wurde keine Datei geschrieben.`, code: 1 };
}

export function replaceExtension(file: string, extension: string): string {
  return file.replace(/\.[^./\\]*$/, "") + extension;
}
