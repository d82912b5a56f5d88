/** Shared setup for the Office.js writer tests: a fresh Excel host (Microsoft's library over it) installed as the globals. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createExcelHost, type ExcelHost, type HostOptions } from "../../excel-host";
import type { WorkbookPlan } from "../../../src/layout/plan";
import { writePlanToWorkbook } from "../../../src/writers/excel/writePlan";
import { parseCatalogueJson } from "../../../src/catalogue/readJson";
import type { Catalogue } from "../../../src/catalogue/model";

// Full builds of the bundled catalogue take a few seconds on a busy machine.
jest.setTimeout(60_000);

export const BUILT_AT = "2024-05-01T10:00:00.000Z";

const BUNDLED = path.resolve(__dirname, "../../../seeds/konzept-migration-integration-2018-2022.json");

export function bundledCatalogue(): Catalogue {
  return parseCatalogueJson(readFileSync(BUNDLED, "utf8"), BUNDLED);
}

/** Creates a host, installs it as `Excel`/`Office` for the test, and uninstalls it afterwards. */
export function useExcelHost(options: HostOptions = {}): () => ExcelHost {
  let fake: ExcelHost | undefined;
  let uninstall: (() => void) | undefined;
  beforeEach(() => {
    fake = createExcelHost(options);
    uninstall = fake.install();
  });
  afterEach(() => uninstall?.());
  return () => {
    if (!fake) throw new Error("host not created");
    return fake;
  };
}

/** Writes the plan into a fresh host of its own (installed only meanwhile), so what it holds is one build's. */
export async function writtenInFreshHost(plan: WorkbookPlan): Promise<ExcelHost> {
  const fake = createExcelHost();
  const uninstall = fake.install();
  try {
    await writePlanToWorkbook(plan);
  } finally {
    uninstall();
  }
  return fake;
}
