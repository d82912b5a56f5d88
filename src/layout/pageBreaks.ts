/**
 * Manual page breaks for a printed action-field sheet, so that no page ends with a challenge heading and
 * no goal is cut from its first measure. Pure arithmetic over the row heights the layout already
 * estimates (writers do not autofit, so the plan's heights are the printed heights).
 *
 * The page is A4 landscape at the sheet's print scale (100 %: the annex columns are narrower than the
 * page). The usable height is the page less the top and bottom margins, less a reserve for rounding in
 * Excel and LibreOffice; the header row repeats on every page. A break is set wherever
 * the next unit would not fit on the page: a unit is a challenge heading with the goal after it, or a
 * goal with all its measures. A unit taller than a page is split between measure rows, never between a
 * heading and its first measure.
 *
 * Excel keeps at most 1,026 manual horizontal page breaks per sheet (HPageBreaks, "There is a limit of
 * 1026 horizontal page breaks per sheet"); a longer sheet gets the first 1,026, and Excel's automatic
 * breaks after them.
 */
import { A4_SHORT_SIDE } from "./printScale";

/** Points lost to rounding and to renderers that draw rows slightly taller than asked. */
const RESERVE = 0.06;
/** Manual horizontal page breaks Excel keeps on one sheet. */
export const MAX_MANUAL_PAGE_BREAKS = 1026;

export interface PrintedRow {
  /** 1-based row index. */
  readonly index: number;
  /** Height in points. */
  readonly height: number;
}

export interface PageSetup {
  /** Top and bottom margins in inches. */
  readonly marginTop: number;
  readonly marginBottom: number;
  /** Height of the rows above the table on the first page (title, field name, header row), points. */
  readonly firstPageHead: number;
  /** Height of the rows repeated on every further page (the header row), points. */
  readonly repeatedHead: number;
  /** Print scale in percent (default 100): a page holds 100 / scale times the sheet's points. */
  readonly scale?: number;
}

/** Usable height of a page's body in points. */
export function pageBodyHeight(setup: PageSetup): number {
  // A landscape page is as high as A4's short side.
  const printed = (A4_SHORT_SIDE - (setup.marginTop + setup.marginBottom) * 72) * (1 - RESERVE);
  return (printed * 100) / (setup.scale ?? 100);
}

/**
 * Rows that start a new page. `units` are the rows in print order, grouped into what should stay on one
 * page: the first row of a unit that starts with a heading must be followed by at least one more row.
 */
export function pageBreaks(
  units: readonly { readonly rows: readonly PrintedRow[]; readonly headed: boolean }[],
  setup: PageSetup,
): number[] {
  const page = pageBodyHeight(setup);
  const breaks: number[] = [];
  let used = setup.firstPageHead;
  let empty = true;
  const newPage = (row: number) => {
    breaks.push(row);
    used = setup.repeatedHead;
    empty = true;
  };
  for (const unit of units) {
    if (unit.rows.length === 0) continue;
    const height = unit.rows.reduce((sum, row) => sum + row.height, 0);
    if (!empty && used + height > page) newPage(unit.rows[0]!.index);
    if (used + height <= page) {
      used += height;
      empty = false;
      continue;
    }
    // Taller than a page: split between rows, keeping a heading with the row after it.
    unit.rows.forEach((row, i) => {
      const together = i === 0 && unit.headed && unit.rows[1] ? row.height + unit.rows[1].height : row.height;
      const keptWithPrevious = i === 1 && unit.headed;
      if (!empty && !keptWithPrevious && used + together > page) newPage(row.index);
      used += row.height;
      empty = false;
    });
  }
  return breaks.slice(0, MAX_MANUAL_PAGE_BREAKS);
}
