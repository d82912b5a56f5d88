/** One action field as a sheet in the report's annex layout, with the input columns beside it. */
import type { ActionField, Goal, Measure } from "../catalogue/model";
import { INPUT_FIELDS, LEVELS, allowedValues, type InputField } from "../scheme/ratingScheme";
import { rangeAddress } from "../core/address";
import { printScale } from "./printScale";
import { MARGINS, protection, quoted, type PlanContext } from "./context";
import {
  COL_FIRST_INPUT,
  COL_CHANGE,
  COL_GOAL,
  COL_ID,
  COL_LAST_INPUT,
  COL_MEASURE,
  COL_NOTE,
  COL_PREVIOUS,
  COL_RATING,
  COL_STATUS,
  COL_TEXT,
  COL_UNIT,
  FIELD_COLUMN_WIDTHS,
  FIELD_FIRST_ROW,
  FIELD_HEADER_ROW,
  FIELD_NAME_ROW,
  FIELD_PROGRESS_ROW,
  FIELD_TITLE_ROW,
  INPUT_COLUMN,
  INPUT_LETTER,
  LETTER,
} from "./fieldLayout";
import { changeFormula, previousLevelFormula } from "./changeFormulas";
import { CONSTRAINED_FIELDS, ratingFormula, statusFormula, validExpression } from "./formulas";
import { label } from "./labels";
import type {
  ColumnPlan,
  ConditionalFormatPlan,
  DataValidationPlan,
  MeasureInputs,
  MeasureLocation,
  RowPlan,
  SheetPlan,
} from "./plan";
import { inputCell, prefilledInputs, unitOf } from "./prefill";
import { estimateLines, EXCEL_MAX_CELL_TEXT, headerFooter, LINE_HEIGHT, SheetGrid, str } from "./sheetGrid";
import { pageBreaks, type PrintedRow } from "./pageBreaks";
import { PALETTE } from "./styles";
import { unitProgressFormula } from "./unitProgress";

export interface FieldSheetResult {
  readonly sheet: SheetPlan;
  readonly measures: readonly MeasureLocation[];
  /** First and last row of the table body (challenge headings and measure rows). */
  readonly firstRow: number;
  readonly lastRow: number;
}

export function fieldSheetKey(field: ActionField): string {
  return `field:${field.id}`;
}

export function buildFieldSheet(field: ActionField, name: string, ctx: PlanContext): FieldSheetResult {
  const grid = new SheetGrid(name);
  const lastColumn = ctx.history ? COL_CHANGE : ctx.options.unit !== undefined ? COL_NOTE : COL_STATUS;
  writeHead(grid, field, ctx, lastColumn);
  const rows: RowPlan[] = [];
  const measures: MeasureLocation[] = [];
  /** Print units: a challenge heading with its first goal, then each further goal with its measures. */
  const units: { rows: PrintedRow[]; headed: boolean }[] = [];
  let row = FIELD_FIRST_ROW;
  for (const challenge of field.challenges) {
    const headingHeight = writeChallenge(grid, row, challenge.title, lastColumn);
    if (headingHeight) rows.push(headingHeight);
    const heading = { index: row, height: headingHeight?.height ?? LINE_HEIGHT };
    row++;
    challenge.goals.forEach((goal, goalIndex) => {
      const unit = goalIndex === 0 ? { rows: [heading], headed: true } : { rows: [], headed: false };
      units.push(unit);
      goal.measures.forEach((measure, index) => {
        const inputs = prefilledInputs(measure, ctx.options, ctx.lang);
        checkInputLengths(field, goal, measure, inputs);
        writeMeasure(grid, row, { field, goal, measure, inputs, first: index === 0 }, ctx);
        measures.push(location(field, goal, measure, row, name));
        const height = estimateHeight(index === 0 ? goal.description : "", measure.title, inputs);
        if (height > LINE_HEIGHT) rows.push({ index: row, height });
        unit.rows.push({ index: row, height: Math.max(height, LINE_HEIGHT) });
        row++;
      });
    });
    if (challenge.goals.length === 0) units.push({ rows: [heading], headed: false });
  }
  const lastRow = row - 1;
  if (ctx.options.unit !== undefined) {
    grid.formula(
      FIELD_PROGRESS_ROW,
      COL_TEXT,
      unitProgressFormula([{ name, firstRow: FIELD_FIRST_ROW, lastRow }], ctx),
    );
    grid.style(FIELD_PROGRESS_ROW, COL_TEXT, FIELD_PROGRESS_ROW, COL_TEXT, "subtitle");
  }
  const sheetColumns = columns(lastColumn);
  const printArea = rangeAddress(1, 1, lastRow, COL_RATING);
  const scale = printScale(sheetColumns, printArea, "landscape", MARGINS);
  const sheet: SheetPlan = {
    key: fieldSheetKey(field),
    name,
    role: "field",
    visibility: "visible",
    tabColor: PALETTE.tabField,
    columns: sheetColumns,
    rows: [{ index: FIELD_HEADER_ROW, height: HEADER_ROW_HEIGHT }, ...rows],
    blocks: grid.blocks(),
    styleRanges: grid.styleRanges,
    conditionalFormats: conditionalFormats(lastRow, ctx),
    dataValidations: dataValidations(lastRow, ctx),
    protection: protection(ctx.options),
    freeze: { rows: FIELD_HEADER_ROW, columns: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      scale,
      printArea,
      titleRows: `$${FIELD_HEADER_ROW}:$${FIELD_HEADER_ROW}`,
      breaksBefore: pageBreaks(units, {
        marginTop: MARGINS.top,
        marginBottom: MARGINS.bottom,
        firstPageHead: FIRST_PAGE_HEAD,
        repeatedHead: HEADER_ROW_HEIGHT,
        scale,
      }),
      header: headerFooter({
        left: ctx.title,
        center: ctx.roundTitle,
        right: fieldHeading(field, ctx),
      }),
      footer: headerFooter(
        { left: `${ctx.catalogue.title} (${ctx.catalogue.version})` },
        { right: label("page", ctx.lang) },
      ),
      margins: MARGINS,
    },
    extent: grid.extent(),
  };
  return { sheet, measures, firstRow: FIELD_FIRST_ROW, lastRow };
}

