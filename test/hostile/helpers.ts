/** Shared helpers of the hostile-input tests: temp folders, captured CLI output, cells of a written workbook. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { WorkbookSnapshot } from "../../src/layout/snapshot";
import type { ExcelHost } from "../excel-host";

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `zielbild-${prefix}-`));
}

/** Every file below `dir` (relative paths), so "nothing was written" also catches temp files. */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) },
    out,
    err,
    text: () => [...out, ...err].join("\n"),
  };
}

export interface CellHit {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** Cells of a read-back .xlsx whose value is exactly `text` and that hold no formula. */
export function plainTextCells(snapshot: WorkbookSnapshot, text: string): CellHit[] {
  const hits: CellHit[] = [];
  for (const sheet of snapshot.sheets)
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === text && (sheet.formulas[r]?.[c] ?? null) === null)
          hits.push({ sheet: sheet.name, row: r + 1, column: c + 1 });
      }),
    );
  return hits;
}

/** Formula texts of a read-back .xlsx, as "Sheet!R1C1: =…". */
export function formulaCells(snapshot: WorkbookSnapshot): string[] {
  const found: string[] = [];
  for (const sheet of snapshot.sheets)
    sheet.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula !== null) found.push(`${sheet.name}!R${r + 1}C${c + 1}: ${formula}`);
      }),
    );
  return found;
}

/**
 * Cells of the workbook that hold `text` as a constant (no formula), and whether Excel keeps them as text by
 * the quote prefix (a leading apostrophe when written) — which holds for any length, unlike the "@" format.
 */
export function fakeTextCells(fake: ExcelHost, text: string): { sheet: string; quotePrefix: boolean }[] {
  const hits: { sheet: string; quotePrefix: boolean }[] = [];
  for (const sheet of fake.state.sheets)
    for (const cell of sheet.cells.values())
      if (cell.constant === text && cell.formula === null)
        hits.push({ sheet: sheet.name, quotePrefix: cell.quotePrefix === true });
  return hits;
}

/** Formulas the fake workbook holds, as "Sheet: =…". */
export function fakeFormulas(fake: ExcelHost): string[] {
  const found: string[] = [];
  for (const sheet of fake.state.sheets)
    for (const cell of sheet.cells.values())
      if (cell.formula !== null) found.push(`${sheet.name}: ${cell.formula}`);
  return found;
}

/** A workbook someone already works in: the build must leave it exactly so when it refuses. */
export function populate(fake: ExcelHost): void {
  fake.addSheet("Tabelle1");
  fake.type("Tabelle1", "A1", "Haushalt 2024");
  fake.type("Tabelle1", "B2", 1234.5);
  fake.type("Tabelle1", "C3", "=B2*2");
}
