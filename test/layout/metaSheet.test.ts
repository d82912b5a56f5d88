import { buildPlan } from "../../src/layout/buildPlan";
import { chunkText, decodeMeta, META_CHUNK_SIZE, META_SHEET_NAME } from "../../src/layout/metaSheet";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/layout/snapshot";
import type { SheetPlan } from "../../src/layout/plan";
import { SCHEME_VERSION } from "../../src/scheme/ratingScheme";
import { fixtureCatalogue, fixtureOptions } from "./fixtures";

/** What a reader would return for a sheet of the plan (values only). */
function snapshotOf(sheet: SheetPlan): SheetSnapshot {
  const block = sheet.blocks[0]!;
  const values = block.cells.map((row) =>
    row.map((c): CellValue => (c === null ? null : "text" in c ? c.text : "number" in c ? c.number : null)),
  );
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    values,
    formulas: values.map((r) => r.map(() => null)),
  };
}

function workbookOf(sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

describe("meta sheet", () => {
  const catalogue = fixtureCatalogue({ fields: 4, goalsPerChallenge: 45 }); // large enough for several chunks
  const plan = buildPlan(catalogue, fixtureOptions({ unit: "Migrationszentrum", title: "Abfrage 2024" }));
  const metaSheet = plan.sheets.find((s) => s.role === "meta")!;

  test("round trip: decodeMeta returns the plan's meta and the very catalogue it was built from", () => {
    expect(JSON.stringify(catalogue).length).toBeGreaterThan(2 * META_CHUNK_SIZE);
    expect(metaSheet.name).toBe(META_SHEET_NAME);
    const decoded = decodeMeta(workbookOf([snapshotOf(metaSheet)]))!;
    expect(decoded.meta).toEqual(plan.meta);
    expect(decoded.meta).toMatchObject({
      generator: "Zielbild",
      schemeVersion: SCHEME_VERSION,
      unit: "Migrationszentrum",
    });
    expect(decoded.catalogue).toEqual(catalogue);
  });

  test("no cell of the meta sheet exceeds the chunk size", () => {
    for (const row of metaSheet.blocks[0]!.cells)
      for (const c of row) if (c && "text" in c) expect(c.text.length).toBeLessThanOrEqual(META_CHUNK_SIZE);
  });

  test("a workbook without the sheet or with a foreign generator is not a Zielbild workbook", () => {
    expect(decodeMeta(workbookOf([]))).toBeUndefined();
    const sheet = snapshotOf(metaSheet);
    const forged = {
      ...sheet,
      values: sheet.values.map((r) => (r[0] === "generator" ? ["generator", "Fremd"] : r)),
    };
    expect(decodeMeta(workbookOf([forged]))).toBeUndefined();
  });

  test("a damaged catalogue chunk keeps the meta but yields no catalogue", () => {
    const sheet = snapshotOf(metaSheet);
    const damaged = {
      ...sheet,
      values: sheet.values.map((r) => (r[0] === "catalogue.1" ? ["catalogue.1", String(r[1]).slice(5)] : r)),
    };
    const decoded = decodeMeta(workbookOf([damaged]))!;
    expect(decoded.meta).toEqual(plan.meta);
    expect(decoded.catalogue).toBeUndefined();
  });

  test("the catalogue is stored deflated: a fraction of its JSON, and a changed character is noticed", () => {
    const sheet = snapshotOf(metaSheet);
    const stored = sheet.values.filter((r) => String(r[0]).startsWith("catalogue.")).map((r) => String(r[1]));
    expect(stored.join("").length).toBeLessThan(JSON.stringify(catalogue).length / 4);
    expect(sheet.values.find((r) => r[0] === "catalogueEncoding")?.[1]).toBe("deflate-base64");
    const flipped = stored[0]!.slice(0, 40) + (stored[0]![40] === "A" ? "B" : "A") + stored[0]!.slice(41);
    const changed = {
      ...sheet,
      values: sheet.values.map((r) => (r[0] === "catalogue.1" ? ["catalogue.1", flipped] : r)),
    };
    expect(decodeMeta(workbookOf([changed]))!.catalogue).toBeUndefined();
  });

  test("a workbook from before the compression (plain JSON chunks) still decodes", () => {
    const sheet = snapshotOf(metaSheet);
    const json = JSON.stringify(catalogue);
    const stores = (key: unknown) =>
      String(key).startsWith("catalogue.") ||
      ["catalogueHash", "catalogueChunks", "catalogueEncoding"].includes(String(key));
    const keep = sheet.values.filter((r) => !stores(r[0]));
    const plain = chunkText(json).map((chunk, i) => [`catalogue.${i + 1}`, chunk]);
    const older = {
      ...sheet,
      values: [
        ...keep,
        ["catalogueHash", sheet.values.find((r) => r[0] === "catalogueHash")![1]!],
        ["catalogueChunks", plain.length],
        ...plain,
      ],
    };
    expect(decodeMeta(workbookOf([older]))!.catalogue).toEqual(catalogue);
  });

  test("numbers stored as text (as some readers return them) still decode", () => {
    const sheet = snapshotOf(metaSheet);
    const asText = {
      ...sheet,
      values: sheet.values.map((r) => r.map((v) => (typeof v === "number" ? String(v) : v))),
    };
    expect(decodeMeta(workbookOf([asText]))?.catalogue).toEqual(catalogue);
  });

  test("chunking never splits a surrogate pair", () => {
    const text = "a" + "😀".repeat(10);
    const chunks = chunkText(text, 4);
    expect(chunks.join("")).toBe(text);
    for (const chunk of chunks) expect(chunk).toBe(chunk.normalize()); // a lone surrogate would not survive re-encoding
    for (const chunk of chunks) expect(Buffer.from(chunk, "utf8").toString("utf8")).toBe(chunk);
  });
});