/** Height of the header row (repeated on every printed page), points. */
const HEADER_ROW_HEIGHT = 45;
/** Rows 1–3 above the header as printed (14 pt title, 12 pt field name, progress line) and the header. */
const FIRST_PAGE_HEAD = 20 + 17 + LINE_HEIGHT + HEADER_ROW_HEIGHT;

/** "Title – Sachstand 2024 (Stand 01.12.2026)": the first row of the summary and every field sheet. */
export function titleWithRound(ctx: PlanContext): string {
  return `${ctx.title} – ${ctx.roundTitle}`;
}

function fieldHeading(field: ActionField, ctx: PlanContext): string {
  return `${label("actionField", ctx.lang)} ${quoted(field.name, ctx.lang)}`;
}

function writeHead(grid: SheetGrid, field: ActionField, ctx: PlanContext, lastColumn: number): void {
  grid.text(FIELD_TITLE_ROW, COL_GOAL, titleWithRound(ctx));
  grid.style(FIELD_TITLE_ROW, COL_GOAL, FIELD_TITLE_ROW, COL_GOAL, "title");
  grid.text(FIELD_NAME_ROW, COL_GOAL, fieldHeading(field, ctx));
  grid.style(FIELD_NAME_ROW, COL_GOAL, FIELD_NAME_ROW, COL_GOAL, "subtitle");
  const headers: [number, string][] = [
    [COL_GOAL, label("goal", ctx.lang)],
    [COL_TEXT, label("challengeAndGoal", ctx.lang)],
    [COL_MEASURE, label("measures", ctx.lang)],
    [COL_RATING, label("rating", ctx.lang)],
    ...INPUT_FIELDS.map((f): [number, string] => [INPUT_COLUMN[f.key], f.header[ctx.lang]]),
    [COL_UNIT, label("unit", ctx.lang)],
    [COL_ID, label("id", ctx.lang)],
    [COL_STATUS, label("status", ctx.lang)],
  ];
  if (ctx.options.unit !== undefined) headers.push([COL_NOTE, label("note", ctx.lang)]);
  if (ctx.history)
    headers.push([COL_PREVIOUS, label("previousLevel", ctx.lang)], [COL_CHANGE, label("change", ctx.lang)]);
  for (const [column, text] of headers) grid.text(FIELD_HEADER_ROW, column, text);
  grid.style(FIELD_HEADER_ROW, COL_GOAL, FIELD_HEADER_ROW, COL_RATING, "header");
  grid.style(FIELD_HEADER_ROW, COL_FIRST_INPUT, FIELD_HEADER_ROW, lastColumn, "inputHeader");
}

/**
 * A challenge heading, centred across A:D. "Centre across selection" cannot wrap, so a title wider
 * than the annex goes into B, wrapped, with the band's fill across A:D; returns the row's height.
 */
