/**
 * The workbook behind the host: Excel's object model over the plain state of ./state.ts. Every type the
 * writer, the reader and the pane use is here with the members they call; anything else is refused
 * (ApiNotFound), so a call the host does not know can never pass silently.
 *
 * Rules marked "Source:" are refusals or effects Microsoft documents (or office-js issues report) for Excel;
 * docs/excel-host.md lists them.
 */
import { HostError, refuse } from "./errors";
import {
  deleteSheetIn,
  externalLinkFor,
  moveA1,
  r1c1ToA1,
  a1ToR1C1,
  renameSheetIn,
  sheetsNamed,
} from "./formulaText";
import {
  cellAt,
  intersects,
  newSheet,
  parseAddress,
  peekCell,
  rectCells,
  sheetByName,
  MAX_COLUMNS,
  MAX_ROWS,
  type CellState,
  type ConditionalFormatState,
  type CustomXmlPartState,
  type Rect,
  type SheetState,
  type WorkbookState,
} from "./state";
import { cellAddress, quoteSheet } from "../../src/core/address";

export interface HostOptions {
  /** Refuse a request over this many bytes. Source: "Resource limits and performance optimization for Office Add-ins" (Excel on the web: 5 MB). */
  readonly payloadLimit?: number;
  /** Refuse a response over this many bytes (ResponsePayloadSizeLimitExceeded); same source. */
  readonly responseLimit?: number;
  /** Fail the Nth request: whole (nothing applied) or after `afterOperations` actions were carried out. */
  readonly failOnSync?: { readonly sync: number; readonly code?: string; readonly afterOperations?: number };
  /** Features whose use fails with ApiNotFound: "pageLayout", "customXmlParts", "charts", "conditionalFormats", "dataValidation", "freezePanes". */
  readonly unsupported?: readonly string[];
  /** Highest ExcelApi requirement set the host claims. Default "1.9". */
  readonly apiVersion?: string;
  /** protect() on a protected sheet and unprotect() on an unprotected one fail (office-js #6784). Default true. */
  readonly strictProtection?: boolean;
  /** getXml() answers the part as Excel re-serialises it (single quotes, no declaration). Default true. */
  readonly reserializeXml?: boolean;
}

export interface HostObject {
  readonly type: string;
  /** Navigation property (ObjectPathType 4). */
  property(name: string): HostObject | null;
  /** A method: returns a value, or an object for a method path (ObjectPathType 3). */
  method(name: string, args: unknown[]): unknown;
  indexer(args: unknown[]): HostObject | null;
  set(name: string, value: unknown): void;
  /** Scalar properties, PascalCase, for a query. */
  scalars(names?: readonly string[]): Record<string, unknown>;
  /** What an Instantiate action answers (Id for items that the library re-addresses by Id). */
  identity(): Record<string, unknown>;
  items?(): HostObject[];
}

export interface Env {
  readonly state: WorkbookState;
  readonly options: HostOptions;
  calculationSuspended: boolean;
  readonly events: { dataChanged: boolean };
}

const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

abstract class Base implements HostObject {
  abstract readonly type: string;
  constructor(protected readonly env: Env) {}
  property(name: string): HostObject | null {
    return this.unknown(name);
  }
  method(name: string, args: unknown[]): unknown {
    void args;
    // The library asks to keep a reference to an object it tracks across syncs; the host answers with no
    // reference id, so the library addresses the object by its path again (by Id where it has one).
    if (name === "_KeepReference") return null;
    return this.unknown(name);
  }
  indexer(args: unknown[]): HostObject | null {
    void args;
    return this.unknown("indexer");
  }
  set(name: string, value: unknown): void {
    void value;
    this.unknown(name);
  }
  scalars(names?: readonly string[]): Record<string, unknown> {
    void names;
    return {};
  }
  identity(): Record<string, unknown> {
    return {};
  }
  protected unknown(name: string): never {
    return refuse("ApiNotFound", `The host does not model ${this.type}.${name}.`, `${this.type}.${name}`);
  }
  protected where(member: string): string {
    return `${this.type}.${member}`;
  }
  protected requireFeature(feature: string, member: string): void {
    if (this.env.options.unsupported?.includes(feature))
      refuse(
        "ApiNotFound",
        `The API you are trying to use could not be found (${feature}).`,
        this.where(member),
      );
  }
}

/** A plain object with settable properties and child objects (formats, fonts, headers and footers). */
class Plain extends Base {
  constructor(
    env: Env,
    readonly type: string,
    private readonly setters: Record<string, (value: unknown) => void>,
    private readonly children: Record<string, () => HostObject> = {},
  ) {
    super(env);
  }
  override property(name: string): HostObject | null {
    const child = this.children[name];
    return child ? child() : this.unknown(name);
  }
  override set(name: string, value: unknown): void {
    const setter = this.setters[name];
    if (!setter) this.unknown(name);
    setter(value);
  }
}

function pick(values: Record<string, unknown>, names?: readonly string[]): Record<string, unknown> {
  if (!names) return values;
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (!(name in values)) refuse("InvalidArgument", `Unknown property "${name}".`);
    out[name] = values[name];
  }
  return out;
}

/** Source: enumerations of the Excel JavaScript API reference (Excel.SheetVisibility etc.): other strings are refused. */
function requireEnum(value: unknown, allowed: readonly string[], location: string): string {
  if (typeof value !== "string" || !allowed.includes(value))
    refuse("InvalidArgument", `"${String(value)}" is not one of ${allowed.join(", ")}.`, location);
  return value;
}

function requireString(value: unknown, location: string): string {
  if (typeof value !== "string") refuse("InvalidArgument", "A text argument was expected.", location);
  return value;
}

function requireBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") refuse("InvalidArgument", "A boolean was expected.", location);
  return value;
}

function requireColor(value: unknown, location: string): string {
  if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(value))
    refuse("InvalidArgument", `"${String(value)}" is not a colour (#RRGGBB).`, location);
  return value;
}

// --------------------------------------------------------------------------------------------- workbook

export class WorkbookObject extends Base {
  readonly type = "Workbook";
  override property(name: string): HostObject | null {
    switch (name) {
      case "Worksheets":
        return new WorksheetCollectionObject(this.env);
      case "Names":
        return new NamedItemCollectionObject(this.env);
      case "CustomXmlParts":
        this.requireFeature("customXmlParts", "customXmlParts");
        return new CustomXmlPartCollectionObject(this.env);
      case "Protection":
        return new WorkbookProtectionObject(this.env);
      case "Application":
        return new ApplicationObject(this.env);
      default:
        return this.unknown(name);
    }
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === "_RemoveReference") return null;
    return super.method(name, args);
  }
}

const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"] as const;

class ApplicationObject extends Base {
  readonly type = "Application";
  override method(name: string, args: unknown[]): unknown {
    switch (name) {
      case "SuspendApiCalculationUntilNextSync":
        this.env.calculationSuspended = true;
        return null;
      case "Calculate": {
        // Source: Excel.CalculationType — "Recalculate" only recalculates cells Excel has marked dirty;
        // what was written under suspension is not guaranteed to be, "Full" marks every cell dirty first.
        const type = requireEnum(args[0], CALCULATION_TYPES, "Application.calculate");
        if (type !== "Recalculate") this.env.state.calculationPending = false;
        return null;
      }
      default:
        return super.method(name, args);
    }
  }
}

class WorkbookProtectionObject extends Base {
  readonly type = "WorkbookProtection";
  override scalars(names?: readonly string[]): Record<string, unknown> {
    return pick({ Protected: this.env.state.protected }, names);
  }
}

// ------------------------------------------------------------------------------------------- worksheets

/** Source: Excel refuses changes to the sheet structure of a workbook whose structure is protected (Workbook.protection, "Protect a workbook" on support.microsoft.com). */
function requireStructureUnprotected(env: Env, location: string): void {
  if (env.state.protected) refuse("AccessDenied", "The workbook structure is protected.", location);
}

/**
 * Source: "Rename a worksheet" (support.microsoft.com): at most 31 characters, none of / \ ? * : [ ], not
 * beginning or ending with an apostrophe, not "History" (reserved), unique regardless of case.
 */
