/** Browser suite: the production bundle (officejs=testhost) in Debian's Chromium via playwright-core. */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  reporters: ["default", ["<rootDir>/test/support/summaryReporter.js", { suite: "e2e" }]],
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
};
