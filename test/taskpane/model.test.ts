import { checkReport, decodeReport, encodeReport, MAX_REPORT_LINES } from "../../src/validation/checkReport";
import { DICTIONARIES } from "../../src/taskpane/i18n";
import { analyseWorkbook } from "../../src/validation/analysis";
import { fromBytes, fromSheet, tableSheets } from "../../src/taskpane/model/catalogueSource";
import { stateLines } from "../../src/taskpane/panels/create/BuildStatus";
import { PANE_MESSAGES } from "../../src/core/messages/sections";
import { debounce } from "../../src/taskpane/model/debounce";
import { firstCell, groupFindings } from "../../src/validation/findingGroups";
import { countLevels, fieldOverview, ratedCount, unitProgress } from "../../src/taskpane/model/overview";
import { isDarkTheme } from "../../src/taskpane/model/theme";
import { toBuildProgress } from "../../src/taskpane/services/officeWorkbookService";
import { localSettingsStore, parseSettings } from "../../src/addin/settingsStore";
import { setCell, snapshotFromPlan } from "../fakes/synthetic";
import { validateWorkbook } from "../../src/validation";
import type { Finding } from "../../src/validation";
import { bundledCatalogue, bundledPlan } from "./fakeService";

const plan = bundledPlan();
const catalogue = bundledCatalogue();

function editedSnapshot(edits: [measureIndex: number, value: string][]) {
  const snapshot = snapshotFromPlan(plan);
  for (const [index, value] of edits) {
    const m = plan.measures[index]!;
    setCell(
      snapshot.sheets.find((s) => s.name === m.sheetName)!,
      `${m.inputColumns.level}${m.row}`,
      value,
    );
  }
  return snapshot;
}

function zielbild(snapshot: ReturnType<typeof snapshotFromPlan>) {
  const analysis = analyseWorkbook(snapshot);
  if (analysis.kind !== "zielbild") throw new Error(`expected a Zielbild workbook, got ${analysis.kind}`);
  return analysis;
}

describe("workbook analysis", () => {
  test("an empty workbook is no overview, a built one is recognised with every measure", () => {
    expect(analyseWorkbook({ sheets: [] }).kind).toBe("none");
    expect(zielbild(snapshotFromPlan(plan)).measures).toHaveLength(plan.measures.length);
  });

  test("a workbook whose meta sheet is damaged is reported as damaged, with a message in both languages", () => {
    const snapshot = snapshotFromPlan(plan);
    const metaSheet = snapshot.sheets.find((s) => s.name === "_Zielbild")!;
    metaSheet.values = metaSheet.values.map((row) => row.map(() => "kaputt"));
    const analysis = analyseWorkbook(snapshot);
    expect(analysis.kind).toBe("damaged");
    if (analysis.kind === "damaged") expect(analysis.message.de).toMatch(/Zielbild/);
  });
});

describe("Übersicht counts", () => {
  test("levels, open and invalid per field and in total follow the entered values", () => {
    const first = plan.measures[0]!;
    const sameField = plan.measures.filter((m) => m.fieldId === first.fieldId);
    const otherField = plan.measures.find((m) => m.fieldId !== first.fieldId)!;
    const snapshot = editedSnapshot([
      [0, "hoch"],
      [1, "Hoch"], // EXACT in the formulas: capitalised is invalid
      [plan.measures.indexOf(otherField), "gering"],
    ]);
    const { measures } = zielbild(snapshot);
    const fields = fieldOverview(catalogue, measures);
    const firstField = fields.find((f) => f.fieldId === first.fieldId)!;
    expect(firstField.counts.levels.hoch).toBe(1);
    expect(firstField.counts.invalid).toBe(1);
    expect(firstField.counts.open).toBe(sameField.length - 2);
    expect(ratedCount(firstField.counts)).toBe(1);
    const total = countLevels(measures);
    expect(total).toMatchObject({ invalid: 1, open: plan.measures.length - 3, total: plan.measures.length });
    expect(total.levels).toEqual({ hoch: 1, mittel: 0, gering: 1, unklar: 0 });
    expect(fields.reduce((n, f) => n + f.counts.total, 0)).toBe(plan.measures.length);
  });

  test("progress per unit counts only valid levels as rated; measures without a unit come last", () => {
    const withUnit = plan.measures.findIndex((m, i) => i > 0 && catalogueUnit(m.measureId) !== undefined);
    const unit = catalogueUnit(plan.measures[withUnit]!.measureId)!;
    const { measures } = zielbild(editedSnapshot([[withUnit, "mittel"]]));
    const progress = unitProgress(measures);
    const entry = progress.find((p) => p.unit === unit)!;
    expect(entry.rated).toBe(1);
    expect(entry.total).toBe(plan.measures.filter((m) => catalogueUnit(m.measureId) === unit).length);
    expect(progress.reduce((n, p) => n + p.total, 0)).toBe(plan.measures.length);
    const nullAt = progress.findIndex((p) => p.unit === null);
    if (nullAt >= 0) expect(nullAt).toBe(progress.length - 1);
  });
});

