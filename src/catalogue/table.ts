/**
 * A catalogue table — one row per measure, as planning offices keep lists — into a Catalogue.
 * Used for CSV files and for a table already in the workbook (a 2-D array from Office.js) alike.
 */
import { CatalogueError, type CatalogueIssue, type CatalogueWarning } from "./errors";
import type { Catalogue, CatalogueSource, Measure, Rating } from "./model";
import { MEASURE_ID_PATTERN } from "./schema";
import { COLUMNS, columnByHeader, columnSpec, misspeltInputColumn, type ColumnKey } from "./csvColumns";
import { parseFlag, parseGoalNumber, parseLevel, parseTaskType, type Parsed } from "./cellValues";
import { derivedMeasureId } from "./stableId";
import { checkCatalogue, type PathSegment } from "./validate";
import { INPUT_FIELDS } from "../scheme/ratingScheme";
import { columnLetter } from "../core/address";
import { shortened } from "../core/cutText";
import { catalogueMessages } from "../core/messages/sections";
import type { Language, Messages } from "../core/messages";

type CatalogueMessages = Messages["catalogue"];

export type Cell = string | number | boolean | null | undefined;

export interface TableRow {
  readonly cells: readonly Cell[];
  /** 1-based line (CSV) or row (worksheet) where the record starts. */
  readonly line: number;
}

/** Catalogue metadata a table cannot carry; defaults come from the file name. */
export interface CatalogueMeta {
  readonly id?: string;
  readonly title?: string;
  readonly version?: string;
  readonly source?: CatalogueSource;
}

const MAX_CELL_CHARS = 32767;
const GROUPING: readonly ColumnKey[] = ["actionField", "challenge", "goalNumber", "goalDescription"];
/** Cells that belong to a measure; a row without any of them (and without a title) only introduces a goal. */
const MEASURE_COLUMNS: readonly ColumnKey[] = ["measureId", "unit", ...INPUT_FIELDS.map((f) => f.key)];
/** Rows above the header (a title, a date) are skipped if the header is found within this many rows. */
const HEADER_SEARCH_ROWS = 10;

export function catalogueFromTable(
  rows: readonly (readonly Cell[])[],
  file: string,
  firstLine = 1,
  meta: CatalogueMeta = {},
  lang: Language = "de",
): Catalogue {
  return catalogueFromRows(
    rows.map((cells, i) => ({ cells, line: firstLine + i })),
    file,
    meta,
    undefined,
    lang,
  );
}

/**
 * warnings: given (the CSV reader), an unknown column that does not look like a misspelt rating column
 * is skipped with a warning added there; without it (a sheet in the workbook) every unknown column is
 * refused as before. Messages are worded in `lang`.
 */
export function catalogueFromRows(
  rows: readonly TableRow[],
  file: string,
  meta: CatalogueMeta = {},
  warnings?: CatalogueWarning[],
  lang: Language = "de",
): Catalogue {
  const m = catalogueMessages(lang);
  const filled = rows.filter((row) => row.cells.some((cell) => cellText(cell) !== ""));
  if (filled.length === 0) throw new CatalogueError([{ file, message: m.tableEmpty }], lang);
  const headerAt = findHeaderRow(filled);
  const { layout, issues } = readHeader(filled[headerAt] as TableRow, file, warnings, lang);
  const builder = new TableBuilder(file, layout, lang);
  builder.issues.push(...issues);
  for (const row of filled.slice(headerAt + 1)) builder.addRow(row);
  if (builder.issues.length === 0) builder.reportGoalsWithoutMeasures();
  if (builder.isEmpty() && filled.length === headerAt + 1) {
    builder.issues.push({
      file,
      line: (filled[headerAt] as TableRow).line,
      message: m.tableOnlyHeader,
    });
  }
  if (builder.issues.length > 0) throw new CatalogueError(byLine(builder.issues), lang);
  return builder.finish({ ...defaultMeta(file), ...meta });
}

// ---------------------------------------------------------------- header

