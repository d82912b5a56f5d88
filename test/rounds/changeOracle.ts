/**
 * The tests' own reading of the issue's change rules, written out once and independent of the scheme in
 * src: hoch > mittel > gering; unklar is a level without rank; blank is null, undefined or "". The property
 * test, the Office.js rounds test and the LibreOffice acceptance test all compare the workbook with it.
 */
export const RANK: Readonly<Record<string, number | null>> = { hoch: 3, mittel: 2, gering: 1, unklar: null };

/** The marks of the "Veränderung" column, in the order of the Übersicht's change table. */
export const MARKS = [
  "besser",
  "schlechter",
  "gleich",
  "von/zu unklar",
  "neu bewertet",
  "nicht mehr bewertet",
  "neu im Katalog",
] as const;
export type Mark = (typeof MARKS)[number];

const blank = (v: unknown) => v === null || v === undefined || v === "";
const isLevel = (v: unknown): v is string =>
  typeof v === "string" && Object.prototype.hasOwnProperty.call(RANK, v);

/**
 * What the change mark must say for a measure whose level went from `previous.level` to `current.level`;
 * `previous` undefined means the measure was not in the previous round. "" = no mark.
 */
export function expectedMark(
  previous: { readonly level?: unknown } | undefined,
  current: { readonly level?: unknown },
): Mark | "" {
  if (previous === undefined) return "neu im Katalog";
  const before = previous.level;
  const now = current.level;
  if (blank(before) && blank(now)) return "";
  if (blank(before)) return isLevel(now) ? "neu bewertet" : "";
  if (blank(now)) return isLevel(before) ? "nicht mehr bewertet" : "";
  if (!isLevel(before) || !isLevel(now)) return "";
  if (before === now) return "gleich";
  if (RANK[before] === null || RANK[now] === null) return "von/zu unklar";
  return RANK[now]! > RANK[before]! ? "besser" : "schlechter";
}
