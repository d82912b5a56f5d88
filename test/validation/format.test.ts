import { formatJson, formatTable, type Finding } from "../../src/validation";

const finding = (over: Partial<Finding>): Finding => ({
  severity: "error",
  ruleId: "value-outside-scheme",
  message: { de: "Meldung", en: "Message" },
  sheet: "A",
  cell: "F6",
  ...over,
});

test("the table groups by severity, then sheet, ordered by row within a sheet", () => {
  const text = formatTable(
    [
      finding({ severity: "info", ruleId: "level-missing", cell: "F9" }),
      finding({ sheet: "B", cell: "F7", measureId: "M7" }),
      finding({ cell: "F10", measureId: "M10" }),
      finding({ cell: "F6", measureId: "M6" }),
      finding({ severity: "warning", ruleId: "remark-missing", cell: "K6" }),
    ],
    "de",
  );
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const order = [
    "Fehler (3)",
    "Blatt „A“",
    "M6",
    "M10",
    "Blatt „B“",
    "M7",
    "Warnungen (1)",
    "K6",
    "Hinweise (1)",
    "F9",
  ];
  const positions = order.map((needle) => lines.findIndex((l) => l.includes(needle)));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(lines[lines.length - 1]).toBe("3 Fehler, 1 Warnung, 1 Hinweis");
  expect(lines).toContainEqual(expect.stringMatching(/^Zelle\s+Regel\s+Maßnahme\s+Meldung$/));
});

test("columns line up: every message starts at the same position within a sheet", () => {
  const text = formatTable([
    finding({ cell: "F6", measureId: "M1" }),
    finding({ cell: "AB1234:AB1240", measureId: "Z12-M13" }),
  ]);
  const rows = text.split("\n").filter((l) => l.includes("Meldung"));
  expect(new Set(rows.map((r) => r.indexOf("Meldung"))).size).toBe(1);
});

test("no findings, in both languages", () => {
  expect(formatTable([], "de")).toBe("Keine Befunde.\n");
  expect(formatTable([], "en")).toBe("No findings.\n");
});

test("JSON carries counts, context and the findings unchanged", () => {
  const findings = [
    finding({}),
    finding({ severity: "warning" }),
    finding({ severity: "info" }),
    finding({ severity: "info" }),
  ];
  const parsed = JSON.parse(formatJson(findings, { file: "x.xlsx", mode: "abgabe" }));
  expect(parsed).toEqual({
    file: "x.xlsx",
    mode: "abgabe",
    summary: { errors: 1, warnings: 1, infos: 2 },
    findings,
  });
});

test("a given sheet order (tab order) wins over first appearance", () => {
  const text = formatTable([finding({ sheet: "B" }), finding({ sheet: "A" })], "de", ["A", "B"]);
  expect(text.indexOf("Blatt „A“")).toBeLessThan(text.indexOf("Blatt „B“"));
});

test("the English table speaks English throughout, with English quotation marks around sheet names", () => {
  const text = formatTable(
    [finding({ cell: "F6", measureId: "M6" }), finding({ severity: "warning", sheet: "B" })],
    "en",
  );
  expect(text).toContain("Errors (1)");
  expect(text).toContain("Sheet “A”");
  expect(text).toContain("Cell");
  expect(text).toContain("Message");
  expect(text).toContain("1 error, 1 warning, 0 notes");
  expect(text).not.toMatch(/[„äöüß]|Blatt|Fehler|Warnung/);
});
