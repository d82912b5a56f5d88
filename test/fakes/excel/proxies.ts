/**
 * Proxy objects of the Excel fake. Each implements an interface of src/writers/excel/api.ts, whose members
 * are checked against @types/office-js: a misspelt member fails to compile. Semantics follow Office.js:
 * setters and methods queue operations that apply at sync; loaded properties are readable only after the
 * sync that loaded them (reading earlier throws PropertyNotLoaded).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- property setters take what the typed Api interfaces allow */
import type * as Api from "../../../src/writers/excel/api";
import { FakeContext, FakeOfficeError } from "./context";
import {
  cellAt,
  intersects,
  newSheet,
  parseAddress,
  peekCell,
  rectCells,
  sheetByName,
  type CellState,
  type ChartState,
  type ConditionalFormatState,
  type CustomXmlPartState,
  type Rect,
  type SheetState,
} from "./state";
import { cellAddress, columnLetter, quoteSheet } from "../../../src/layout/address";

function notLoaded(property: string, path: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      `the containing object and call "context.sync()" on the associated request context.`,
    path,
  );
}

function splitLoad(names: string | string[] | undefined): string[][] | undefined {
  if (names === undefined) return undefined;
  const list = Array.isArray(names) ? names : names.split(",");
  return list
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => n.split("/"));
}

abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  /** Value of a scalar property at apply time. */
  protected abstract snapshot(property: string): unknown;
  protected abstract scalarNames(): readonly string[];
  protected child(name: string): FakeObject | undefined {
    void name;
    return undefined;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property, this.path);
    return this.loaded.get(property) as T;
  }

  protected queueLoad(names: string | string[] | undefined): void {
    const paths = splitLoad(names);
    this.ctx.enqueue(`${this.path}.load`, names ?? "*", () => this.capture(paths));
  }

  capture(paths: string[][] | undefined): void {
    for (const path of paths ?? this.scalarNames().map((n) => [n])) {
      const [head = "", ...rest] = path;
      if (rest.length === 0) this.loaded.set(head, structuredClone(this.snapshot(head)));
      else {
        const child = this.child(head);
        if (!child)
          throw new FakeOfficeError("InvalidArgument", `Cannot load "${path.join("/")}".`, this.path);
        child.capture([rest]);
      }
    }
  }

  protected set(property: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue(`${this.path}.${property}`, value, apply);
  }
}

// ---------------------------------------------------------------------------------------------- context

export class FakeRequestContext implements Api.ContextApi {
  readonly workbook: FakeWorkbook;
  readonly application: Api.ApplicationApi;
  constructor(readonly fake: FakeContext) {
    this.workbook = new FakeWorkbook(fake);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        // Suspension covers the batch it is queued in, so it is recorded with that batch's sync.
        fake.enqueue("Application.suspendApiCalculationUntilNextSync", null, () => undefined);
        fake.suspendCalculation();
      },
    };
  }
  sync(): Promise<void> {
    return this.fake.sync();
  }
}

class FakeWorkbook implements Api.WorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

class FakeWorkbookProtection extends FakeObject implements Api.WorkbookProtectionApi {
  constructor(ctx: FakeContext) {
    super(ctx, "Workbook.protection");
  }
  protected scalarNames() {
    return ["protected"];
  }
  protected snapshot() {
    return this.ctx.state.protected;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  load(names?: string | string[]): this {
    this.queueLoad(names);
    return this;
  }
}

// ------------------------------------------------------------------------------------------- worksheets

function requireStructureUnprotected(ctx: FakeContext, path: string): void {
  if (ctx.state.protected)
    throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", path);
}

class FakeWorksheetCollection extends FakeObject implements Api.WorksheetCollectionApi {
  private loadedItems: FakeWorksheet[] | undefined;
  readonly onChanged: FakeEvent;
  constructor(ctx: FakeContext) {
    super(ctx, "Workbook.worksheets");
    this.onChanged = new FakeEvent(ctx);
  }
  protected scalarNames() {
    return [];
  }
  protected snapshot(): unknown {
    return undefined;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items", this.path);
    return this.loadedItems;
  }
  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    const sheetName = name ?? `Sheet${this.ctx.state.nextId}`;
    this.ctx.enqueue(`${this.path}.add`, sheetName, () => {
      requireStructureUnprotected(this.ctx, this.path);
      validateSheetName(this.ctx, sheetName, undefined);
      created = newSheet(this.ctx.state, sheetName);
      this.ctx.state.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, `Worksheet[+${sheetName}]`, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", `Sheet "${sheetName}" was not added.`);
      return created;
    });
  }
  getItem(key: string): FakeWorksheet {
    this.ctx.touch();
    return new FakeWorksheet(this.ctx, `Worksheet[${key}]`, () => findSheet(this.ctx, key), false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.touch();
    return new FakeWorksheet(this.ctx, `Worksheet[${key}?]`, () => findSheet(this.ctx, key), true);
  }
  load(names?: string | string[]): this {
    const paths = splitLoad(names)?.map((p) => (p[0] === "items" ? p.slice(1) : p));
    this.ctx.enqueue(`${this.path}.load`, names ?? "*", () => {
      this.loadedItems = this.ctx.state.sheets.map((sheet) => {
        const item = new FakeWorksheet(this.ctx, `Worksheet[${sheet.name}]`, () => sheet);
        item.capture(paths?.length ? paths : undefined);
        return item;
      });
    });
    return this;
  }
}

function findSheet(ctx: FakeContext, key: string): SheetState | undefined {
  return ctx.state.sheets.find((s) => s.id === key) ?? sheetByName(ctx.state, key);
}

function validateSheetName(ctx: FakeContext, name: string, self: SheetState | undefined): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'"))
    throw new FakeOfficeError("InvalidArgument", `Invalid sheet name "${name}".`);
  const clash = sheetByName(ctx.state, name);
  if (clash && clash !== self)
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" exists.`);
}