function validateSheetName(env: Env, name: unknown, self: SheetState | undefined, location: string): string {
  const text = requireString(name, location);
  if (
    text.length === 0 ||
    text.length > 31 ||
    /[[\]:*?/\\]/.test(text) ||
    text.startsWith("'") ||
    text.endsWith("'") ||
    text.toLowerCase() === "history"
  )
    refuse("InvalidArgument", `The sheet name "${text}" is not valid.`, location);
  const clash = sheetByName(env.state, text);
  if (clash && clash !== self)
    refuse("ItemAlreadyExists", `A sheet named "${text}" already exists.`, location);
  return text;
}

class WorksheetCollectionObject extends Base {
  readonly type = "WorksheetCollection";
  override indexer(args: unknown[]): HostObject | null {
    return this.method("GetItem", args) as HostObject;
  }
  override method(name: string, args: unknown[]): unknown {
    switch (name) {
      case "GetItem": {
        const sheet = findSheet(this.env, requireString(args[0], this.where("getItem")));
        if (!sheet)
          refuse(
            "ItemNotFound",
            `The requested worksheet "${String(args[0])}" does not exist.`,
            this.where("getItem"),
          );
        return new WorksheetObject(this.env, sheet);
      }
      case "GetItemOrNullObject": {
        const sheet = findSheet(this.env, requireString(args[0], this.where("getItemOrNullObject")));
        return sheet ? new WorksheetObject(this.env, sheet) : null;
      }
      case "Add": {
        const location = this.where("add");
        requireStructureUnprotected(this.env, location);
        const name = args[0] === undefined || args[0] === null ? `Sheet${this.env.state.nextId}` : args[0];
        const sheet = newSheet(this.env.state, validateSheetName(this.env, name, undefined, location));
        this.env.state.sheets.push(sheet);
        return new WorksheetObject(this.env, sheet);
      }
      case "GetItemAt":
        return itemAt(this, args, this.where("getItemAt"));
      case "_RegisterDataChangedEvent":
        this.env.events.dataChanged = true;
        return null;
      case "_UnregisterDataChangedEvent":
        this.env.events.dataChanged = false;
        return null;
      default:
        return super.method(name, args);
    }
  }
  items(): HostObject[] {
    return this.env.state.sheets.map((sheet) => new WorksheetObject(this.env, sheet));
  }
}

/** Collections hand out items by position when the library has no Id for them (getItemAt). */
function itemAt(collection: { items(): HostObject[] }, args: unknown[], location: string): HostObject {
  const item = collection.items()[Number(args[0])];
  if (!item) refuse("ItemNotFound", `There is no item at position ${String(args[0])}.`, location);
  return item;
}

function findSheet(env: Env, key: string): SheetState | undefined {
  return env.state.sheets.find((s) => s.id === key) ?? sheetByName(env.state, key);
}

const VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

export class WorksheetObject extends Base {
  readonly type = "Worksheet";
  constructor(
    env: Env,
    readonly sheet: SheetState,
  ) {
    super(env);
  }
  /** An object of a sheet that was deleted meanwhile is gone (Excel: ItemNotFound / InvalidObjectPath). */
  live(member: string): SheetState {
    if (!this.env.state.sheets.includes(this.sheet))
      refuse("ItemNotFound", "The worksheet no longer exists.", this.where(member));
    return this.sheet;
  }
  override identity(): Record<string, unknown> {
    return { Id: this.sheet.id };
  }
  override scalars(names?: readonly string[]): Record<string, unknown> {
    const sheet = this.live("load");
    return pick(
      {
        Id: sheet.id,
        Name: sheet.name,
        Position: this.env.state.sheets.indexOf(sheet),
        Visibility: sheet.visibility,
        TabColor: sheet.tabColor,
      },
      names,
    );
  }
  override property(name: string): HostObject | null {
    const sheet = this.live(name);
    switch (name) {
      case "Protection":
        return new WorksheetProtectionObject(this.env, sheet);
      case "FreezePanes":
        return freezePanes(this.env, sheet);
      case "PageLayout":
        this.requireFeature("pageLayout", "pageLayout");
        return pageLayout(this.env, sheet);
      case "Charts":
        this.requireFeature("charts", "charts");
        return new ChartCollectionObject(this.env, sheet);
      case "AutoFilter":
        return new AutoFilterObject(this.env, sheet);
      case "HorizontalPageBreaks":
        this.requireFeature("pageLayout", "horizontalPageBreaks");
        return pageBreaks(this.env, sheet);
      default:
        return this.unknown(name);
    }
  }
  override set(name: string, value: unknown): void {
    const sheet = this.live(name);
    const location = this.where(name.charAt(0).toLowerCase() + name.slice(1));
    switch (name) {
      case "Name": {
        requireStructureUnprotected(this.env, location);
        const next = validateSheetName(this.env, value, sheet, location);
        renameEverywhere(this.env.state, sheet.name, next);
        sheet.name = next;
        return;
      }
      case "Position": {
        requireStructureUnprotected(this.env, location);
        const sheets = this.env.state.sheets;
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= sheets.length)
          refuse("InvalidArgument", `Position ${String(value)} is out of range.`, location);
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(value, 0, sheet);
        return;
      }
      case "TabColor":
        sheet.tabColor = value === "" ? "" : requireColor(value, location);
        return;
      case "Visibility": {
        const next = requireEnum(value, VISIBILITY, location) as SheetState["visibility"];
        // Source: a workbook must keep at least one visible sheet ("Hide or show worksheets", support.microsoft.com).
        if (
          next !== "Visible" &&
          !this.env.state.sheets.some((s) => s !== sheet && s.visibility === "Visible")
        )
          refuse("InvalidOperation", "A workbook must keep at least one visible sheet.", location);
        sheet.visibility = next;
        return;
      }
      default:
        this.unknown(name);
    }
  }
  override method(name: string, args: unknown[]): unknown {
    const sheet = this.live(name);
    switch (name) {
      case "GetRange":
        return new RangeObject(this.env, sheet, parseRangeArg(args[0], this.where("getRange")));
      case "GetRanges":
        return new RangeAreasObject(
          this.env,
          sheet,
          requireString(args[0] ?? "A:XFD", this.where("getRanges")),
        );
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const rect = usedRect(sheet, args[0] === true);
        if (rect) return new RangeObject(this.env, sheet, rect);
        if (name === "GetUsedRange")
          return new RangeObject(this.env, sheet, { top: 1, left: 1, bottom: 1, right: 1 });
        return null;
      }
      case "Activate":
        // Source: Worksheet.activate — a hidden sheet cannot be activated (Excel UI rule; InvalidOperation).
        if (sheet.visibility !== "Visible")
          refuse("InvalidOperation", "A hidden worksheet cannot be activated.", this.where("activate"));
        this.env.state.activeSheetId = sheet.id;
        return null;
      case "Delete":
        deleteSheet(this.env, sheet, this.where("delete"));
        return null;
      default:
        return super.method(name, args);
    }
  }
}

function deleteSheet(env: Env, sheet: SheetState, location: string): void {
  requireStructureUnprotected(env, location);
  // Source: Worksheet.delete remarks (@types/office-js: "worksheets with a visibility of VeryHidden cannot be
  // deleted"; office-js #365): InvalidOperation.
  if (sheet.visibility === "VeryHidden")
    refuse("InvalidOperation", "A worksheet whose visibility is VeryHidden cannot be deleted.", location);
  // Source: a workbook must contain at least one visible sheet (Excel refuses to delete the last one).
  if (!env.state.sheets.some((s) => s !== sheet && s.visibility === "Visible"))
    refuse("InvalidOperation", "The last visible worksheet cannot be deleted.", location);
  const sheets = env.state.sheets;
  sheets.splice(sheets.indexOf(sheet), 1);
  rewriteFormulas(env.state, (formula) => deleteSheetIn(formula, sheet.name));
  if (env.state.activeSheetId === sheet.id)
    env.state.activeSheetId = sheets.find((s) => s.visibility === "Visible")?.id;
}

/**
 * Source: renaming a sheet rewrites every reference to it in the workbook — cell formulas on every sheet,
 * defined names, conditional-format formulas, validation list sources ("Rename a worksheet",
 * support.microsoft.com; Excel keeps references pointing at the same sheet).
 */
function renameEverywhere(state: WorkbookState, from: string, to: string): void {
  rewriteFormulas(state, (formula) => renameSheetIn(formula, from, to));
}