function catalogueUnit(measureId: string): string | undefined {
  for (const f of catalogue.actionFields)
    for (const c of f.challenges)
      for (const g of c.goals) for (const m of g.measures) if (m.id === measureId) return m.unit;
  return undefined;
}

describe("findings grouped for the Prüfen panel", () => {
  const finding = (severity: Finding["severity"], fieldId?: string): Finding => ({
    severity,
    ruleId: "value-outside-scheme",
    message: { de: "x", en: "x" },
    sheet: "S",
    cell: "A1",
    ...(fieldId ? { fieldId } : {}),
  });

  test("workbook-wide findings first, then fields in catalogue order, severities error → warning → info", () => {
    const [f1, f2] = catalogue.actionFields;
    const groups = groupFindings(
      [finding("info", f2!.id), finding("warning", f1!.id), finding("error", f2!.id), finding("error")],
      catalogue,
    );
    expect(groups.map((g) => g.fieldId)).toEqual([undefined, f1!.id, f2!.id]);
    expect(groups[2]!.bySeverity.map((s) => s.severity)).toEqual(["error", "info"]);
    expect(groups[1]!.fieldName).toBe(`${f1!.number} ${f1!.name}`);
  });

  test("a range finding selects its first cell", () => {
    expect(firstCell("F5:F9")).toBe("F5");
    expect(firstCell("F5")).toBe("F5");
  });

  test("an invalid pasted rating becomes a finding naming the measure and the cell", () => {
    const m = plan.measures[4]!;
    const snapshot = editedSnapshot([[4, "sehr gut"]]);
    const findings = validateWorkbook(plan, snapshot, { mode: "entwurf", catalogue });
    const groups = groupFindings(findings, catalogue);
    const all = groups.flatMap((g) => g.bySeverity.flatMap((s) => s.findings));
    expect(all).toContainEqual(
      expect.objectContaining({
        measureId: m.measureId,
        sheet: m.sheetName,
        cell: `${m.inputColumns.level}${m.row}`,
      }),
    );
  });
});

describe("catalogue sources", () => {
  test("a malformed CSV yields every issue with its line and column, and no catalogue", () => {
    const csv = "Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme\nA;B;1;C;D\nA;B;zwei;C;E\n";
    const loaded = fromBytes(new TextEncoder().encode(csv), "liste.csv");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.issues).toContainEqual(
        expect.objectContaining({ file: "liste.csv", line: 3, field: "Ziel" }),
      );
  });

  test("a valid CSV gives a preview summary", () => {
    const csv =
      "Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme;Zuständig\nA;B;1;C;D;Amt 1\nA;B;2;C2;E;Amt 2\n";
    const loaded = fromBytes(new TextEncoder().encode(csv), "liste.csv");
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.summary).toMatchObject({
      actionFields: 1,
      goals: 2,
      measures: 2,
      units: ["Amt 1", "Amt 2"],
    });
  });

  test("a table on a sheet is read with its row numbers; the overview's own sheets are not offered", () => {
    const snapshot = snapshotFromPlan(plan);
    snapshot.sheets.push({
      name: "Katalog",
      visibility: "visible",
      values: [
        ["Handlungsfeld", "Herausforderung", "Ziel", "Zielbeschreibung", "Maßnahme"],
        ["A", "B", "x", "C", "D"],
      ],
      formulas: [],
    });
    const own = new Set(plan.sheets.map((s) => s.name));
    expect(tableSheets(snapshot, own)).toEqual(["Katalog"]);
    const loaded = fromSheet(snapshot, "Katalog");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues[0]).toMatchObject({ file: "Katalog", line: 2 });
  });

  test("in the English pane a catalogue's errors are English, also for a sheet that is gone", () => {
    const snapshot = snapshotFromPlan(plan);
    const gone = fromSheet(snapshot, "Weg", "en");
    expect(gone).toEqual({
      ok: false,
      issues: [{ file: "Weg", message: "The sheet does not exist (any more)" }],
    });
    expect(fromSheet(snapshot, "Weg")).toMatchObject({
      issues: [{ message: "Das Blatt gibt es nicht (mehr)" }],
    });
    const empty = fromBytes(new Uint8Array(), "leer.json", "en");
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.issues.map((i) => i.message).join(" ")).toMatch(/The file is empty/);
  });

  test("left-over sheets in a failed build's state are quoted as the pane's language quotes", () => {
    const failure = {
      rebuild: true,
      workbookState: "incomplete",
      leftovers: ["~zb-alt-1"],
    } as unknown as Parameters<typeof stateLines>[0];
    expect(stateLines(failure, PANE_MESSAGES.de).join(" ")).toContain("„~zb-alt-1“");
    const english = stateLines(failure, PANE_MESSAGES.en, "en").join(" ");
    expect(english).toContain("“~zb-alt-1”");
    expect(english).not.toContain("„");
  });
});