class FakeWorksheet extends FakeObject implements Api.WorksheetApi {
  private resolved: SheetState | null | undefined;
  private readonly nullable: boolean;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: Api.WorksheetFreezePanesApi;
  readonly pageLayout: FakePageLayout;
  readonly charts: Api.ChartCollectionApi;
  readonly autoFilter: Api.AutoFilterApi;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly resolver: () => SheetState | undefined,
    nullable = false,
  ) {
    super(ctx, path);
    this.nullable = nullable;
    this.protection = new FakeWorksheetProtection(ctx, path, () => this.sheet());
    this.freezePanes = freezePanes(ctx, path, () => this.sheet());
    this.pageLayout = new FakePageLayout(ctx, path, () => this.sheet());
    this.charts = chartCollection(ctx, path, () => this.sheet());
    this.autoFilter = autoFilter(ctx, path, () => this.sheet());
  }

  /** The sheet this proxy points to, resolved once at apply time (a proxy follows its sheet across renames). */
  sheet(): SheetState {
    const sheet = this.resolveNullable();
    if (!sheet)
      throw new FakeOfficeError("ItemNotFound", `The requested worksheet does not exist.`, this.path);
    return sheet;
  }
  private resolveNullable(): SheetState | null {
    if (this.resolved === undefined) this.resolved = this.resolver() ?? null;
    return this.resolved;
  }
  protected scalarNames() {
    return ["name", "position", "visibility", "tabColor", "id"];
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return this.resolveNullable() === null;
    const sheet = this.sheet();
    switch (property) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.ctx.state.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      default:
        throw new FakeOfficeError("InvalidArgument", `Unknown worksheet property "${property}".`, this.path);
    }
  }
  override capture(paths: string[][] | undefined): void {
    super.capture([["isNullObject"]]);
    if (this.resolveNullable() !== null) super.capture(paths);
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.set("name", value, () => {
      const sheet = this.sheet();
      requireStructureUnprotected(this.ctx, this.path);
      validateSheetName(this.ctx, value, sheet);
      renameInNames(this.ctx, sheet.name, value);
      sheet.name = value;
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.set("position", value, () => {
      const sheet = this.sheet();
      const sheets = this.ctx.state.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(value: string) {
    this.set("tabColor", value, () => {
      this.sheet().tabColor = value;
    });
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    this.set("visibility", value, () => {
      const sheet = this.sheet();
      const next = String(value) as SheetState["visibility"];
      const othersVisible = this.ctx.state.sheets.some((s) => s !== sheet && s.visibility === "Visible");
      if (next !== "Visible" && !othersVisible)
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must keep at least one visible sheet.",
          this.path,
        );
      sheet.visibility = next;
    });
  }
  getRange(address?: string): FakeRange {
    this.ctx.touch();
    return new FakeRange(this.ctx, this, address ?? "A1:XFD1048576");
  }
  getRanges(address?: string): FakeRangeAreas {
    this.ctx.touch();
    return new FakeRangeAreas(this.ctx, this, address ?? "A1:XFD1048576");
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.touch();
    return new FakeRange(this.ctx, this, () => usedRect(this.sheet(), valuesOnly === true));
  }
  activate(): void {
    this.ctx.enqueue(`${this.path}.activate`, null, () => {
      this.ctx.state.activeSheetId = this.sheet().id;
    });
  }
  delete(): void {
    this.ctx.enqueue(`${this.path}.delete`, null, () => {
      const sheet = this.sheet();
      requireStructureUnprotected(this.ctx, this.path);
      const sheets = this.ctx.state.sheets;
      if (!sheets.some((s) => s !== sheet && s.visibility === "Visible"))
        throw new FakeOfficeError("InvalidOperation", "Cannot delete the last visible sheet.", this.path);
      sheets.splice(sheets.indexOf(sheet), 1);
      for (const [key, name] of this.ctx.state.names)
        if (name.reference.includes(quoteSheet(sheet.name)) || name.reference.startsWith(`${sheet.name}!`))
          this.ctx.state.names.set(key, { ...name, reference: "=#REF!" });
    });
  }
  load(names?: string | string[]): this {
    this.queueLoad(names);
    return this;
  }
}

/** Excel rewrites references in defined names when a sheet is renamed. */
function renameInNames(ctx: FakeContext, from: string, to: string): void {
  const quotedTo = quoteSheet(to);
  for (const [key, item] of ctx.state.names) {
    const reference = item.reference.split(`${quoteSheet(from)}!`).join(`${quotedTo}!`);
    const plain = /^[A-Za-z0-9_]+$/.test(from)
      ? reference.replace(new RegExp(`(^=|[^A-Za-z0-9_'])${from}!`, "g"), `$1${quotedTo}!`)
      : reference;
    ctx.state.names.set(key, { ...item, reference: plain });
  }
}

function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.constant !== null || cell.formula !== null;
    if (valuesOnly && !hasValue) continue;
    const row = Math.floor(key / 16_385);
    const column = key % 16_385;
    rect = rect
      ? {
          top: Math.min(rect.top, row),
          bottom: Math.max(rect.bottom, row),
          left: Math.min(rect.left, column),
          right: Math.max(rect.right, column),
        }
      : { top: row, bottom: row, left: column, right: column };
  }
  return rect;
}

// ------------------------------------------------------------------------------------------- protection

class FakeWorksheetProtection extends FakeObject implements Api.WorksheetProtectionApi {
  constructor(
    ctx: FakeContext,
    sheetPath: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, `${sheetPath}.protection`);
  }
  protected scalarNames() {
    return ["protected", "options"];
  }
  protected snapshot(property: string): unknown {
    const protection = this.sheet().protection;
    return property === "protected" ? protection.protected : protection.options;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.read("options");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.ctx.enqueue(`${this.path}.protect`, [options ?? null, password === undefined ? null : "***"], () => {
      const protection = this.sheet().protection;
      if (protection.protected && this.ctx.options.strictProtection !== false)
        throw new FakeOfficeError("InvalidOperation", "The worksheet is already protected.", this.path);
      Object.assign(protection, { protected: true, options: { ...(options ?? {}) }, password });
    });
  }
  unprotect(password?: string): void {
    this.ctx.enqueue(`${this.path}.unprotect`, password === undefined ? null : "***", () => {
      const protection = this.sheet().protection;
      if (!protection.protected && this.ctx.options.strictProtection !== false)
        throw new FakeOfficeError("InvalidOperation", "The worksheet is not protected.", this.path);
      if (protection.password !== undefined && protection.password !== password)
        throw new FakeOfficeError("InvalidArgument", "The password is incorrect.", this.path);
      Object.assign(protection, { protected: false, password: undefined });
    });
  }
  load(names?: string | string[]): this {
    this.queueLoad(names);
    return this;
  }
}