/** Applies a text change to every formula Excel keeps: cells, names, rules, list sources. */
function rewriteFormulas(state: WorkbookState, change: (formula: string) => string): void {
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = change(cell.formula);
    for (const cf of sheet.conditionalFormats) if (cf.formula) cf.formula = change(cf.formula);
    for (const dv of sheet.dataValidations) {
      const source = dv.rule.list?.source;
      if (typeof source === "string" && source.startsWith("="))
        dv.rule = { ...dv.rule, list: { ...dv.rule.list!, source: change(source) } };
    }
  }
  for (const [key, item] of state.names) state.names.set(key, { ...item, reference: change(item.reference) });
}

/**
 * Source: Excel resolves the sheet names of a formula when it is entered; a name that is no sheet of the
 * workbook becomes an external link ([1]Sheet!A1) and stays one when such a sheet is added later.
 */
function resolveSheets(state: WorkbookState, formula: string): string {
  return externalLinkFor(formula, (name) => !sheetByName(state, name));
}

export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.constant !== null || cell.formula !== null;
    if (valuesOnly && !hasValue) continue;
    const row = Math.floor(key / (MAX_COLUMNS + 1));
    const column = key % (MAX_COLUMNS + 1);
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

function parseRangeArg(value: unknown, location: string): Rect {
  const address = value === undefined || value === null ? "A1:XFD1048576" : requireString(value, location);
  if (address.includes(",") || address.includes(";"))
    refuse("InvalidArgument", "getRange takes one area; use getRanges for several.", location);
  try {
    const rect = parseAddress(address);
    if (rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS || rect.top < 1 || rect.left < 1)
      throw new RangeError();
    return rect;
  } catch {
    return refuse("InvalidArgument", `The address "${address}" is not valid.`, location);
  }
}

// ------------------------------------------------------------------------------------------- protection

class WorksheetProtectionObject extends Base {
  readonly type = "WorksheetProtection";
  constructor(
    env: Env,
    private readonly sheet: SheetState,
  ) {
    super(env);
  }
  override scalars(names?: readonly string[]): Record<string, unknown> {
    const p = this.sheet.protection;
    return pick({ Protected: p.protected, Options: { ...p.options } }, names);
  }
  override method(name: string, args: unknown[]): unknown {
    const protection = this.sheet.protection;
    const strict = this.env.options.strictProtection !== false;
    switch (name) {
      case "Protect":
        // Source: office-js #6784 — protect() on a protected sheet fails on some builds (InvalidOperation).
        if (protection.protected && strict)
          refuse("InvalidOperation", "The worksheet is already protected.", this.where("protect"));
        Object.assign(protection, {
          protected: true,
          options: { ...((args[0] as object | null) ?? {}) },
          password: (args[1] as string | null | undefined) ?? undefined,
        });
        return null;
      case "Unprotect":
        // Source: office-js #6784 — unprotect() on an unprotected sheet fails on some builds.
        if (!protection.protected && strict)
          refuse("InvalidOperation", "The worksheet is not protected.", this.where("unprotect"));
        // Source: WorksheetProtection.unprotect / pauseProtection reference — a wrong password is BadPassword.
        if (protection.password !== undefined && protection.password !== (args[0] ?? undefined))
          refuse("BadPassword", "The password is incorrect.", this.where("unprotect"));
        Object.assign(protection, { protected: false, password: undefined });
        return null;
      default:
        return super.method(name, args);
    }
  }
}

// ------------------------------------------------------------------------------------- sheet features

function freezePanes(env: Env, sheet: SheetState): HostObject {
  return new (class extends Base {
    readonly type = "WorksheetFreezePanes";
    override method(name: string, args: unknown[]): unknown {
      this.requireFeature("freezePanes", name);
      const count = (v: unknown) => (typeof v === "number" ? v : 1);
      switch (name) {
        case "FreezeRows":
          sheet.freeze = { rows: count(args[0]), columns: 0 };
          return null;
        case "FreezeColumns":
          sheet.freeze = { rows: 0, columns: count(args[0]) };
          return null;
        case "FreezeAt": {
          const rect = typeof args[0] === "string" ? parseAddress(args[0]) : undefined;
          if (!rect) refuse("InvalidArgument", "freezeAt expects an address.", this.where("freezeAt"));
          sheet.freeze = { rows: rect.bottom, columns: rect.right };
          return null;
        }
        case "Unfreeze":
          sheet.freeze = { rows: 0, columns: 0 };
          return null;
        default:
          return super.method(name, args);
      }
    }
  })(env);
}

const MAX_HORIZONTAL_PAGE_BREAKS = 1026;

/** Source: PageBreakCollection.add (ExcelApi 1.9) — a break before the top-left cell of the range given. */
function pageBreaks(env: Env, sheet: SheetState): HostObject {
  return new (class extends Base {
    readonly type = "PageBreakCollection";
    override method(name: string, args: unknown[]): unknown {
      if (name !== "Add") return super.method(name, args);
      const rect = args[0] instanceof RangeObject ? args[0].rect : parseRangeArg(args[0], this.where("add"));
      // A break before row 1 is no break: Excel refuses it.
      if (rect.top < 2)
        refuse("InvalidArgument", "A page break cannot come before the first row.", this.where("add"));
      const rows = (sheet.pageLayout.breaksBefore ??= []);
      // Source: HPageBreaks (Excel VBA reference) — "There is a limit of 1026 horizontal page breaks per
      // sheet". The code Office.js answers with is not documented; InvalidOperation is our assumption.
      if (!rows.includes(rect.top) && rows.length >= MAX_HORIZONTAL_PAGE_BREAKS)
        refuse("InvalidOperation", "A sheet holds at most 1,026 horizontal page breaks.", this.where("add"));
      if (!rows.includes(rect.top)) rows.push(rect.top);
      rows.sort((a, b) => a - b);
      return null;
    }
  })(env);
}

const ORIENTATION = ["Portrait", "Landscape"] as const;
const PAPER = ["A3", "A4", "A5", "Letter", "Legal", "Tabloid", "Executive", "B4", "B5"] as const;
const MARGIN_UNITS = ["Points", "Inches", "Centimeters"] as const;
const HEADER_PARTS = [
  "LeftHeader",
  "CenterHeader",
  "RightHeader",
  "LeftFooter",
  "CenterFooter",
  "RightFooter",
];

function pageLayout(env: Env, sheet: SheetState): HostObject {
  const layout = sheet.pageLayout;
  const headerFooter = new Plain(
    env,
    "HeaderFooter",
    Object.fromEntries(
      HEADER_PARTS.map((part) => [
        part,
        (value: unknown) => {
          const text = requireString(value, `HeaderFooter.${part}`);
          const key = part.charAt(0).toLowerCase() + part.slice(1);
          // Source: "Excel specifications and limits" and [MS-OI29500] oddHeader — a header (or footer)
          // holds at most 255 characters, its three sections and their codes (&L, &C, &R) together.
          const kind = part.endsWith("Header") ? "Header" : "Footer";
          const whole = { ...layout.headersFooters, [key]: text };
          const length = ["left", "center", "right"].reduce((sum, side) => {
            const section = whole[`${side}${kind}`] ?? "";
            return sum + (section === "" ? 0 : 2 + section.length);
          }, 0);
          if (length > 255)
            refuse(
              "InvalidArgument",
              "A header or footer holds at most 255 characters.",
              `HeaderFooter.${part}`,
            );
          layout.headersFooters[key] = text;
        },
      ]),
    ),
  );
  const group = new Plain(env, "HeaderFooterGroup", {}, { DefaultForAllPages: () => headerFooter });
  return new (class extends Plain {
    override method(name: string, args: unknown[]): unknown {
      switch (name) {
        case "SetPrintArea":
          layout.printArea = requireString(args[0], "PageLayout.setPrintArea");
          parseAddress(layout.printArea);
          return null;
        case "SetPrintTitleRows":
          layout.printTitleRows = requireString(args[0], "PageLayout.setPrintTitleRows");
          return null;
        case "SetPrintMargins":
          layout.margins = {
            unit: requireEnum(args[0], MARGIN_UNITS, "PageLayout.setPrintMargins"),
            options: { ...(args[1] as object) },
          };
          return null;
        default:
          return super.method(name, args);
      }
    }
  })(
    env,
    "PageLayout",
    {
      Orientation: (v) => (layout.orientation = requireEnum(v, ORIENTATION, "PageLayout.orientation")),
      PaperSize: (v) => (layout.paperSize = requireEnum(v, PAPER, "PageLayout.paperSize")),
      Zoom: (v) => (layout.zoom = zoomOptions(v)),
    },
    { HeadersFooters: () => group },
  );
}

