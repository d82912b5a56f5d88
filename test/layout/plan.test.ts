/** Invariants of the plan that both writers, validation and merging rely on. */
import { HyperFormula } from "hyperformula";
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { buildPlan } from "../../src/layout/buildPlan";
import { parseRange, parseCell, columnIndex } from "../../src/core/address";
import { measureEntries, type Catalogue } from "../../src/catalogue/model";
import { catalogueSchema } from "../../src/catalogue/schema";
import type { CellContent, SheetPlan, WorkbookPlan } from "../../src/layout/plan";
import { isValidSheetName } from "../../src/layout/sheetNames";
import { INPUT_FIELDS, LEVELS, allowedValues, type Language } from "../../src/scheme/ratingScheme";
import { fixtureCatalogue, fixtureOptions, UNITS } from "./fixtures";

const ALLOWED_FUNCTIONS = new Set([
  "IF",
  "OR",
  "AND",
  "NOT",
  "COUNT",
  "COUNTA",
  "COUNTIF",
  "COUNTIFS",
  "SUMPRODUCT",
  "SUM",
  "IFERROR",
  "ISNUMBER",
  "MATCH",
  "TRIM",
  "LOWER",
  "EXACT",
  "ROUND",
]);

function cellsOf(sheet: SheetPlan): Map<string, CellContent> {
  const cells = new Map<string, CellContent>();
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    block.cells.forEach((row, r) =>
      row.forEach((c, k) => cells.set(`${origin.row + r}:${origin.column + k}`, c)),
    );
  }
  return cells;
}

function cellAt(sheet: SheetPlan, row: number, column: number): CellContent {
  return cellsOf(sheet).get(`${row}:${column}`) ?? null;
}

function allFormulas(plan: WorkbookPlan): { where: string; formula: string }[] {
  return plan.sheets.flatMap((sheet) => [
    ...[...cellsOf(sheet)].flatMap(([at, c]) =>
      c && "formula" in c ? [{ where: `${sheet.name}@${at}`, formula: c.formula }] : [],
    ),
    ...sheet.conditionalFormats.flatMap((cf) =>
      cf.kind === "expression" ? [{ where: `${sheet.name} CF ${cf.range}`, formula: cf.formula }] : [],
    ),
  ]);
}

/** Whether each cell ends up locked after applying the style ranges in order (later wins). */
function unlockedCells(plan: WorkbookPlan, sheet: SheetPlan): Set<string> {
  const unlocked = new Set<string>();
  for (const { range, style } of sheet.styleRanges) {
    const locked = plan.styles[style]?.locked ?? true;
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        if (locked) unlocked.delete(`${row}:${col}`);
        else unlocked.add(`${row}:${col}`);
      }
  }
  return unlocked;
}

const catalogue = fixtureCatalogue({ fields: 4 });