// ------------------------------------------------------------------------------------- sheet features

function freezePanes(ctx: FakeContext, path: string, sheet: () => SheetState): Api.WorksheetFreezePanesApi {
  const freeze = (name: string, args: unknown, apply: (s: SheetState) => void) =>
    ctx.enqueue(`${path}.freezePanes.${name}`, args, () => {
      ctx.requireFeature("freezePanes", path);
      apply(sheet());
    });
  return {
    freezeRows: (count = 1) => freeze("freezeRows", count, (s) => (s.freeze = { rows: count, columns: 0 })),
    freezeColumns: (count = 1) =>
      freeze("freezeColumns", count, (s) => (s.freeze = { rows: 0, columns: count })),
    freezeAt: (range: string) =>
      freeze("freezeAt", range, (s) => {
        const rect = parseAddress(range);
        if (rect.top !== 1 || rect.left !== 1)
          throw new FakeOfficeError("InvalidArgument", "freezeAt expects a range starting at A1 here.", path);
        s.freeze = { rows: rect.bottom, columns: rect.right };
      }),
    unfreeze: () => freeze("unfreeze", null, (s) => (s.freeze = { rows: 0, columns: 0 })),
  };
}

class FakePageLayout implements Api.PageLayoutApi {
  readonly headersFooters: Api.HeaderFooterGroupApi;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetPath: string,
    private readonly sheet: () => SheetState,
  ) {
    const footerPart = (part: string) => ({
      get: () => {
        throw notLoaded(part, `${sheetPath}.pageLayout.headersFooters`);
      },
      set: (value: string) =>
        this.queue(`headersFooters.${part}`, value, (s) => (s.pageLayout.headersFooters[part] = value)),
    });
    const group = {} as Api.HeaderFooterApi;
    for (const part of [
      "leftHeader",
      "centerHeader",
      "rightHeader",
      "leftFooter",
      "centerFooter",
      "rightFooter",
    ])
      Object.defineProperty(group, part, footerPart(part));
    this.headersFooters = { defaultForAllPages: group };
  }
  private queue(name: string, args: unknown, apply: (sheet: SheetState) => void): void {
    this.ctx.enqueue(`${this.sheetPath}.pageLayout.${name}`, args, () => {
      this.ctx.requireFeature("pageLayout", this.sheetPath);
      apply(this.sheet());
    });
  }
  get orientation(): Excel.PageLayout["orientation"] {
    throw notLoaded("orientation", `${this.sheetPath}.pageLayout`);
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.queue("orientation", value, (s) => (s.pageLayout.orientation = String(value)));
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    throw notLoaded("paperSize", `${this.sheetPath}.pageLayout`);
  }
  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.queue("paperSize", value, (s) => (s.pageLayout.paperSize = String(value)));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw notLoaded("zoom", `${this.sheetPath}.pageLayout`);
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.queue("zoom", value, (s) => (s.pageLayout.zoom = { ...value }));
  }
  setPrintArea(printArea: string): void {
    this.queue("setPrintArea", printArea, (s) => (s.pageLayout.printArea = printArea));
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.queue("setPrintTitleRows", printTitleRows, (s) => (s.pageLayout.printTitleRows = printTitleRows));
  }
  setPrintMargins(unit: "Points" | "Inches" | "Centimeters", options: Excel.PageLayoutMarginOptions): void {
    this.queue(
      "setPrintMargins",
      [unit, options],
      (s) => (s.pageLayout.margins = { unit, options: { ...options } }),
    );
  }
}

