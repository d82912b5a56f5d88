/**
 * Writes each jest run's totals to test-output/summary/<suite>.json, so `.ci/run` can print one
 * plain "N passed, N failed" line over the unit, LibreOffice and Chromium suites.
 */
const fs = require("node:fs");
const path = require("node:path");

class SummaryReporter {
  constructor(globalConfig, options) {
    this.suite = (options && options.suite) || "unit";
    this.dir = path.join(globalConfig.rootDir, "test-output", "summary");
  }

  onRunComplete(_contexts, results) {
    fs.mkdirSync(this.dir, { recursive: true });
    const totals = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(this.dir, `${this.suite}.json`), JSON.stringify(totals));
  }
}

module.exports = SummaryReporter;