function writeChallenge(
  grid: SheetGrid,
  row: number,
  title: string,
  lastColumn: number,
): RowPlan | undefined {
  grid.style(row, COL_FIRST_INPUT, row, lastColumn, "challengeBand");
  if (title.length <= ANNEX_WIDTH) {
    grid.text(row, COL_GOAL, title);
    grid.style(row, COL_GOAL, row, COL_RATING, "challenge");
    return undefined;
  }
  grid.text(row, COL_TEXT, title);
  grid.style(row, COL_GOAL, row, COL_RATING, "challengeBand");
  grid.style(row, COL_TEXT, row, COL_TEXT, "challengeWrap");
  return { index: row, height: estimateLines(title, FIELD_COLUMN_WIDTHS[COL_TEXT] ?? 12) * LINE_HEIGHT };
}

/** Width of the printed annex columns A:D in character units. */
const ANNEX_WIDTH = [COL_GOAL, COL_TEXT, COL_MEASURE, COL_RATING].reduce(
  (w, c) => w + (FIELD_COLUMN_WIDTHS[c] ?? 0),
  0,
);

interface MeasureRow {
  readonly field: ActionField;
  readonly goal: Goal;
  readonly measure: Measure;
  readonly inputs: MeasureInputs;
  /** The goal's first measure carries the goal's number and description. */
  readonly first: boolean;
}

function writeMeasure(grid: SheetGrid, row: number, m: MeasureRow, ctx: PlanContext): void {
  if (m.first) {
    grid.number(row, COL_GOAL, m.goal.number);
    grid.text(row, COL_TEXT, m.goal.description);
  }
  grid.text(row, COL_MEASURE, m.measure.title);
  grid.formula(row, COL_RATING, ratingFormula(row, ctx.lang, ctx.status));
  for (const field of INPUT_FIELDS) grid.set(row, INPUT_COLUMN[field.key], inputCell(m.inputs[field.key]));
  grid.set(row, COL_UNIT, inputCell(m.inputs.unit));
  grid.text(row, COL_ID, m.measure.id);
  grid.formula(row, COL_STATUS, statusFormula(row, ctx.lang, ctx.status));
  grid.style(row, COL_GOAL, row, COL_GOAL, "goalNumber");
  grid.style(row, COL_TEXT, row, COL_MEASURE, "goalText");
  grid.style(row, COL_RATING, row, COL_RATING, "rating");
  const own = ctx.options.unit === undefined || unitOf(m.inputs) === ctx.options.unit;
  grid.style(row, COL_FIRST_INPUT, row, COL_LAST_INPUT, own ? "input" : "inputOther");
  grid.style(
    row,
    COL_UNIT,
    row,
    COL_UNIT,
    ctx.options.unit === undefined ? "unitInput" : own ? "locked" : "inputOther",
  );
  grid.style(row, COL_ID, row, COL_ID, "id");
  grid.style(row, COL_STATUS, row, COL_STATUS, "status");
  if (!own) {
    grid.text(row, COL_NOTE, label("notYourUnit", ctx.lang));
    grid.style(row, COL_NOTE, row, COL_NOTE, "otherNote");
  }
  if (ctx.history) {
    grid.formula(row, COL_PREVIOUS, previousLevelFormula(row, ctx.history, ctx.lang));
    grid.formula(row, COL_CHANGE, changeFormula(row, ctx.lang));
    grid.style(row, COL_PREVIOUS, row, COL_CHANGE, "id");
  }
}

function location(
  field: ActionField,
  goal: Goal,
  measure: Measure,
  row: number,
  sheetName: string,
): MeasureLocation {
  return {
    measureId: measure.id,
    fieldId: field.id,
    goalNumber: goal.number,
    sheetKey: fieldSheetKey(field),
    sheetName,
    row,
    inputColumns: INPUT_LETTER,
    unitColumn: LETTER.unit,
    idColumn: LETTER.id,
  };
}

function checkInputLengths(field: ActionField, goal: Goal, measure: Measure, inputs: MeasureInputs): void {
  for (const [key, value] of Object.entries(inputs)) {
    if (typeof value === "string" && value.length > EXCEL_MAX_CELL_TEXT) {
      throw new Error(
        `Handlungsfeld „${field.name}“, Ziel ${goal.number}, Maßnahme ${measure.id}: Eingabe „${key}“ hat ` +
          `${value.length} Zeichen, mehr als die ${EXCEL_MAX_CELL_TEXT} Zeichen einer Excel-Zelle.`,
      );
    }
  }
}

