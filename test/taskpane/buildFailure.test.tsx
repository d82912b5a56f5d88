/** @jest-environment jsdom */
/**
 * What the pane says after a failed build or rebuild must be true: the workbook's state as the writer
 * reported it (unchanged / restored / not fully restored, with the sheets left over and what to do), the
 * reason in plain words, Excel's detail folded away; and "Prüfen" then reports left-over backup sheets.
 */
import "./jsdomPolyfills";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { type TabKey } from "../../src/taskpane/App";
import { buildFailure, officeWorkbookService } from "../../src/taskpane/services/officeWorkbookService";
import { BuildFailedError, type BuildFailure } from "../../src/taskpane/services/workbookService";
import { CatalogueError } from "../../src/catalogue/errors";
import { ExcelWriteError, excelWorkbook } from "../../src/writers/excel";
import { FakeWorkbookService, bundledPlan } from "./fakeService";
import { renderApp } from "./renderApp";
import { stateLines } from "../../src/taskpane/panels/create/BuildStatus";
import { PANE_MESSAGES } from "../../src/core/messages/sections";
import type { MutableSheet } from "../fakes/synthetic";

jest.setTimeout(30000);

const plan = bundledPlan();
const DETAIL =
  "InvalidOperation: This operation is not permitted for the current object.\nbei Worksheet.delete";

function renderAt(service: FakeWorkbookService, tab: TabKey = "create", language: "de" | "en" = "de") {
  return renderApp(service, { tab, settings: { language } });
}

function backupSheet(name: string, visibility: MutableSheet["visibility"]): MutableSheet {
  return { name, visibility, values: [["Ziel"]], formulas: [[null]] } as MutableSheet;
}

async function failRebuild(
  service: FakeWorkbookService,
  failure: BuildFailure,
  language: "de" | "en" = "de",
) {
  service.buildFailure = failure;
  renderAt(service, "create", language);
  const button = await screen.findByRole(
    "button",
    { name: language === "de" ? "Übersicht neu aufbauen" : "Rebuild overview" },
    { timeout: 10000 },
  );
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false), { timeout: 10000 });
  fireEvent.click(button);
  return screen.findByRole("alert");
}

describe("after a failed rebuild", () => {
  test("not fully restored: says so, names the sheets left over and what to do; detail folded away", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    const alert = await failRebuild(service, {
      rebuild: true,
      reason:
        "Excel hat einen Schritt abgelehnt, der im jetzigen Zustand der Arbeitsmappe nicht erlaubt ist.",
      workbookState: "incomplete",
      leftovers: ["~zb-alt-1", "~zb-alt-13"],
      detail: DETAIL,
    });
    const text = alert.textContent!;
    expect(text).toContain("Die Übersicht wurde nicht neu aufgebaut.");
    expect(text).not.toContain("Übersicht erstellen");
    expect(text).not.toContain("unverändert");
    expect(text).toContain("konnte nicht vollständig in den Stand vor dem Neuaufbau zurückversetzt werden");
    expect(text).toContain("„~zb-alt-1“, „~zb-alt-13“");
    expect(text).toContain("Versionsverlauf");
    expect(text).toContain("bitte nicht löschen");
    expect(text).toContain("Excel hat einen Schritt abgelehnt");
    // The detail is behind a keyboard-operable disclosure, closed at first.
    const toggle = within(alert).getByRole("button", { name: /Technische Angaben/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByTestId("build-failure-detail")).toBeNull();
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect((await screen.findByTestId("build-failure-detail")).textContent).toBe(DETAIL);
  });

  test("restored: says the previous overview is back with every entry", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    const alert = await failRebuild(service, {
      rebuild: true,
      reason: "Excel meldet einen Fehler, ohne die Ursache zu nennen.",
      workbookState: "restored",
      leftovers: [],
    });
    expect(alert.textContent).toContain("wieder im Stand vor dem Neuaufbau");
    expect(alert.textContent).toContain("mit allen Eingaben ist erhalten");
    expect(within(alert).queryByRole("button", { name: /Technische Angaben/ })).toBeNull();
  });

  test("in English too", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    const alert = await failRebuild(
      service,
      {
        rebuild: true,
        reason: "Excel refused.",
        workbookState: "incomplete",
        leftovers: ["~zb-alt-2"],
        detail: DETAIL,
      },
      "en",
    );
    expect(alert.textContent).toContain("The overview was not rebuilt.");
    expect(alert.textContent).toContain("These sheets are left over: “~zb-alt-2”.");
    expect(within(alert).getByRole("button", { name: /Technical details/ })).toBeTruthy();
  });

  test("the pane re-reads the workbook, and Prüfen reports the backup sheets left over, also very hidden ones", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    service.onBuildFailure = (snapshot) => {
      snapshot.sheets.push(backupSheet("~zb-alt-1", "hidden"), backupSheet("~zb-alt-13", "veryHidden"));
    };
    const readsBefore = service.reads;
    await failRebuild(service, {
      rebuild: true,
      reason: "x",
      workbookState: "incomplete",
      leftovers: ["~zb-alt-1", "~zb-alt-13"],
    });
    await waitFor(() => expect(service.reads).toBeGreaterThan(readsBefore + 1));
    fireEvent.click(screen.getByRole("tab", { name: "Prüfen" }));
    const box = await screen.findByTestId("leftover-backups");
    expect(box.textContent).toContain("2 Sicherungsblätter sind übrig geblieben");
    expect(box.textContent).toContain("„~zb-alt-13“ (ausgeblendetes Blatt)");
    // Also listed as findings, with what to do; a hidden sheet's finding is text, not a button to a cell.
    const findings = await screen.findAllByText(/ist eine Sicherung, die ein abgebrochener Neuaufbau/);
    expect(findings.map((f) => f.textContent).join("\n")).toMatch(/„~zb-alt-13“ \(sehr ausgeblendet\)/);
    for (const finding of findings) expect(finding.closest("button")).toBeNull();
    // Every sheet of the overview is in place, so the backups can be removed from here.
    fireEvent.click(within(box).getByRole("button", { name: "Sicherungsblätter entfernen" }));
    await screen.findByText("2 Sicherungsblätter wurden entfernt.");
    expect(service.removedBackups).toBe(2);
    expect(screen.queryAllByText(/ist eine Sicherung, die ein abgebrochener Neuaufbau/)).toHaveLength(0);
  });

  test("while sheets of the overview are missing, the backups are reported but cannot be removed from the pane", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    service.snapshot.sheets = service.snapshot.sheets.filter((s) => s.name !== plan.sheets[1]!.name);
    service.snapshot.sheets.push(backupSheet("~zb-alt-2", "veryHidden"));
    renderAt(service, "check");
    const box = await screen.findByTestId("leftover-backups", {}, { timeout: 10000 });
    expect(box.textContent).toContain("Löschen Sie sie erst, wenn die Übersicht vollständig ist");
    expect(within(box).queryByRole("button", { name: "Sicherungsblätter entfernen" })).toBeNull();
  });

  test("Prüfen reports the backups even when the workbook is no overview any more", async () => {
    const service = new FakeWorkbookService();
    service.snapshot = { sheets: [backupSheet("~zb-alt-1", "visible")] };
    renderAt(service, "check");
    const box = await screen.findByTestId("leftover-backups", {}, { timeout: 10000 });
    expect(box.textContent).toContain("1 Sicherungsblatt ist übrig geblieben");
  });
});