describe("plan invariants", () => {
  const plan = buildPlan(catalogue, fixtureOptions());

  test("every measure is located exactly once, on its own row, with its ID in the ID column", () => {
    const ids = [...measureEntries(catalogue)].map((e) => e.measure.id);
    expect(plan.measures.map((m) => m.measureId).sort()).toEqual([...ids].sort());
    const rows = new Set(plan.measures.map((m) => `${m.sheetName}:${m.row}`));
    expect(rows.size).toBe(ids.length);
    for (const m of plan.measures) {
      const sheet = plan.sheets.find((s) => s.name === m.sheetName && s.key === m.sheetKey)!;
      expect(cellAt(sheet, m.row, columnIndex(m.idColumn))).toEqual({ text: m.measureId });
    }
  });

  test("catalogue text stays text, also when it starts with = or +", () => {
    for (const { field, goal, measure } of measureEntries(catalogue)) {
      const location = plan.measures.find((m) => m.measureId === measure.id)!;
      const sheet = plan.sheets.find((s) => s.key === `field:${field.id}`)!;
      expect(cellAt(sheet, location.row, 3)).toEqual({ text: measure.title });
      if (goal.measures[0] === measure)
        expect(cellAt(sheet, location.row, 2)).toEqual({ text: goal.description });
    }
    const texts = plan.sheets.flatMap((s) => [...cellsOf(s).values()]).filter((c) => c && "text" in c);
    expect(texts.some((c) => c && "text" in c && c.text.startsWith("="))).toBe(true);
  });

  test("sheets: order, valid unique names, visibility, protection on every sheet", () => {
    expect(plan.sheets.map((s) => s.role)).toEqual([
      "summary",
      "field",
      "field",
      "field",
      "field",
      "legend",
      "lists",
      "meta",
    ]);
    const names = plan.sheets.map((s) => s.name);
    for (const name of names) expect(isValidSheetName(name)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(plan.sheets.find((s) => s.role === "lists")!.visibility).toBe("hidden");
    expect(plan.sheets.find((s) => s.role === "meta")!.visibility).toBe("veryHidden");
    for (const sheet of plan.sheets) {
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.protection.password).toBeUndefined();
    }
    const withPassword = buildPlan(catalogue, fixtureOptions({ password: "geheim" }));
    for (const sheet of withPassword.sheets) expect(sheet.protection.password).toBe("geheim");
  });

  test("only the input cells of measure rows (and the unit column) are unlocked — all of them", () => {
    for (const sheet of plan.sheets) {
      const unlocked = unlockedCells(plan, sheet);
      const expected = new Set<string>();
      for (const m of plan.measures.filter((x) => x.sheetName === sheet.name)) {
        for (const field of INPUT_FIELDS) expected.add(`${m.row}:${columnIndex(m.inputColumns[field.key])}`);
        expected.add(`${m.row}:${columnIndex(m.unitColumn)}`);
      }
      expect([...unlocked].sort()).toEqual([...expected].sort());
    }
  });

  test("conditional formats and validations are bounded to the measure rows, priorities unique", () => {
    for (const sheet of plan.sheets.filter((s) => s.role === "field")) {
      const rows = plan.measures.filter((m) => m.sheetName === sheet.name).map((m) => m.row);
      const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
      for (const { range } of [...sheet.conditionalFormats, ...sheet.dataValidations]) {
        const r = parseRange(range);
        expect(r.top).toBeGreaterThanOrEqual(top - 1); // the first challenge heading sits above the first measure
        expect(r.bottom).toBe(bottom);
        expect(r.left).toBe(r.right);
      }
      const priorities = sheet.conditionalFormats.map((cf) => cf.priority);
      expect(new Set(priorities).size).toBe(priorities.length);
      expect(sheet.dataValidations).toHaveLength(
        INPUT_FIELDS.filter((f) => allowedValues(f, "de").length > 0).length + 1,
      );
    }
  });

  test("every formula parses in a real engine and uses only functions Excel 2016 and LibreOffice share", () => {
    const formulas = allFormulas(plan);
    expect(formulas.length).toBeGreaterThan(100);
    const engine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    expect(engine.validateFormula("=SUM(1,")).toBe(false);
    for (const { where, formula } of formulas) {
      expect({ where, valid: engine.validateFormula(formula) }).toEqual({ where, valid: true });
      const used = [...formula.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!);
      for (const fn of used)
        expect({ where, fn, allowed: ALLOWED_FUNCTIONS.has(fn) }).toEqual({ where, fn, allowed: true });
    }
  });

  test("validation lists point at the lists sheet, which holds the scheme's values; prompts fit Excel's limits", () => {
    for (const lang of ["de", "en"] as Language[]) {
      const p = buildPlan(catalogue, fixtureOptions({ language: lang }));
      const field = p.sheets.find((s) => s.role === "field")!;
      const lists = p.sheets.find((s) => s.role === "lists")!;
      const levelColumn = p.measures[0]!.inputColumns.level;
      const dv = field.dataValidations.find((d) => parseRange(d.range).left === columnIndex(levelColumn))!;
      expect("source" in dv.list).toBe(true);
      const source = (dv.list as { source: string }).source;
      const match = /^='(.+)'!\$([A-Z])\$(\d+):\$([A-Z])\$(\d+)$/.exec(source)!;
      expect(match[1]).toBe(lists.name);
      const values: unknown[] = [];
      for (let row = Number(match[3]); row <= Number(match[5]); row++)
        values.push(cellAt(lists, row, columnIndex(match[2]!)));
      expect(values).toEqual(LEVELS.map((l) => ({ text: l.value[lang] })));
      for (const d of field.dataValidations) {
        expect(d.prompt.title.length).toBeLessThanOrEqual(32);
        expect(d.prompt.message.length).toBeLessThanOrEqual(255);
        expect(d.error.title.length).toBeLessThanOrEqual(32);
        expect(d.error.message.length).toBeLessThanOrEqual(255);
      }
      for (const name of p.definedNames) expect(name.ref.startsWith(`'${lists.name}'!$`)).toBe(true);
    }
  });

  test("print: A4 landscape on one page width, annex columns only, header row repeated, & escaped", () => {
    for (const sheet of plan.sheets.filter((s) => s.role === "field")) {
      const rows = plan.measures.filter((m) => m.sheetName === sheet.name).map((m) => m.row);
      expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", scale: 100 });
      expect(sheet.print!.printArea).toBe(`A1:D${Math.max(...rows)}`);
      expect(sheet.print!.titleRows).toBe(`$${sheet.freeze!.rows}:$${sheet.freeze!.rows}`);
      expect(sheet.print!.footer.right).toContain("&P");
      const header = sheet.print!.header.right ?? "";
      expect(header.replace(/&&/g, "")).not.toContain("&");
    }
  });

  test("the archive sheet appears only when there are archived measures", () => {
    const archived = buildPlan(
      catalogue,
      fixtureOptions({
        archive: [
          {
            measureId: "OLD-1",
            fieldName: "Wohnen",
            goalNumber: 3,
            title: "=alt",
            inputs: { level: "hoch", remark: "x" },
            archivedAt: "2024-01-01",
          },
        ],
      }),
    );
    const archive = archived.sheets.find((s) => s.role === "archive")!;
    expect(archived.sheets.map((s) => s.role)).toEqual([
      "summary",
      "field",
      "field",
      "field",
      "field",
      "legend",
      "archive",
      "lists",
      "meta",
    ]);
    const texts = [...cellsOf(archive).values()]
      .filter((c) => c && "text" in c)
      .map((c) => (c as { text: string }).text);
    expect(texts).toEqual(expect.arrayContaining(["OLD-1", "=alt", "hoch", "x"]));
    expect(unlockedCells(archived, archive).size).toBe(0);
  });
});

