/** A sparse grid of cells and style assignments that turns into the plan's dense blocks. */
import type { CellBlock, CellContent, RowPlan, StyleRange } from "./plan";
import { graphemes } from "../core/cutText";
import { rangeAddress } from "../core/address";
import type { StyleKey } from "./styles";

export const EXCEL_MAX_CELL_TEXT = 32767;
/** Points per line of 11-point text. */
export const LINE_HEIGHT = 15;
/** At most this many lines are estimated: Excel caps a row at 409 points. */
const MAX_LINES = 27;

/**
 * Lines that wrapped text takes in a column of `width` character units. Writers do not autofit rows,
 * so the layout estimates: average German text runs about 1.15 characters per unit of width.
 */
export function estimateLines(text: string, width: number): number {
  const perLine = Math.max(Math.floor((width - 1) * 1.15), 1);
  const lines = text.split("\n").reduce((n, part) => n + Math.max(Math.ceil(part.length / perLine), 1), 0);
  return Math.min(lines, MAX_LINES);
}

interface StyledRectangle {
  readonly top: number;
  readonly left: number;
  bottom: number;
  readonly right: number;
  readonly style: StyleKey;
}

export class SheetGrid {
  private readonly rows = new Map<number, Map<number, CellContent>>();
  private readonly styled: StyledRectangle[] = [];
  /** Rectangles that a style call on the rows just below may still extend. */
  private readonly openRuns: StyledRectangle[] = [];
  maxRow = 0;
  maxColumn = 0;

  constructor(private readonly sheetName: string) {}

  set(row: number, column: number, content: CellContent): void {
    if (content && "text" in content && content.text.length > EXCEL_MAX_CELL_TEXT) {
      throw new Error(
        `Blatt „${this.sheetName}“, Zeile ${row}, Spalte ${column}: Text mit ${content.text.length} Zeichen ` +
          `ist länger als die ${EXCEL_MAX_CELL_TEXT} Zeichen einer Excel-Zelle.`,
      );
    }
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(column, content);
    this.grow(row, column);
  }

  text(row: number, column: number, text: string): void {
    this.set(row, column, { text });
  }

  formula(row: number, column: number, formula: string): void {
    if (formula.length > MAX_FORMULA_LENGTH)
      throw new Error(
        `Blatt „${this.sheetName}“, Zeile ${row}, Spalte ${column}: Formel mit ${formula.length} Zeichen ist ` +
          `länger als die ${MAX_FORMULA_LENGTH} Zeichen, die Excel in einer Formel erlaubt ` +
          `(zu lange Namen, z. B. einer Organisationseinheit?).`,
      );
    this.set(row, column, { formula });
  }

  number(row: number, column: number, value: number): void {
    this.set(row, column, { number: value });
  }

  /**
   * Assigns a style; later assignments win where they overlap. A call for the rows just below an earlier
   * one with the same style and columns extends it, so that a column of measure rows is one range, not
   * one per row. That keeps the order of application intact: a run is closed as soon as another
   * assignment reaches below it in any of its columns.
   */
  style(top: number, left: number, bottom: number, right: number, style: StyleKey): void {
    const extended = this.updateOpenRuns(top, left, bottom, right, style);
    if (extended) extended.bottom = bottom;
    else {
      const rectangle = { top, left, bottom, right, style };
      this.styled.push(rectangle);
      this.openRuns.push(rectangle);
    }
    this.grow(bottom, right);
  }

  /** The style assignments in the order they apply, as the plan lists them. */
  get styleRanges(): StyleRange[] {
    return this.styled.map(({ top, left, bottom, right, style }) => ({
      range: rangeAddress(top, left, bottom, right),
      style,
    }));
  }

  /**
   * Finds the open run that the assignment extends (same style and columns, ending just above) and closes
   * every other run that the assignment reaches below in one of its columns. Open runs are few (one per
   * style and column span in use), so a scan is cheapest.
   */
  private updateOpenRuns(top: number, left: number, bottom: number, right: number, style: StyleKey) {
    let extended: StyledRectangle | undefined;
    let kept = 0;
    for (const run of this.openRuns) {
      const same = run.style === style && run.left === left && run.right === right;
      if (same && run.bottom === top - 1) extended = run;
      else if (run.left <= right && left <= run.right && bottom > run.bottom) continue;
      this.openRuns[kept++] = run;
    }
    this.openRuns.length = kept;
    return extended;
  }

  /** Rows whose wrapped text in `column` needs more than one line at `width`, with an estimated height. */
  tallRows(column: number, width: number): RowPlan[] {
    const result: RowPlan[] = [];
    for (const [row, cells] of this.rows) {
      const content = cells.get(column);
      const lines = content && "text" in content ? estimateLines(content.text, width) : 1;
      if (lines > 1) result.push({ index: row, height: lines * LINE_HEIGHT });
    }
    return result;
  }