/**
 * Source: Excel.PageLayoutZoomOptions — `scale` 10–400, or fit to a number of pages wide/tall (positive
 * whole numbers); a 0 or negative page count is not a documented value and is refused here.
 */
function zoomOptions(value: unknown): Excel.PageLayoutZoomOptions {
  const location = "PageLayout.zoom";
  if (typeof value !== "object" || value === null)
    refuse("InvalidArgument", "zoom expects an object.", location);
  const zoom = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(zoom)) {
    if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(key))
      refuse("InvalidArgument", `Unknown zoom option "${key}".`, location);
    if (key === "scale" && (typeof v !== "number" || v < 10 || v > 400))
      refuse("InvalidArgument", "scale must be between 10 and 400.", location);
    if (key !== "scale" && (typeof v !== "number" || !Number.isInteger(v) || v < 1))
      refuse("InvalidArgument", `${key} must be a positive whole number of pages.`, location);
  }
  return { ...zoom } as Excel.PageLayoutZoomOptions;
}

const CHART_TYPES = [
  "BarStacked",
  "BarStacked100",
  "ColumnStacked100",
  "BarClustered",
  "ColumnStacked",
  "ColumnClustered",
  "Pie",
  "Line",
] as const;
const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

class ChartCollectionObject extends Base {
  readonly type = "ChartCollection";
  constructor(
    env: Env,
    private readonly sheet: SheetState,
  ) {
    super(env);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name !== "Add") return super.method(name, args);
    const source = args[1];
    if (!(source instanceof RangeObject))
      refuse("InvalidArgument", "charts.add needs a range.", this.where("add"));
    const chart = {
      type: requireEnum(args[0], CHART_TYPES, "ChartCollection.add"),
      source: source.rect,
      seriesBy: requireEnum(args[2] ?? "Auto", SERIES_BY, "ChartCollection.add"),
      name: "",
      title: "",
    } as SheetState["charts"][number];
    this.sheet.charts.push(chart);
    const categoryAxis = new (class extends Base {
      readonly type = "ChartAxis";
      override method(m: string, a: unknown[]): unknown {
        if (m !== "SetCategoryNames") return super.method(m, a);
        if (!(a[0] instanceof RangeObject))
          refuse("InvalidArgument", "setCategoryNames needs a range.", "ChartAxis.setCategoryNames");
        chart.categories = a[0].rect;
        return null;
      }
    })(this.env);
    const axes = new Plain(this.env, "ChartAxes", {}, { CategoryAxis: () => categoryAxis });
    const title = new Plain(this.env, "ChartTitle", {
      Text: (v) => (chart.title = requireString(v, "ChartTitle.text")),
    });
    return new (class extends Plain {
      override method(m: string, a: unknown[]): unknown {
        if (m !== "SetPosition") return super.method(m, a);
        chart.position = {
          start: requireString(a[0], "Chart.setPosition"),
          ...(a[1] ? { end: String(a[1]) } : {}),
        };
        return null;
      }
    })(
      this.env,
      "Chart",
      { Name: (v) => (chart.name = requireString(v, "Chart.name")) },
      { Title: () => title, Axes: () => axes },
    );
  }
}

class AutoFilterObject extends Base {
  readonly type = "AutoFilter";
  constructor(
    env: Env,
    private readonly sheet: SheetState,
  ) {
    super(env);
  }
  override method(name: string, args: unknown[]): unknown {
    const protection = this.sheet.protection;
    // Source: "Protect a worksheet" — filtering on a protected sheet needs "Use AutoFilter" allowed (AccessDenied).
    if (protection.protected && !protection.options.allowAutoFilter)
      refuse("AccessDenied", "The sheet is protected.", this.where(name));
    switch (name) {
      case "Apply": {
        const range =
          args[0] instanceof RangeObject ? args[0].address() : requireString(args[0], "AutoFilter.apply");
        this.sheet.autoFilter = {
          range,
          ...(typeof args[1] === "number" ? { columnIndex: args[1] } : {}),
          ...(args[2] ? { criteria: structuredClone(args[2]) as Excel.FilterCriteria } : {}),
        };
        return null;
      }
      case "Remove":
        this.sheet.autoFilter = null;
        return null;
      default:
        return super.method(name, args);
    }
  }
}

// ----------------------------------------------------------------------------------------------- ranges

/**
 * Source: "Protect a worksheet" (support.microsoft.com) and Excel.WorksheetProtectionOptions: on a protected
 * sheet, locked cells cannot be changed and formats only with allowFormatCells (AccessDenied).
 */
function requireEditable(sheet: SheetState, rect: Rect, location: string, kind: "content" | "format"): void {
  const protection = sheet.protection;
  if (!protection.protected) return;
  if (kind === "format" && !protection.options.allowFormatCells)
    refuse("AccessDenied", "The cell you're trying to change is on a protected sheet.", location);
  if (kind === "content")
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++)
        if (peekCell(sheet, r, c)?.locked ?? true)
          refuse("AccessDenied", "The cell you're trying to change is on a protected sheet.", location);
}

/** Source: "Resource limits and performance optimization for Office Add-ins" — a range operation over 5,000,000 cells fails. */
const MAX_CELLS = 5_000_000;