interface Layout {
  readonly columns: ReadonlyMap<ColumnKey, number>;
  /** The header as written in the file, for messages. */
  readonly headers: ReadonlyMap<ColumnKey, string>;
  /** Columns with an unknown header, already reported. */
  readonly unknown: ReadonlySet<number>;
}

function findHeaderRow(rows: readonly TableRow[]): number {
  const index = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
    const keys = row.cells.map((cell) => columnByHeader(cellText(cell))?.key);
    return keys.includes("measureTitle") && keys.filter(Boolean).length >= 3;
  });
  return Math.max(index, 0);
}

/** Throws only when a required column is missing; other header issues are reported with the rows'. */
function readHeader(
  row: TableRow,
  file: string,
  warnings: CatalogueWarning[] | undefined,
  lang: Language,
): { layout: Layout; issues: CatalogueIssue[] } {
  const m = catalogueMessages(lang);
  const issues: CatalogueIssue[] = [];
  const columns = new Map<ColumnKey, number>();
  const headers = new Map<ColumnKey, string>();
  const unknown = new Set<number>();
  row.cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === "") return;
    const spec = columnByHeader(header);
    const place = { file, line: row.line, field: header };
    const meant = spec ? undefined : misspeltInputColumn(header);
    if (!spec && meant) {
      unknown.add(index);
      issues.push({ ...place, message: m.misspeltRatingColumn(columnLetter(index + 1), meant.header) });
    } else if (!spec && warnings) {
      unknown.add(index);
      warnings.push({ ...place, message: m.unknownColumnSkipped(columnLetter(index + 1)) });
    } else if (!spec) {
      unknown.add(index);
      issues.push({ ...place, message: m.unknownColumn(columnLetter(index + 1), allHeaders()) });
    } else if (columns.has(spec.key)) {
      issues.push({
        ...place,
        message: m.duplicateColumn(columnLetter(index + 1), columnLetter((columns.get(spec.key) ?? 0) + 1)),
      });
    } else {
      columns.set(spec.key, index);
      headers.set(spec.key, header);
    }
  });
  const missing = COLUMNS.filter((spec) => spec.required && !columns.has(spec.key));
  if (missing.length > 0) {
    const headers = (required: boolean) =>
      COLUMNS.filter((s) => s.required === required)
        .map((s) => s.header)
        .join("; ");
    issues.unshift({
      file,
      line: row.line,
      message: m.requiredColumnMissing(
        missing.map((s) => s.header).join(", "),
        headers(true),
        headers(false),
      ),
    });
  }
  if (missing.length > 0) throw new CatalogueError(issues, lang);
  return { layout: { columns, headers, unknown }, issues };
}

function allHeaders(): string {
  return COLUMNS.map((s) => s.header).join(", ");
}

// ---------------------------------------------------------------- rows

interface GoalDraft {
  readonly number: number;
  readonly description: string;
  readonly field: string;
  readonly challenge: string;
  readonly line: number;
  readonly measures: { readonly measure: Measure; readonly line: number }[];
}

interface ChallengeDraft {
  readonly title: string;
  readonly line: number;
  readonly goals: Map<number, GoalDraft>;
}

interface FieldDraft {
  readonly name: string;
  readonly line: number;
  readonly challenges: Map<string, ChallengeDraft>;
}

type Grouping = Record<"actionField" | "challenge" | "goalNumber" | "goalDescription", string>;

class TableBuilder {
  readonly issues: CatalogueIssue[] = [];
  private readonly fields = new Map<string, FieldDraft>();
  private readonly goals = new Map<number, GoalDraft>();
  private readonly measureIds = new Map<string, number>();
  private readonly strayColumns = new Set<number>();
  private previous: Grouping | undefined;
  /** A continuation row (all grouping cells blank) of a goal that failed would only repeat its error. */
  private previousGoalFailed = false;

  private readonly m: CatalogueMessages;

  constructor(
    private readonly file: string,
    private readonly layout: Layout,
    private readonly lang: Language,
  ) {
    this.m = catalogueMessages(lang);
  }

