/**
 * Builds the browser suite's `/testhost/office.js`: ONE classic script (the pane's CSP allows no eval and no
 * inline script), made of
 *
 * 1. the test host (testhost/office.ts and test/excel-host, bundled by esbuild), which defines
 *    `window._richApiNativeBridge` before
 * 2. Microsoft's `@microsoft/office-js/dist/excel-web-16.00.js`, byte for byte, runs as the page's Excel
 *    client library, and then
 * 3. one statement that lets the test host complete `Office` and install the harness.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const TESTHOST_OUT = path.resolve(__dirname, "../../test-output/e2e/testhost");
export const EXCEL_WEB_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

export async function bundleTesthost(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(__dirname, "testhost/office.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "warning",
  });
  const host = result.outputFiles[0]!.text;
  const library = readFileSync(EXCEL_WEB_FILE, "utf8");
  mkdirSync(TESTHOST_OUT, { recursive: true });
  writeFileSync(
    path.join(TESTHOST_OUT, "office.js"),
    [
      '/* 1. test host (test/e2e/testhost/office.ts), in a function of its own: esbuild\'s "use strict" must not make the library strict */',
      "(function () {",
      host,
      "})();",
      ";/* 2. @microsoft/office-js/dist/excel-web-16.00.js */",
      library,
      ";/* 3. Office completed, harness installed */",
      "window.__zielbildTesthost.start();",
      "",
    ].join("\n"),
  );
  return TESTHOST_OUT;
}
