/**
 * Building from a newer catalogue version, keeping every rating by stable ID. Pure.
 *
 * Per input (and the unit) a three-way decision: the old catalogue's value is the base, the workbook's
 * value is "entered", the new catalogue's value is "new". Entered differs from base → it was entered
 * by a person and is kept (also against a different new catalogue value, which the report lists).
 * Entered equals base → it only came from the catalogue, so the new catalogue's value applies.
 * A cleared cell is an input like any other: blank against a non-blank base is kept blank (also the
 * Zuständig cell, which then stays empty instead of being refilled from the catalogue).
 * Measures that left the catalogue go with their inputs to the archive; archived measures that come
 * back get exactly their archived inputs back, blanks included; new measures start with the new
 * catalogue's values.
 */
import { markdownText } from "../core/markdown";
import { measureEntries, type Catalogue, type MeasureEntry } from "../catalogue/model";
import { returnsMessages } from "../core/messages/sections";
import type { ArchivedMeasure, MeasureInputs } from "../layout/plan";
import { prefilledInputs } from "../layout/prefill";
import type { Language } from "../scheme/ratingScheme";
import {
  ALL_KEYS,
  isBlank,
  isRated,
  sameValue,
  withoutBlanks,
  type InputOrUnitKey,
  type InputValue,
} from "./ratingFields";

export interface CatalogueUpdateInput {
  readonly oldCatalogue: Catalogue;
  readonly newCatalogue: Catalogue;
  readonly language: Language;
  /** Inputs as read from the workbook built from the old catalogue. */
  readonly inputs: ReadonlyMap<string, MeasureInputs>;
  /** The workbook's Archiv sheet so far. */
  readonly archive: readonly ArchivedMeasure[];
  /** ISO timestamp stored with newly archived measures. */
  readonly archivedAt: string;
}

export interface MeasureRef {
  readonly id: string;
  readonly title: string;
}

/** How a measure moved between the versions; the report words it ("Ziel 3 → 5"). */
export type Movement =
  | { readonly kind: "field"; readonly from: string; readonly to: string }
  | { readonly kind: "goal"; readonly from: number; readonly to: number }
  | { readonly kind: "title" };

export interface MovedMeasure extends MeasureRef {
  readonly changes: readonly Movement[];
}

export interface ValueChange extends MeasureRef {
  readonly key: InputOrUnitKey;
  readonly from?: InputValue;
  readonly to?: InputValue;
}

export interface CatalogueUpdateReport {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  /** Measures in both versions (with or without a rating). */
  readonly kept: readonly MeasureRef[];
  readonly keptWithRating: number;
  readonly moved: readonly MovedMeasure[];
  readonly added: readonly MeasureRef[];
  readonly archived: readonly (MeasureRef & { readonly rated: boolean })[];
  readonly restored: readonly MeasureRef[];
  /** Values the new catalogue brought (the workbook had the old catalogue's value). */
  readonly fromCatalogue: readonly ValueChange[];
  /** Entered values kept although the new catalogue says something else. */
  readonly enteredOverCatalogue: readonly ValueChange[];
}

export interface CatalogueUpdateResult {
  /** Inputs for buildPlan(newCatalogue, { inputs }). */
  readonly inputs: Map<string, MeasureInputs>;
  readonly archive: ArchivedMeasure[];
  readonly report: CatalogueUpdateReport;
}

export function updateCatalogue(input: CatalogueUpdateInput): CatalogueUpdateResult {
  const oldEntries = byId(input.oldCatalogue);
  const newEntries = byId(input.newCatalogue);
  const archive = [...input.archive];
  const inputs = new Map<string, MeasureInputs>();
  const report = emptyReport(input);
  for (const [id, entry] of newEntries) {
    const ref = { id, title: entry.measure.title };
    const theirs = catalogueValues(entry, input.language);
    const old = oldEntries.get(id);
    if (old) {
      const entered = input.inputs.get(id) ?? catalogueValues(old, input.language);
      inputs.set(id, resolve(ref, catalogueValues(old, input.language), entered, theirs, report));
      report.kept.push(ref);
      if (isRated(inputs.get(id))) report.keptWithRating++;
      const changes = movement(old, entry);
      if (changes.length > 0) report.moved.push({ ...ref, changes });
      continue;
    }
    const archivedAt = lastIndexOf(archive, id);
    if (archivedAt >= 0) {
      const [restored] = archive.splice(archivedAt, 1);
      inputs.set(id, restore(ref, restored!.inputs, theirs, report));
      report.restored.push(ref);
    } else report.added.push(ref);
  }
  for (const [id, entry] of oldEntries) {
    if (newEntries.has(id)) continue;
    const entered = input.inputs.get(id) ?? catalogueValues(entry, input.language);
    archive.push(archived(entry, withoutBlanks(entered), input.archivedAt));
    report.archived.push({ id, title: entry.measure.title, rated: isRated(entered) });
  }
  return { inputs, archive, report };
}

type MutableReport = {
  -readonly [K in keyof CatalogueUpdateReport]: CatalogueUpdateReport[K] extends readonly (infer T)[]
    ? T[]
    : CatalogueUpdateReport[K];
};

function emptyReport(input: CatalogueUpdateInput): MutableReport {
  return {
    from: { id: input.oldCatalogue.id, version: input.oldCatalogue.version },
    to: { id: input.newCatalogue.id, version: input.newCatalogue.version },
    kept: [],
    keptWithRating: 0,
    moved: [],
    added: [],
    archived: [],
    restored: [],
    fromCatalogue: [],
    enteredOverCatalogue: [],
  };
}

function byId(catalogue: Catalogue): Map<string, MeasureEntry> {
  return new Map([...measureEntries(catalogue)].map((entry) => [entry.measure.id, entry]));
}

