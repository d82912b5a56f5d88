/**
 * What Excel receives, committed: the request bodies that Microsoft's client library sends for a build and
 * a rebuild of the bundled catalogue, as readable JSON under test/excel-host/golden/. A change in what the
 * writer asks of Excel shows in review as a change of these files.
 * Regenerate after an intended change: ZIELBILD_UPDATE_GOLDEN=1 npx jest test/excel-host/goldenRequests.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createExcelHost, type RequestBody } from ".";
import { buildPlan } from "../../src/layout/buildPlan";
import { rebuildWorkbook } from "../../src/writers/excel/rebuild";
import { writePlanToWorkbook } from "../../src/writers/excel/writePlan";
import { BUILT_AT, bundledCatalogue } from "../writers/excel/helpers";

const GOLDEN = path.join(__dirname, "golden");
const UPDATE = process.env.ZIELBILD_UPDATE_GOLDEN === "1";

/** One action or object path per line: readable in a diff, and not megabytes of indentation. */
function readable(requests: readonly RequestBody[]): string {
  const lines = requests.map((request, i) =>
    [
      `  {"request": ${i + 1},`,
      `   "ObjectPaths": {`,
      Object.entries(request.ObjectPaths)
        .map(([id, info]) => `    ${JSON.stringify(id)}: ${JSON.stringify(info)}`)
        .join(",\n"),
      `   },`,
      `   "Actions": [`,
      request.Actions.map((action) => `    ${JSON.stringify(action)}`).join(",\n"),
      `   ]}`,
    ].join("\n"),
  );
  return `[\n${lines.join(",\n")}\n]\n`;
}

function compare(name: string, requests: readonly RequestBody[]): void {
  const file = path.join(GOLDEN, name);
  const text = readable(requests);
  if (UPDATE) writeFileSync(file, text);
  if (!existsSync(file)) throw new Error(`${name} fehlt: mit ZIELBILD_UPDATE_GOLDEN=1 erzeugen und prüfen.`);
  const expected = readFileSync(file, "utf8");
  // A mismatch names the first differing line instead of printing megabytes.
  const got = text.split("\n");
  const want = expected.split("\n");
  const first = got.findIndex((line, i) => line !== want[i]);
  expect({
    file: name,
    line: first < 0 && got.length === want.length ? null : first + 1,
    got: got[first] ?? null,
  }).toEqual({
    file: name,
    line: null,
    got: null,
  });
}

jest.setTimeout(120_000);

it("a build and a rebuild of the bundled catalogue send exactly the committed requests", async () => {
  const host = createExcelHost();
  const uninstall = host.install();
  try {
    const catalogue = bundledCatalogue();
    const build = host.recordRequests();
    await writePlanToWorkbook(buildPlan(catalogue, { language: "de", builtAt: BUILT_AT }));
    compare("build-bundled.json", build);
    const rebuild = host.recordRequests();
    await rebuildWorkbook(catalogue, { builtAt: BUILT_AT });
    compare("rebuild-bundled.json", rebuild);
    expect(host.syncs.every((s) => !s.failed)).toBe(true);
  } finally {
    uninstall();
  }
});