describe("inputs", () => {
  const rated: Catalogue = fixtureCatalogue({
    fields: 1,
    challengesPerField: 1,
    goalsPerChallenge: 1,
    measuresPerGoal: () => 3,
  });
  const withRating: Catalogue = {
    ...rated,
    actionFields: rated.actionFields.map((f) => ({
      ...f,
      challenges: f.challenges.map((c) => ({
        ...c,
        goals: c.goals.map((g) => ({
          ...g,
          measures: g.measures.map((m, i) =>
            i === 0
              ? {
                  ...m,
                  taskType: "R" as const,
                  rating: { level: "gering" as const, weiterfuehrungsbedarf: true, remark: "Grund" },
                }
              : m,
          ),
        })),
      })),
    })),
  };

  function inputsOf(plan: WorkbookPlan, id: string): Record<string, CellContent> {
    const m = plan.measures.find((x) => x.measureId === id)!;
    const sheet = plan.sheets.find((s) => s.name === m.sheetName)!;
    return Object.fromEntries([
      ...INPUT_FIELDS.map((f) => [f.key, cellAt(sheet, m.row, columnIndex(m.inputColumns[f.key]))]),
      ["unit", cellAt(sheet, m.row, columnIndex(m.unitColumn))],
    ]);
  }

  test("the catalogue's ratings pre-fill the inputs in the workbook's language", () => {
    const id = withRating.actionFields[0]!.challenges[0]!.goals[0]!.measures[0]!.id;
    expect(inputsOf(buildPlan(withRating, fixtureOptions()), id)).toMatchObject({
      level: { text: "gering" },
      taskType: { text: "R" },
      weiterfuehrungsbedarf: { text: "ja" },
      remark: { text: "Grund" },
    });
    expect(inputsOf(buildPlan(withRating, fixtureOptions({ language: "en" })), id)).toMatchObject({
      level: { text: "low" },
      weiterfuehrungsbedarf: { text: "yes" },
    });
  });

  test("entered inputs win, a cleared cell stays cleared, an invalid paste is kept as it was", () => {
    const [first, second] = withRating.actionFields[0]!.challenges[0]!.goals[0]!.measures;
    const inputs = new Map([
      [first!.id, { level: "hoch" }],
      [second!.id, { level: 5, taskType: "p", unit: "Neue Stelle" }],
    ]);
    const plan = buildPlan(withRating, fixtureOptions({ inputs }));
    expect(inputsOf(plan, first!.id)).toEqual({
      level: { text: "hoch" },
      taskType: null,
      weiterfuehrungsbedarf: null,
      zustaendigkeitFraglich: null,
      rahmenbedingungenVeraendert: null,
      remark: null,
      unit: first!.unit ? { text: first!.unit } : null,
    });
    expect(inputsOf(plan, second!.id)).toMatchObject({
      level: { number: 5 },
      taskType: { text: "p" },
      unit: { text: "Neue Stelle" },
    });
    const lists = plan.sheets.find((s) => s.role === "lists")!;
    expect([...cellsOf(lists).values()]).toContainEqual({ text: "Neue Stelle" });
  });

  test("a text longer than an Excel cell is refused before building, naming the measure", () => {
    const id = rated.actionFields[0]!.challenges[0]!.goals[0]!.measures[1]!.id;
    const inputs = new Map([[id, { remark: "x".repeat(32768) }]]);
    expect(() => buildPlan(rated, fixtureOptions({ inputs }))).toThrow(new RegExp(`Maßnahme ${id}.*32767`));
    expect(() => buildPlan(rated, fixtureOptions({ title: "T".repeat(40000) }))).toThrow(/32767 Zeichen/);
  });
});

