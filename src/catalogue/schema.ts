/**
 * The catalogue's JSON format, checked with zod. `npm run schema` publishes it as JSON Schema
 * (seeds/catalogue.schema.json) for other tools.
 */
import { z } from "zod";
import { MAX_FIELD_NAME_LENGTH } from "../layout/limits";
import { LEVEL_CODES } from "../scheme/ratingScheme";

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

export function unstorableCharacter(s: string): string | undefined {
  const match = UNSTORABLE.exec(s);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `U+${code} an Position ${match.index + 1}`;
}

const storable = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    `${what} enthält ein Zeichen, das eine Excel-Zelle nicht speichern kann (${unstorableCharacter(String(issue.input)) ?? "Steuerzeichen"})`,
});

const text = (what: string, max = 32767, why = "Grenze einer Excel-Zelle") =>
  z
    .string({ error: `${what} muss ein Text sein` })
    .refine((s) => s.trim().length > 0, { message: `${what} darf nicht leer sein` })
    .refine((s) => s.length <= max, {
      message: `${what} ist länger als ${max.toLocaleString("de-DE")} Zeichen (${why})`,
    })
    .refine((s) => unstorableCharacter(s) === undefined, storable(what));

/** Optional free text (remark, source notes): may be empty, but must fit and be storable. */
const freeText = (what: string) =>
  z
    .string({ error: `${what} muss ein Text sein` })
    .max(32767)
    .refine((s) => unstorableCharacter(s) === undefined, storable(what));

export const MEASURE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const measureId = z.string({ error: "Maßnahmen-ID muss ein Text sein" }).regex(MEASURE_ID_PATTERN, {
  message: "Maßnahmen-ID darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten (höchstens 64 Zeichen)",
});

export const ratingSchema = z.strictObject({
  level: z
    .enum(LEVEL_CODES as [string, ...string[]], {
      error: `Zielerreichungsgrad muss einer von ${LEVEL_CODES.join(", ")} sein`,
    })
    .optional(),
  weiterfuehrungsbedarf: z.boolean().optional(),
  zustaendigkeitFraglich: z.boolean().optional(),
  rahmenbedingungenVeraendert: z.boolean().optional(),
  remark: freeText("Bemerkung").optional(),
});

export const measureSchema = z.strictObject({
  id: measureId,
  title: text("Maßnahme"),
  unit: text("Organisationseinheit").optional(),
  unitSource: freeText("Herkunft der Organisationseinheit").optional(),
  taskType: z.enum(["P", "R"], { error: "Aufgabe muss P (Pflichtaufgabe) oder R (Routine) sein" }).optional(),
  rating: ratingSchema.optional(),
});

export const goalSchema = z.strictObject({
  number: z
    .number({ error: "Zielnummer muss eine Zahl sein" })
    .int({ error: "Zielnummer muss eine ganze Zahl sein" })
    .positive({ error: "Zielnummer muss größer als 0 sein" }),
  description: text("Zielbeschreibung"),
  measures: z.array(measureSchema).min(1, { message: "Ziel hat keine Maßnahme" }),
});

export const challengeSchema = z.strictObject({
  title: text("Herausforderung"),
  goals: z.array(goalSchema).min(1, { message: "Herausforderung hat kein Ziel" }),
});

export const actionFieldSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, { message: "ungültige Handlungsfeld-ID" }),
  number: z.number().int().positive(),
  name: text(
    "Handlungsfeld",
    MAX_FIELD_NAME_LENGTH,
    "der Name steht samt „Handlungsfeld „…““ bzw. Nummer in einer Excel-Zelle",
  ),
  challenges: z.array(challengeSchema).min(1, { message: "Handlungsfeld hat keine Herausforderung" }),
});

export const catalogueSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: "ungültige Katalog-ID" }),
    title: text("Titel"),
    version: text("Version"),
    source: z
      .strictObject({
        title: text("Quelle"),
        publisher: freeText("Herausgeber").optional(),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Datum im Format JJJJ-MM-TT" })
          .optional(),
        note: freeText("Anmerkung").optional(),
      })
      .optional(),
    actionFields: z.array(actionFieldSchema).min(1, { message: "Katalog hat kein Handlungsfeld" }),
  })
  .superRefine((catalogue, ctx) => {
    const goalNumbers = new Map<number, string>();
    const measureIds = new Map<string, string>();
    const fieldIds = new Map<string, string>();
    const units = new Map<string, { unit: string; path: string }>();
    catalogue.actionFields.forEach((field, f) => {
      const fieldPath = `actionFields[${f}]`;
      remember(fieldIds, field.id, fieldPath + ".id", "Handlungsfeld-ID", ctx);
      field.challenges.forEach((challenge, c) =>
        challenge.goals.forEach((goal, g) => {
          const goalPath = `${fieldPath}.challenges[${c}].goals[${g}]`;
          remember(goalNumbers, goal.number, goalPath + ".number", "Zielnummer", ctx);
          goal.measures.forEach((measure, m) => {
            remember(measureIds, measure.id, `${goalPath}.measures[${m}].id`, "Maßnahmen-ID", ctx);
            if (measure.unit !== undefined)
              caseTwin(units, measure.unit, `${goalPath}.measures[${m}].unit`, ctx);
          });
        }),
      );
    });
  });

function remember<K>(seen: Map<K, string>, key: K, path: string, what: string, ctx: z.RefinementCtx): void {
  const first = seen.get(key);
  if (first !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: path.split(/[.[\]]+/).filter(Boolean),
      message: `${what} ${String(key)} doppelt (zuerst bei ${first})`,
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
): void {
  const key = unit.toLowerCase();
  const first = seen.get(key);
  if (first === undefined) seen.set(key, { unit, path });
  else if (first.unit !== unit)
    ctx.addIssue({
      code: "custom",
      path: path.split(/[.[\]]+/).filter(Boolean),
      message: `Organisationseinheit „${unit}“ unterscheidet sich von „${first.unit}“ (bei ${first.path}) nur in Groß-/Kleinschreibung; Excel zählt beide als eine Einheit. Bitte einheitlich schreiben.`,
    });
}

export type CatalogueInput = z.infer<typeof catalogueSchema>;
