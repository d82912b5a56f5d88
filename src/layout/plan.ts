/**
 * The one declarative description of an overview workbook (the "plan"). The layout builds it from a
 * catalogue; the .xlsx writer (exceljs) and the Excel writer (Office.js) apply it. Neither writer
 * decides anything about layout: every value, formula, style, rule and setting is here.
 *
 * Addresses are A1 strings without sheet ("B4", "E6:E40"); formulas are written in Excel's
 * en-US syntax with a leading "=" (comma separators), as both exceljs and Office.js `formulas` expect.
 */
import type { Language } from "../scheme/ratingScheme";
import type { InputKey } from "../scheme/ratingScheme";

export interface WorkbookPlan {
  readonly meta: WorkbookMeta;
  /** Named styles used by the sheets' style blocks. */
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Sheets in tab order. */
  readonly sheets: readonly SheetPlan[];
  readonly definedNames: readonly DefinedName[];
  /** Where every measure lives, for reading back, validating and merging. */
  readonly measures: readonly MeasureLocation[];
}

/** Identifies a Zielbild workbook; stored in the workbook (hidden sheet and document properties). */
export interface WorkbookMeta {
  readonly generator: "Zielbild";
  readonly formatVersion: number;
  readonly schemeVersion: number;
  readonly catalogueId: string;
  readonly catalogueVersion: string;
  readonly catalogueTitle: string;
  readonly title: string;
  readonly language: Language;
  /** ISO timestamp of the build. */
  readonly builtAt: string;
  /** Set for a per-unit workbook: only this unit's input cells are unlocked. */
  readonly unit?: string;
  /** The evaluation round the workbook collects; absent in workbooks from before rounds (read as round 1). */
  readonly round?: RoundInfo;
  /**
   * Whether the sheets were protected with a password (never the password itself), so that the add-in
   * protects them again the same way; absent in workbooks from before it was recorded.
   */
  readonly passwordProtected?: boolean;
}

/** One evaluation round: "Sachstand 2024", "Gesamtevaluation 2022". */
export interface RoundInfo {
  /** 1 for the first round of a workbook, counting up. */
  readonly number: number;
  readonly label: string;
  /** ISO date (YYYY-MM-DD) the round is dated. */
  readonly date: string;
}

/** What was entered for one measure when a round was closed, with where it stood then. */
export interface FrozenMeasure {
  readonly measureId: string;
  /** The action field as shown on the Übersicht ("1 Sprache"). */
  readonly fieldName: string;
  readonly goalNumber: number;
  readonly title: string;
  readonly inputs: MeasureInputs;
}

/** A closed round: its inputs frozen, per measure, in the order of the workbook. */
export interface PastRound extends RoundInfo {
  readonly measures: readonly FrozenMeasure[];
}

export type SheetRole = "summary" | "field" | "legend" | "history" | "archive" | "lists" | "meta";

export interface SheetPlan {
  /** Stable key of the sheet's role, e.g. "summary", "field:hf1", "legend", "lists". */
  readonly key: string;
  /** Name on the tab: at most 31 characters, none of []:*?/\, unique ignoring case. */
  readonly name: string;
  readonly role: SheetRole;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly tabColor?: string;
  readonly columns: readonly ColumnPlan[];
  readonly rows: readonly RowPlan[];
  /** Rectangular blocks of contents, each written as one 2-D array. */
  readonly blocks: readonly CellBlock[];
  /** Style assignments, applied in order (later wins). */
  readonly styleRanges: readonly StyleRange[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly dataValidations: readonly DataValidationPlan[];
  readonly protection: ProtectionPlan;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintPlan;
  /** The used area of the sheet, e.g. "A1:L120" (for clearing and reading back). */
  readonly extent: string;
  /** Native charts (Excel only: exceljs cannot write charts; the .xlsx keeps the source table). */
  readonly charts?: readonly ChartPlan[];
}

export interface ChartPlan {
  readonly name: string;
  /** Excel.ChartType. */
  readonly type: "ColumnStacked100" | "BarStacked";
  readonly title: string;
  /** Header row (series names) and body rows; one series per column. */
  readonly values: string;
  /** One category per body row; two columns give two-level labels (field, round). */
  readonly categories: string;
  /** Top-left and bottom-right cell the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface ColumnPlan {
  /** 1-based column index. */
  readonly index: number;
  /** Width in Excel character units. */
  readonly width: number;
  readonly hidden?: boolean;
}

export interface RowPlan {
  /** 1-based row index. */
  readonly index: number;
  /** Height in points. */
  readonly height: number;
}

/** One cell's content. `null` is an empty cell. */
export type CellContent =
  null | { readonly text: string } | { readonly number: number } | { readonly formula: string };

export interface CellBlock {
  /** Top-left cell, e.g. "A5". */
  readonly origin: string;
  /** Rows of cells; every row has the same length. */
  readonly cells: readonly (readonly CellContent[])[];
}

export interface StyleRange {
  /** A1 range, e.g. "A5:D40". */
  readonly range: string;
  /** Key into WorkbookPlan.styles. */
  readonly style: string;
}

export interface CellStyle {
  readonly font?: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly size?: number;
    readonly color?: string;
    readonly name?: string;
  };
  /** Solid fill colour, hex RGB without '#'. */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right" | "centerContinuous";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Thin borders on all edges of every cell, in this colour. */
  readonly border?: string;
  readonly numberFormat?: string;
  /** Default true, as in Excel. Input cells are unlocked. */
  readonly locked?: boolean;
}

