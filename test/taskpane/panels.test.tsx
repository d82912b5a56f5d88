/** @jest-environment jsdom */
import "./jsdomPolyfills";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { Root } from "../../src/taskpane/Root";
import { DEFAULT_SETTINGS, type PaneSettings, type SettingsStore } from "../../src/addin/settingsStore";
import { FakeWorkbookService, bundledCatalogue, bundledPlan } from "./fakeService";
import { renderApp } from "./renderApp";

// Loading and checking the bundled catalogue in jsdom takes seconds on a busy machine.
jest.setTimeout(30000);

const plan = bundledPlan();

function memoryStore(initial: PaneSettings = DEFAULT_SETTINGS): SettingsStore & { saved: PaneSettings[] } {
  let current = initial;
  const saved: PaneSettings[] = [];
  return { saved, load: () => current, save: (s) => void saved.push((current = s)) };
}

function levelCell(index: number) {
  const m = plan.measures[index]!;
  return {
    sheet: m.sheetName,
    address: `${m.inputColumns.level}${m.row}`,
    id: m.measureId,
    unitColumn: m.unitColumn,
    row: m.row,
  };
}

describe("Erstellen", () => {
  test("previews the bundled catalogue and builds with the chosen language and password, with progress", async () => {
    const service = new FakeWorkbookService();
    renderApp(service, { settings: { language: "de", password: "pw" } });
    const preview = await screen.findByRole("region", { name: /Vorschau/ }, { timeout: 10000 });
    expect(within(preview).getByText("Maßnahmen").nextSibling?.textContent).toBe(
      String(plan.measures.length),
    );
    expect(within(preview).getByText("Ziele").nextSibling?.textContent).toBe("89");
    fireEvent.click(screen.getByRole("button", { name: "Übersicht erstellen" }));
    await screen.findByText(/Fertig: \d+ Blätter geschrieben/);
    expect(service.builds).toHaveLength(1);
    expect(service.builds[0]).toMatchObject({ language: "de", password: "pw" });
    expect(service.builds[0]!.catalogue.actionFields).toHaveLength(9);
    // After the build the pane re-reads the workbook and offers a rebuild that keeps ratings.
    await screen.findByRole("button", { name: "Übersicht neu aufbauen" });
    expect(screen.getByText(/bleiben alle eingetragenen Bewertungen erhalten/)).toBeTruthy();
  });

  test("a per-unit workbook can be chosen for a new build", async () => {
    const service = new FakeWorkbookService();
    renderApp(service);
    await screen.findByRole("region", { name: /Vorschau/ }, { timeout: 10000 });
    const select = screen.getByLabelText("Für eine Organisationseinheit (optional)") as HTMLSelectElement;
    const unit = [...select.options].map((o) => o.value).find((v) => v !== "")!;
    fireEvent.change(select, { target: { value: unit } });
    fireEvent.click(screen.getByRole("button", { name: "Übersicht erstellen" }));
    await screen.findByText(/Fertig: \d+ Blätter geschrieben/);
    expect(service.builds[0]!.unit).toBe(unit);
    expect(service.snapshot.meta?.unit).toBe(unit);
  });

  test("a failed build says that nothing changed, as the writer reported, and shows its message", async () => {
    const service = new FakeWorkbookService();
    service.buildFailure = {
      rebuild: false,
      reason: "Die Arbeitsmappenstruktur ist geschützt.",
      workbookState: "unchanged",
      leftovers: [],
    };
    renderApp(service);
    await screen.findByRole("region", { name: /Vorschau/ }, { timeout: 10000 });
    fireEvent.click(screen.getByRole("button", { name: "Übersicht erstellen" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Die Übersicht wurde nicht erstellt.");
    expect(alert.textContent).toContain("Die Arbeitsmappe ist unverändert");
    expect(alert.textContent).toContain("Arbeitsmappenstruktur ist geschützt");
  });

  test("a failure whose state nobody reported does not claim the workbook is unchanged", async () => {
    const service = new FakeWorkbookService();
    service.failWith = "Etwas ging schief.";
    renderApp(service);
    await screen.findByRole("region", { name: /Vorschau/ }, { timeout: 10000 });
    fireEvent.click(screen.getByRole("button", { name: "Übersicht erstellen" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).not.toContain("unverändert.");
    expect(alert.textContent).toContain("ließ sich nicht feststellen");
    expect(alert.textContent).toContain("Etwas ging schief.");
  });

  test("a malformed CSV from disk lists its errors with line and column and cannot be built", async () => {
    const service = new FakeWorkbookService();
    renderApp(service);
    await screen.findByRole("region", { name: /Vorschau/ }, { timeout: 10000 });
    fireEvent.click(screen.getByRole("radio", { name: /Datei vom Computer/ }));
    const csv = "Handlungsfeld;Herausforderung;Ziel;Zielbeschreibung;Maßnahme\nA;B;1;C;D\nA;B;zwei;C;E\n";
    const file = new File([csv], "liste.csv", { type: "text/csv" });
    Object.defineProperty(file, "arrayBuffer", { value: async () => new TextEncoder().encode(csv).buffer });
    fireEvent.change(screen.getByTestId("catalogue-file"), { target: { files: [file] } });
    const errors = await screen.findByTestId("import-errors");
    expect(errors.textContent).toContain("liste.csv, Zeile 3, Spalte/Feld Ziel");
    expect((screen.getByRole("button", { name: "Übersicht erstellen" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(service.builds).toHaveLength(0);
  });
});

describe("Prüfen", () => {
  test("lists an invalid rating under its field, naming the measure; click and Enter select the cell", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    const cell = levelCell(3);
    service.edit(cell.sheet, cell.address, "sehr hoch");
    renderApp(service, { tab: "check" });
    const place = `${cell.sheet}!${cell.address}`;
    await screen.findByTestId("findings-summary");
    const finding = document.querySelector<HTMLButtonElement>(`button[data-cell="${place}"]`)!;
    expect(finding.textContent).toContain(`Maßnahme ${cell.id}`);
    const field = bundledCatalogue().actionFields.find((f) => f.id === plan.measures[3]!.fieldId)!;
    expect(finding.closest("section")?.getAttribute("aria-label")).toBe(`${field.number} ${field.name}`);
    fireEvent.click(finding);
    await waitFor(() => expect(service.selections).toEqual([place]));
    expect(screen.getByTestId("findings-summary").textContent).toMatch(/^1 Fehler/);
  });

  test("notes are collapsed until their toggle is pressed", async () => {
    renderApp(FakeWorkbookService.withOverview(plan), { tab: "check" });
    await screen.findByTestId("findings-summary");
    const toggles = screen.getAllByRole("button", { name: /^Hinweise: \d+$/ });
    expect(toggles.length).toBeGreaterThan(0);
    expect(document.querySelectorAll("button[data-cell]")).toHaveLength(0);
    fireEvent.click(toggles[0]!);
    expect(toggles[0]!.getAttribute("aria-expanded")).toBe("true");
    expect(document.querySelectorAll("button[data-cell]").length).toBeGreaterThan(0);
  });

  test("Abgabe mode reports missing ratings that Entwurf leaves open", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderApp(service, { tab: "check" });
    const summary = await screen.findByTestId("findings-summary");
    expect(summary.textContent).toMatch(/^0 Fehler, 0 Warnungen, \d+ Hinweise/);
    fireEvent.click(screen.getByRole("radio", { name: /Abgabe/ }));
    await waitFor(() =>
      expect(screen.getByTestId("findings-summary").textContent).not.toMatch(/^0 Fehler, 0 Warnungen/),
    );
  });

  test("re-checks by itself 800 ms after the last change in the sheets", async () => {
    jest.useFakeTimers();
    try {
      const service = FakeWorkbookService.withOverview(plan);
      renderApp(service, { tab: "check" });
      await act(async () => void (await jest.advanceTimersByTimeAsync(10)));
      expect(screen.getByTestId("findings-summary").textContent).toMatch(/^0 Fehler/);
      const readsBefore = service.reads;
      const cell = levelCell(0);
      act(() => service.edit(cell.sheet, cell.address, "HOCH"));
      act(() => service.edit(cell.sheet, cell.address, "hochh"));
      await act(async () => void (await jest.advanceTimersByTimeAsync(700)));
      expect(service.reads).toBe(readsBefore);
      await act(async () => void (await jest.advanceTimersByTimeAsync(150)));
      expect(service.reads).toBe(readsBefore + 1);
      expect(screen.getByTestId("findings-summary").textContent).toMatch(/^1 Fehler/);
    } finally {
      jest.useRealTimers();
    }
  });

  test("without an overview the panel says so and leads to Erstellen; while reading it shows a spinner", async () => {
    const service = new FakeWorkbookService();
    service.hold();
    renderApp(service, { tab: "check" });
    expect(screen.getAllByText("Arbeitsmappe wird gelesen …").length).toBeGreaterThan(0);
    await act(async () => service.release());
    fireEvent.click(await screen.findByRole("button", { name: "Zu „Erstellen“" }));
    expect(screen.getByRole("tab", { name: "Erstellen", selected: true })).toBeTruthy();
    await screen.findByRole("region", { name: /Vorschau/ }, { timeout: 10000 });
  });
});

describe("Übersicht", () => {
  test("counts are written out per field and the bar is labelled with them", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    const a = levelCell(0);
    const b = levelCell(1);
    service.edit(a.sheet, a.address, "mittel");
    service.edit(b.sheet, b.address, "quatsch");
    renderApp(service, { tab: "overview" });
    const [total] = await screen.findAllByTestId("field-overview");
    expect(total!.textContent).toContain(`1 von ${plan.measures.length} bewertet`);
    expect(total!.textContent).toContain("mittel: 1");
    expect(total!.textContent).toContain("ungültig: 1");
    expect(within(total!).getByRole("img").getAttribute("aria-label")).toContain(
      `offen ${plan.measures.length - 2}`,
    );
    expect(screen.getAllByTestId("field-overview")).toHaveLength(1 + 9);
  });
});

describe("Organisationseinheiten", () => {
  test("shows rated/total per unit and filters the overview with the settings' password", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderApp(service, { tab: "units", settings: { language: "de", password: "pw" } });
    const rows = await screen.findAllByTestId("unit-progress");
    expect(rows.length).toBeGreaterThan(1);
    const button = screen.getAllByRole("button", { name: /^Nur diese Zeilen zeigen: / })[0]!;
    const unit = button.getAttribute("aria-label")!.replace(/^Nur diese Zeilen zeigen: /, "");
    fireEvent.click(button);
    await screen.findByText(`Gefiltert auf: ${unit}`);
    fireEvent.click(screen.getByRole("button", { name: "Filter aufheben" }));
    await waitFor(() =>
      expect(service.filters).toEqual([
        { unit, password: "pw" },
        { unit: null, password: "pw" },
      ]),
    );
  });

  test("a failing filter is reported, not swallowed", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderApp(service, { tab: "units" });
    await screen.findAllByTestId("unit-progress");
    service.failWith = "Kennwort falsch";
    fireEvent.click(screen.getAllByRole("button", { name: /^Nur diese Zeilen zeigen: / })[0]!);
    expect((await screen.findByRole("alert")).textContent).toContain("Kennwort falsch");
  });
});

describe("Einstellungen and the shell", () => {
  test("switching to English changes the labels and is stored; the password is stored too", async () => {
    const store = memoryStore();
    const service = FakeWorkbookService.withOverview(plan);
    render((<Root host="excel" service={service} store={store} initialTab="settings" />) as ReactElement);
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Settings", selected: true })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Create" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    fireEvent.change(screen.getByLabelText(/Sheet protection password/), { target: { value: "geheim" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(store.saved[store.saved.length - 1]).toEqual({ language: "en", password: "geheim" });
    expect(screen.getByRole("status").textContent).toBe("Saved.");
  });

  test("outside Excel a German message replaces the panels", () => {
    render(<Root host="no-office" service={new FakeWorkbookService()} store={memoryStore()} />);
    expect(screen.getByText("Zielbild muss in Excel ausgeführt werden.")).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });
});