  isEmpty(): boolean {
    return this.fields.size === 0;
  }

  addRow(row: TableRow): void {
    const before = this.issues.length;
    const get = (key: ColumnKey) => {
      const index = this.layout.columns.get(key);
      return index === undefined ? "" : cellValue(row.cells[index], key);
    };
    const report = (key: ColumnKey | undefined, message: string) =>
      this.issues.push({
        file: this.file,
        line: row.line,
        ...(key ? { field: this.header(key) } : {}),
        message,
      });

    this.checkStrayCells(row, report);
    const continued = GROUPING.every((key) => get(key) === "") && this.previous !== undefined;
    const grouping = this.fillDown(get);
    for (const key of ["actionField", "challenge"] as const) checkText(grouping[key], key, report, this.m);
    const goalNumber = this.value(
      parseGoalNumberOrBlank(grouping.goalNumber, this.lang),
      "goalNumber",
      report,
    );
    const title = get("measureTitle");
    const goalRow = title === "" && MEASURE_COLUMNS.every((key) => get(key) === "");
    if (!goalRow) checkText(title, "measureTitle", report, this.m);
    const measure = goalRow ? undefined : this.measure(get, title, grouping, goalNumber, row.line, report);
    if (goalNumber === undefined || (continued && this.previousGoalFailed)) return;
    const goal = this.goal(goalNumber, grouping, row.line, report);
    this.previousGoalFailed = goal === undefined;
    if (this.issues.length > before || !goal || !measure) return;
    goal.measures.push({ measure, line: row.line });
  }

  /** A row with a goal but no measure data introduces the goal; the goal still needs measure rows. */
  reportGoalsWithoutMeasures(): void {
    for (const goal of this.goals.values()) {
      if (goal.measures.length > 0) continue;
      this.issues.push({
        file: this.file,
        line: goal.line,
        field: this.header("measureTitle"),
        message: this.m.goalWithoutMeasureRow(goal.number),
      });
    }
  }

  private header(key: ColumnKey): string {
    return this.layout.headers.get(key) ?? columnSpec(key).header;
  }

  private value<T>(parsed: Parsed<T> | undefined, key: ColumnKey, report: Report): T | undefined {
    if (parsed === undefined) return undefined;
    if ("error" in parsed) {
      report(key, parsed.error);
      return undefined;
    }
    return parsed.value;
  }

  /** Values in columns without a header would be lost silently. */
  private checkStrayCells(row: TableRow, report: Report): void {
    const named = new Set(this.layout.columns.values());
    row.cells.forEach((cell, index) => {
      if (
        named.has(index) ||
        this.layout.unknown.has(index) ||
        cellText(cell) === "" ||
        this.strayColumns.has(index)
      )
        return;
      this.strayColumns.add(index);
      report(undefined, this.m.valueWithoutHeader(columnLetter(index + 1)));
    });
  }

  /**
   * Merged cells export as blanks: a blank grouping cell means "as in the row above", but only if every
   * grouping cell to its left is blank too (a new challenge needs its own goal number).
   */
  private fillDown(get: (key: ColumnKey) => string): Grouping {
    const grouping: Grouping = { actionField: "", challenge: "", goalNumber: "", goalDescription: "" };
    let inherit = this.previous !== undefined;
    for (const key of GROUPING as (keyof Grouping)[]) {
      const text = get(key);
      if (text !== "") inherit = false;
      grouping[key] = text === "" && inherit && this.previous ? this.previous[key] : text;
    }
    this.previous = grouping;
    return grouping;
  }

