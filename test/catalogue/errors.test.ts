import { CatalogueError, formatIssue } from "../../src/catalogue";

describe("CatalogueError", () => {
  it("formats the place as file, line and field", () => {
    expect(formatIssue({ file: "a.csv", line: 3, field: "Ziel", message: "fehlt" })).toBe(
      "a.csv, Zeile 3, Ziel: fehlt",
    );
    expect(formatIssue({ file: "a.json", field: "version", message: "fehlt" })).toBe(
      "a.json, version: fehlt",
    );
  });

  it("keeps every issue but lists at most 50 in its message", () => {
    const issues = Array.from({ length: 120 }, (_, i) => ({ file: "a.csv", line: i + 2, message: "x" }));
    const error = new CatalogueError(issues);
    expect(error.issues).toHaveLength(120);
    expect(error.message.split("\n")).toHaveLength(1 + 50 + 1);
    expect(error.message).toContain("Der Katalog enthält 120 Fehler");
    expect(error.message).toContain("… und 70 weitere");
  });
});