function chartCollection(ctx: FakeContext, path: string, sheet: () => SheetState): Api.ChartCollectionApi {
  return {
    add(type, source, seriesBy = "Auto") {
      const range = source as FakeRange;
      const chart: ChartState = {
        type,
        source: { top: 0, left: 0, bottom: 0, right: 0 },
        seriesBy,
        name: "",
        title: "",
      };
      ctx.enqueue(`${path}.charts.add`, [type, range.path, seriesBy], () => {
        ctx.requireFeature("charts", path);
        chart.source = range.rect();
        sheet().charts.push(chart);
      });
      const set = (name: string, value: unknown, apply: () => void) =>
        ctx.enqueue(`${path}.chart.${name}`, value, apply);
      return {
        get name() {
          throw notLoaded("name", `${path}.chart`);
        },
        set name(value: string) {
          set("name", value, () => (chart.name = value));
        },
        title: {
          get text(): string {
            throw notLoaded("text", `${path}.chart.title`);
          },
          set text(value: string) {
            set("title.text", value, () => (chart.title = value));
          },
        },
        axes: {
          categoryAxis: {
            setCategoryNames(names: Api.RangeApi) {
              const categories = names as FakeRange;
              set(
                "axes.categoryAxis.setCategoryNames",
                categories.path,
                () => (chart.categories = categories.rect()),
              );
            },
          },
        },
        setPosition(start: string, end?: string) {
          set("setPosition", [start, end ?? null], () => Object.assign(chart, { position: { start, end } }));
        },
      };
    },
  };
}

function autoFilter(ctx: FakeContext, path: string, sheet: () => SheetState): Api.AutoFilterApi {
  return {
    apply(range, columnIndex, criteria) {
      ctx.enqueue(`${path}.autoFilter.apply`, [range, columnIndex ?? null, criteria ?? null], () => {
        const s = sheet();
        if (s.protection.protected && !s.protection.options.allowAutoFilter)
          throw new FakeOfficeError("AccessDenied", "The sheet is protected.", path);
        s.autoFilter = { range, columnIndex, criteria: criteria ? structuredClone(criteria) : undefined };
      });
    },
    remove() {
      ctx.enqueue(`${path}.autoFilter.remove`, null, () => {
        sheet().autoFilter = null;
      });
    },
  };
}

class FakeEvent implements Api.EventApi<Excel.WorksheetChangedEventArgs> {
  constructor(private readonly ctx: FakeContext) {}
  add(handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>): Api.EventHandlerResultApi {
    const handlers = eventHandlers(this.ctx);
    this.ctx.enqueue("Workbook.worksheets.onChanged.add", null, () => handlers.add(handler));
    return {
      remove: () =>
        this.ctx.enqueue("Workbook.worksheets.onChanged.remove", null, () => handlers.delete(handler)),
    };
  }
}

type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;
const handlersByState = new WeakMap<object, Set<ChangedHandler>>();
export function eventHandlers(ctx: { state: object }): Set<ChangedHandler> {
  let set = handlersByState.get(ctx.state);
  if (!set) handlersByState.set(ctx.state, (set = new Set()));
  return set;
}

// ----------------------------------------------------------------------------------------------- ranges

