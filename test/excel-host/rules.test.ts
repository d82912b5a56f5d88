/**
 * Every refusal and effect of the host that Excel documents, through Microsoft's client library: the code
 * Excel answers with, and that the statement the library names is the one that was refused.
 */
import { createExcelHost, FIRST_SHEET, type ExcelHost, type HostOptions } from ".";
import { peekCell } from "./state";

let host: ExcelHost;
let uninstall: () => void;

function fresh(options: HostOptions = {}): ExcelHost {
  uninstall?.();
  host = createExcelHost(options);
  uninstall = host.install();
  return host;
}

beforeEach(() => fresh());
afterEach(() => uninstall());

type Batch = (context: Excel.RequestContext) => unknown;

/** Runs the batch and one sync; resolves to Excel's error code, or "ok". */
async function outcome(batch: Batch): Promise<string> {
  try {
    await Excel.run(async (context) => {
      await batch(context);
      await context.sync();
    });
    return "ok";
  } catch (error) {
    return (error as OfficeExtension.Error).code;
  }
}

const sheets = (context: Excel.RequestContext) => context.workbook.worksheets;

describe("worksheets", () => {
  it("refuses to delete a VeryHidden sheet (Worksheet.delete remarks, office-js #365), and deletes it once Hidden", async () => {
    host.addSheet("Geheim").visibility = "VeryHidden";
    expect(await outcome((c) => sheets(c).getItem("Geheim").delete())).toBe("InvalidOperation");
    expect(host.state.sheets.map((s) => s.name)).toContain("Geheim");
    expect(
      await outcome((c) => {
        const sheet = sheets(c).getItem("Geheim");
        sheet.visibility = "Hidden";
        sheet.delete();
      }),
    ).toBe("ok");
    expect(host.state.sheets.map((s) => s.name)).toEqual([FIRST_SHEET]);
  });

  it("keeps at least one visible sheet: neither hides nor deletes the last one", async () => {
    expect(await outcome((c) => (sheets(c).getItem(FIRST_SHEET).visibility = "Hidden"))).toBe(
      "InvalidOperation",
    );
    expect(await outcome((c) => sheets(c).getItem(FIRST_SHEET).delete())).toBe("InvalidOperation");
  });

  it.each([
    ["a name over 31 characters", "x".repeat(32), "InvalidArgument"],
    ["a forbidden character", "Ziele/Maßnahmen", "InvalidArgument"],
    ["a leading apostrophe", "'Ziele", "InvalidArgument"],
    ["the reserved name History", "History", "InvalidArgument"],
    ["a name taken in another case", FIRST_SHEET.toUpperCase(), "ItemAlreadyExists"],
  ])("refuses a sheet name with %s", async (_, name, code) => {
    expect(await outcome((c) => sheets(c).add(name))).toBe(code);
    expect(host.state.sheets).toHaveLength(1);
  });

  it("refuses structure changes in a workbook whose structure is protected", async () => {
    host.state.protected = true;
    expect(await outcome((c) => sheets(c).add("Neu"))).toBe("AccessDenied");
  });

  it("addresses a sheet by its Id across syncs, so it is found after a rename", async () => {
    await Excel.run(async (context) => {
      const sheet = sheets(context).getItem(FIRST_SHEET);
      sheet.load("name");
      await context.sync();
      sheet.name = "Umbenannt";
      await context.sync();
      sheet.getRange("A1").values = [["nach dem Umbenennen"]];
      await context.sync();
    });
    expect(host.cell("Umbenannt", "A1")?.constant).toBe("nach dem Umbenennen");
  });

  it("rewrites references when a sheet is renamed, and turns them into #REF! when it is deleted", async () => {
    host.addSheet("Daten");
    host.type(FIRST_SHEET, "A1", "=Daten!B2*2");
    host.type(FIRST_SHEET, "A2", '="Daten!B2"&Daten!C3');
    await outcome((c) => (sheets(c).getItem("Daten").name = "Neue Daten"));
    expect(host.cell(FIRST_SHEET, "A1")?.formula).toBe("='Neue Daten'!B2*2");
    expect(host.cell(FIRST_SHEET, "A2")?.formula).toBe("=\"Daten!B2\"&'Neue Daten'!C3");
    await outcome((c) => sheets(c).getItem("Neue Daten").delete());
    expect(host.cell(FIRST_SHEET, "A1")?.formula).toBe("=#REF!*2");
  });

  it("makes a formula naming a sheet that does not exist yet an external link, which a later sheet does not mend", async () => {
    await outcome((c) => {
      sheets(c).getItem(FIRST_SHEET).getRange("A1").formulas = [["=Listen!A1"]];
      sheets(c).add("Listen");
    });
    expect(host.cell(FIRST_SHEET, "A1")?.formula).toBe("=[1]Listen!A1");
  });

  it("refuses to activate or select on a hidden sheet", async () => {
    host.addSheet("Versteckt").visibility = "Hidden";
    expect(await outcome((c) => sheets(c).getItem("Versteckt").activate())).toBe("InvalidOperation");
    expect(await outcome((c) => sheets(c).getItem("Versteckt").getRange("A1").select())).toBe(
      "InvalidOperation",
    );
  });

  it("answers ItemNotFound for a missing sheet and a null object for getItemOrNullObject", async () => {
    expect(await outcome((c) => void sheets(c).getItem("Fehlt").load("name"))).toBe("ItemNotFound");
    const isNull = await Excel.run(async (context) => {
      const sheet = sheets(context).getItemOrNullObject("Fehlt").load("name");
      await context.sync();
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe("ranges", () => {
  const range = (c: Excel.RequestContext, address: string) =>
    sheets(c).getItem(FIRST_SHEET).getRange(address);

  it("refuses a 2-D array whose shape differs from the range (Range.values reference)", async () => {
    expect(await outcome((c) => (range(c, "A1:B2").values = [[1, 2]]))).toBe("InvalidArgument");
  });

  it("refuses a large array of the wrong shape before writing any of it (the library's row blocks)", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [i, i]);
    expect(await outcome((c) => (range(c, "A1:B1999").values = rows))).toBe("InvalidArgument");
    expect(host.cell(FIRST_SHEET, "A1")).toBeUndefined();
  });

  it("stores a text with a leading apostrophe as that text, marked, never a formula", async () => {
    await outcome((c) => (range(c, "A1:A2").values = [["'=SUMME(1)"], ["'0815"]]));
    expect(host.cell(FIRST_SHEET, "A1")).toMatchObject({
      constant: "=SUMME(1)",
      formula: null,
      quotePrefix: true,
    });
    expect(host.cell(FIRST_SHEET, "A2")).toMatchObject({ constant: "0815", quotePrefix: true });
  });

  it("refuses a text over 32,767 characters and a formula over 8,192 (Excel specifications and limits)", async () => {
    expect(await outcome((c) => (range(c, "A1").values = [["x".repeat(32_768)]]))).toBe("InvalidArgument");
    expect(await outcome((c) => (range(c, "A1").formulas = [[`=${"1+".repeat(4_096)}1`]]))).toBe(
      "InvalidArgument",
    );
    expect(await outcome((c) => (range(c, "A1").values = [["'" + "x".repeat(32_767)]]))).toBe("ok");
  });

  it("refuses a single value for a range's values, formulas or formulasR1C1 (2-D arrays only; docs-reference #578)", async () => {
    const scalar = (property: "values" | "formulas" | "formulasR1C1", value: string) =>
      outcome((c) => ((range(c, "B1:B3") as unknown as Record<string, string>)[property] = value));
    expect(await scalar("values", "x")).toBe("InvalidArgument");
    expect(await scalar("formulas", "=A1*2")).toBe("InvalidArgument");
    expect(await scalar("formulasR1C1", "=RC[-1]*2")).toBe("InvalidArgument");
    expect(host.cell(FIRST_SHEET, "B1")?.formula ?? null).toBeNull();
  });

  it("reads an R1C1 formula as the cell's own A1 formula", async () => {
    await outcome((c) => (range(c, "C3").formulasR1C1 = [['=IF(RC[-1]="","",R1C1)']]));
    expect(host.cell(FIRST_SHEET, "C3")?.formula).toBe('=IF(B3="","",$A$1)');
  });

  it("copies a formula down a range it fits an exact number of times, moving it with each cell (Range.copyFrom)", async () => {
    await outcome((c) => {
      range(c, "B1").formulas = [["=A1*2+$A$1"]];
      range(c, "B2:B4").copyFrom("B1", "Formulas");
    });
    expect([1, 2, 3, 4].map((r) => host.cell(FIRST_SHEET, `B${r}`)?.formula)).toEqual([
      "=A1*2+$A$1",
      "=A2*2+$A$1",
      "=A3*2+$A$1",
      "=A4*2+$A$1",
    ]);
    // Two rows into three: not a multiple, so the source is pasted once (office-js #2674).
    await outcome((c) => {
      range(c, "D1:D2").formulas = [["=A1"], ["=A2"]];
      range(c, "E1:E3").copyFrom("D1:D2", "Formulas");
    });
    expect([1, 2, 3].map((r) => host.cell(FIRST_SHEET, `E${r}`)?.formula ?? null)).toEqual([
      "=B1",
      "=B2",
      null,
    ]);
  });

  it("clears the contents of each area of a RangeAreas and keeps their formats (RangeAreas.clear, ExcelApi 1.9)", async () => {
    await outcome((c) => {
      range(c, "A1:B3").values = [
        ["'x", 1],
        ["=B1*2", 2],
        ["'y", 3],
      ];
      range(c, "A1:B3").format.fill.color = "#FFC7CE";
    });
    expect(await outcome((c) => sheets(c).getItem(FIRST_SHEET).getRanges("A2,B1:B2").clear("Contents"))).toBe(
      "ok",
    );
    const held = (address: string) => {
      const cell = host.cell(FIRST_SHEET, address);
      return [cell?.formula ?? cell?.constant ?? null, cell?.format.fill];
    };
    expect(["A1", "A2", "B1", "B2", "B3"].map(held)).toEqual([
      ["x", "#FFC7CE"],
      [null, "#FFC7CE"],
      [null, "#FFC7CE"],
      [null, "#FFC7CE"],
      [3, "#FFC7CE"],
    ]);
    // Not modelled (the host refuses rather than guess what Excel clears).
    expect(await outcome((c) => sheets(c).getItem(FIRST_SHEET).getRanges("A3").clear("All"))).toBe(
      "ApiNotFound",
    );
    host.sheet(FIRST_SHEET).protection = { protected: true, options: {} };
    expect(await outcome((c) => sheets(c).getItem(FIRST_SHEET).getRanges("A3").clear("Contents"))).toBe(
      "AccessDenied",
    );
    expect(held("A3")[0]).toBe("y");
  });

  it("refuses to change locked cells, formats and rules on a protected sheet", async () => {
    host.sheet(FIRST_SHEET).protection = { protected: true, options: {} };
    expect(await outcome((c) => (range(c, "A1").values = [[1]]))).toBe("AccessDenied");
    expect(await outcome((c) => (range(c, "A1").format.fill.color = "#FF0000"))).toBe("AccessDenied");
    expect(await outcome((c) => void range(c, "A1").conditionalFormats.add("Custom"))).toBe("AccessDenied");
  });

  it("refuses an unknown enumeration value", async () => {
    expect(
      await outcome(
        (c) => (range(c, "A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment),
      ),
    ).toBe("InvalidArgument");
  });

  it("sets a format through getRanges on each area, borders per area, and refuses it on a protected sheet", async () => {
    // "Work with multiple ranges simultaneously in Excel add-ins": a property set on a RangeAreas is set on
    // each of its ranges; RangeAreas.format is "a RangeFormat object … for all ranges in the RangeAreas".
    expect(
      await outcome((c) => {
        const format = sheets(c).getItem(FIRST_SHEET).getRanges("A1:B2,D4").format;
        format.fill.color = "#FFC7CE";
        format.font.bold = true;
        format.columnWidth = 30;
        const top = format.borders.getItem("EdgeTop");
        top.style = "Continuous";
        top.color = "#BFBFBF";
      }),
    ).toBe("ok");
    const sheet = host.sheet(FIRST_SHEET);
    for (const [row, column] of [
      [1, 1],
      [2, 2],
      [4, 4],
    ] as const) {
      const cell = peekCell(sheet, row, column);
      expect({ row, column, fill: cell?.format.fill, bold: cell?.format.bold }).toEqual({
        row,
        column,
        fill: "#FFC7CE",
        bold: true,
      });
    }
    // EdgeTop of each area is the top side of that area's top row (A1, B1, D4), not of B2.
    for (const [row, column] of [
      [1, 1],
      [1, 2],
      [4, 4],
    ] as const)
      expect(peekCell(sheet, row, column)?.format.borders?.top).toMatchObject({
        style: "Continuous",
        color: "#BFBFBF",
      });
    expect(peekCell(sheet, 2, 2)?.format.borders?.top).toBeUndefined();
    expect(peekCell(sheet, 3, 3)?.format.fill).toBeUndefined();
    expect([1, 2, 4].map((c) => sheet.columnWidths.get(c))).toEqual([30, 30, 30]);
    expect(
      await outcome(
        (c) =>
          (sheets(c)
            .getItem(FIRST_SHEET)
            .getRanges("A1,C3")
            .format.borders.getItem("EdgeAll" as "EdgeTop").style = "Continuous"),
      ),
    ).toBe("InvalidArgument");
    sheet.protection = { protected: true, options: {} };
    expect(
      await outcome((c) => (sheets(c).getItem(FIRST_SHEET).getRanges("A1,C3").format.fill.color = "#FFFFFF")),
    ).toBe("AccessDenied");
  });

  it("refuses getRanges over about 8,000 characters of areas (office-js #5198)", async () => {
    const areas = Array.from({ length: 1200 }, (_, i) => `${2 * i + 1}:${2 * i + 1}`).join(",");
    expect(
      await outcome((c) => (sheets(c).getItem(FIRST_SHEET).getRanges(areas).format.rowHeight = 20)),
    ).toBe("InvalidArgument");
  });
});

describe("validation, layout and protection", () => {
  const range = (c: Excel.RequestContext, address: string) =>
    sheets(c).getItem(FIRST_SHEET).getRange(address);

  it("refuses a list source on a sheet that does not exist, and an inline list over 255 characters", async () => {
    expect(
      await outcome(
        (c) =>
          (range(c, "A1").dataValidation.rule = {
            list: { inCellDropDown: true, source: "=Listen!$A$1:$A$4" },
          }),
      ),
    ).toBe("InvalidArgument");
    const long = Array.from({ length: 60 }, (_, i) => `Wert${i}`).join(",");
    expect(
      await outcome(
        (c) => (range(c, "A1").dataValidation.rule = { list: { inCellDropDown: true, source: long } }),
      ),
    ).toBe("InvalidArgument");
  });

  it("refuses an input message over 255 and an error title over 32 characters", async () => {
    expect(
      await outcome(
        (c) =>
          (range(c, "A1").dataValidation.prompt = { showPrompt: true, title: "T", message: "m".repeat(256) }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await outcome(
        (c) =>
          (range(c, "A1").dataValidation.errorAlert = {
            showAlert: true,
            style: "Stop",
            title: "t".repeat(33),
            message: "m",
          }),
      ),
    ).toBe("InvalidArgument");
  });

  it("refuses a fit-to-pages count of 0 (PageLayoutZoomOptions)", async () => {
    expect(
      await outcome(
        (c) =>
          (sheets(c).getItem(FIRST_SHEET).pageLayout.zoom = {
            horizontalFitToPages: 1,
            verticalFitToPages: 0,
          }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await outcome((c) => (sheets(c).getItem(FIRST_SHEET).pageLayout.zoom = { horizontalFitToPages: 1 })),
    ).toBe("ok");
  });

  it("leaves what was written under suspended calculation uncalculated until a full calculation", async () => {
    const write = (c: Excel.RequestContext) => {
      c.workbook.application.suspendApiCalculationUntilNextSync();
      sheets(c).getItem(FIRST_SHEET).getRange("A1").formulas = [["=1+1"]];
    };
    expect(await outcome(write)).toBe("ok");
    expect(host.state.calculationPending).toBe(true);
    expect(await outcome((c) => c.workbook.application.calculate("Recalculate"))).toBe("ok");
    expect(host.state.calculationPending).toBe(true);
    expect(await outcome((c) => c.workbook.application.calculate("Full"))).toBe("ok");
    expect(host.state.calculationPending).toBe(false);
    expect(
      await outcome((c) => c.workbook.application.calculate("Everything" as Excel.CalculationType)),
    ).toBe("InvalidArgument");
  });

  it("refuses a header whose sections and codes together exceed 255 characters (specifications and limits)", async () => {
    const header = (c: Excel.RequestContext) =>
      sheets(c).getItem(FIRST_SHEET).pageLayout.headersFooters.defaultForAllPages;
    expect(
      await outcome((c) => {
        header(c).leftHeader = "L".repeat(120);
        header(c).centerHeader = "C".repeat(120);
      }),
    ).toBe("ok");
    expect(await outcome((c) => (header(c).rightHeader = "R".repeat(10)))).toBe("InvalidArgument");
    expect(await outcome((c) => (header(c).rightHeader = "R".repeat(9)))).toBe("ok");
    // The footer is counted on its own.
    expect(await outcome((c) => (header(c).leftFooter = "F".repeat(253)))).toBe("ok");
  });

  it("keeps at most 1,026 manual horizontal page breaks on a sheet (HPageBreaks remarks)", async () => {
    const addBreaks = (c: Excel.RequestContext, rows: number[]) => {
      const breaks = sheets(c).getItem(FIRST_SHEET).horizontalPageBreaks;
      for (const row of rows) breaks.add(`A${row}`);
    };
    const rows = Array.from({ length: 1026 }, (_, i) => 2 + 3 * i);
    expect(await outcome((c) => addBreaks(c, rows))).toBe("ok");
    expect(await outcome((c) => addBreaks(c, [rows[5]!]))).toBe("ok");
    expect(await outcome((c) => addBreaks(c, [1 + 3 * 1026 + 5]))).toBe("InvalidOperation");
    expect(host.sheet(FIRST_SHEET).pageLayout.breaksBefore).toHaveLength(1026);
  });

  it("refuses protect() on a protected and unprotect() on an unprotected sheet (office-js #6784), and a wrong password", async () => {
    const protection = (c: Excel.RequestContext) => sheets(c).getItem(FIRST_SHEET).protection;
    expect(await outcome((c) => protection(c).unprotect())).toBe("InvalidOperation");
    expect(await outcome((c) => protection(c).protect({}, "geheim"))).toBe("ok");
    expect(await outcome((c) => protection(c).protect({}, "geheim"))).toBe("InvalidOperation");
    expect(await outcome((c) => protection(c).unprotect("falsch"))).toBe("BadPassword");
    expect(await outcome((c) => protection(c).unprotect("geheim"))).toBe("ok");
  });

  it("refuses a filter on a protected sheet that does not allow it", async () => {
    host.sheet(FIRST_SHEET).protection = { protected: true, options: { allowAutoFilter: false } };
    expect(
      await outcome((c) =>
        sheets(c)
          .getItem(FIRST_SHEET)
          .autoFilter.apply("A1:B5", 0, { filterOn: "Values", values: ["x"] }),
      ),
    ).toBe("AccessDenied");
  });

  it("refuses a name that exists already", async () => {
    expect(await outcome((c) => c.workbook.names.add("Stufen", "=Tabelle1!$A$1"))).toBe("ok");
    expect(await outcome((c) => c.workbook.names.add("STUFEN", "=Tabelle1!$A$2"))).toBe("ItemAlreadyExists");
  });
});

describe("custom XML parts", () => {
  it("refuses XML that is not well formed", async () => {
    expect(await outcome((c) => void c.workbook.customXmlParts.add("<a><b></a>"))).toBe("InvalidArgument");
  });

  it("hands a part back re-serialised, not byte for byte", async () => {
    const xml = await Excel.run(async (context) => {
      context.workbook.customXmlParts.add('<?xml version="1.0" encoding="UTF-8"?><z xmlns="urn:x" v="1"/>');
      await context.sync();
      const parts = context.workbook.customXmlParts.getByNamespace("urn:x").load("items/id");
      await context.sync();
      const text = parts.items[0]!.getXml();
      await context.sync();
      return text.value;
    });
    expect(xml).toBe("<z xmlns='urn:x' v='1'/>");
  });
});

describe("requests and responses", () => {
  it("refuses a request over the limit whole (RequestPayloadSizeLimitExceeded), applying nothing", async () => {
    fresh({ payloadLimit: 10_000 });
    expect(
      await outcome(
        (c) =>
          (sheets(c).getItem(FIRST_SHEET).getRange("A1:A100").values = Array.from({ length: 100 }, () => [
            "x".repeat(200),
          ])),
      ),
    ).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.cell(FIRST_SHEET, "A1")).toBeUndefined();
  });

  it("refuses a response over the limit (ResponsePayloadSizeLimitExceeded)", async () => {
    fresh({ responseLimit: 10_000 });
    for (let r = 1; r <= 100; r++) host.type(FIRST_SHEET, `A${r}`, "x".repeat(200));
    expect(await outcome((c) => void sheets(c).getItem(FIRST_SHEET).getRange("A1:A100").load("values"))).toBe(
      "ResponsePayloadSizeLimitExceeded",
    );
  });

  it("keeps what came before a refused action, and names the refused statement", async () => {
    let statement = "";
    try {
      await Excel.run(async (context) => {
        const sheet = sheets(context).getItem(FIRST_SHEET);
        sheet.getRange("A1").values = [["vorher"]];
        sheet.getRange("A2").values = [[1, 2]];
        await context.sync();
      });
    } catch (error) {
      statement = (error as OfficeExtension.Error).debugInfo.statement ?? "";
    }
    expect(host.cell(FIRST_SHEET, "A1")?.constant).toBe("vorher");
    expect(statement).toMatch(/values = /);
  });

  it("refuses what it does not model instead of passing it silently", async () => {
    expect(await outcome((c) => sheets(c).getItem(FIRST_SHEET).getRange("A1").format.autofitColumns())).toBe(
      "ApiNotFound",
    );
  });
});
