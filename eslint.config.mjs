import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettierRecommended from "eslint-plugin-prettier/recommended";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "out/", "test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only these folders talk to Office.js. The rules match on names like getRange/getCell, so applying
    // them to exceljs code (writers/xlsx, CLIs) would report false positives.
    files: [
      "src/writers/excel/**/*.{ts,tsx}",
      "src/taskpane/**/*.{ts,tsx}",
      "src/commands/**/*.ts",
      "test/writers/excel/**/*.{ts,tsx}",
    ],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "warn",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    // Config files and jest reporters are plain CommonJS, loaded by tools that expect require().
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Formatting: Prettier (.prettierrc.json) reports through ESLint, so `npm run lint` checks both.
  prettierRecommended,
);
