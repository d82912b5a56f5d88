/** @jest-environment jsdom */
/**
 * Runden: the current round and the closed ones, starting the next round through the service (the fake
 * runs the pure core), the changes since the last round following what is typed into the sheets, invalid
 * entries listed with "Trotzdem beginnen", the form's own checks, failures, and the English labels.
 */
import "./jsdomPolyfills";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { buildPlan } from "../../src/layout/buildPlan";
import type { MeasureLocation, WorkbookPlan } from "../../src/layout/plan";
import { readZielbildWorkbook } from "../../src/returns/readWorkbook";
import { localIsoDate as today } from "../../src/core/dates";
import { FakeWorkbookService, bundledCatalogue, bundledPlan } from "./fakeService";
import { renderApp } from "./renderApp";

jest.setTimeout(30000);

const plan = bundledPlan();

function renderRounds(service: FakeWorkbookService, language: "de" | "en" = "de", password = "") {
  return renderApp(service, { tab: "rounds", settings: { language, password } });
}

/** Where a measure's level is typed, in the workbook as it stands now (after a round, too). */
function levelCell(service: FakeWorkbookService, measureId: string) {
  const read = readZielbildWorkbook(service.snapshot);
  if ("error" in read) throw new Error(read.error);
  const m = read.workbook.plan.measures.find((x) => x.measureId === measureId)!;
  return { sheet: m.sheetName, address: `${m.inputColumns.level}${m.row}` };
}

function type(service: FakeWorkbookService, measure: MeasureLocation, value: string) {
  const { sheet, address } = levelCell(service, measure.measureId);
  service.edit(sheet, address, value);
}

/** The tile of one change class in "Alle Handlungsfelder". */
function total(mark: string): string | undefined {
  const tiles = within(screen.getByTestId("changes-total")).getAllByRole("term");
  return tiles.find((dt) => dt.textContent === mark)?.nextElementSibling?.textContent ?? undefined;
}

async function startRound(label: string, date?: string) {
  fireEvent.change(await screen.findByLabelText(/^Bezeichnung der neuen Runde/, {}, { timeout: 10000 }), {
    target: { value: label },
  });
  if (date) fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: date } });
  fireEvent.click(screen.getByRole("button", { name: "Neue Runde beginnen" }));
}

