/** A WorkbookService over a plain snapshot, for the panels' component tests. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Catalogue } from "../../src/catalogue/model";
import { parseCatalogueJson } from "../../src/catalogue/readJson";
import { buildPlan } from "../../src/layout/buildPlan";
import type { WorkbookPlan } from "../../src/layout/plan";
import type { CellValue, WorkbookSnapshot } from "../../src/layout/snapshot";
import { setCell, snapshotFromPlan, type MutableSheet } from "../fakes/synthetic";
import { readZielbildWorkbook } from "../../src/returns/readWorkbook";
import { nextRound } from "../../src/returns/rounds";
import {
  BuildFailedError,
  type BuildFailure,
  type BuildOutcome,
  type BuildRequest,
  type ChangeListener,
  type RoundOutcome,
  type RoundRequest,
  type WorkbookService,
} from "../../src/taskpane/services/workbookService";

const BUNDLED = path.resolve(__dirname, "../../seeds/konzept-migration-integration-2018-2022.json");

export function bundledCatalogue(): Catalogue {
  return parseCatalogueJson(readFileSync(BUNDLED, "utf8"), BUNDLED);
}

export function bundledPlan(): WorkbookPlan {
  return buildPlan(bundledCatalogue(), { language: "de", builtAt: "2024-01-01T00:00:00.000Z" });
}

export class FakeWorkbookService implements WorkbookService {
  snapshot: { sheets: MutableSheet[]; meta?: WorkbookSnapshot["meta"] } = { sheets: [] };
  readonly builds: BuildRequest[] = [];
  readonly selections: string[] = [];
  readonly filters: { unit: string | null; password?: string }[] = [];
  readonly rounds: RoundRequest[] = [];
  listeners = new Set<ChangeListener>();
  reads = 0;
  /** Makes the next build, select or filter fail with this message. */
  failWith?: string;
  /** Makes builds fail as the Office.js service does: with the workbook's state after the failure. */
  buildFailure?: BuildFailure;
  /** Applied to the snapshot when a build fails (e.g. a backup sheet a failed rebuild left). */
  onBuildFailure?: (snapshot: FakeWorkbookService["snapshot"]) => void;
  removedBackups = 0;
  /** Holds read() until release() when set. */
  private gate?: Promise<void>;
  private open?: () => void;

  static withOverview(plan: WorkbookPlan = bundledPlan()): FakeWorkbookService {
    const service = new FakeWorkbookService();
    service.snapshot = snapshotFromPlan(plan);
    return service;
  }

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    if (this.gate) await this.gate;
    return structuredClone(this.snapshot);
  }

  async build(request: BuildRequest): Promise<BuildOutcome> {
    this.builds.push(request);
    if (this.buildFailure) {
      this.onBuildFailure?.(this.snapshot);
      throw new BuildFailedError(this.buildFailure);
    }
    this.fail();
    request.onProgress?.({ phase: "prüfen", fraction: 0 });
    request.onProgress?.({ phase: "schreiben", fraction: 0.5 });
    const rebuilt = this.snapshot.meta !== undefined;
    const plan = buildPlan(request.catalogue, {
      language: request.language,
      builtAt: "2024-01-01T00:00:00.000Z",
      ...(request.unit ? { unit: request.unit } : {}),
    });
    this.snapshot = snapshotFromPlan(plan);
    request.onProgress?.({ phase: "abschließen", fraction: 1 });
    return { rebuilt, sheets: plan.sheets.length, keptInputs: 0, archived: 0 };
  }

  /** Starts the next round with the pure core on the snapshot, as the Office.js writer does in Excel. */
  async startRound(request: RoundRequest): Promise<RoundOutcome> {
    this.rounds.push(request);
    this.fail();
    const read = readZielbildWorkbook(this.snapshot);
    if ("error" in read) throw new Error(read.error);
    const next = nextRound(
      read.workbook,
      this.snapshot,
      { ...request, builtAt: "2024-06-01T00:00:00.000Z" },
      request.confirmed,
    );
    if (!next.ok) return { started: false, problem: next.problem };
    const plan = buildPlan(read.workbook.catalogue, next.options);
    this.snapshot = snapshotFromPlan(plan);
    return { started: true, round: plan.meta.round!, closed: next.closed };
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.fail();
    this.selections.push(`${sheet}!${address}`);
  }

  async onSheetsChanged(listener: ChangeListener): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => void this.listeners.delete(listener);
  }

  async filterToUnit(unit: string | null, password?: string): Promise<void> {
    this.fail();
    this.filters.push({ unit, ...(password ? { password } : {}) });
  }

  async removeBackupSheets(): Promise<string[]> {
    this.fail();
    const removed = this.snapshot.sheets.filter((s) => s.name.startsWith("~zb-alt-")).map((s) => s.name);
    this.snapshot.sheets = this.snapshot.sheets.filter((s) => !removed.includes(s.name));
    this.removedBackups += removed.length;
    return removed;
  }

  /** Types a value into a cell as a department would, and fires the change event. */
  edit(sheetName: string, address: string, value: CellValue): void {
    const sheet = this.snapshot.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    setCell(sheet, address, value);
    for (const listener of this.listeners) listener();
  }

  private fail(): void {
    if (this.failWith) throw new Error(this.failWith);
  }
}