describe("per-unit workbook", () => {
  const unit = UNITS[0];
  const plan = buildPlan(catalogue, fixtureOptions({ unit }));

  test("only the unit's own input cells are unlocked; other rows are marked as not theirs", () => {
    for (const sheet of plan.sheets) {
      const unlocked = unlockedCells(plan, sheet);
      const expected = new Set<string>();
      for (const m of plan.measures.filter((x) => x.sheetName === sheet.name)) {
        const own = cellAt(sheet, m.row, columnIndex(m.unitColumn));
        const note = cellAt(sheet, m.row, columnIndex(m.idColumn) + 2);
        if (own && "text" in own && own.text === unit) {
          for (const field of INPUT_FIELDS)
            expected.add(`${m.row}:${columnIndex(m.inputColumns[field.key])}`);
          expect(note).toBeNull();
        } else {
          expect(note).toEqual({ text: "nicht Ihre Zuständigkeit" });
        }
      }
      expect([...unlocked].sort()).toEqual([...expected].sort());
    }
    expect(plan.meta.unit).toBe(unit);
  });
});

const BUNDLED = join(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");

describe("bundled catalogue", () => {
  test("builds: 9 field sheets with valid names, every measure located", () => {
    expect(existsSync(BUNDLED)).toBe(true);
    const parsed = catalogueSchema.parse(JSON.parse(readFileSync(BUNDLED, "utf8"))) as Catalogue;
    const plan = buildPlan(parsed, fixtureOptions());
    const fields = plan.sheets.filter((s) => s.role === "field");
    expect(fields).toHaveLength(parsed.actionFields.length);
    for (const sheet of plan.sheets) expect(isValidSheetName(sheet.name)).toBe(true);
    expect(plan.measures).toHaveLength([...measureEntries(parsed)].length);
  });
});

describe("challenge headings", () => {
  test("a short heading is centred across A:D, a long one wraps in B with a taller row (no merged cells)", () => {
    const base = fixtureCatalogue({ fields: 1, challengesPerField: 2 });
    const long = "=Lange Herausforderung, ".repeat(8).trim();
    const field = base.actionFields[0]!;
    const catalogue: Catalogue = {
      ...base,
      actionFields: [
        { ...field, challenges: [field.challenges[0]!, { ...field.challenges[1]!, title: long }] },
      ],
    };
    const plan = buildPlan(catalogue, fixtureOptions());
    const sheet = plan.sheets.find((s) => s.role === "field")!;
    const cells = [...cellsOf(sheet)];
    const at = (text: string) => cells.find(([, c]) => c && "text" in c && c.text === text)![0];
    const [shortRow, shortColumn] = at(field.challenges[0]!.title).split(":").map(Number);
    const [longRow, longColumn] = at(long).split(":").map(Number);
    expect(shortColumn).toBe(1);
    expect(longColumn).toBe(2);
    const styleAt = (row: number, column: number) =>
      sheet.styleRanges
        .filter(({ range }) => {
          const r = parseRange(range);
          return r.top <= row && row <= r.bottom && r.left <= column && column <= r.right;
        })
        .map((s) => plan.styles[s.style]!)
        .pop();
    for (let column = 1; column <= 4; column++)
      expect(styleAt(shortRow!, column)?.horizontal).toBe("centerContinuous");
    expect(styleAt(longRow!, 2)?.wrap).toBe(true);
    expect(sheet.rows.find((r) => r.index === longRow)!.height).toBeGreaterThan(30);
  });
});