/** What a freshly built workbook shows for the measure (the catalogue's own values). */
function catalogueValues(entry: MeasureEntry, language: Language): MeasureInputs {
  return prefilledInputs(entry.measure, { language, builtAt: "" }, language);
}

function resolve(
  ref: MeasureRef,
  base: MeasureInputs,
  entered: MeasureInputs,
  theirs: MeasureInputs,
  report: MutableReport,
): MeasureInputs {
  const result: Record<string, InputValue> = {};
  for (const key of ALL_KEYS) {
    const value = pick(base[key], entered[key], theirs[key]);
    if (!isBlank(value)) result[key] = value;
    else if (key === "unit") result.unit = "";
    const change = {
      ...ref,
      key,
      ...(!isBlank(entered[key]) && { from: entered[key] }),
      ...(!isBlank(theirs[key]) && { to: theirs[key] }),
    };
    if (sameValue(entered[key], theirs[key])) continue;
    if (sameValue(value, theirs[key])) report.fromCatalogue.push(change);
    else if (!sameValue(base[key], theirs[key])) report.enteredOverCatalogue.push(change);
  }
  return result;
}

/**
 * A measure back from the archive gets exactly what was archived, blanks included: the archive does not
 * know which of its values the old catalogue had put there, so each counts as entered. Where the new
 * catalogue says something else, the report lists it.
 */
function restore(
  ref: MeasureRef,
  archived: MeasureInputs,
  theirs: MeasureInputs,
  report: MutableReport,
): MeasureInputs {
  for (const key of ALL_KEYS)
    if (!sameValue(archived[key], theirs[key]))
      report.enteredOverCatalogue.push({
        ...ref,
        key,
        ...(!isBlank(archived[key]) && { from: archived[key] }),
        ...(!isBlank(theirs[key]) && { to: theirs[key] }),
      });
  return isBlank(archived.unit) ? { ...archived, unit: "" } : archived;
}

function pick(
  base: InputValue | undefined,
  entered: InputValue | undefined,
  theirs: InputValue | undefined,
): InputValue | undefined {
  return sameValue(entered, base) ? theirs : entered;
}

function movement(old: MeasureEntry, now: MeasureEntry): Movement[] {
  const changes: Movement[] = [];
  if (old.field.id !== now.field.id || old.field.name !== now.field.name)
    changes.push({ kind: "field", from: old.field.name, to: now.field.name });
  if (old.goal.number !== now.goal.number)
    changes.push({ kind: "goal", from: old.goal.number, to: now.goal.number });
  if (old.measure.title !== now.measure.title) changes.push({ kind: "title" });
  return changes;
}

/** One movement in words: "Ziel 3 → 5", "Titel geändert"; English with lang "en". */
export function describeMovement(change: Movement, lang: Language = "de"): string {
  const t = returnsMessages(lang).update;
  if (change.kind === "field") return t.fieldMoved(change.from, change.to);
  if (change.kind === "goal") return t.goalMoved(change.from, change.to);
  return t.titleChanged;
}

function lastIndexOf(archive: readonly ArchivedMeasure[], id: string): number {
  for (let i = archive.length - 1; i >= 0; i--) if (archive[i]!.measureId === id) return i;
  return -1;
}

function archived(entry: MeasureEntry, inputs: MeasureInputs, archivedAt: string): ArchivedMeasure {
  return {
    measureId: entry.measure.id,
    fieldName: entry.field.name,
    goalNumber: entry.goal.number,
    title: entry.measure.title,
    inputs,
    archivedAt,
  };
}

export function catalogueUpdateMarkdown(report: CatalogueUpdateReport, lang: Language = "de"): string {
  const t = returnsMessages(lang).update;
  const md = markdownText;
  const list = (refs: readonly MeasureRef[]) => refs.map((r) => `- ${md(r.id)} ${md(r.title)}`);
  const value = (v: InputValue | undefined) => (isBlank(v) ? t.blank : t.value(md(String(v))));
  const lines = [
    t.title,
    "",
    t.fromTo(md(report.from.id), md(report.from.version), md(report.to.id), md(report.to.version)),
    "",
    t.countHeader,
    "| --- | ---: |",
    `| ${t.kept} | ${report.kept.length} |`,
    `| ${t.keptWithRating} | ${report.keptWithRating} |`,
    `| ${t.moved} | ${report.moved.length} |`,
    `| ${t.added} | ${report.added.length} |`,
    `| ${t.archived} | ${report.archived.length} |`,
    `| ${t.restored} | ${report.restored.length} |`,
    `| ${t.fromCatalogue} | ${report.fromCatalogue.length} |`,
    `| ${t.enteredOverCatalogue} | ${report.enteredOverCatalogue.length} |`,
    "",
  ];
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push(`## ${title}`, "", ...body, "");
  };
  section(
    t.movedHeading,
    report.moved.map(
      (m) =>
        `- ${md(m.id)} ${md(m.title)}: ${m.changes.map((c) => md(describeMovement(c, lang))).join(", ")}`,
    ),
  );
  section(t.addedHeading, list(report.added));
  section(
    t.archivedHeading,
    report.archived.map((a) => `- ${md(a.id)} ${md(a.title)}${a.rated ? t.withRating : ""}`),
  );
  section(t.restoredHeading, list(report.restored));
  section(
    t.fromCatalogue,
    report.fromCatalogue.map((c) => `- ${md(c.id)} ${c.key}: ${value(c.from)} → ${value(c.to)}`),
  );
  section(
    t.enteredOverCatalogue,
    report.enteredOverCatalogue.map(
      (c) => `- ${md(c.id)} ${c.key}: ${t.keptOver(value(c.from), value(c.to))}`,
    ),
  );
  return lines.join("\n");
}
