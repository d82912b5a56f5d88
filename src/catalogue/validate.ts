/**
 * Runs the zod schema over raw data and turns its issues into problems with a JSON path, worded in the
 * language asked for (German by default).
 * Shared by the JSON reader (path → line in the file) and the CSV reader (path → row).
 */
import type { z } from "zod";
import { catalogueSchemaFor } from "./schema";
import type { Catalogue } from "./model";
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

export type PathSegment = string | number;

export interface SchemaProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

export type CheckResult = { readonly catalogue: Catalogue } | { readonly problems: readonly SchemaProblem[] };

export function checkCatalogue(raw: unknown, lang: Language = "de"): CheckResult {
  const result = catalogueSchemaFor(lang).safeParse(raw, { error: defaultMessages(lang) });
  if (result.success) {
    const { $schema: _schema, ...catalogue } = result.data;
    return { catalogue: deepFreeze(catalogue as Catalogue) };
  }
  const problems = result.error.issues.flatMap((issue) => toProblems(issue, raw, lang));
  return { problems: unique([...problems, ...duplicateProblems(raw, lang)]) };
}

/** "actionFields[0].challenges[1].goals[2].description" */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map(normalizeSegment)
    .reduce<string>(
      (out, segment) =>
        typeof segment === "number" ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment,
      "",
    );
}

export function normalizeSegment(segment: PathSegment): PathSegment {
  return typeof segment === "string" && /^\d+$/.test(segment) ? Number(segment) : segment;
}

function toProblems(issue: z.core.$ZodIssue, raw: unknown, lang: Language): SchemaProblem[] {
  const m = catalogueMessages(lang);
  const path = issue.path.map((p) => normalizeSegment(p as PathSegment));
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: [...path, key], message: m.unknownField(key) }));
  }
  if (issue.code === "invalid_type" && valueAt(raw, path) === undefined) {
    return [{ path, message: m.requiredFieldMissing }];
  }
  return [{ path, message: issue.message }];
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Texts for the issues whose schema gives no own message. */
const defaultMessages =
  (lang: Language): z.core.$ZodErrorMap =>
  (issue) => {
    const m = catalogueMessages(lang);
    const typeName_ = (name: string) => (m.type as Record<string, string>)[name] ?? name;
    switch (issue.code) {
      case "invalid_type":
        return m.mustBeType(typeName_(issue.expected), typeName_(typeName(issue.input)));
      case "too_small":
        return issue.origin === "array" ? m.listEmpty : m.atLeast(String(issue.minimum));
      case "too_big":
        return issue.origin === "string"
          ? m.textLongerThan(String(issue.maximum))
          : m.atMost(String(issue.maximum));
      case "invalid_value":
        return m.oneOf(issue.values.map(String).join(", "));
      case "invalid_format":
        return m.badFormat;
      default:
        return undefined;
    }
  };

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let value = raw;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[String(segment)];
  }
  return value;
}

function unique(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatPath(p.path) + "\0" + p.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The schema checks duplicates only once everything else is valid; this finds them in any shape of
 * data so that all errors come at once. Messages match the schema's.
 */
export function duplicateProblems(raw: unknown, lang: Language = "de"): SchemaProblem[] {
  const m = catalogueMessages(lang);
  const problems: SchemaProblem[] = [];
  const seen = {
    field: new Map<unknown, string>(),
    goal: new Map<unknown, string>(),
    measure: new Map<unknown, string>(),
  };
  const remember = (kind: keyof typeof seen, key: unknown, path: PathSegment[], what: string) => {
    if (key === undefined || key === null || typeof key === "object") return;
    const first = seen[kind].get(key);
    if (first === undefined) seen[kind].set(key, formatPath(path));
    else problems.push({ path, message: m.duplicate(what, String(key), first) });
  };
  asArray(field(raw, "actionFields")).forEach((af, f) => {
    remember("field", field(af, "id"), ["actionFields", f, "id"], m.what.actionFieldId);
    asArray(field(af, "challenges")).forEach((challenge, c) =>
      asArray(field(challenge, "goals")).forEach((goal, g) => {
        const goalPath = ["actionFields", f, "challenges", c, "goals", g];
        remember("goal", field(goal, "number"), [...goalPath, "number"], m.what.goalNumber);
        asArray(field(goal, "measures")).forEach((measure, i) =>
          remember("measure", field(measure, "id"), [...goalPath, "measures", i, "id"], m.what.measureId),
        );
      }),
    );
  });
  return problems;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
