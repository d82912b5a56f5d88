/**
 * 20 returns of the 1× catalogue merged into its master through the merge CLI (read 21 .xlsx files,
 * validate and assess each, merge, rebuild and write the merged workbook and its report).
 * The 5 units of the synthetic catalogue return 4 times each; the 4th round rates every 5th measure
 * differently, so the merge also has conflicts to report.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { measureEntries, type Catalogue } from "../src/catalogue/model";
import { buildPlan } from "../src/layout/buildPlan";
import type { MeasureInputs } from "../src/layout/plan";
import { LEVELS, YES } from "../src/scheme/ratingScheme";
import { writeXlsxBuffer } from "../src/writers/xlsx/writeXlsx";
import { catalogueAt, PLAN_OPTIONS } from "./inputs";

export const RETURN_COUNT = 20;

export interface MergeFiles {
  readonly master: string;
  readonly returns: readonly string[];
}

export async function prepareMergeFiles(dir: string): Promise<MergeFiles> {
  const catalogue = catalogueAt(1);
  const master = path.join(dir, "master.xlsx");
  await fs.writeFile(master, await writeXlsxBuffer(buildPlan(catalogue, PLAN_OPTIONS)));
  const units = [
    ...new Set([...measureEntries(catalogue)].flatMap(({ measure }) => measure.unit ?? [])),
  ].sort();
  const returns: string[] = [];
  for (let i = 0; i < RETURN_COUNT; i++) {
    const unit = units[i % units.length]!;
    const round = Math.floor(i / units.length);
    const plan = buildPlan(catalogue, { ...PLAN_OPTIONS, unit, inputs: ratingsOf(catalogue, unit, round) });
    const file = path.join(dir, `rücklauf-${String(i + 1).padStart(2, "0")}.xlsx`);
    await fs.writeFile(file, await writeXlsxBuffer(plan));
    returns.push(file);
  }
  return { master, returns };
}

function ratingsOf(catalogue: Catalogue, unit: string, round: number): Map<string, MeasureInputs> {
  const inputs = new Map<string, MeasureInputs>();
  [...measureEntries(catalogue)].forEach(({ measure }, i) => {
    if (measure.unit !== unit) return;
    const shift = round === 3 && i % 5 === 0 ? 1 : 0;
    inputs.set(measure.id, {
      unit,
      level: LEVELS[(i + shift) % LEVELS.length]!.value.de,
      ...(i % 4 === 0 && { weiterfuehrungsbedarf: YES.de }),
      ...(i % 3 === 0 && { remark: `Begründung zu ${measure.id}` }),
    });
  });
  return inputs;
}