describe("theme, progress, debounce, settings", () => {
  test("the Office body background decides light or dark", () => {
    expect(isDarkTheme({ bodyBackgroundColor: "#1F1F1F" })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "not a colour" })).toBe(false);
  });

  test("the build progress only moves forward across the writer's phases and ends at 1", () => {
    const steps = [
      toBuildProgress({ phase: "prüfen", done: 0, total: 1 }),
      toBuildProgress({ phase: "schreiben", done: 1, total: 3 }),
      toBuildProgress({ phase: "schreiben", done: 3, total: 3 }),
      toBuildProgress({ phase: "abschließen", done: 1, total: 1 }),
    ].map((p) => p.fraction);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(steps[steps.length - 1]).toBe(1);
    expect(toBuildProgress({ phase: "schreiben", done: 0, total: 0 }).fraction).toBeGreaterThanOrEqual(0);
  });

  test("debounce runs once, after the last trigger", () => {
    jest.useFakeTimers();
    const action = jest.fn();
    const debounced = debounce(action, 800);
    debounced.trigger();
    jest.advanceTimersByTime(500);
    debounced.trigger();
    jest.advanceTimersByTime(799);
    expect(action).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    debounced.trigger();
    debounced.cancel();
    jest.advanceTimersByTime(2000);
    expect(action).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });

  test("settings survive a round trip through storage and fall back on garbage", () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    localSettingsStore(storage).save({ language: "en", password: "geheim" });
    expect(localSettingsStore(storage).load()).toEqual({ language: "en", password: "geheim" });
    expect(parseSettings("{nope")).toEqual({ language: "de", password: "" });
    expect(parseSettings(JSON.stringify({ language: "fr", password: 3 }))).toEqual({
      language: "de",
      password: "",
    });
  });

  test("under Office's partition key, moving settings saved before without it", () => {
    const items = new Map<string, string>([
      ["zielbild.settings.v1", JSON.stringify({ language: "en", password: "alt" })],
    ]);
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    const store = localSettingsStore(storage, () => "partition-7/");
    expect(store.load()).toEqual({ language: "en", password: "alt" });
    store.save({ language: "de", password: "neu" });
    expect([...items.keys()]).toEqual(["partition-7/zielbild.settings.v1"]);
    expect(localSettingsStore(storage, () => "partition-7/").load()).toEqual({
      language: "de",
      password: "neu",
    });
    expect(localSettingsStore(storage, () => "").load()).toEqual({ language: "de", password: "" });
  });

  test("without storage the settings hold in memory", () => {
    const store = localSettingsStore(undefined);
    store.save({ language: "en", password: "" });
    expect(store.load().language).toBe("en");
  });
});

describe("ribbon check report", () => {
  test("names the error count, jumps to the first error and survives the URL round trip", () => {
    const m = plan.measures[7]!;
    const report = checkReport(editedSnapshot([[7, "??"]]), "de");
    expect(report.ok).toBe(false);
    expect(report.title).toMatch(/^1 Fehler/);
    expect(report.jumpTo).toEqual({ sheet: m.sheetName, cell: `${m.inputColumns.level}${m.row}` });
    expect(report.lines.length).toBeLessThanOrEqual(MAX_REPORT_LINES);
    expect(report.lines[0]).toContain(m.measureId);
    expect(decodeReport(encodeReport(report))).toEqual({
      ok: false,
      title: report.title,
      lines: report.lines,
    });
    expect(decodeReport("%E0%A4%A")).toBeUndefined();
  });

  test("a workbook without overview is explained, in English too", () => {
    expect(checkReport({ sheets: [] }, "en")).toMatchObject({ ok: false, title: "No Zielbild overview" });
  });
});

describe("texts", () => {
  test("the findings summary uses singular and plural in both languages", () => {
    expect(DICTIONARIES.de.findingsSummary(1, 1, 2)).toBe("1 Fehler, 1 Warnung, 2 Hinweise");
    expect(DICTIONARIES.en.findingsSummary(1, 2, 1)).toBe("1 error, 2 warnings, 1 note");
  });
});