export class RangeObject extends Base {
  readonly type = "Range";
  constructor(
    env: Env,
    readonly sheet: SheetState,
    readonly rect: Rect,
  ) {
    super(env);
  }
  address(): string {
    const from = cellAddress(this.rect.top, this.rect.left);
    const to = cellAddress(this.rect.bottom, this.rect.right);
    const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(this.sheet.name)
      ? this.sheet.name
      : quoteSheet(this.sheet.name);
    return `${name}!${from === to ? from : `${from}:${to}`}`;
  }
  private live(member: string): SheetState {
    if (!this.env.state.sheets.includes(this.sheet))
      refuse("ItemNotFound", "The worksheet no longer exists.", this.where(member));
    return this.sheet;
  }
  private grid<T>(pickCell: (cell: CellState | undefined, row: number, column: number) => T): T[][] {
    const r = this.rect;
    if (rectCells(r) > MAX_CELLS) refuse("InvalidOperation", "The range is too large.", this.where("load"));
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) =>
        pickCell(peekCell(this.sheet, r.top + i, r.left + j), r.top + i, r.left + j),
      ),
    );
  }
  override scalars(names?: readonly string[]): Record<string, unknown> {
    this.live("load");
    const wanted = names ?? ["Address", "Values", "Formulas", "NumberFormat", "RowCount", "ColumnCount"];
    const values: Record<string, () => unknown> = {
      Address: () => this.address(),
      RowCount: () => this.rect.bottom - this.rect.top + 1,
      ColumnCount: () => this.rect.right - this.rect.left + 1,
      Values: () =>
        this.grid((cell) => (cell?.formula ? (cell.formulaResult ?? "") : (cell?.constant ?? ""))),
      Text: () =>
        this.grid((cell) => String(cell?.formula ? (cell.formulaResult ?? "") : (cell?.constant ?? ""))),
      Formulas: () => this.grid((cell) => cell?.formula ?? cell?.constant ?? ""),
      FormulasR1C1: () =>
        this.grid((cell, r, c) => (cell?.formula ? a1ToR1C1(cell.formula, r, c) : (cell?.constant ?? ""))),
      NumberFormat: () => this.grid((cell) => cell?.numberFormat ?? "General"),
      ColumnHidden: () => this.sheet.hiddenColumns.has(this.rect.left),
    };
    const out: Record<string, unknown> = {};
    for (const name of wanted) {
      const get = values[name];
      if (!get) refuse("InvalidArgument", `Unknown property "${name}".`, this.where("load"));
      out[name] = get();
    }
    return out;
  }
  override property(name: string): HostObject | null {
    this.live(name);
    switch (name) {
      case "Format":
        return rangeFormat(this.env, this);
      case "ConditionalFormats":
        this.requireFeature("conditionalFormats", "conditionalFormats");
        return new ConditionalFormatCollectionObject(this.env, this);
      case "DataValidation":
        this.requireFeature("dataValidation", "dataValidation");
        return dataValidation(this.env, this);
      default:
        return this.unknown(name);
    }
  }
  override set(name: string, value: unknown): void {
    const sheet = this.live(name);
    const location = this.where(name.charAt(0).toLowerCase() + name.slice(1));
    switch (name) {
      case "Values":
      case "Formulas":
        this.writeGrid(location, value, (cell, input) => enterInput(this.env.state, cell, input));
        return;
      case "FormulasR1C1":
        this.writeGrid(location, value, (cell, input, r, c) =>
          enterInput(
            this.env.state,
            cell,
            typeof input === "string" && input.startsWith("=") ? r1c1ToA1(input, r, c) : input,
          ),
        );
        return;
      case "NumberFormat":
        this.writeGrid(
          location,
          value,
          (cell, input) => (cell.numberFormat = input === "" ? "General" : String(input)),
          "format",
        );
        return;
      case "ColumnHidden":
        for (let c = this.rect.left; c <= this.rect.right; c++)
          if (requireBoolean(value, location)) sheet.hiddenColumns.add(c);
          else sheet.hiddenColumns.delete(c);
        return;
      default:
        this.unknown(name);
    }
  }
  override method(name: string, args: unknown[]): unknown {
    const sheet = this.live(name);
    switch (name) {
      case "Select":
        // Source: Range.select — a range on a hidden sheet cannot be selected (InvalidOperation).
        if (sheet.visibility !== "Visible")
          refuse("InvalidOperation", "The sheet is hidden.", this.where("select"));
        this.env.state.activeSheetId = sheet.id;
        this.env.state.selection = { sheetId: sheet.id, address: this.address().split("!")[1]! };
        return null;
      case "CopyFrom":
        this.copyFrom(args);
        return null;
      case "Clear":
        this.clear(args[0]);
        return null;
      case "_ValidateArraySize":
        // The library cuts a large 2-D write into row blocks and first asks Excel to check the whole shape.
        if (
          args[0] !== this.rect.bottom - this.rect.top + 1 ||
          args[1] !== this.rect.right - this.rect.left + 1
        )
          refuse(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            this.where("_ValidateArraySize"),
          );
        return null;
      case "GetRow":
        return this.sub(
          this.rect.top + Number(args[0]),
          this.rect.left,
          this.rect.top + Number(args[0]),
          this.rect.right,
        );
      case "GetColumn":
        return this.sub(
          this.rect.top,
          this.rect.left + Number(args[0]),
          this.rect.bottom,
          this.rect.left + Number(args[0]),
        );
      case "GetCell":
        return this.sub(
          this.rect.top + Number(args[0]),
          this.rect.left + Number(args[1]),
          this.rect.top + Number(args[0]),
          this.rect.left + Number(args[1]),
        );
      case "GetBoundingRect": {
        const other =
          args[0] instanceof RangeObject
            ? args[0].rect
            : parseRangeArg(args[0], this.where("getBoundingRect"));
        return this.sub(
          Math.min(this.rect.top, other.top),
          Math.min(this.rect.left, other.left),
          Math.max(this.rect.bottom, other.bottom),
          Math.max(this.rect.right, other.right),
        );
      }
      default:
        return super.method(name, args);
    }
  }

  /**
   * Source: Range.clear(applyTo) (ExcelApi 1.0) and Excel.ClearApplyTo — "Contents" clears values and
   * formulas and keeps formats; "All" is the default. On a protected sheet a locked cell refuses it, like any
   * write ("Protect a worksheet"). Only "Contents" is modelled; the other kinds are refused as not modelled.
   */
  private clear(applyTo: unknown): void {
    const location = this.where("clear");
    const kind = requireEnum(
      applyTo ?? "All",
      ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"],
      location,
    );
    if (kind !== "Contents") refuse("ApiNotFound", `clear("${kind}") is not modelled.`, location);
    this.forEachCell("content", location, (cell) => enterInput(this.env.state, cell, ""));
  }

  /**
   * Source: Range.copyFrom (ExcelApi 1.9) — copies the source's cells by copyType, formulas moving with each
   * cell as when pasted.
   */
  private copyFrom(args: unknown[]): void {
    const location = this.where("copyFrom");
    const source =
      args[0] instanceof RangeObject
        ? args[0]
        : this.rangeFromAddress(requireString(args[0], location), location);
    const copyType = requireEnum(args[1] ?? "All", ["All", "Formulas", "Values", "Formats"], location);
    if (args[2] === true || args[3] === true)
      refuse("ApiNotFound", "skipBlanks and transpose are not modelled.", location);
    const height = source.rect.bottom - source.rect.top + 1;
    const width = source.rect.right - source.rect.left + 1;
    // Source: Range.copyFrom — a destination that is an exact multiple of the source (in rows or columns)
    // gets the source replicated; otherwise it takes the source once, from its top-left cell ("the
    // destination is expanded automatically if it's smaller than the source"); office-js #2674.
    const fits = (size: number, part: number) => size >= part && size % part === 0;
    const target = this.destinationFor(height, width, fits);
    const copies: [CellState | undefined, number, number][] = [];
    for (let r = target.top; r <= target.bottom; r++)
      for (let c = target.left; c <= target.right; c++) {
        const sr = source.rect.top + ((r - target.top) % height);
        const sc = source.rect.left + ((c - target.left) % width);
        const from = peekCell(source.sheet, sr, sc);
        copies.push([from && structuredClone(from), sr, sc]);
      }
    let k = 0;
    const destination = this.sub(target.top, target.left, target.bottom, target.right);
    destination.forEachCell(copyType === "Formats" ? "format" : "content", location, (cell, r, c) => {
      const [from, sr, sc] = copies[k++]!;
      if (copyType !== "Formats") {
        if (from?.formula) setFormula(this.env.state, cell, moveA1(from.formula, sr, sc, r, c));
        else
          Object.assign(cell, {
            constant: from?.constant ?? null,
            formula: null,
            formulaResult: null,
            quotePrefix: from?.quotePrefix ?? false,
          });
        if (copyType === "Values" && from?.formula)
          Object.assign(cell, { constant: from.formulaResult, formula: null });
      }
      if (copyType === "Formats" || copyType === "All") {
        cell.format = structuredClone(from?.format ?? {});
        cell.numberFormat = from?.numberFormat ?? "General";
      }
    });
  }

  /** The cells a copy of a `height` × `width` source fills, from this range's top-left cell. */
  private destinationFor(height: number, width: number, fits: (size: number, part: number) => boolean): Rect {
    const rows = this.rect.bottom - this.rect.top + 1;
    const columns = this.rect.right - this.rect.left + 1;
    const { top, left } = this.rect;
    return {
      top,
      left,
      bottom: top + (fits(rows, height) ? rows : height) - 1,
      right: left + (fits(columns, width) ? columns : width) - 1,
    };
  }

  private sub(top: number, left: number, bottom: number, right: number): RangeObject {
    if (top < 1 || left < 1 || bottom > MAX_ROWS || right > MAX_COLUMNS)
      refuse("InvalidArgument", "The range lies outside the worksheet.", this.where("getCell"));
    return new RangeObject(this.env, this.sheet, { top, left, bottom, right });
  }

  private rangeFromAddress(address: string, location: string): RangeObject {
    const bang = address.lastIndexOf("!");
    const sheetName =
      bang < 0
        ? undefined
        : address
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
    const sheet = sheetName === undefined ? this.sheet : sheetByName(this.env.state, sheetName);
    if (!sheet) refuse("ItemNotFound", `The sheet of "${address}" does not exist.`, location);
    return new RangeObject(this.env, sheet, parseRangeArg(address.slice(bang + 1), location));
  }

  forEachCell(
    kind: "content" | "format",
    location: string,
    write: (cell: CellState, row: number, column: number) => void,
  ): void {
    const rect = this.rect;
    if (rectCells(rect) > MAX_CELLS)
      refuse("InvalidOperation", "The range is too large for this operation.", location);
    requireEditable(this.sheet, rect, location, kind);
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) write(cellAt(this.sheet, r, c), r, c);
  }

  /**
   * Source: Range.values / formulas / formulasR1C1 / numberFormat reference — `any[][]`, a 2-D array that
   * must match the range's rows and columns (InvalidArgument); null leaves a cell as it is. A single value
   * for the whole range is refused: the reference no longer documents it (its old remark was taken out
   * after office-js-docs-reference #578, "Can't set … with single string value", a product bug), so code
   * that relied on it could fail in some Excel.
   */
  private writeGrid(
    location: string,
    value: unknown,
    write: (cell: CellState, input: unknown, row: number, column: number) => void,
    kind: "content" | "format" = "content",
  ): void {
    const rows = this.rect.bottom - this.rect.top + 1;
    const columns = this.rect.right - this.rect.left + 1;
    if (!Array.isArray(value))
      refuse("InvalidArgument", "A range's cells are set with a 2-D array, not a single value.", location);
    if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== columns))
      refuse(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        location,
      );
    requireEditable(this.sheet, this.rect, location, kind);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < columns; j++) {
        const input = (value[i] as unknown[])[j];
        if (input === null || input === undefined) continue;
        write(
          cellAt(this.sheet, this.rect.top + i, this.rect.left + j),
          input,
          this.rect.top + i,
          this.rect.left + j,
        );
      }
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel makes of an input written through `values` or `formulas`, as if typed: a leading "=" (and a
 * leading "+", "-" or "@" that is not a number) starts a formula, numeric text becomes a number, TRUE/FALSE
 * a boolean, a leading apostrophe makes the rest text (the cell's quote prefix) — unless the number format
 * is Text ("@"), which keeps every input as text.
 * Source: Range.values reference and "Set and get range values, text, or formulas"; cell limits from
 * "Excel specifications and limits" (32,767 characters in a cell, 8,192 in a formula).
 */
export function enterInput(state: WorkbookState, cell: CellState, input: unknown): void {
  if (typeof input === "number" || typeof input === "boolean") {
    Object.assign(cell, { constant: input, formula: null, formulaResult: null, quotePrefix: false });
    return;
  }
  if (typeof input !== "string")
    refuse("InvalidArgument", "A cell value must be text, a number or a boolean.");
  const text = input;
  if (text.length - (text.startsWith("'") ? 1 : 0) > MAX_TEXT)
    refuse("InvalidArgument", `A cell holds at most ${MAX_TEXT} characters.`);
  cell.formula = null;
  cell.formulaResult = null;
  cell.quotePrefix = false;
  if (text === "") cell.constant = null;
  else if (cell.numberFormat === "@") cell.constant = text;
  else if (text.startsWith("'")) {
    cell.constant = text.slice(1);
    cell.quotePrefix = true;
  } else if (text.length > 1 && text.startsWith("=")) setFormula(state, cell, text);
  else if (NUMBER.test(text)) cell.constant = Number(text);
  else if (text.length > 1 && /^[+\-@]/.test(text)) setFormula(state, cell, `=${text}`);
  else if (/^(true|false)$/i.test(text)) cell.constant = text.toLowerCase() === "true";
  else cell.constant = text;
}

function setFormula(state: WorkbookState, cell: CellState, formula: string): void {
  if (formula.length > MAX_FORMULA)
    refuse("InvalidArgument", `A formula holds at most ${MAX_FORMULA} characters.`);
  cell.constant = null;
  cell.formula = resolveSheets(state, formula);
}

/** Worksheet.getRanges (ExcelApi 1.9): areas separated by commas. */
class RangeAreasObject extends Base {
  readonly type = "RangeAreas";
  private readonly rects: Rect[];
  constructor(
    env: Env,
    private readonly sheet: SheetState,
    address: string,
  ) {
    super(env);
    const parts = address.split(/[,;]/);
    // Source: office-js #5198 — getRanges refuses long area lists (from about 8,200 characters).
    if (address.length > 8_000 || parts.some((p) => p.trim() === ""))
      refuse(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
        "Worksheet.getRanges",
      );
    this.rects = parts.map((part) => parseAddress(part.trim()));
  }
  /**
   * RangeAreas.format: "a RangeFormat object … for all ranges in the RangeAreas object" (RangeAreas
   * reference, ExcelApi 1.9); "Work with multiple ranges simultaneously in Excel add-ins": setting a property
   * on a RangeAreas sets it on each of its ranges. So every navigation, call and set is carried out on the
   * format of each area in turn, with that area's rules (protection, enumerations, borders per area: an edge
   * of a RangeAreas is that edge of each area). Members a Range's format lacks stay refused.
   */
  /**
   * RangeAreas.clear(applyTo) (ExcelApi 1.9): "Clears values, format, fill, border, and other properties on
   * each of the areas that comprise this RangeAreas object" — each area as Range.clear, with its rules.
   */
  override method(name: string, args: unknown[]): unknown {
    if (name !== "Clear") return super.method(name, args);
    for (const rect of this.rects) new RangeObject(this.env, this.sheet, rect).method("Clear", args);
    return null;
  }
  override property(name: string): HostObject | null {
    if (name !== "Format") return this.unknown(name);
    return new FanOut(
      this.env,
      "RangeFormat",
      this.rects.map((rect) => rangeFormat(this.env, new RangeObject(this.env, this.sheet, rect))),
    );
  }
}

/** The same member on several objects (the areas of a RangeAreas), in order. */
class FanOut extends Base {
  constructor(
    env: Env,
    readonly type: string,
    private readonly targets: readonly HostObject[],
  ) {
    super(env);
  }
  private all<T>(each: (target: HostObject) => T): T[] {
    return this.targets.map(each);
  }
  override property(name: string): HostObject | null {
    const children = this.all((t) => t.property(name));
    return new FanOut(this.env, `${this.type}.${name}`, children as HostObject[]);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === "_KeepReference") return null;
    const results = this.all((t) => t.method(name, args));
    return results.every((r) => r !== null && typeof r === "object" && "set" in r)
      ? new FanOut(this.env, `${this.type}.${name}`, results as HostObject[])
      : null;
  }
  override indexer(args: unknown[]): HostObject | null {
    return new FanOut(
      this.env,
      this.type,
      this.all((t) => t.indexer(args) as HostObject),
    );
  }
  override set(name: string, value: unknown): void {
    this.all((t) => t.set(name, value));
  }
}

