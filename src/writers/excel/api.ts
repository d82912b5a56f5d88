/**
 * The subset of the Excel object model (Office.js) that the writer uses, as narrow interfaces.
 *
 * Every member is typed from `@types/office-js`, and `Excel.RequestContext` is asserted to be assignable
 * to `ContextApi` below: a misspelt or invented member fails to compile. In tests the writer runs against
 * Microsoft's own client library over a simulated Excel host (test/excel-host).
 */

export interface ClientResultApi<T> {
  readonly value: T;
}

export interface ContextApi {
  readonly workbook: WorkbookApi;
  readonly application: ApplicationApi;
  sync(): Promise<void>;
}

export interface ApplicationApi {
  suspendApiCalculationUntilNextSync(): void;
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly names: NamedItemCollectionApi;
  readonly customXmlParts: CustomXmlPartCollectionApi;
  readonly protection: WorkbookProtectionApi;
}

export interface WorkbookProtectionApi {
  readonly protected: boolean;
  load(propertyNames?: string | string[]): WorkbookProtectionApi;
}

export interface WorksheetCollectionApi {
  readonly items: WorksheetApi[];
  readonly onChanged: EventApi<Excel.WorksheetChangedEventArgs>;
  add(name?: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
  load(propertyNames?: string | string[]): WorksheetCollectionApi;
}

export interface EventApi<T> {
  add(handler: (args: T) => Promise<unknown>): EventHandlerResultApi;
}

export interface EventHandlerResultApi {
  remove(): void;
}

export interface WorksheetApi {
  readonly isNullObject: boolean;
  name: string;
  position: number;
  tabColor: string;
  visibility: Excel.Worksheet["visibility"];
  readonly protection: WorksheetProtectionApi;
  readonly freezePanes: WorksheetFreezePanesApi;
  readonly pageLayout: PageLayoutApi;
  readonly charts: ChartCollectionApi;
  readonly autoFilter: AutoFilterApi;
  readonly horizontalPageBreaks: PageBreakCollectionApi;
  getRange(address?: string): RangeApi;
  /** ExcelApi 1.9: several areas ("5:5,7:9") as one object, so one property set covers all of them. */
  getRanges(address?: string): RangeAreasApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  activate(): void;
  delete(): void;
  load(propertyNames?: string | string[]): WorksheetApi;
}

export interface WorksheetProtectionApi {
  readonly protected: boolean;
  readonly options: Excel.WorksheetProtectionOptions;
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void;
  unprotect(password?: string): void;
  load(propertyNames?: string | string[]): WorksheetProtectionApi;
}

export interface WorksheetFreezePanesApi {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
}

export interface PageLayoutApi {
  orientation: Excel.PageLayout["orientation"];
  paperSize: Excel.PageLayout["paperSize"];
  zoom: Excel.PageLayoutZoomOptions;
  readonly headersFooters: HeaderFooterGroupApi;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintMargins(
    unit: "Points" | "Inches" | "Centimeters",
    marginOptions: Excel.PageLayoutMarginOptions,
  ): void;
}

export interface HeaderFooterGroupApi {
  readonly defaultForAllPages: HeaderFooterApi;
}

export interface HeaderFooterApi {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface ChartCollectionApi {
  add(
    type: "BarStacked" | "ColumnStacked100",
    sourceData: RangeApi,
    seriesBy?: "Auto" | "Columns" | "Rows",
  ): ChartApi;
}

export interface ChartApi {
  name: string;
  readonly title: { text: string };
  readonly axes: { readonly categoryAxis: { setCategoryNames(sourceData: RangeApi): void } };
  setPosition(startCell: string, endCell?: string): void;
}

export interface PageBreakCollectionApi {
  add(pageBreakRange: string): unknown;
}

export interface AutoFilterApi {
  apply(range: string, columnIndex?: number, criteria?: Excel.FilterCriteria): void;
  remove(): void;
}

export interface RangeApi {
  readonly isNullObject: boolean;
  readonly address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  columnHidden: boolean;
  readonly format: RangeFormatApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  readonly dataValidation: DataValidationApi;
  load(propertyNames?: string | string[]): RangeApi;
  select(): void;
  /** ExcelApi 1.9. A source that fits the range an exact number of times is replicated over it. */
  copyFrom(sourceRange: string, copyType: "Formulas"): void;
}

export interface RangeAreasApi {
  readonly format: RangeAreasFormatApi;
  /** ExcelApi 1.9: clears each area ("Contents": values and formulas, formats stay). */
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
}

/** RangeAreas.format (ExcelApi 1.9) is a RangeFormat: a set applies to each area. */
export type RangeAreasFormatApi = RangeFormatApi;

export interface RangeFormatApi {
  columnWidth: number;
  rowHeight: number;
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  wrapText: boolean;
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; size: number; color: string; name: string };
  readonly borders: {
    getItem(
      index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal",
    ): RangeBorderApi;
  };
  readonly protection: { locked: boolean };
}

export interface RangeBorderApi {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
  color: string;
}

export interface ConditionalFormatCollectionApi {
  add(type: "Custom" | "DataBar"): ConditionalFormatApi;
  clearAll(): void;
}

export interface ConditionalFormatApi {
  priority: number;
  stopIfTrue: boolean;
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
  };
  readonly dataBar: { readonly positiveFormat: { fillColor: string; gradientFill: boolean } };
}

export interface DataValidationApi {
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  clear(): void;
}

export interface NamedItemCollectionApi {
  readonly items: NamedItemApi[];
  add(name: string, reference: string, comment?: string): unknown;
  load(propertyNames?: string | string[]): NamedItemCollectionApi;
}

export interface NamedItemApi {
  readonly name: string;
  readonly formula: unknown;
  delete(): void;
}

export interface CustomXmlPartCollectionApi {
  add(xml: string): unknown;
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionApi;
}

export interface CustomXmlPartScopedCollectionApi {
  readonly items: CustomXmlPartApi[];
  load(propertyNames?: string | string[]): CustomXmlPartScopedCollectionApi;
}

export interface CustomXmlPartApi {
  readonly id: string;
  getXml(): ClientResultApi<string>;
  delete(): void;
}

/** Compile-time proof that the real Office.js types satisfy the subset above. */
type Assignable<Actual extends Wanted, Wanted> = Actual;
export type RealContextSatisfiesSubset = Assignable<Excel.RequestContext, ContextApi>;
