/**
 * The print scale of a sheet with manual page breaks (the action-field sheets): the print area's columns
 * on one page width, as a fixed percentage computed from the column widths, not Excel's "fit to pages"
 * (which the other sheets use: it leaves the scale to the renderer's own font metrics). Fit-to-pages is
 * fragile where the page breaks matter: Office.js documents no
 * "automatic" page count for the height (`PageLayoutZoomOptions`; in Excel's object model the default is
 * one page tall, `PageSetup.FitToPagesTall`), some hosts ignore it unless the Page Layout tab is showing
 * (office-js #1860), and a scale Excel chooses itself would not be the one the manual page breaks (which
 * keep a goal with its measures) were computed for.
 */
import { parseRange } from "../core/address";
import type { ColumnPlan } from "./plan";

/** A4 long side in points (297 mm): the width of a landscape page. */
export const A4_LONG_SIDE = 841.89;
/** A4 short side in points (210 mm). */
export const A4_SHORT_SIDE = 595.28;
/** Excel's standard column width (8.43 characters) for a column the plan leaves alone. */
const STANDARD_WIDTH = 8.43;
/** The smallest scale Excel takes (PageLayoutZoomOptions.scale: 10–400). */
const MIN_SCALE = 10;
/**
 * Width kept free for renderers whose columns come out wider than Excel's character-unit arithmetic:
 * LibreOffice without a metric twin of Calibri (DejaVu Sans instead) draws them about a fifth wider.
 */
const RESERVE = 0.2;

/** Excel character units → points (Calibri 11: 7 px per character plus 5 px padding, 0.75 pt per px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Whole percent, at most 100, at which the print area's visible columns fit between the side margins. */
export function printScale(
  columns: readonly ColumnPlan[],
  printArea: string,
  orientation: "landscape" | "portrait",
  margins: { readonly left: number; readonly right: number },
): number {
  const { left, right } = parseRange(printArea.replace(/\$/g, ""));
  const byIndex = new Map(columns.map((c) => [c.index, c]));
  let width = 0;
  for (let index = left; index <= right; index++) {
    const column = byIndex.get(index);
    if (!column?.hidden) width += columnWidthPoints(column?.width ?? STANDARD_WIDTH);
  }
  const page = orientation === "landscape" ? A4_LONG_SIDE : A4_SHORT_SIDE;
  const usable = (page - (margins.left + margins.right) * 72) * (1 - RESERVE);
  return Math.max(MIN_SCALE, Math.min(100, Math.floor((usable / width) * 100)));
}
