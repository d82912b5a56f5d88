/** Bundles the test host (Office/Excel over the in-memory fake) for the browser with esbuild. */
import { build } from "esbuild";
import path from "node:path";

export const TESTHOST_OUT = path.resolve(__dirname, "../../test-output/e2e/testhost");

export async function bundleTesthost(): Promise<string> {
  const outfile = path.join(TESTHOST_OUT, "office.js");
  await build({
    entryPoints: [path.resolve(__dirname, "testhost/office.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    outfile,
    logLevel: "warning",
  });
  return TESTHOST_OUT;
}