/** Source: "Excel specifications and limits" — row height at most 409 points, column width 255 characters. */
function rowHeight(value: unknown, location: string): number {
  if (typeof value !== "number" || value < 0 || value > 409)
    refuse("InvalidArgument", "Row height must be 0–409 points.", location);
  return value;
}

// --------------------------------------------------------------------------------------- range format

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const VERTICAL = ["Center", "Bottom", "Top", "Justify", "Distributed"] as const;
const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
const BORDER_STYLE = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"] as const;

type BorderLine = { style?: string; weight?: string; color?: string };

/** The sides of the cell at (row, column) that a border index of `rect` draws. */
function sidesOf(index: (typeof BORDER_INDEX)[number], rect: Rect, row: number, column: number): string[] {
  switch (index) {
    case "EdgeTop":
      return row === rect.top ? ["top"] : [];
    case "EdgeBottom":
      return row === rect.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return column === rect.left ? ["left"] : [];
    case "EdgeRight":
      return column === rect.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > rect.top ? ["top"] : []), ...(row < rect.bottom ? ["bottom"] : [])];
    case "InsideVertical":
      return [...(column > rect.left ? ["left"] : []), ...(column < rect.right ? ["right"] : [])];
    default:
      return [index === "DiagonalDown" ? "diagonalDown" : "diagonalUp"];
  }
}

