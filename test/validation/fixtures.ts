/**
 * A small hand-made plan in the field-sheet layout (inputs F–K, unit L, ID M, status N) and helpers
 * that edit its snapshot the way departments edit workbooks.
 */
import type { CellContent, MeasureLocation, SheetPlan, WorkbookPlan } from "../../src/layout/plan";
import type { Language } from "../../src/scheme/ratingScheme";
import { snapshotFromPlan, setCell, type MutableSheet } from "../fakes/synthetic";
import type { Catalogue } from "../../src/catalogue/model";

export const INPUT_COLUMNS = {
  level: "F",
  taskType: "G",
  weiterfuehrungsbedarf: "H",
  zustaendigkeitFraglich: "I",
  rahmenbedingungenVeraendert: "J",
  remark: "K",
} as const;

/** Field hf1: goal 1 (M1, M2), goal 2 (M3, M4); field hf2: goal 3 (M5, M6). First measure row 6. */
export const FIXTURE_FIELDS = [
  {
    id: "hf1",
    name: "1 Ankommen",
    goals: [
      { number: 1, measures: ["M1", "M2"] },
      { number: 2, measures: ["M3", "M4"] },
    ],
  },
  { id: "hf2", name: "2 Wohnen", goals: [{ number: 3, measures: ["M5", "M6"] }] },
];

export function fixtureCatalogue(): Catalogue {
  return {
    id: "fixture",
    title: "Fixture",
    version: "1",
    actionFields: FIXTURE_FIELDS.map((f, i) => ({
      id: f.id,
      number: i + 1,
      name: f.name,
      challenges: [
        {
          title: `Herausforderung ${f.id}`,
          goals: f.goals.map((g) => ({
            number: g.number,
            description: `Ziel ${g.number}`,
            measures: g.measures.map((id) => ({ id, title: `Titel ${id}`, unit: "Amt A" })),
          })),
        },
      ],
    })),
  };
}

const text = (t: string): CellContent => ({ text: t });
const formula = (f: string): CellContent => ({ formula: f });

export function fixturePlan(options: { language?: Language; unit?: string } = {}): WorkbookPlan {
  const measures: MeasureLocation[] = [];
  const fieldSheets: SheetPlan[] = FIXTURE_FIELDS.map((field) => {
    const rows: CellContent[][] = [
      [text("Titel"), ...blank(13)],
      [text(`Handlungsfeld ${field.name}`), ...blank(13)],
      blank(14),
      [
        text("Ziel"),
        text("Herausforderung & Zielbeschreibung"),
        text("Maßnahmen"),
        text("Bewertung"),
        null,
        text("Zielerreichungsgrad"),
        text("Aufgabe"),
        text("W"),
        text("Z"),
        text("V"),
        text("Bemerkung"),
        text("Zuständig"),
        text("ID"),
        text("Status"),
      ],
      [text(`Herausforderung ${field.id}`), ...blank(13)],
    ];
    for (const goal of field.goals)
      goal.measures.forEach((id, i) => {
        const row = rows.length + 1;
        rows.push([
          i === 0 ? { number: goal.number } : null,
          i === 0 ? text(`Ziel ${goal.number}`) : null,
          text(`Titel ${id}`),
          formula(`=F${row}&""`),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          text("Amt A"),
          text(id),
          formula(`=IF(F${row}="","offen","bewertet")`),
        ]);
        measures.push({
          measureId: id,
          fieldId: field.id,
          goalNumber: goal.number,
          sheetKey: `field:${field.id}`,
          sheetName: field.name,
          row,
          inputColumns: INPUT_COLUMNS,
          unitColumn: "L",
          idColumn: "M",
        });
      });
    return sheetPlan(`field:${field.id}`, field.name, "field", rows);
  });
  const summary = sheetPlan("summary", "Übersicht", "summary", [
    [text("Übersicht"), null],
    [text("Maßnahmen"), formula(`=COUNTA('1 Ankommen'!M6:M9)+COUNTA('2 Wohnen'!M6:M7)`)],
  ]);
  const lists = { ...sheetPlan("lists", "Listen", "lists", [[text("hoch")]]), visibility: "hidden" as const };
  return {
    meta: {
      generator: "Zielbild",
      formatVersion: 1,
      schemeVersion: 1,
      catalogueId: "fixture",
      catalogueVersion: "1",
      catalogueTitle: "Fixture",
      title: "Fixture",
      language: options.language ?? "de",
      builtAt: "2024-01-01T00:00:00.000Z",
      ...(options.unit !== undefined ? { unit: options.unit } : {}),
    },
    styles: {},
    sheets: [summary, ...fieldSheets, lists],
    definedNames: [],
    measures,
  };
}

function blank(n: number): CellContent[] {
  return new Array<CellContent>(n).fill(null);
}

function sheetPlan(key: string, name: string, role: SheetPlan["role"], cells: CellContent[][]): SheetPlan {
  return {
    key,
    name,
    role,
    visibility: "visible",
    columns: [],
    rows: [],
    blocks: [{ origin: "A1", cells }],
    styleRanges: [],
    conditionalFormats: [],
    dataValidations: [],
    protection: { protected: true, allowFormatColumns: true, allowAutoFilter: false, allowSort: false },
    extent: `A1:N${cells.length}`,
  };
}

/** A snapshot of the untouched workbook, with editing helpers. */
export class EditableWorkbook {
  readonly sheets: MutableSheet[];
  readonly meta: WorkbookPlan["meta"];

  constructor(plan: WorkbookPlan) {
    const snapshot = snapshotFromPlan(plan);
    this.sheets = snapshot.sheets;
    this.meta = snapshot.meta;
  }

  sheet(name: string): MutableSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  set(sheet: string, address: string, value: string | number | boolean | null): this {
    setCell(this.sheet(sheet), address, value);
    return this;
  }

  /** Like Excel's "delete row": everything below moves up. */
  deleteRow(sheet: string, row: number): this {
    const s = this.sheet(sheet);
    s.values.splice(row - 1, 1);
    s.formulas.splice(row - 1, 1);
    return this;
  }

  insertRow(sheet: string, row: number, values: (string | number | null)[] = []): this {
    const s = this.sheet(sheet);
    s.values.splice(row - 1, 0, [...values]);
    s.formulas.splice(
      row - 1,
      0,
      values.map(() => null),
    );
    return this;
  }

  copyRow(sheet: string, from: number, to: number): this {
    const s = this.sheet(sheet);
    s.values.splice(to - 1, 0, [...(s.values[from - 1] ?? [])]);
    s.formulas.splice(to - 1, 0, [...(s.formulas[from - 1] ?? [])]);
    return this;
  }

  rename(from: string, to: string): this {
    this.sheet(from).name = to;
    return this;
  }

  remove(name: string): this {
    this.sheets.splice(this.sheets.indexOf(this.sheet(name)), 1);
    return this;
  }
}