function requireEditable(sheet: SheetState, rect: Rect, path: string, kind: "content" | "format"): void {
  const protection = sheet.protection;
  if (!protection.protected) return;
  if (kind === "format" && !protection.options.allowFormatCells)
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell you're trying to change is on a protected sheet.",
      path,
    );
  if (kind === "content")
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++)
        if (peekCell(sheet, r, c)?.locked ?? true)
          throw new FakeOfficeError(
            "AccessDenied",
            "The cell you're trying to change is on a protected sheet.",
            path,
          );
}

const TOO_MANY_CELLS = 2_000_000;

export class FakeRange extends FakeObject implements Api.RangeApi {
  private resolvedRect: Rect | null | undefined;
  readonly format: Api.RangeFormatApi;
  readonly conditionalFormats: Api.ConditionalFormatCollectionApi;
  readonly dataValidation: Api.DataValidationApi;

  constructor(
    ctx: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly where: string | (() => Rect | undefined),
  ) {
    super(ctx, `${worksheet.path}.Range[${typeof where === "string" ? where : "used"}]`);
    this.format = rangeFormat(this);
    this.conditionalFormats = conditionalFormats(this);
    this.dataValidation = dataValidation(this);
  }

  get fake(): FakeContext {
    return this.ctx;
  }
  rect(): Rect {
    const rect = this.rectOrNull();
    if (!rect) throw new FakeOfficeError("ItemNotFound", "The range is a null object.", this.path);
    return rect;
  }
  private rectOrNull(): Rect | null {
    if (this.resolvedRect === undefined)
      this.resolvedRect = (typeof this.where === "string" ? parseAddress(this.where) : this.where()) ?? null;
    return this.resolvedRect;
  }
  sheet(): SheetState {
    return this.worksheet.sheet();
  }
  /** Applies `write` to every cell; refuses whole-column style ranges for cell data as a guard against misuse. */
  forEachCell(
    kind: "content" | "format",
    write: (cell: CellState, row: number, column: number) => void,
  ): void {
    const rect = this.rect();
    if (rectCells(rect) > TOO_MANY_CELLS)
      throw new FakeOfficeError(
        "InvalidArgument",
        `Fake refuses per-cell writes over ${rectCells(rect)} cells.`,
        this.path,
      );
    const sheet = this.sheet();
    requireEditable(sheet, rect, this.path, kind);
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) write(cellAt(sheet, r, c), r, c);
  }
  protected scalarNames() {
    return ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"];
  }
  override capture(paths: string[][] | undefined): void {
    super.capture([["isNullObject"]]);
    if (this.rectOrNull() !== null) super.capture(paths);
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return this.rectOrNull() === null;
    const rect = this.rect();
    const sheet = this.sheet();
    const grid = (pick: (cell: CellState | undefined) => unknown) =>
      Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) =>
          pick(peekCell(sheet, rect.top + i, rect.left + j)),
        ),
      );
    switch (property) {
      case "address":
        return `${/^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "values":
        return grid((cell) => (cell?.formula ? (cell.formulaResult ?? "") : (cell?.constant ?? "")));
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.constant ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      default:
        throw new FakeOfficeError("InvalidArgument", `Unknown range property "${property}".`, this.path);
    }
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(grid: unknown[][]) {
    this.writeGrid("values", grid, (cell, input) => enterInput(cell, input));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid("formulas", grid, (cell, input) => enterInput(cell, input));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: unknown[][]) {
    this.writeGrid("numberFormat", grid, (cell, input) => {
      cell.numberFormat = input === "" ? "General" : String(input);
    });
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.set("columnHidden", hidden, () => {
      const rect = this.rect();
      for (let c = rect.left; c <= rect.right; c++)
        if (hidden) this.sheet().hiddenColumns.add(c);
        else this.sheet().hiddenColumns.delete(c);
    });
  }
  select(): void {
    this.ctx.enqueue(`${this.path}.select`, null, () => {
      this.ctx.state.selection = { sheetId: this.sheet().id, address: rectAddress(this.rect()) };
    });
  }
  load(names?: string | string[]): this {
    this.queueLoad(names);
    return this;
  }

  /** A 2-D array must match the range's shape exactly, as in Office.js; null leaves a cell unchanged. */
  private writeGrid(
    property: string,
    grid: unknown[][],
    write: (cell: CellState, input: unknown) => void,
  ): void {
    this.set(property, grid, () => {
      const rect = this.rect();
      const rows = rect.bottom - rect.top + 1;
      const columns = rect.right - rect.left + 1;
      if (
        !Array.isArray(grid) ||
        grid.length !== rows ||
        grid.some((row) => !Array.isArray(row) || row.length !== columns)
      )
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
          this.path,
        );
      const sheet = this.sheet();
      requireEditable(sheet, rect, this.path, "content");
      grid.forEach((row, i) =>
        row.forEach((input, j) => {
          if (input !== null && input !== undefined) write(cellAt(sheet, rect.top + i, rect.left + j), input);
        }),
      );
    });
  }
}

/** Longest getRanges address the fake accepts: Excel refuses some from about 8,200 (office-js #5198). */
export const MAX_RANGE_AREAS_ADDRESS = 8_000;

/** Worksheet.getRanges (ExcelApi 1.9): areas separated by commas (or semicolons), resolved at apply time. */
export class FakeRangeAreas implements Api.RangeAreasApi {
  readonly path: string;
  readonly format: Api.RangeAreasFormatApi;

  constructor(
    ctx: FakeContext,
    private readonly worksheet: FakeWorksheet,
    private readonly address: string,
  ) {
    // The address travels once, as the argument of the rowHeight set below (it can be thousands of characters).
    const areas = address.split(/[,;]/);
    const shown = areas.length > 2 ? `${areas[0]},…,${areas[areas.length - 1]}` : address;
    this.path = `${worksheet.path}.RangeAreas[${shown}]`;
    this.format = Object.defineProperty({} as Api.RangeAreasFormatApi, "rowHeight", {
      get: () => {
        throw notLoaded("rowHeight", `${this.path}.format`);
      },
      set: (points: number) =>
        ctx.enqueue(`${this.path}.format.rowHeight`, [address, points], () => {
          const sheet = this.worksheet.sheet();
          for (const rect of this.rects())
            for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
        }),
    });
  }

  rects(): Rect[] {
    const parts = this.address.split(/[,;]/);
    if (this.address.length > MAX_RANGE_AREAS_ADDRESS || parts.some((p) => p.trim() === ""))
      throw new FakeOfficeError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
        this.path,
      );
    return parts.map((part) => parseAddress(part.trim()));
  }
}

function rectAddress(rect: Rect): string {
  const from = cellAddress(rect.top, rect.left);
  const to = cellAddress(rect.bottom, rect.right);
  return from === to ? from : `${from}:${to}`;
}
export { rectAddress, columnLetter };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel makes of an input written through `values` or `formulas`, as if typed: a leading "=" (and a
 * leading "+", "-" or "@" that is not a number) starts a formula, numeric text becomes a number, TRUE/FALSE
 * a boolean, a leading apostrophe forces text — unless the cell's number format is Text ("@"), which keeps
 * every input verbatim as text.
 */
export function enterInput(cell: CellState, input: unknown): void {
  cell.formula = null;
  cell.formulaResult = null;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.constant = input;
    return;
  }
  const text = String(input);
  if (text === "") cell.constant = null;
  else if (cell.numberFormat === "@") cell.constant = text;
  else if (text.startsWith("'")) cell.constant = text.slice(1);
  else if (text.length > 1 && text.startsWith("=")) setFormula(cell, text);
  else if (NUMBER.test(text)) cell.constant = Number(text);
  else if (text.length > 1 && /^[+\-@]/.test(text)) setFormula(cell, `=${text}`);
  else if (/^(true|false)$/i.test(text)) cell.constant = text.toLowerCase() === "true";
  else cell.constant = text;
}

function setFormula(cell: CellState, formula: string): void {
  cell.constant = null;
  cell.formula = formula;
}

// --------------------------------------------------------------------------------------- range format

function rangeFormat(range: FakeRange): Api.RangeFormatApi {
  const ctx = range.fake;
  const prop = <T>(name: string, apply: (value: T) => void) => ({
    get(): T {
      throw notLoaded(name, `${range.path}.format`);
    },
    set(value: T) {
      ctx.enqueue(`${range.path}.format.${name}`, value, () => apply(value));
    },
  });
  const cells = (write: (cell: CellState) => void) => range.forEachCell("format", write);
  const format = {} as Api.RangeFormatApi;
  Object.defineProperties(format, {
    columnWidth: prop<number>("columnWidth", (points) => {
      const rect = range.rect();
      for (let c = rect.left; c <= rect.right; c++) range.sheet().columnWidths.set(c, points);
    }),
    rowHeight: prop<number>("rowHeight", (points) => {
      const rect = range.rect();
      for (let r = rect.top; r <= rect.bottom; r++) range.sheet().rowHeights.set(r, points);
    }),
    horizontalAlignment: prop<string>("horizontalAlignment", (v) => cells((c) => (c.format.horizontal = v))),
    verticalAlignment: prop<string>("verticalAlignment", (v) => cells((c) => (c.format.vertical = v))),
    wrapText: prop<boolean>("wrapText", (v) => cells((c) => (c.format.wrap = v))),
  });
  const group = (prefix: string, props: Record<string, (cell: CellState, value: any) => void>) => {
    const object = {};
    for (const [name, apply] of Object.entries(props))
      Object.defineProperty(
        object,
        name,
        prop<unknown>(`${prefix}.${name}`, (v) => cells((c) => apply(c, v))),
      );
    return object;
  };
  Object.defineProperties(format, {
    fill: { value: group("fill", { color: (c, v) => (c.format.fill = v) }) },
    font: {
      value: group("font", {
        bold: (c, v) => (c.format.bold = v),
        italic: (c, v) => (c.format.italic = v),
        size: (c, v) => (c.format.fontSize = v),
        color: (c, v) => (c.format.fontColor = v),
        name: (c, v) => (c.format.fontName = v),
      }),
    },
    protection: {
      value: {
        get locked(): boolean {
          throw notLoaded("locked", `${range.path}.format.protection`);
        },
        set locked(value: boolean) {
          ctx.enqueue(`${range.path}.format.protection.locked`, value, () =>
            range.forEachCell("content", (c) => (c.locked = value)),
          );
        },
      },
    },
    borders: {
      value: {
        getItem(index: string): Api.RangeBorderApi {
          ctx.touch();
          const edge = (c: CellState) => ((c.format.borders ??= {})[index] ??= {});
          return group(`borders[${index}]`, {
            style: (c, v) => (edge(c).style = v),
            weight: (c, v) => (edge(c).weight = v),
            color: (c, v) => (edge(c).color = v),
          }) as Api.RangeBorderApi;
        },
      },
    },
  });
  return format;
}

// -------------------------------------------------------------------------- conditional formats & DV

function conditionalFormats(range: FakeRange): Api.ConditionalFormatCollectionApi {
  const ctx = range.fake;
  const path = `${range.path}.conditionalFormats`;
  return {
    add(type) {
      const state: ConditionalFormatState = {
        type,
        range: { top: 0, left: 0, bottom: 0, right: 0 },
        priority: 0,
        stopIfTrue: false,
      };
      ctx.enqueue(`${path}.add`, type, () => {
        ctx.requireFeature("conditionalFormats", path);
        const sheet = range.sheet();
        if (sheet.protection.protected)
          throw new FakeOfficeError("AccessDenied", "The sheet is protected.", path);
        state.range = range.rect();
        // Excel gives a new rule the top priority; the sheet's list is kept in priority order.
        sheet.conditionalFormats.unshift(state);
        renumber(sheet.conditionalFormats);
      });
      const set = (name: string, apply: (value: any) => void) => ({
        get(): never {
          throw new FakeOfficeError(
            "GeneralException",
            `Reading conditional formats back is not reliable (office-js #6827).`,
            `${path}.${name}`,
          );
        },
        set(value: unknown) {
          ctx.enqueue(`${path}.${name}`, value, () => apply(value));
        },
      });
      const format = {} as Api.ConditionalFormatApi;
      Object.defineProperties(format, {
        priority: set("priority", (v: number) => {
          const list = range.sheet().conditionalFormats;
          list.splice(list.indexOf(state), 1);
          list.splice(Math.max(0, Math.min(v, list.length)), 0, state);
          renumber(list);
        }),
        stopIfTrue: set("stopIfTrue", (v) => (state.stopIfTrue = v)),
        custom: {
          value: {
            rule: Object.defineProperty(
              {},
              "formula",
              set("custom.rule.formula", (v) => (state.formula = v)),
            ),
            format: {
              fill: Object.defineProperty(
                {},
                "color",
                set("custom.format.fill.color", (v) => (state.fill = v)),
              ),
              font: Object.defineProperties(
                {},
                {
                  color: set("custom.format.font.color", (v) => (state.fontColor = v)),
                  bold: set("custom.format.font.bold", (v) => (state.bold = v)),
                },
              ),
            },
          },
        },
        dataBar: {
          value: {
            positiveFormat: Object.defineProperties(
              {},
              {
                fillColor: set("dataBar.positiveFormat.fillColor", (v) => (state.barColor = v)),
                gradientFill: set("dataBar.positiveFormat.gradientFill", () => undefined),
              },
            ),
          },
        },
      });
      return format;
    },
    clearAll() {
      ctx.enqueue(`${path}.clearAll`, null, () => {
        const sheet = range.sheet();
        const rect = range.rect();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.range, rect));
      });
    },
  };
}