describe("the Office.js service reports what the writer knows", () => {
  test("an ExcelWriteError's state, leftovers, reason and detail become the failure", () => {
    const error = new ExcelWriteError("InvalidOperation", "Excel hat abgelehnt.", undefined, {
      action: "Übersicht erstellen",
      detail: DETAIL,
    }).withWorkbookState("incomplete", ["~zb-alt-1"]);
    expect(buildFailure(error, true)).toEqual({
      rebuild: true,
      reason: "Excel hat abgelehnt.",
      workbookState: "incomplete",
      leftovers: ["~zb-alt-1"],
      detail: DETAIL,
    });
  });

  test("a catalogue refused by its check changed nothing; an unknown error has no state", () => {
    expect(
      buildFailure(new CatalogueError([{ file: "Katalog", message: "leer" }]), false).workbookState,
    ).toBe("unchanged");
    expect(buildFailure(new Error("?"), true).workbookState).toBeUndefined();
    expect(buildFailure(new ExcelWriteError("Unknown", "?"), true).workbookState).toBeUndefined();
  });

  test("a failure while reading the identity, before any write, is reported as unchanged", async () => {
    const facade = {
      ...excelWorkbook,
      identity: async () => {
        throw new ExcelWriteError("ResponseTooLarge", "Zu groß.");
      },
    };
    const attempt = officeWorkbookService(facade).build({ catalogue: {} as never, language: "de" });
    await expect(attempt).rejects.toBeInstanceOf(BuildFailedError);
    await expect(attempt).rejects.toMatchObject({ failure: { rebuild: false, workbookState: "unchanged" } });
  });
});

describe("a failed start of a round names that step, not a rebuild", () => {
  const failure = (workbookState: BuildFailure["workbookState"]): BuildFailure => ({
    rebuild: true,
    round: true,
    reason: "Excel meldet einen Fehler.",
    workbookState,
    leftovers: ["~zb-alt-1"],
  });

  test.each(["de", "en"] as const)("restored and incomplete, %s", (lang) => {
    const t = PANE_MESSAGES[lang];
    const restored = stateLines(failure("restored"), t, lang).join(" ");
    const incomplete = stateLines(failure("incomplete"), t, lang).join(" ");
    expect(restored).toContain(lang === "de" ? "vor dem Beginn der neuen Runde" : "before the new round");
    expect(incomplete).toContain(lang === "de" ? "vor dem Beginn der neuen Runde" : "before the new round");
    for (const text of [restored, incomplete]) expect(text).not.toMatch(/Neuaufbau|rebuild/);
  });

  test("the service marks a failed round start as such", async () => {
    const facade = {
      ...excelWorkbook,
      startRound: async () => {
        throw new ExcelWriteError("Unknown", "Excel meldet einen Fehler.", undefined, {
          workbookState: "restored",
        });
      },
    };
    const attempt = officeWorkbookService(facade).startRound({
      label: "Sachstand 2025",
      date: "2025-12-01",
      clear: false,
      confirmed: true,
    });
    await expect(attempt).rejects.toMatchObject({ failure: { round: true, workbookState: "restored" } });
  });
});
