/**
 * The layering in README (Architecture) is enforced by ESLint (eslint.config.mjs): an import against
 * core → scheme → catalogue → layout → validation → returns → writers → cli/taskpane/commands, a Node module
 * outside src/cli, and an Office.js global outside src/writers/excel and the start-up files all fail.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

interface Probe {
  readonly text: string;
  readonly file: string;
}

/**
 * ESLint's Node API (`new ESLint({ overrideConfigFile })`, `lintText`, `lintFiles`), run in a child Node: the
 * config is an ES module, which jest's module sandbox cannot import. Returns, per probe, rule id → messages;
 * and every error `lintFiles(["src"])` finds.
 */
function lint(probes: readonly Probe[]): { probes: Record<string, string[]>[]; src: string[] } {
  const script = `
    import { ESLint } from "eslint";
    import path from "node:path";
    const root = process.cwd();
    const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
    const probes = JSON.parse(process.env.PROBES);
    const out = { probes: [], src: [] };
    for (const { text, file } of probes) {
      const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
      const byRule = {};
      for (const m of result.messages) (byRule[m.ruleId] ??= []).push(m.message);
      out.probes.push(byRule);
    }
    for (const r of await eslint.lintFiles(["src"]))
      for (const m of r.messages)
        if (m.severity === 2) out.src.push(path.relative(root, r.filePath) + ":" + m.line + " " + m.ruleId + ": " + m.message);
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, PROBES: JSON.stringify(probes) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { probes: Record<string, string[]>[]; src: string[] };
}

const WRONG_IMPORTS: readonly Probe[] = [
  { file: "src/layout/probe.ts", text: 'import { writeXlsx } from "../writers/xlsx/writeXlsx";\n' },
  { file: "src/layout/probe.ts", text: 'import { validateWorkbook } from "../validation";\n' },
  { file: "src/layout/probe.ts", text: 'import { App } from "../taskpane/App";\n' },
  { file: "src/catalogue/probe.ts", text: 'import { buildPlan } from "../layout/buildPlan";\n' },
  { file: "src/catalogue/probe.ts", text: 'import { mergeReturns } from "../returns/merge";\n' },
  { file: "src/validation/rules/probe.ts", text: 'import { merge } from "../../returns/merge";\n' },
  { file: "src/taskpane/probe.ts", text: 'import { runCheck } from "../commands/commands";\n' },
  { file: "src/commands/probe.ts", text: 'import { App } from "../taskpane/App";\n' },
  { file: "src/core/probe.ts", text: 'import { LEVELS } from "../scheme/ratingScheme";\n' },
];
const DOWNWARD: Probe = {
  file: "src/validation/probe.ts",
  text: 'import { buildPlan } from "../layout/buildPlan";\nimport { columnLetter } from "../core/address";\n',
};
const NODE_MODULES = ["node:fs", "fs", "path", "node:path", "fs/promises"];
const nodeProbes = NODE_MODULES.flatMap((module) =>
  ["src/layout/probe.ts", "src/writers/xlsx/probe.ts", "src/cli/probe.ts"].map((file) => ({
    file,
    text: `import * as m from "${module}";\nexport const x = m;\n`,
  })),
);
const EXCEL_RUN = "export async function f(): Promise<void> {\n  await Excel.run(async () => {});\n}\n";
const OFFICE_PROBES: readonly Probe[] = [
  { file: "src/layout/probe.ts", text: EXCEL_RUN },
  { file: "src/writers/excel/probe.ts", text: EXCEL_RUN },
  { file: "src/taskpane/panels/probe.ts", text: "Office.onReady();\n" },
];

let result: ReturnType<typeof lint>;
beforeAll(() => {
  result = lint([...WRONG_IMPORTS, DOWNWARD, ...nodeProbes, ...OFFICE_PROBES]);
}, 180_000);
const at = (index: number, rule: string) => result.probes[index]?.[rule] ?? [];

describe("layering", () => {
  test.each(WRONG_IMPORTS.map((p, i) => [p.file, p.text.trim(), i] as const))("%s: %s fails", (_f, _t, i) => {
    const found = at(i, "no-restricted-imports");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/must not import from/);
  });

  test("an import down the order passes", () => {
    expect(at(WRONG_IMPORTS.length, "no-restricted-imports")).toEqual([]);
  });

  test.each(NODE_MODULES.map((m, i) => [m, i] as const))("%s fails outside src/cli", (_m, i) => {
    const base = WRONG_IMPORTS.length + 1 + i * 3;
    expect(at(base, "no-restricted-imports")).toHaveLength(1); // src/layout
    expect(at(base + 1, "no-restricted-imports")).toHaveLength(1); // src/writers/xlsx
    expect(at(base + 2, "no-restricted-imports")).toEqual([]); // src/cli
  });

  test("Excel.run in src/layout fails; in src/writers/excel it passes; Office in a pane panel fails", () => {
    const base = WRONG_IMPORTS.length + 1 + nodeProbes.length;
    const found = at(base, "no-restricted-globals");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Excel \(Office\.js\) only in src\/writers\/excel/);
    expect(at(base + 1, "no-restricted-globals")).toEqual([]);
    expect(at(base + 2, "no-restricted-globals")).toHaveLength(1);
  });

  test("src is clean (`npx eslint src`): no import against the order, no folder cycles", () => {
    expect(result.src).toEqual([]);
  });
});