function columns(lastColumn: number): ColumnPlan[] {
  const result: ColumnPlan[] = [];
  for (let index = 1; index <= lastColumn; index++) {
    result.push({
      index,
      width: FIELD_COLUMN_WIDTHS[index] ?? 12,
      ...(index === COL_STATUS ? { hidden: true } : {}),
    });
  }
  return result;
}

/** Wrapped text needs taller rows; writers do not autofit, so estimate lines per column width. */
function estimateHeight(goalText: string, measureTitle: string, inputs: MeasureInputs): number {
  const lines = (text: string, column: number) => estimateLines(text, FIELD_COLUMN_WIDTHS[column] ?? 12);
  const remark = typeof inputs.remark === "string" ? inputs.remark : "";
  const unit = typeof inputs.unit === "string" ? inputs.unit : "";
  const most = Math.max(
    lines(goalText, COL_TEXT),
    lines(measureTitle, COL_MEASURE),
    lines(remark, INPUT_COLUMN.remark),
    lines(unit, COL_UNIT),
  );
  return most * LINE_HEIGHT;
}

function conditionalFormats(lastRow: number, ctx: PlanContext): ConditionalFormatPlan[] {
  const first = FIELD_FIRST_ROW;
  const column = (col: number) => rangeAddress(first, col, lastRow, col);
  const statusCell = `$${LETTER.status}${first}`;
  const levelAbs = `$${INPUT_LETTER.level}${first}`;
  const rules: Omit<ConditionalFormatPlan, "priority">[] = [
    {
      kind: "expression",
      range: column(COL_RATING),
      formula: `=${statusCell}=${str(ctx.status.invalid)}`,
      fill: PALETTE.invalidFill,
      fontColor: PALETTE.invalidFont,
      bold: true,
    },
    ...CONSTRAINED_FIELDS.map((field) => {
      const cell = `${INPUT_LETTER[field.key]}${first}`;
      return {
        kind: "expression" as const,
        range: column(INPUT_COLUMN[field.key]),
        formula: `=NOT(${validExpression(field, cell, ctx.lang)})`,
        fill: PALETTE.invalidFill,
        fontColor: PALETTE.invalidFont,
        bold: true,
      };
    }),
    ...LEVELS.flatMap((level) => [
      {
        kind: "expression" as const,
        range: column(COL_RATING),
        formula: `=AND(${statusCell}=${str(ctx.status.rated)},${levelAbs}=${str(level.value[ctx.lang])})`,
        fill: level.fill,
        fontColor: level.fontColor,
        bold: true,
      },
      {
        kind: "expression" as const,
        range: column(INPUT_COLUMN.level),
        formula: `=EXACT(${INPUT_LETTER.level}${first},${str(level.value[ctx.lang])})`,
        fill: level.fill,
        fontColor: level.fontColor,
      },
    ]),
    {
      kind: "expression",
      range: column(COL_RATING),
      formula: `=${statusCell}=${str(ctx.status.open)}`,
      fill: PALETTE.openFill,
      fontColor: PALETTE.openFont,
    },
  ];
  return rules.map((rule, i) => ({ ...rule, priority: i + 1 }) as ConditionalFormatPlan);
}

function dataValidations(lastRow: number, ctx: PlanContext): DataValidationPlan[] {
  const error = {
    title: label("invalidInputTitle", ctx.lang),
    message: label("invalidInputMessage", ctx.lang),
  };
  const rules: DataValidationPlan[] = CONSTRAINED_FIELDS.map((field) => ({
    range: rangeAddress(FIELD_FIRST_ROW, INPUT_COLUMN[field.key], lastRow, INPUT_COLUMN[field.key]),
    list: { source: `=${listSource(field, ctx)}` },
    allowBlank: true,
    prompt: { title: field.header[ctx.lang], message: field.prompt[ctx.lang] },
    error: { title: error.title, message: `${error.message} (${allowedValues(field, ctx.lang).join(", ")})` },
  }));
  if (ctx.lists.units && ctx.options.unit === undefined) {
    rules.push({
      range: rangeAddress(FIELD_FIRST_ROW, COL_UNIT, lastRow, COL_UNIT),
      list: { source: `=${ctx.lists.units}` },
      allowBlank: true,
      prompt: { title: label("unit", ctx.lang), message: label("unitPrompt", ctx.lang) },
      error,
    });
  }
  return rules;
}

function listSource(field: InputField, ctx: PlanContext): string {
  switch (field.kind) {
    case "level":
      return ctx.lists.levels;
    case "taskType":
      return ctx.lists.taskTypes;
    case "flag":
      return ctx.lists.yesNo;
    case "text":
      throw new Error(`Die Eingabe „${field.key}“ ist Freitext und hat keine Auswahlliste.`);
  }
}