describe("Runden", () => {
  test("round 1: the current round with its date, no closed round, no comparison yet; the date defaults to today", async () => {
    renderRounds(FakeWorkbookService.withOverview(plan));
    const current = await screen.findByTestId("current-round", {}, { timeout: 10000 });
    const round = plan.meta.round!;
    const [y, m, d] = round.date.split("-");
    expect(current.textContent).toBe(`Runde 1: ${round.label}Stand ${d}.${m}.${y}`);
    expect(screen.getByText(/Noch keine Runde abgeschlossen/)).toBeTruthy();
    expect(screen.queryByTestId("round-changes")).toBeNull();
    expect((screen.getByLabelText(/^Datum/) as HTMLInputElement).value).toBe(today());
    expect(screen.getByRole("radio", { name: "Eingaben als Ausgangspunkt übernehmen" })).toHaveProperty(
      "checked",
      true,
    );
    expect(
      screen.getByText(/im Blatt „Verlauf“ festgehalten; nichts Eingetragenes geht verloren/),
    ).toBeTruthy();
  });

  test("start a round: the new round, the Verlauf, and the counts that follow the sheets", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    const [a, b, c] = plan.measures;
    type(service, a!, "hoch");
    type(service, b!, "gering");
    renderRounds(service, "de", "pw");
    await startRound("  Sachstand 2025 ", "2025-03-01");

    const done = await screen.findByRole("status");
    expect(done.textContent).toBe(
      `Runde 2 „Sachstand 2025“ hat begonnen. Die Eingaben zu ${plan.measures.length} Maßnahmen aus Runde 1 sind im Blatt „Verlauf“ festgehalten.`,
    );
    expect(service.rounds).toHaveLength(1);
    expect(service.rounds[0]).toMatchObject({
      label: "Sachstand 2025",
      date: "2025-03-01",
      clear: false,
      confirmed: false,
      password: "pw",
    });
    expect(service.snapshot.sheets.map((s) => s.name)).toContain("Verlauf");
    // Focus moves to the outcome; the label is emptied for the next round.
    expect(screen.getByTestId("round-result").contains(document.activeElement)).toBe(true);

    // The panel re-reads: round 2, round 1 closed, and what changed (the kept ratings are "gleich").
    await waitFor(() =>
      expect(screen.getByTestId("current-round").textContent).toBe("Runde 2: Sachstand 2025Stand 01.03.2025"),
    );
    expect(within(screen.getByTestId("closed-rounds")).getByRole("listitem").textContent).toMatch(
      /^Runde 1: /,
    );
    expect(screen.getByRole("heading", { name: /^Veränderungen seit Runde 1 \(„/ })).toBeTruthy();
    expect(total("gleich")).toBe("2");
    expect(total("besser")).toBe("0");
    expect(screen.getAllByTestId("changes-field")).toHaveLength(9);
    expect((screen.getByLabelText(/^Bezeichnung der neuen Runde/) as HTMLInputElement).value).toBe("");

    // A rating changed in the sheet: the counts follow after the re-read.
    type(service, a!, "mittel");
    type(service, b!, "hoch");
    type(service, c!, "unklar");
    await waitFor(() => expect(total("schlechter")).toBe("1"), { timeout: 5000 });
    expect(total("besser")).toBe("1");
    expect(total("gleich")).toBe("0");
    expect(total("neu bewertet")).toBe("1");
    const field = screen.getAllByTestId("changes-field")[0]!;
    expect(field.textContent).toContain("besser 1 · schlechter 1 · neu bewertet 1");
  });

  test("clearing the ratings is asked for with the radio button", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    type(service, plan.measures[0]!, "hoch");
    renderRounds(service);
    fireEvent.click(
      await screen.findByRole(
        "radio",
        { name: "Bewertungen leeren (Zuständigkeiten bleiben)" },
        { timeout: 10000 },
      ),
    );
    await startRound("Sachstand 2025");
    await screen.findByRole("status");
    expect(service.rounds[0]).toMatchObject({ clear: true, date: today() });
    await waitFor(() => expect(total("nicht mehr bewertet")).toBe("1"));
  });

  test("invalid entries: the first five with sheet, cell and message, how many more, and Trotzdem beginnen", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    // One measure in each of seven action fields: seven findings, none merged with a neighbour.
    const seven = [...new Map(plan.measures.map((m) => [m.sheetName, m])).values()].slice(0, 7);
    for (const m of seven) type(service, m, "sehr hoch");
    renderRounds(service);
    await startRound("Sachstand 2025", "2025-03-01");

    const alert = await screen.findByTestId("round-invalid");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain("Die Arbeitsmappe enthält 7 ungültige Eingaben.");
    const items = within(alert).getAllByRole("listitem");
    expect(items).toHaveLength(6);
    const first = levelCell(service, seven[0]!.measureId);
    expect(items[0]!.textContent).toMatch(new RegExp(`^${first.sheet}!${first.address}: .*sehr hoch`));
    expect(items[5]!.textContent).toBe("… und 2 weitere");
    expect(screen.getByTestId("round-result").contains(document.activeElement)).toBe(true);
    expect(service.snapshot.sheets.map((s) => s.name)).not.toContain("Verlauf");

    fireEvent.click(within(alert).getByRole("button", { name: "Trotzdem beginnen" }));
    await screen.findByText(/^Runde 2 „Sachstand 2025“ hat begonnen/);
    expect(service.rounds.map((r) => [r.label, r.date, r.confirmed])).toEqual([
      ["Sachstand 2025", "2025-03-01", false],
      ["Sachstand 2025", "2025-03-01", true],
    ]);
    expect(screen.queryByTestId("round-invalid")).toBeNull();
  });

  test("a missing label or date is said at the field, and nothing is asked of Excel", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderRounds(service);
    await startRound("   ");
    const label = screen.getByLabelText(/^Bezeichnung der neuen Runde/);
    expect(await screen.findByText("Bitte eine Bezeichnung für die neue Runde eingeben.")).toBeTruthy();
    expect(label.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(label);
    fireEvent.change(label, { target: { value: "Sachstand 2025" } });
    expect(screen.queryByText("Bitte eine Bezeichnung für die neue Runde eingeben.")).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Neue Runde beginnen" }));
    expect(await screen.findByText("Bitte ein gültiges Datum eingeben.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Datum/));
    expect(service.rounds).toHaveLength(0);
  });

  test("a failure is told as Erstellen tells one, with the workbook's state", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    service.failWith = "Die Arbeitsmappe ist schreibgeschützt.";
    renderRounds(service);
    await startRound("Sachstand 2025");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Die neue Runde wurde nicht begonnen.");
    expect(alert.textContent).toContain("ließ sich nicht feststellen");
    expect(alert.textContent).toContain("Die Arbeitsmappe ist schreibgeschützt.");
    expect(screen.getByTestId("round-result").contains(document.activeElement)).toBe(true);
  });

  test("a per-unit workbook says where rounds begin, and offers no form", async () => {
    const catalogue = bundledCatalogue();
    const unit = catalogue.actionFields
      .flatMap((f) => f.challenges.flatMap((c) => c.goals.flatMap((g) => g.measures.map((m) => m.unit))))
      .find((u): u is string => typeof u === "string" && u !== "")!;
    const unitPlan: WorkbookPlan = buildPlan(catalogue, {
      language: "de",
      builtAt: "2024-01-01T00:00:00.000Z",
      unit,
    });
    renderRounds(FakeWorkbookService.withOverview(unitPlan));
    await screen.findByText("Arbeitsmappe einer Organisationseinheit", {}, { timeout: 10000 });
    expect(screen.getByText(new RegExp(`für „${unit}“ erstellt`))).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Neue Runde beginnen" })).toBeNull();
    expect(screen.getByTestId("current-round")).toBeTruthy();
  });

  test("without an overview the panel says so and leads to Erstellen", async () => {
    renderRounds(new FakeWorkbookService());
    fireEvent.click(await screen.findByRole("button", { name: "Zu „Erstellen“" }));
    expect(screen.getByRole("tab", { name: "Erstellen", selected: true })).toBeTruthy();
  });

  test("English labels, and the outcome in English", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderRounds(service, "en");
    expect(screen.getByRole("tab", { name: "Rounds", selected: true })).toBeTruthy();
    await screen.findByRole("heading", { name: "Evaluation rounds" });
    const current = await screen.findByTestId("current-round", {}, { timeout: 10000 });
    expect(current.textContent).toBe(`Round 1: ${plan.meta.round!.label}As of ${plan.meta.round!.date}`);
    expect(screen.getByRole("heading", { name: "Start a new round" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Keep the entries as the starting point" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Clear the ratings (responsible units stay)" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Name of the new round/), { target: { value: "Status 2025" } });
    fireEvent.change(screen.getByLabelText(/^Date \(as of\)/), { target: { value: "2025-03-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Start new round" }));
    expect((await screen.findByRole("status")).textContent).toBe(
      `Round 2 “Status 2025” has started. The entries of ${plan.measures.length} measures from round 1 are recorded in the “Verlauf” sheet.`,
    );
    await screen.findByRole("heading", { name: /^Changes since round 1 \(“/ });
    expect(within(screen.getByTestId("changes-total")).getByText("from/to unclear")).toBeTruthy();
  });
});
