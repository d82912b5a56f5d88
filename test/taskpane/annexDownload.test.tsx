/** @jest-environment jsdom */
/**
 * Übersicht → "Anlage als Word" / "Sachstand als Word": the document is made in the pane from a fresh
 * read of the workbook and handed to the browser as a Blob download with a German file name; a workbook
 * that is not a Zielbild overview gets a plain German alert and no download.
 */
import "./jsdomPolyfills";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { DOCX_MIME } from "../../src/annex/docxCommon";
import { META_SHEET_NAME } from "../../src/layout/metaSheet";
import { annexFileName } from "../../src/taskpane/model/annexFile";
import { localIsoDate as localDate } from "../../src/core/dates";
import { FakeWorkbookService, bundledCatalogue, bundledPlan } from "./fakeService";
import { renderApp } from "./renderApp";

jest.setTimeout(60000);

const plan = bundledPlan();
const title = bundledCatalogue().title;

function renderOverview(service: FakeWorkbookService, language: "de" | "en" = "de") {
  return renderApp(service, { tab: "overview", settings: { language } });
}

/** What the browser was given: the Blob behind the object URL and the link's file name. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const url = URL as unknown as Record<string, unknown>;
  const saved = { create: url.createObjectURL, revoke: url.revokeObjectURL };
  url.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:zielbild/${blobs.length}`;
  };
  url.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
    expect(this.href).toBe(`blob:zielbild/${blobs.length}`);
  });
  return {
    blobs,
    names,
    restore() {
      click.mockRestore();
      url.createObjectURL = saved.create;
      url.revokeObjectURL = saved.revoke;
    },
  };
}

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function documentXml(blob: Blob): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(await bytesOf(blob)));
  const entry = zip.file("word/document.xml");
  expect(entry).not.toBeNull();
  return entry!.async("string");
}

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => (downloads = captureDownloads()));
afterEach(() => downloads.restore());

describe("Anlage als Word", () => {
  test("the annex arrives as a .docx Blob (a zip with word/document.xml) named after the workbook's title", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    const cell = plan.measures[0]!;
    service.edit(cell.sheetName, `${cell.inputColumns.level}${cell.row}`, "mittel");
    renderOverview(service);
    const section = await screen.findByTestId("annex-download");
    const readsBefore = service.reads;
    fireEvent.click(within(section).getByRole("button", { name: "Anlage als Word" }));
    const status = within(section).getByRole("status");
    await waitFor(() => expect(status.textContent).toMatch(/wurde erstellt und wird heruntergeladen/), {
      timeout: 30000,
    });
    expect(service.reads).toBe(readsBefore + 1); // read afresh, not from the last snapshot
    const fileName = `Anlage-${title}.docx`;
    expect(downloads.names).toEqual([fileName]);
    expect(status.textContent).toContain(`„${fileName}“`);
    expect(downloads.blobs).toHaveLength(1);
    expect(downloads.blobs[0]!.type).toBe(DOCX_MIME);
    const xml = await documentXml(downloads.blobs[0]!);
    const field = bundledCatalogue().actionFields[0]!;
    expect(xml).toContain(`Handlungsfeld 1: ${field.name.replace(/&/g, "&amp;")}`);
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(bundledCatalogue().actionFields.length);
    expect(xml).toContain("mittel");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("the Sachstand arrives as its own .docx", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderOverview(service);
    const section = await screen.findByTestId("annex-download");
    fireEvent.click(within(section).getByRole("button", { name: "Sachstand als Word" }));
    await waitFor(() => expect(downloads.names).toEqual([`Sachstand-${title}.docx`]), { timeout: 30000 });
    expect(await documentXml(downloads.blobs[0]!)).toContain("<w:body>");
  });

  test("a workbook that is no longer a Zielbild overview gets a plain German alert and no download", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderOverview(service);
    const section = await screen.findByTestId("annex-download");
    // The identification sheet is gone by the time the button is pressed (e.g. another workbook is active).
    service.snapshot = { sheets: service.snapshot.sheets.filter((s) => s.name !== META_SHEET_NAME) };
    fireEvent.click(within(section).getByRole("button", { name: "Anlage als Word" }));
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toContain("Die Anlage wurde nicht erstellt.");
    expect(alert.textContent).toContain("keine Zielbild-Bewertungsübersicht");
    expect(within(section).getByRole("status").textContent).toBe("");
    expect(downloads.blobs).toHaveLength(0);
    expect(downloads.names).toHaveLength(0);
    // The buttons are usable again for the next try.
    expect(
      within(section).getByRole("button", { name: "Anlage als Word" }).getAttribute("aria-disabled"),
    ).not.toBe("true");
  });

  test("a failed read of the workbook is reported, not swallowed", async () => {
    const service = FakeWorkbookService.withOverview(plan);
    renderOverview(service, "en");
    const section = await screen.findByTestId("annex-download");
    service.read = () => Promise.reject(new Error("Excel antwortet nicht."));
    fireEvent.click(within(section).getByRole("button", { name: "Annex as Word" }));
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toContain("The annex was not created.");
    expect(alert.textContent).toContain("Excel antwortet nicht.");
    expect(downloads.blobs).toHaveLength(0);
  });
});

describe("file names and dates", () => {
  test("characters that file systems refuse are replaced; an empty title falls back to Zielbild", () => {
    expect(annexFileName("annex", 'Konzept: "A/B" 2024?')).toBe("Anlage-Konzept A B 2024.docx");
    expect(annexFileName("sachstand", "  ...  ")).toBe("Sachstand-Zielbild.docx");
    expect(annexFileName("annex", "x".repeat(200))).toBe(`Anlage-${"x".repeat(80)}.docx`);
  });

  test("the document date is the local calendar date", () => {
    expect(localDate(new Date(2024, 0, 5, 23, 30))).toBe("2024-01-05");
  });
});
