import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CatalogueError, type CatalogueIssue } from "../../src/catalogue";

export const FIXTURES = join(__dirname, "..", "fixtures", "catalogues");

export function fixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, relative)));
}

export function fixtureText(relative: string): string {
  return readFileSync(join(FIXTURES, relative), "utf-8");
}

/** Runs `load`, expects a CatalogueError and returns its issues (fails the test if anything is returned). */
export function issuesOf(load: () => unknown): readonly CatalogueIssue[] {
  let result: unknown;
  try {
    result = load();
  } catch (error) {
    if (error instanceof CatalogueError) return error.issues;
    throw error;
  }
  throw new Error(`expected a CatalogueError, got a result: ${JSON.stringify(result).slice(0, 200)}`);
}

/** A minimal valid catalogue as plain data, to be broken by a test. */
export function minimalCatalogue() {
  return {
    id: "test",
    title: "Test",
    version: "1",
    actionFields: [
      {
        id: "hf1",
        number: 1,
        name: "Sprache",
        challenges: [
          {
            title: "Kita",
            goals: [{ number: 1, description: "Deutsch lernen", measures: [{ id: "m1", title: "Kurse" }] }],
          },
        ],
      },
    ],
  };
}
