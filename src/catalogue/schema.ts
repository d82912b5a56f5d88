/**
 * The catalogue's JSON format, checked with zod. `npm run schema` publishes it as JSON Schema
 * (seeds/catalogue.schema.json) for other tools.
 */
import { z } from "zod";
import { MAX_FIELD_NAME_LENGTH } from "../layout/limits";
import { LEVEL_CODES } from "../scheme/ratingScheme";
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

// The task pane's Content-Security-Policy forbids eval: without this, zod probes `new Function` (a CSP
// violation report on every start) and would compile its parsers with it where eval is allowed.
z.config({ jitless: true });

/**
 * Characters an .xlsx cannot hold (XML 1.0): control characters other than tab, line feed and carriage
 * return, U+FFFE/U+FFFF, and half of a surrogate pair. exceljs would drop or replace them silently.
 */
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where the first character an .xlsx cannot hold is ("U+0007 an Position 3"), or undefined. */
export function unstorableCharacter(s: string, lang: Language = "de"): string | undefined {
  const match = UNSTORABLE.exec(s);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return catalogueMessages(lang).unstorableAt(code, match.index + 1);
}

export const MEASURE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The schema with its messages in one language (built once per language). */
function schemasFor(lang: Language) {
  const m = catalogueMessages(lang);
  const what = m.what;

  const storable = (name: string) => ({
    error: (issue: { input?: unknown }) =>
      m.unstorable(name, unstorableCharacter(String(issue.input), lang) ?? m.controlCharacter),
  });

  const text = (name: string, max = 32767, why: string = m.cellLimit) =>
    z
      .string({ error: m.mustBeText(name) })
      .refine((s) => s.trim().length > 0, { message: m.mustNotBeEmpty(name) })
      .refine((s) => s.length <= max, { message: m.longerThan(name, max, why) })
      .refine((s) => unstorableCharacter(s) === undefined, storable(name));

  /** Optional free text (remark, source notes): may be empty, but must fit and be storable. */
  const freeText = (name: string) =>
    z
      .string({ error: m.mustBeText(name) })
      .max(32767)
      .refine((s) => unstorableCharacter(s) === undefined, storable(name));

  const measureId = z
    .string({ error: m.mustBeText(what.measureId) })
    .regex(MEASURE_ID_PATTERN, { message: m.measureIdPattern });

  const ratingSchema = z.strictObject({
    level: z
      .enum(LEVEL_CODES as [string, ...string[]], { error: m.levelOneOf(LEVEL_CODES.join(", ")) })
      .optional(),
    weiterfuehrungsbedarf: z.boolean().optional(),
    zustaendigkeitFraglich: z.boolean().optional(),
    rahmenbedingungenVeraendert: z.boolean().optional(),
    remark: freeText(what.remark).optional(),
  });

  const measureSchema = z.strictObject({
    id: measureId,
    title: text(what.measure),
    unit: text(what.unit).optional(),
    unitSource: freeText(what.unitSource).optional(),
    taskType: z.enum(["P", "R"], { error: m.taskTypePR }).optional(),
    rating: ratingSchema.optional(),
  });

  const goalSchema = z.strictObject({
    number: z
      .number({ error: m.goalNumberNumber })
      .int({ error: m.goalNumberInteger })
      .positive({ error: m.goalNumberPositive }),
    description: text(what.goalDescription),
    measures: z.array(measureSchema).min(1, { message: m.goalWithoutMeasure }),
  });

  const challengeSchema = z.strictObject({
    title: text(what.challenge),
    goals: z.array(goalSchema).min(1, { message: m.challengeWithoutGoal }),
  });

  const actionFieldSchema = z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, { message: m.badActionFieldId }),
    number: z.number().int().positive(),
    name: text(what.actionField, MAX_FIELD_NAME_LENGTH, m.fieldNameLimit),
    challenges: z.array(challengeSchema).min(1, { message: m.actionFieldWithoutChallenge }),
  });

  const catalogueSchema = z
    .strictObject({
      $schema: z.string().optional(),
      id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: m.badCatalogueId }),
      title: text(what.title),
      version: text(what.version),
      source: z
        .strictObject({
          title: text(what.source),
          publisher: freeText(what.publisher).optional(),
          date: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, { message: m.dateFormat })
            .optional(),
          note: freeText(what.note).optional(),
        })
        .optional(),
      actionFields: z.array(actionFieldSchema).min(1, { message: m.catalogueWithoutField }),
    })
    .superRefine((catalogue, ctx) => {
      const goalNumbers = new Map<number, string>();
      const measureIds = new Map<string, string>();
      const fieldIds = new Map<string, string>();
      const units = new Map<string, { unit: string; path: string }>();
      catalogue.actionFields.forEach((field, f) => {
        const fieldPath = `actionFields[${f}]`;
        remember(fieldIds, field.id, fieldPath + ".id", what.actionFieldId, ctx, lang);
        field.challenges.forEach((challenge, c) =>
          challenge.goals.forEach((goal, g) => {
            const goalPath = `${fieldPath}.challenges[${c}].goals[${g}]`;
            remember(goalNumbers, goal.number, goalPath + ".number", what.goalNumber, ctx, lang);
            goal.measures.forEach((measure, i) => {
              remember(measureIds, measure.id, `${goalPath}.measures[${i}].id`, what.measureId, ctx, lang);
              if (measure.unit !== undefined)
                caseTwin(units, measure.unit, `${goalPath}.measures[${i}].unit`, ctx, lang);
            });
          }),
        );
      });
    });

  return { ratingSchema, measureSchema, goalSchema, challengeSchema, actionFieldSchema, catalogueSchema };
}

type Schemas = ReturnType<typeof schemasFor>;
const built = new Map<Language, Schemas>();

/** The catalogue schema whose messages are in `lang`. */
export function catalogueSchemaFor(lang: Language = "de"): Schemas["catalogueSchema"] {
  let schemas = built.get(lang);
  if (!schemas) built.set(lang, (schemas = schemasFor(lang)));
  return schemas.catalogueSchema;
}

const german = schemasFor("de");
built.set("de", german);
/** The schema with German messages (the default; `npm run schema` publishes it as JSON Schema). */
export const {
  ratingSchema,
  measureSchema,
  goalSchema,
  challengeSchema,
  actionFieldSchema,
  catalogueSchema,
} = german;

function remember<K>(
  seen: Map<K, string>,
  key: K,
  path: string,
  what: string,
  ctx: z.RefinementCtx,
  lang: Language,
): void {
  const first = seen.get(key);
  if (first !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: path.split(/[.[\]]+/).filter(Boolean),
      message: catalogueMessages(lang).duplicate(what, String(key), first),
    });
  } else {
    seen.set(key, path);
  }
}

/**
 * Excel compares texts ignoring case, so the workbook's per-unit counts would count "Jobcenter" and
 * "JOBCENTER" as one unit and list it twice: a catalogue names each unit in one spelling.
 */
function caseTwin(
  seen: Map<string, { unit: string; path: string }>,
  unit: string,
  path: string,
  ctx: z.RefinementCtx,
  lang: Language,
): void {
  const key = unit.toLowerCase();
  const first = seen.get(key);
  if (first === undefined) seen.set(key, { unit, path });
  else if (first.unit !== unit)
    ctx.addIssue({
      code: "custom",
      path: path.split(/[.[\]]+/).filter(Boolean),
      message: catalogueMessages(lang).unitCaseTwin(unit, first.unit, first.path),
    });
}

export type CatalogueInput = z.infer<typeof catalogueSchema>;