function rangeFormat(env: Env, range: RangeObject): HostObject {
  const cells = (member: string, write: (cell: CellState) => void) =>
    range.forEachCell("format", `RangeFormat.${member}`, (cell) => write(cell));
  const fill = new Plain(env, "RangeFill", {
    Color: (v) => cells("fill.color", (c) => (c.format.fill = requireColor(v, "RangeFill.color"))),
  });
  const font = new Plain(env, "RangeFont", {
    Bold: (v) => cells("font.bold", (c) => (c.format.bold = requireBoolean(v, "RangeFont.bold"))),
    Italic: (v) => cells("font.italic", (c) => (c.format.italic = requireBoolean(v, "RangeFont.italic"))),
    Size: (v) => cells("font.size", (c) => (c.format.fontSize = Number(v))),
    Color: (v) => cells("font.color", (c) => (c.format.fontColor = requireColor(v, "RangeFont.color"))),
    Name: (v) => cells("font.name", (c) => (c.format.fontName = requireString(v, "RangeFont.name"))),
  });
  const protection = new Plain(env, "FormatProtection", {
    Locked: (v) =>
      range.forEachCell(
        "content",
        "FormatProtection.locked",
        (c) => (c.locked = requireBoolean(v, "FormatProtection.locked")),
      ),
  });
  const borders = new (class extends Base {
    readonly type = "RangeBorderCollection";
    override indexer(args: unknown[]): HostObject | null {
      return this.method("GetItem", args) as HostObject;
    }
    override method(name: string, args: unknown[]): unknown {
      if (name !== "GetItem") return super.method(name, args);
      const index = requireEnum(
        args[0],
        BORDER_INDEX,
        "RangeBorderCollection.getItem",
      ) as (typeof BORDER_INDEX)[number];
      // An edge of the range is a side of some of its cells: EdgeTop the top side of its top row,
      // InsideHorizontal the top side of every row but the first and the bottom side of every row but
      // the last, and so on. Each cell keeps the lines drawn on its four sides (and its diagonals).
      const sides = (row: number, column: number) => sidesOf(index, range.rect, row, column);
      const set = (member: string, value: (record: BorderLine) => void) =>
        range.forEachCell("format", `RangeFormat.borders.${member}`, (cell, row, column) => {
          for (const side of sides(row, column)) value(((cell.format.borders ??= {})[side] ??= {}));
        });
      return new Plain(env, "RangeBorder", {
        Style: (v) => set("style", (b) => (b.style = requireEnum(v, BORDER_STYLE, "RangeBorder.style"))),
        Weight: (v) => set("weight", (b) => (b.weight = requireEnum(v, BORDER_WEIGHT, "RangeBorder.weight"))),
        Color: (v) => set("color", (b) => (b.color = requireColor(v, "RangeBorder.color"))),
      });
    }
  })(env);
  return new Plain(
    env,
    "RangeFormat",
    {
      ColumnWidth: (v) => {
        // Source: "Excel specifications and limits" — column width at most 255 characters (about 1,790 points).
        if (typeof v !== "number" || v < 0 || v > 1_790)
          refuse("InvalidArgument", "Column width out of range.", "RangeFormat.columnWidth");
        for (let c = range.rect.left; c <= range.rect.right; c++) range.sheet.columnWidths.set(c, v);
      },
      RowHeight: (v) => {
        const points = rowHeight(v, "RangeFormat.rowHeight");
        for (let r = range.rect.top; r <= range.rect.bottom; r++) range.sheet.rowHeights.set(r, points);
      },
      HorizontalAlignment: (v) =>
        cells(
          "horizontalAlignment",
          (c) => (c.format.horizontal = requireEnum(v, HORIZONTAL, "RangeFormat.horizontalAlignment")),
        ),
      VerticalAlignment: (v) =>
        cells(
          "verticalAlignment",
          (c) => (c.format.vertical = requireEnum(v, VERTICAL, "RangeFormat.verticalAlignment")),
        ),
      WrapText: (v) => cells("wrapText", (c) => (c.format.wrap = requireBoolean(v, "RangeFormat.wrapText"))),
    },
    { Fill: () => fill, Font: () => font, Protection: () => protection, Borders: () => borders },
  );
}

// -------------------------------------------------------------------------- conditional formats & DV

/** Source: "Protect a worksheet" — rules and validation cannot be changed on a protected sheet (AccessDenied). */
function requireUnprotected(sheet: SheetState, location: string): void {
  if (sheet.protection.protected) refuse("AccessDenied", "The sheet is protected.", location);
}

class ConditionalFormatCollectionObject extends Base {
  readonly type = "ConditionalFormatCollection";
  constructor(
    env: Env,
    private readonly range: RangeObject,
  ) {
    super(env);
  }
  override method(name: string, args: unknown[]): unknown {
    const sheet = this.range.sheet;
    switch (name) {
      case "Add": {
        requireUnprotected(sheet, this.where("add"));
        const state: ConditionalFormatState = {
          type: requireEnum(
            args[0],
            ["Custom", "DataBar"],
            this.where("add"),
          ) as ConditionalFormatState["type"],
          range: this.range.rect,
          priority: 0,
          stopIfTrue: false,
        };
        // Excel gives a new rule the top priority; the sheet's list is kept in priority order.
        sheet.conditionalFormats.unshift(state);
        renumber(sheet.conditionalFormats);
        return conditionalFormat(this.env, sheet, state);
      }
      case "ClearAll":
        requireUnprotected(sheet, this.where("clearAll"));
        sheet.conditionalFormats = sheet.conditionalFormats.filter(
          (cf) => !intersects(cf.range, this.range.rect),
        );
        renumber(sheet.conditionalFormats);
        return null;
      default:
        return super.method(name, args);
    }
  }
}

function conditionalFormat(env: Env, sheet: SheetState, state: ConditionalFormatState): HostObject {
  const set = (apply: (v: unknown) => void) => (v: unknown) => apply(v);
  const rule = new Plain(env, "ConditionalFormatRule", {
    // Source: Excel resolves sheet names in a rule's formula when it is set (as in cells).
    Formula: set(
      (v) => (state.formula = resolveSheets(env.state, requireString(v, "ConditionalFormatRule.formula"))),
    ),
  });
  const fill = new Plain(env, "ConditionalRangeFill", {
    Color: set((v) => (state.fill = requireColor(v, "ConditionalRangeFill.color"))),
  });
  const font = new Plain(env, "ConditionalRangeFont", {
    Color: set((v) => (state.fontColor = requireColor(v, "ConditionalRangeFont.color"))),
    Bold: set((v) => (state.bold = requireBoolean(v, "ConditionalRangeFont.bold"))),
  });
  const format = new Plain(env, "ConditionalRangeFormat", {}, { Fill: () => fill, Font: () => font });
  const custom = new Plain(env, "CustomConditionalFormat", {}, { Rule: () => rule, Format: () => format });
  const positive = new Plain(env, "ConditionalDataBarPositiveFormat", {
    FillColor: set((v) => (state.barColor = requireColor(v, "ConditionalDataBarPositiveFormat.fillColor"))),
    GradientFill: set((v) => void requireBoolean(v, "ConditionalDataBarPositiveFormat.gradientFill")),
  });
  const dataBar = new Plain(env, "DataBarConditionalFormat", {}, { PositiveFormat: () => positive });
  return new Plain(
    env,
    "ConditionalFormat",
    {
      Priority: (v) => {
        const list = sheet.conditionalFormats;
        list.splice(list.indexOf(state), 1);
        list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, state);
        renumber(list);
      },
      StopIfTrue: (v) => (state.stopIfTrue = requireBoolean(v, "ConditionalFormat.stopIfTrue")),
    },
    {
      // Source: ConditionalFormat.custom / dataBar reference — the other kind's object is not available (InvalidArgument? Excel: GeneralException).
      Custom: () =>
        state.type === "Custom"
          ? custom
          : refuse("InvalidOperation", "Not a custom rule.", "ConditionalFormat.custom"),
      DataBar: () =>
        state.type === "DataBar"
          ? dataBar
          : refuse("InvalidOperation", "Not a data bar.", "ConditionalFormat.dataBar"),
    },
  );
}

function renumber(list: ConditionalFormatState[]): void {
  list.forEach((cf, i) => (cf.priority = i));
}

function dataValidation(env: Env, range: RangeObject): HostObject {
  const sheet = range.sheet;
  const location = "DataValidation";
  const entry = () => {
    requireUnprotected(sheet, location);
    let found = sheet.dataValidations.find(
      (dv) =>
        dv.range.top === range.rect.top &&
        dv.range.left === range.rect.left &&
        dv.range.bottom === range.rect.bottom &&
        dv.range.right === range.rect.right,
    );
    if (!found) {
      sheet.dataValidations = sheet.dataValidations.filter((d) => !intersects(d.range, range.rect));
      found = { range: range.rect, rule: {}, ignoreBlanks: true };
      sheet.dataValidations.push(found);
    }
    return found;
  };
  return new (class extends Plain {
    override method(name: string, args: unknown[]): unknown {
      if (name !== "Clear") return super.method(name, args);
      requireUnprotected(sheet, "DataValidation.clear");
      sheet.dataValidations = sheet.dataValidations.filter((d) => !intersects(d.range, range.rect));
      return null;
    }
  })(env, "DataValidation", {
    Rule: (v) => (entry().rule = validationRule(env.state, v)),
    IgnoreBlanks: (v) => (entry().ignoreBlanks = requireBoolean(v, "DataValidation.ignoreBlanks")),
    Prompt: (v) =>
      (entry().prompt = limitedTexts(
        v,
        { title: 32, message: 255 },
        "DataValidation.prompt",
      ) as Excel.DataValidationPrompt),
    ErrorAlert: (v) =>
      (entry().errorAlert = limitedTexts(
        v,
        { title: 32, message: 225 },
        "DataValidation.errorAlert",
      ) as Excel.DataValidationErrorAlert),
  });
}