export type ConditionalFormatPlan =
  | {
      readonly kind: "expression";
      readonly range: string;
      /** Formula relative to the range's top-left cell, with leading "=". */
      readonly formula: string;
      readonly fill?: string;
      readonly fontColor?: string;
      readonly bold?: boolean;
      /** Lower number wins. Unique per sheet. */
      readonly priority: number;
    }
  | {
      readonly kind: "dataBar";
      readonly range: string;
      readonly color: string;
      readonly priority: number;
    };

export interface DataValidationPlan {
  readonly range: string;
  /** Either a formula reference ("=Listen!$A$2:$A$5") or inline values. */
  readonly list: { readonly source: string } | { readonly values: readonly string[] };
  readonly allowBlank: boolean;
  readonly prompt: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

export interface ProtectionPlan {
  readonly protected: boolean;
  readonly password?: string;
  /** What users may still do on a protected sheet. */
  readonly allowFormatColumns: boolean;
  readonly allowAutoFilter: boolean;
  readonly allowSort: boolean;
}

export interface PrintPlan {
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4";
  /**
   * A fixed print scale in percent (10–100; the field sheets, whose manual page breaks are computed for it:
   * src/layout/printScale), or "fitToWidth": all columns on one page width, pages running on downwards,
   * the scale left to the renderer.
   */
  readonly scale: number | "fitToWidth";
  readonly printArea: string;
  /** Rows repeated on every page, e.g. "$4:$4". */
  readonly titleRows?: string;
  /**
   * Manual page breaks: 1-based rows that start a new page (set so that no page ends with a challenge
   * heading or cuts a goal from its first measure). Absent or empty: only automatic breaks.
   */
  readonly breaksBefore?: readonly number[];
  /** Header and footer with Excel's codes (&P page, &N pages, &A sheet). */
  readonly header: { readonly left?: string; readonly center?: string; readonly right?: string };
  readonly footer: { readonly left?: string; readonly center?: string; readonly right?: string };
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
}

export interface DefinedName {
  readonly name: string;
  /** Absolute reference with sheet, e.g. "'Listen'!$A$2:$A$5". */
  readonly ref: string;
}

/** Where one measure's row lives and which cell holds which input. */
export interface MeasureLocation {
  readonly measureId: string;
  readonly fieldId: string;
  readonly goalNumber: number;
  readonly sheetKey: string;
  readonly sheetName: string;
  /** 1-based row of the measure. */
  readonly row: number;
  /** Column letters of each input, of the unit and of the ID cell. */
  readonly inputColumns: Readonly<Record<InputKey, string>>;
  readonly unitColumn: string;
  readonly idColumn: string;
}

/**
 * What is entered for one measure, exactly as it stands in the cells (an invalid paste stays as it was).
 * Keys are the scheme's input keys plus the responsible unit.
 */
export type MeasureInputs = Readonly<Partial<Record<InputKey | "unit", string | number | boolean>>>;

/** A measure that left the catalogue, kept with what was entered for it (the "Archiv" sheet). */
export interface ArchivedMeasure {
  readonly measureId: string;
  readonly fieldName: string;
  readonly goalNumber: number;
  readonly title: string;
  readonly inputs: MeasureInputs;
  /** ISO timestamp of when it was archived. */
  readonly archivedAt: string;
}

export interface PlanOptions {
  readonly language: Language;
  /** Title printed on every sheet; defaults to the catalogue's title. */
  readonly title?: string;
  /** Sheet protection password; no password when absent (protection still on). */
  readonly password?: string;
  /** ISO timestamp stored as build time (injected so builds are reproducible). */
  readonly builtAt: string;
  /** Per-unit workbook: only this unit's input cells are unlocked. */
  readonly unit?: string;
  /** Entered inputs by measure ID; they win over the catalogue's own values (rebuild keeps ratings). */
  readonly inputs?: ReadonlyMap<string, MeasureInputs>;
  /** Measures no longer in the catalogue, shown on the "Archiv" sheet. */
  readonly archive?: readonly ArchivedMeasure[];
  /** The round being collected; default: round 1, labelled from the catalogue, dated the build day. */
  readonly round?: RoundInfo;
  /** Closed rounds, oldest first (the "Verlauf" sheet and the change marks read them). */
  readonly history?: readonly PastRound[];
}