function renumber(list: ConditionalFormatState[]): void {
  list.forEach((cf, i) => (cf.priority = i));
}

function dataValidation(range: FakeRange): Api.DataValidationApi {
  const ctx = range.fake;
  const path = `${range.path}.dataValidation`;
  let current:
    | {
        rule?: Excel.DataValidationRule;
        ignoreBlanks: boolean;
        prompt?: Excel.DataValidationPrompt;
        errorAlert?: Excel.DataValidationErrorAlert;
      }
    | undefined;
  const entry = () => {
    const sheet = range.sheet();
    const rect = range.rect();
    let found = sheet.dataValidations.find((dv) => rectAddress(dv.range) === rectAddress(rect));
    if (!found) {
      found = { range: rect, rule: {}, ignoreBlanks: true };
      sheet.dataValidations.push(found);
    }
    return found;
  };
  const set = (name: string, apply: (dv: ReturnType<typeof entry>, value: any) => void) => ({
    get(): never {
      throw notLoaded(name, path);
    },
    set(value: unknown) {
      ctx.enqueue(`${path}.${name}`, value, () => {
        ctx.requireFeature("dataValidation", path);
        const sheet = range.sheet();
        if (sheet.protection.protected)
          throw new FakeOfficeError("AccessDenied", "The sheet is protected.", path);
        apply(entry(), structuredClone(value));
      });
    },
  });
  void current;
  const dv = {} as Api.DataValidationApi;
  Object.defineProperties(dv, {
    rule: set("rule", (e, rule: Excel.DataValidationRule) => {
      if (rule.list && typeof rule.list.source !== "string")
        throw new FakeOfficeError(
          "InvalidArgument",
          "List source must be a string here (office-js #277).",
          path,
        );
      e.rule = rule;
    }),
    ignoreBlanks: set("ignoreBlanks", (e, v) => (e.ignoreBlanks = v)),
    prompt: set("prompt", (e, v) => (e.prompt = v)),
    errorAlert: set("errorAlert", (e, v) => (e.errorAlert = v)),
    clear: {
      value: () =>
        ctx.enqueue(`${path}.clear`, null, () => {
          const sheet = range.sheet();
          const rect = range.rect();
          sheet.dataValidations = sheet.dataValidations.filter((d) => !intersects(d.range, rect));
        }),
    },
  });
  return dv;
}