  private goal(number: number, grouping: Grouping, line: number, report: Report): GoalDraft | undefined {
    const known = this.goals.get(number);
    const description = grouping.goalDescription;
    if (known) {
      if (known.field !== grouping.actionField || known.challenge !== grouping.challenge) {
        report(
          "goalNumber",
          this.m.goalNumberTwice(number, known.line, short(known.field), short(known.challenge)),
        );
        return undefined;
      }
      if (description !== "" && description !== known.description) {
        report(
          "goalDescription",
          this.m.goalDescriptionsDiffer(
            number,
            known.line,
            short(known.description),
            line,
            short(description),
          ),
        );
        return undefined;
      }
      return known;
    }
    if (
      !checkText(description, "goalDescription", report, this.m) ||
      grouping.actionField === "" ||
      grouping.challenge === ""
    )
      return undefined;
    const goal: GoalDraft = {
      number,
      description,
      field: grouping.actionField,
      challenge: grouping.challenge,
      line,
      measures: [],
    };
    this.goals.set(number, goal);
    this.challengeFor(grouping, line).goals.set(number, goal);
    return goal;
  }

  private challengeFor(grouping: Grouping, line: number): ChallengeDraft {
    let field = this.fields.get(grouping.actionField);
    if (!field)
      this.fields.set(
        grouping.actionField,
        (field = { name: grouping.actionField, line, challenges: new Map() }),
      );
    let challenge = field.challenges.get(grouping.challenge);
    if (!challenge)
      field.challenges.set(
        grouping.challenge,
        (challenge = { title: grouping.challenge, line, goals: new Map() }),
      );
    return challenge;
  }

  private measure(
    get: (key: ColumnKey) => string,
    title: string,
    grouping: Grouping,
    goalNumber: number | undefined,
    line: number,
    report: Report,
  ): Measure | undefined {
    const id = this.measureId(get("measureId"), title, grouping.actionField, goalNumber, line, report);
    const unit = get("unit");
    if (unit !== "") checkText(unit, "unit", report, this.m);
    const taskTypeText = get("taskType");
    const taskType =
      taskTypeText === ""
        ? undefined
        : this.value(parseTaskType(taskTypeText, this.lang), "taskType", report);
    const rating = this.rating(get, report);
    if (id === undefined) return undefined;
    return {
      id,
      title,
      ...(unit !== "" ? { unit } : {}),
      ...(taskType !== undefined ? { taskType } : {}),
      ...(rating ? { rating } : {}),
    };
  }

  private measureId(
    explicit: string,
    title: string,
    field: string,
    goalNumber: number | undefined,
    line: number,
    report: Report,
  ): string | undefined {
    if (explicit !== "" && !MEASURE_ID_PATTERN.test(explicit)) {
      report("measureId", this.m.badMeasureId(short(explicit)));
      return undefined;
    }
    if (explicit === "" && (title === "" || goalNumber === undefined || field === "")) return undefined;
    const id = explicit !== "" ? explicit : derivedMeasureId(field, goalNumber ?? 0, title);
    const first = this.measureIds.get(id);
    if (first !== undefined) {
      report(
        explicit !== "" ? "measureId" : "measureTitle",
        explicit !== "" ? this.m.measureIdTwice(id, first) : this.m.sameMeasureTwice(first, id),
      );
      return undefined;
    }
    this.measureIds.set(id, line);
    return id;
  }

  private rating(get: (key: ColumnKey) => string, report: Report): Rating | undefined {
    const rating: Record<string, unknown> = {};
    for (const field of INPUT_FIELDS) {
      const text = get(field.key);
      if (text === "" || field.kind === "taskType") continue;
      if (field.kind === "level") rating.level = this.value(parseLevel(text, this.lang), field.key, report);
      else if (field.kind === "flag" && field.symbol)
        rating[field.key] = this.value(parseFlag(text, field.symbol, this.lang), field.key, report);
      else if (checkText(text, field.key, report, this.m)) rating.remark = text;
    }
    const set = Object.entries(rating).filter(([, value]) => value !== undefined);
    return set.length > 0 ? (Object.fromEntries(set) as Rating) : undefined;
  }

  // ------------------------------------------------------------ assembly