/** Source: Excel's data-validation dialog limits — input title 32, input message 255, error title 32, error message 225 characters. */
function limitedTexts(value: unknown, limits: Record<string, number>, location: string): object {
  const object = structuredClone(value) as Record<string, unknown>;
  for (const [key, max] of Object.entries(limits)) {
    const text = object[key];
    if (typeof text === "string" && text.length > max)
      refuse("InvalidArgument", `${key} holds at most ${max} characters.`, location);
  }
  return object;
}

/**
 * Source: DataValidationRule / ListDataValidation reference and office-js #277 — a list source is a string:
 * an inline list "a,b,c" (at most 255 characters, "Excel specifications and limits") or a formula
 * "=Sheet!$A$1:$A$4" whose sheet must exist (a list on a sheet that does not exist is refused).
 */
function validationRule(state: WorkbookState, value: unknown): Excel.DataValidationRule {
  const rule = structuredClone(value) as Excel.DataValidationRule;
  const list = rule.list;
  if (!list) refuse("InvalidArgument", "Only list validations are modelled.", "DataValidation.rule");
  if (typeof list.source !== "string")
    refuse("InvalidArgument", "A list source must be a string (office-js #277).", "DataValidation.rule");
  if (list.source.startsWith("=")) {
    const missing = sheetsNamed(list.source).filter((name) => !sheetByName(state, name));
    if (missing.length > 0)
      refuse(
        "InvalidArgument",
        `The list source refers to a sheet that does not exist (${missing.join(", ")}).`,
        "DataValidation.rule",
      );
  } else if (list.source.length > 255)
    refuse("InvalidArgument", "An inline list holds at most 255 characters.", "DataValidation.rule");
  return rule;
}

// ----------------------------------------------------------------------------- names & custom XML parts

class NamedItemCollectionObject extends Base {
  readonly type = "NamedItemCollection";
  override indexer(args: unknown[]): HostObject | null {
    const item = this.env.state.names.get(String(args[0]).toLowerCase());
    if (!item) refuse("ItemNotFound", `The name "${String(args[0])}" does not exist.`, this.where("getItem"));
    return new NamedItemObject(this.env, item.name);
  }
  override method(name: string, args: unknown[]): unknown {
    switch (name) {
      case "GetItem":
        return this.indexer(args);
      case "GetItemAt":
        return itemAt(this, args, this.where("getItemAt"));
      case "Add": {
        const itemName = requireString(args[0], this.where("add"));
        const reference = requireString(args[1], this.where("add"));
        // Source: NamedItemCollection.add — a name that exists already is refused (ItemAlreadyExists).
        if (this.env.state.names.has(itemName.toLowerCase()))
          refuse("ItemAlreadyExists", `The name "${itemName}" already exists.`, this.where("add"));
        this.env.state.names.set(itemName.toLowerCase(), {
          name: itemName,
          reference: resolveSheets(this.env.state, reference),
        });
        return new NamedItemObject(this.env, itemName);
      }
      default:
        return super.method(name, args);
    }
  }
  items(): HostObject[] {
    return [...this.env.state.names.values()].map((item) => new NamedItemObject(this.env, item.name));
  }
}

class NamedItemObject extends Base {
  readonly type = "NamedItem";
  constructor(
    env: Env,
    private readonly name: string,
  ) {
    super(env);
  }
  override identity(): Record<string, unknown> {
    return { _Id: this.name };
  }
  override scalars(names?: readonly string[]): Record<string, unknown> {
    const item = this.env.state.names.get(this.name.toLowerCase());
    if (!item) refuse("ItemNotFound", `The name "${this.name}" does not exist.`, this.where("load"));
    return pick({ Name: item.name, Formula: item.reference, Type: "Range", Visible: true }, names);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name !== "Delete") return super.method(name, args);
    if (!this.env.state.names.delete(this.name.toLowerCase()))
      refuse("ItemNotFound", `The name "${this.name}" does not exist.`, this.where("delete"));
    return null;
  }
}

class CustomXmlPartCollectionObject extends Base {
  readonly type = "CustomXmlPartCollection";
  constructor(
    env: Env,
    private readonly namespaceUri?: string,
  ) {
    super(env);
  }
  override indexer(args: unknown[]): HostObject | null {
    const part = this.parts().find((p) => p.id === args[0]);
    if (!part) refuse("ItemNotFound", "The custom XML part does not exist.", this.where("getItem"));
    return new CustomXmlPartObject(this.env, part);
  }
  private parts(): CustomXmlPartState[] {
    return this.env.state.customXmlParts.filter(
      (p) => this.namespaceUri === undefined || p.namespaceUri === this.namespaceUri,
    );
  }
  override method(name: string, args: unknown[]): unknown {
    switch (name) {
      case "Add": {
        const xml = requireString(args[0], this.where("add"));
        const root = rootElement(xml);
        // Source: CustomXmlPartCollection.add — the XML must be well formed (InvalidArgument).
        if (!root) refuse("InvalidArgument", "The XML is not well formed.", this.where("add"));
        const part = { id: `{part-${this.env.state.nextId++}}`, namespaceUri: root.namespaceUri, xml };
        this.env.state.customXmlParts.push(part);
        return new CustomXmlPartObject(this.env, part);
      }
      case "GetByNamespace":
        return new CustomXmlPartCollectionObject(
          this.env,
          requireString(args[0], this.where("getByNamespace")),
        );
      case "GetItem":
        return this.indexer(args);
      case "GetItemAt":
        return itemAt(this, args, this.where("getItemAt"));
      default:
        return super.method(name, args);
    }
  }
  items(): HostObject[] {
    return this.parts().map((part) => new CustomXmlPartObject(this.env, part));
  }
}

/** The root element's default namespace; undefined when the text is not an element with matching end tag. */
function rootElement(xml: string): { namespaceUri: string } | undefined {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^?]*\?>)?\s*/, "");
  const open = /^<([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+\s*=\s*("[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(body);
  if (!open) return undefined;
  if (!balanced(body)) return undefined;
  const ns = /xmlns\s*=\s*("([^"]*)"|'([^']*)')/.exec(open[2] ?? "");
  return { namespaceUri: ns ? (ns[2] ?? ns[3] ?? "") : "" };
}

/** Every start tag has its end tag, nested properly (comments, CDATA and processing instructions aside). */
function balanced(xml: string): boolean {
  const open: string[] = [];
  const text = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, "");
  for (const tag of text.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    if (tag[1]) {
      if (open.pop() !== tag[2]) return false;
    } else if (!tag[3]) open.push(tag[2]!);
  }
  return open.length === 0 && !/<(?![/!?A-Za-z_])/.test(text);
}

class CustomXmlPartObject extends Base {
  readonly type = "CustomXmlPart";
  constructor(
    env: Env,
    private readonly part: CustomXmlPartState,
  ) {
    super(env);
  }
  override identity(): Record<string, unknown> {
    return { Id: this.part.id };
  }
  override scalars(names?: readonly string[]): Record<string, unknown> {
    return pick({ Id: this.part.id, NamespaceUri: this.part.namespaceUri }, names);
  }
  override method(name: string, args: unknown[]): unknown {
    const live = this.env.state.customXmlParts.includes(this.part);
    if (!live) refuse("ItemNotFound", "The custom XML part no longer exists.", this.where(name));
    switch (name) {
      case "GetXml":
        return this.env.options.reserializeXml === false ? this.part.xml : reserialize(this.part.xml);
      case "Delete":
        this.env.state.customXmlParts = this.env.state.customXmlParts.filter((p) => p !== this.part);
        return null;
      default:
        return super.method(name, args);
    }
  }
}

/**
 * Excel hands a part back as its XML store serialises it, not byte for byte as it was added: here the
 * declaration is dropped and attribute values are single-quoted, so code that matches the literal text it
 * wrote fails as it can in Excel.
 */
function reserialize(xml: string): string {
  return xml
    .replace(/^\uFEFF?\s*<\?xml[^?]*\?>\s*/, "")
    .replace(
      /(\s[\w:.-]+)\s*=\s*"([^"]*)"/g,
      (_m, name: string, value: string) => `${name}='${value.replace(/'/g, "&apos;")}'`,
    );
}

export { HostError };
