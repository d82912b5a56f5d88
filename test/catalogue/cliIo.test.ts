import { callerPath, parseArgs, table, UsageError } from "../../src/cli/io";

describe("CLI helpers", () => {
  it("parses flags, --name value and --name=value, and rejects unknown options", () => {
    const { positional, options } = parseArgs(
      ["check", "a.csv", "--json", "--title", "Konzept 2024", "--id=lkos"],
      ["json"],
      ["title", "id"],
    );
    expect(positional).toEqual(["check", "a.csv"]);
    expect([...options]).toEqual([
      ["json", true],
      ["title", "Konzept 2024"],
      ["id", "lkos"],
    ]);
    expect(() => parseArgs(["--farbe"], ["json"], [])).toThrow(UsageError);
    expect(() => parseArgs(["--title"], [], ["title"])).toThrow("--title braucht einen Wert");
  });

  it("resolves a relative path from the directory npm was called in", () => {
    const saved = process.env.INIT_CWD;
    process.env.INIT_CWD = "/home/planung";
    try {
      expect(callerPath("liste.csv")).toBe("/home/planung/liste.csv");
      expect(callerPath("/tmp/x.csv")).toBe("/tmp/x.csv");
    } finally {
      if (saved === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved;
    }
  });

  it("aligns text left and numbers right, counting emoji as one character", () => {
    expect(
      table([
        ["Ziele", 89],
        ["Maßnahmen 🙂", 134],
      ]),
    ).toBe("Ziele         89\nMaßnahmen 🙂  134");
  });
});