  finish(meta: CatalogueMeta): Catalogue {
    const lines = new Map<string, number>();
    const actionFields = [...this.fields.values()].map((field, f) => {
      lines.set(`actionFields.${f}`, field.line);
      return {
        id: `hf${f + 1}`,
        number: f + 1,
        name: field.name,
        challenges: [...field.challenges.values()].map((challenge, c) => {
          lines.set(`actionFields.${f}.challenges.${c}`, challenge.line);
          return {
            title: challenge.title,
            goals: [...challenge.goals.values()].map((goal, g) => {
              lines.set(`actionFields.${f}.challenges.${c}.goals.${g}`, goal.line);
              goal.measures.forEach(({ line }, m) =>
                lines.set(`actionFields.${f}.challenges.${c}.goals.${g}.measures.${m}`, line),
              );
              return {
                number: goal.number,
                description: goal.description,
                measures: goal.measures.map((m) => m.measure),
              };
            }),
          };
        }),
      };
    });
    const result = checkCatalogue({ ...meta, actionFields }, this.lang);
    if ("catalogue" in result) return result.catalogue;
    throw new CatalogueError(
      byLine(
        result.problems.map((problem) => {
          const line = lineOf(lines, problem.path);
          const key = columnOf(problem.path);
          return {
            file: this.file,
            ...(line !== undefined ? { line } : {}),
            ...(key ? { field: this.header(key) } : {}),
            message:
              line === undefined
                ? this.m.catalogueEntry(problem.path.join("."), problem.message)
                : problem.message,
          };
        }),
      ),
      this.lang,
    );
  }
}

type Report = (key: ColumnKey | undefined, message: string) => void;

function checkText(text: string, key: ColumnKey, report: Report, m: CatalogueMessages): boolean {
  if (text === "") report(key, m.cellEmpty);
  else if (text.length > MAX_CELL_CHARS) report(key, m.cellTooLong(text.length));
  else return true;
  return false;
}

function parseGoalNumberOrBlank(text: string, lang: Language): Parsed<number> {
  return text === "" ? { error: catalogueMessages(lang).cellEmpty } : parseGoalNumber(text, lang);
}

function lineOf(lines: Map<string, number>, path: readonly PathSegment[]): number | undefined {
  for (let length = path.length; length > 0; length--) {
    const line = lines.get(path.slice(0, length).join("."));
    if (line !== undefined) return line;
  }
  return undefined;
}

const MEASURE_FIELDS: Record<string, ColumnKey> = {
  id: "measureId",
  title: "measureTitle",
  unit: "unit",
  taskType: "taskType",
};

function columnOf(path: readonly PathSegment[]): ColumnKey | undefined {
  const last = String(path[path.length - 1]);
  if (path.includes("rating")) return INPUT_FIELDS.find((f) => f.key === last)?.key;
  if (path.includes("measures")) return MEASURE_FIELDS[last];
  if (path.includes("goals")) return last === "number" ? "goalNumber" : "goalDescription";
  if (path.includes("challenges")) return "challenge";
  if (path.includes("actionFields")) return "actionField";
  return undefined;
}

function byLine(issues: CatalogueIssue[]): CatalogueIssue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).replace(/\r\n?/g, "\n").trim();
}

/** Free texts keep their leading and trailing spaces and tabs exactly; a blank cell is "". */
const KEEPS_SPACES: ReadonlySet<ColumnKey> = new Set([
  "actionField",
  "challenge",
  "goalDescription",
  "measureTitle",
  "unit",
  "remark",
]);

function cellValue(cell: Cell, key: ColumnKey): string {
  const trimmed = cellText(cell);
  if (trimmed === "" || !KEEPS_SPACES.has(key)) return trimmed;
  return String(cell).replace(/\r\n?/g, "\n");
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return shortened(oneLine, 60);
}

/** "Maßnahmen 2023.csv" → id "massnahmen-2023", title "Maßnahmen 2023", version "1". */
export function defaultMeta(file: string): Required<Pick<CatalogueMeta, "id" | "title" | "version">> {
  const base = file.split(/[\\/]/).pop() ?? file;
  const title = base.replace(/\.[^.]+$/, "").trim() || "Katalog";
  const id =
    title
      .replace(/ß/g, "ss")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[^a-z0-9]+|-+$/g, "")
      .slice(0, 64) || "katalog";
  return { id, title, version: "1" };
}