// ----------------------------------------------------------------------------- names & custom XML parts

class FakeNamedItemCollection extends FakeObject implements Api.NamedItemCollectionApi {
  private loadedItems: Api.NamedItemApi[] | undefined;
  constructor(ctx: FakeContext) {
    super(ctx, "Workbook.names");
  }
  protected scalarNames() {
    return [];
  }
  protected snapshot(): unknown {
    return undefined;
  }
  get items(): Api.NamedItemApi[] {
    if (!this.loadedItems) throw notLoaded("items", this.path);
    return this.loadedItems;
  }
  add(name: string, reference: string): unknown {
    this.ctx.enqueue(`${this.path}.add`, [name, reference], () => {
      if (this.ctx.state.names.has(name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`, this.path);
      this.ctx.state.names.set(name.toLowerCase(), { name, reference });
    });
    return undefined;
  }
  load(names?: string | string[]): this {
    this.ctx.enqueue(`${this.path}.load`, names ?? "*", () => {
      this.loadedItems = [...this.ctx.state.names.values()].map((item) => ({
        name: item.name,
        formula: item.reference,
        delete: () =>
          this.ctx.enqueue(`Name[${item.name}].delete`, null, () => {
            this.ctx.state.names.delete(item.name.toLowerCase());
          }),
      }));
    });
    return this;
  }
}

class FakeCustomXmlPartCollection implements Api.CustomXmlPartCollectionApi {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): unknown {
    this.ctx.enqueue("Workbook.customXmlParts.add", xml, () => {
      this.ctx.requireFeature("customXmlParts", "Workbook.customXmlParts");
      const namespaceUri = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
      this.ctx.state.customXmlParts.push({ id: `{part-${this.ctx.state.nextId++}}`, namespaceUri, xml });
    });
    return undefined;
  }
  getByNamespace(namespaceUri: string): Api.CustomXmlPartScopedCollectionApi {
    this.ctx.touch();
    const ctx = this.ctx;
    let items: Api.CustomXmlPartApi[] | undefined;
    const collection: Api.CustomXmlPartScopedCollectionApi = {
      get items() {
        if (!items) throw notLoaded("items", "CustomXmlParts");
        return items;
      },
      load() {
        ctx.enqueue("Workbook.customXmlParts.getByNamespace.load", namespaceUri, () => {
          ctx.requireFeature("customXmlParts", "Workbook.customXmlParts");
          items = ctx.state.customXmlParts
            .filter((p) => p.namespaceUri === namespaceUri)
            .map((p) => xmlPart(ctx, p));
        });
        return collection;
      },
    };
    return collection;
  }
}

function xmlPart(ctx: FakeContext, part: CustomXmlPartState): Api.CustomXmlPartApi {
  return {
    id: part.id,
    getXml() {
      let value: string | undefined;
      ctx.enqueue(`CustomXmlPart[${part.id}].getXml`, null, () => {
        value = part.xml;
      });
      return {
        get value(): string {
          if (value === undefined) throw notLoaded("value", `CustomXmlPart[${part.id}].getXml`);
          return value;
        },
      };
    },
    delete() {
      ctx.enqueue(`CustomXmlPart[${part.id}].delete`, null, () => {
        ctx.state.customXmlParts = ctx.state.customXmlParts.filter((p) => p !== part);
      });
    },
  };
}
