/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", ["<rootDir>/test/support/summaryReporter.js", { suite: "unit" }]],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser (Chromium) and LibreOffice suites have their own configs: see package.json.
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/acceptance/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
