/** LibreOffice acceptance suite: `npm run test:acceptance`. One worker: soffice profiles are not shared safely. */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  reporters: ["default", ["<rootDir>/test/support/summaryReporter.js", { suite: "acceptance" }]],
  roots: ["<rootDir>/test/acceptance"],
  testMatch: ["**/*.test.ts"],
  maxWorkers: 1,
  testTimeout: 300000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