  /** The whole used rectangle from A1 as one block. */
  blocks(): CellBlock[] {
    if (this.maxRow === 0) return [];
    const cells: CellContent[][] = [];
    for (let r = 1; r <= this.maxRow; r++) {
      const row: CellContent[] = [];
      for (let c = 1; c <= this.maxColumn; c++) row.push(this.rows.get(r)?.get(c) ?? null);
      cells.push(row);
    }
    return [{ origin: "A1", cells }];
  }

  extent(): string {
    return rangeAddress(1, 1, Math.max(this.maxRow, 1), Math.max(this.maxColumn, 1));
  }

  private grow(row: number, column: number): void {
    this.maxRow = Math.max(this.maxRow, row);
    this.maxColumn = Math.max(this.maxColumn, column);
  }
}

/** Excel refuses a text literal of more than 255 characters inside a formula (the file counts as damaged). */
export const MAX_FORMULA_LITERAL = 255;
/** Excel refuses a formula of more than 8,192 characters. */
export const MAX_FORMULA_LENGTH = 8192;

/**
 * A text literal for a formula: "a""b". A longer text (a unit's name, say) is joined from literals of
 * at most 255 characters, ("…"&"…"), cut between characters, never inside one.
 */
export function str(value: string): string {
  const parts = escapedPieces(value, '"', MAX_FORMULA_LITERAL).map((part) => `"${part}"`);
  return parts.length === 1 ? parts[0]! : `(${parts.join("&")})`;
}

/**
 * The text with every `special` doubled (Excel's escape in literals and header codes), in pieces of at
 * most `max` characters, cut between characters, never inside one or inside a doubled pair.
 */
function escapedPieces(value: string, special: string, max: number): string[] {
  const escaped = value.split(special).join(special + special);
  if (escaped.length <= max) return [escaped];
  const pieces: string[] = [];
  let piece = "";
  for (const char of wholeCharacters(value, max)) {
    const next = char.split(special).join(special + special);
    if (piece.length + next.length > max && piece !== "") {
      pieces.push(piece);
      piece = "";
    }
    piece += next;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * Grapheme clusters (an emoji ZWJ sequence stays whole); a cluster longer than `max` units, which no
 * piece could hold, is split into its code points.
 */
function wholeCharacters(value: string, max: number): string[] {
  return graphemes(value).flatMap((cluster) => (cluster.length > max / 2 ? [...cluster] : [cluster]));
}

/**
 * Excel's limit for a header or a footer: 255 characters, its section codes (&L, &C, &R) included — the
 * file formats say "Office requires that the length … be less than or equal to 255" ([MS-OI29500]
 * oddHeader), and Excel treats a longer one as damage.
 */
export const MAX_HEADER_FOOTER = 255;

export interface HeaderFooterParts {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

const SECTIONS = ["left", "center", "right"] as const;

/**
 * A header or footer that fits MAX_HEADER_FOOTER as a whole: each of `texts` escaped for Excel's codes and
 * cut (ending in "…") to its share of what the codes and the `fixed` parts (page numbers, already in
 * Excel's codes) leave; a short text leaves the rest of its share to the longer ones.
 */
export function headerFooter(texts: HeaderFooterParts, fixed: HeaderFooterParts = {}): HeaderFooterParts {
  const present = SECTIONS.filter((s) => texts[s] !== undefined || fixed[s] !== undefined);
  let budget = MAX_HEADER_FOOTER - 2 * present.length;
  for (const s of SECTIONS) budget -= fixed[s]?.length ?? 0;
  const escapedLength = (s: (typeof SECTIONS)[number]) => texts[s]!.split("&").join("&&").length;
  const shortestFirst = SECTIONS.filter((s) => texts[s] !== undefined).sort(
    (a, b) => escapedLength(a) - escapedLength(b),
  );
  const result: Record<string, string> = {};
  shortestFirst.forEach((section, i) => {
    const text = headerText(texts[section]!, Math.floor(budget / (shortestFirst.length - i)));
    result[section] = text;
    budget -= text.length;
  });
  for (const s of SECTIONS) if (fixed[s] !== undefined) result[s] = fixed[s];
  return result;
}

/** Escapes "&" for Excel's header/footer codes and cuts the text (ending in "…") to `max` characters. */
export function headerText(value: string, max: number): string {
  const whole = escapedPieces(value, "&", max);
  if (whole.length === 1) return whole[0]!;
  return escapedPieces(value, "&", max - 1)[0]! + "…";
}
