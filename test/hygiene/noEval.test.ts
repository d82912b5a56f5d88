/**
 * The pane's CSP forbids eval. zod compiles object parsers with `new Function` unless configured
 * jitless; src/catalogue/schema.ts does so. Proven at runtime: with the global Function constructor
 * replaced by a recorder, loading and checking a catalogue never calls it — while plain zod does (control).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const SEED = path.resolve(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");

/** Runs `body` with fresh modules and a Function constructor that records its calls. */
function functionCalls(body: () => void): number {
  const original = globalThis.Function;
  let calls = 0;
  const recorder = new Proxy(original, {
    construct(target, args) {
      calls++;
      return Reflect.construct(target, args) as object;
    },
    apply(target, self, args) {
      calls++;
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  globalThis.Function = recorder;
  try {
    jest.isolateModules(body);
  } finally {
    globalThis.Function = original;
  }
  return calls;
}

it("loading the bundled catalogue builds no function from a string", () => {
  const calls = functionCalls(() => {
    const { parseCatalogueJson } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module inside isolateModules
      require("../../src/catalogue/readJson") as typeof import("../../src/catalogue/readJson");
    expect(parseCatalogueJson(readFileSync(SEED, "utf8"), "seed").actionFields).toHaveLength(9);
  });
  expect(calls).toBe(0);
});

it("the control: zod without jitless does build functions from strings", () => {
  const calls = functionCalls(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module inside isolateModules
    const { z } = require("zod") as typeof import("zod");
    z.config({ jitless: false });
    const schema = z.object({ a: z.string(), b: z.number() });
    for (let i = 0; i < 3; i++) schema.parse({ a: "x", b: i });
  });
  expect(calls).toBeGreaterThan(0);
});
