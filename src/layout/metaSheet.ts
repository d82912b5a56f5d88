/**
 * _Zielbild (very hidden): identifies the workbook and carries the catalogue it was built from, so that
 * a returned file can be checked against its own catalogue. Key/value rows; the catalogue JSON is stored
 * deflated and base64-encoded (a catalogue's text compresses about fivefold: the copy costs little in the
 * file and in every Office.js request and response), split into chunks that fit a cell. Workbooks from
 * before the compression (plain JSON chunks) are still read.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { measureEntries, type Catalogue } from "../catalogue/model";
import { catalogueSchema } from "../catalogue/schema";
import { LANGUAGES, type Language } from "../scheme/ratingScheme";
import type {
  CellContent,
  MeasureInputs,
  PastRound,
  PlanOptions,
  RoundInfo,
  SheetPlan,
  WorkbookMeta,
} from "./plan";
import { pastRoundsSchema, sentInputsSchema } from "./roundsSchema";
import { prefilledInputs } from "./prefill";
import { SheetGrid } from "./sheetGrid";
import { protection } from "./context";
import type { CellValue, WorkbookSnapshot } from "./snapshot";

export const META_SHEET_NAME = "_Zielbild";
export const FORMAT_VERSION = 1;
export const META_CHUNK_SIZE = 30000;
const CHUNKS_KEY = "catalogueChunks";
const CHUNK_PREFIX = "catalogue.";
const HASH_KEY = "catalogueHash";
const ENCODING_KEY = "catalogueEncoding";
const DEFLATE_BASE64 = "deflate-base64";
const HISTORY = { count: "historyChunks", prefix: "history.", hash: "historyHash" } as const;
const SENT = { count: "sentChunks", prefix: "sent.", hash: "sentHash" } as const;
const ROUND_KEYS = { number: "roundNumber", label: "roundLabel", date: "roundDate" } as const;
/** 1 when the sheets were protected with a password, 0 when without (the password is never stored). */
const PASSWORD_KEY = "passwordProtected";

const META_KEYS = [
  "generator",
  "formatVersion",
  "schemeVersion",
  "catalogueId",
  "catalogueVersion",
  "catalogueTitle",
  "title",
  "language",
  "builtAt",
  "unit",
] as const satisfies readonly (keyof WorkbookMeta)[];

/** Splits text into pieces of at most `size` characters without cutting a surrogate pair. */
export function chunkText(text: string, size = META_CHUNK_SIZE): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * Key/value rows (without header) that describe the workbook and carry the catalogue and, from the
 * second round on, the closed rounds (the authoritative copy of the Verlauf sheet).
 */
export function encodeMeta(
  meta: WorkbookMeta,
  catalogue: Catalogue,
  history: readonly PastRound[] = [],
  sent?: readonly SentInputs[],
): [string, CellContent][] {
  const rows: [string, CellContent][] = [];
  for (const key of META_KEYS) {
    const value = meta[key];
    if (value === undefined) continue;
    rows.push([key, typeof value === "number" ? { number: value } : { text: value }]);
  }
  if (meta.passwordProtected !== undefined)
    rows.push([PASSWORD_KEY, { number: meta.passwordProtected ? 1 : 0 }]);
  if (meta.round) {
    rows.push([ROUND_KEYS.number, { number: meta.round.number }]);
    rows.push([ROUND_KEYS.label, { text: meta.round.label }]);
    rows.push([ROUND_KEYS.date, { text: meta.round.date }]);
  }
  const json = JSON.stringify(catalogue);
  const chunks = deflatedChunks(json);
  rows.push([HASH_KEY, { text: fnv1a(json) }]);
  rows.push([ENCODING_KEY, { text: DEFLATE_BASE64 }]);
  rows.push([CHUNKS_KEY, { number: chunks.length }]);
  chunks.forEach((chunk, i) => rows.push([`${CHUNK_PREFIX}${i + 1}`, { text: chunk }]));
  if (history.length > 0) pushChunked(rows, HISTORY, JSON.stringify(history));
  if (sent) pushChunked(rows, SENT, JSON.stringify(sent));
  return rows;
}

/** What a per-unit workbook showed in its input cells when it was sent out, by measure ID. */
export type SentInputs = readonly [measureId: string, inputs: MeasureInputs];

function pushChunked(
  rows: [string, CellContent][],
  keys: { count: string; prefix: string; hash: string },
  json: string,
): void {
  const chunks = deflatedChunks(json);
  rows.push([keys.hash, { text: fnv1a(json) }]);
  rows.push([keys.count, { number: chunks.length }]);
  chunks.forEach((chunk, i) => rows.push([`${keys.prefix}${i + 1}`, { text: chunk }]));
}

function deflatedChunks(json: string): string[] {
  return chunkText(toBase64(deflateSync(strToU8(json), { level: 9 })));
}

export function buildMetaSheet(meta: WorkbookMeta, catalogue: Catalogue, options: PlanOptions): SheetPlan {
  const grid = new SheetGrid(META_SHEET_NAME);
  grid.text(1, 1, "key");
  grid.text(1, 2, "value");
  encodeMeta(meta, catalogue, options.history, sentInputsOf(catalogue, options)).forEach(
    ([key, value], i) => {
      grid.text(i + 2, 1, key);
      grid.set(i + 2, 2, value);
    },
  );
  return {
    key: "meta",
    name: META_SHEET_NAME,
    role: "meta",
    visibility: "veryHidden",
    columns: [
      { index: 1, width: 20 },
      { index: 2, width: 60 },
    ],
    rows: [],
    blocks: grid.blocks(),
    styleRanges: [],
    conditionalFormats: [],
    dataValidations: [],
    protection: protection(options),
    extent: grid.extent(),
  };
}

export interface DecodedMeta {
  readonly meta: WorkbookMeta;
  /** Undefined when the stored catalogue is missing, incomplete or no longer valid. */
  readonly catalogue: Catalogue | undefined;
  /** The closed rounds, oldest first ([] in round 1); undefined when the stored copy is damaged. */
  readonly history: PastRound[] | undefined;
  /**
   * A per-unit workbook built from a master with entries: what its input cells showed when it was sent
   * out. Undefined for workbooks built from the catalogue alone (they showed the catalogue's values).
   */
  readonly sent?: ReadonlyMap<string, MeasureInputs>;
}

/** Reads the meta sheet of a snapshot; undefined when the workbook is not a Zielbild workbook. */
export function decodeMeta(snapshot: WorkbookSnapshot): DecodedMeta | undefined {
  const sheet = snapshot.sheets.find((s) => s.name === META_SHEET_NAME);
  if (!sheet) return undefined;
  const values = new Map<string, CellValue>();
  for (const row of sheet.values.slice(1)) {
    const key = row[0];
    if (typeof key === "string" && key !== "") values.set(key, row[1] ?? null);
  }
  const meta = metaFrom(values);
  if (!meta) return undefined;
  const sent = sentFrom(values);
  return {
    meta,
    catalogue: catalogueFrom(values),
    history: historyFrom(values),
    ...(sent ? { sent } : {}),
  };
}

function metaFrom(values: ReadonlyMap<string, CellValue>): WorkbookMeta | undefined {
  const text = (key: string) => {
    const value = values.get(key);
    return value === null || value === undefined ? undefined : String(value);
  };
  const number = (key: string) => {
    const value = Number(text(key));
    return Number.isFinite(value) ? value : undefined;
  };
  const language = text("language");
  const formatVersion = number("formatVersion");
  const schemeVersion = number("schemeVersion");
  const required = ["catalogueId", "catalogueVersion", "catalogueTitle", "title", "builtAt"].map(text);
  if (text("generator") !== "Zielbild" || formatVersion === undefined || schemeVersion === undefined)
    return undefined;
  if (!LANGUAGES.includes(language as Language) || required.some((v) => v === undefined)) return undefined;
  const unit = text("unit");
  const round = roundFrom(text, number);
  const passwordProtected = number(PASSWORD_KEY);
  return {
    generator: "Zielbild",
    formatVersion,
    schemeVersion,
    catalogueId: text("catalogueId")!,
    catalogueVersion: text("catalogueVersion")!,
    catalogueTitle: text("catalogueTitle")!,
    title: text("title")!,
    language: language as Language,
    builtAt: text("builtAt")!,
    ...(unit !== undefined ? { unit } : {}),
    ...(round ? { round } : {}),
    ...(passwordProtected === 0 || passwordProtected === 1
      ? { passwordProtected: passwordProtected === 1 }
      : {}),
  };
}

function roundFrom(
  text: (key: string) => string | undefined,
  number: (key: string) => number | undefined,
): RoundInfo | undefined {
  const roundNumber = number(ROUND_KEYS.number);
  const label = text(ROUND_KEYS.label);
  const date = text(ROUND_KEYS.date);
  if (roundNumber === undefined || label === undefined || date === undefined) return undefined;
  return { number: roundNumber, label, date };
}

/**
 * A per-unit workbook built with entries (the next round's starting point) stores what it shows, so that
 * a merge judges the return against what was sent out, not against the catalogue.
 */
function sentInputsOf(catalogue: Catalogue, options: PlanOptions): SentInputs[] | undefined {
  if (options.unit === undefined || !options.inputs) return undefined;
  return [...measureEntries(catalogue)].map(({ measure }) => [
    measure.id,
    prefilledInputs(measure, options, options.language),
  ]);
}

function sentFrom(values: ReadonlyMap<string, CellValue>): Map<string, MeasureInputs> | undefined {
  if (!values.has(SENT.count)) return undefined;
  const json = inflatedChunks(values, SENT.count, SENT.prefix, DEFLATE_BASE64);
  if (json === undefined || values.get(SENT.hash) !== fnv1a(json)) return undefined;
  try {
    const parsed = sentInputsSchema.safeParse(JSON.parse(json));
    return parsed.success ? new Map(parsed.data as [string, MeasureInputs][]) : undefined;
  } catch {
    return undefined;
  }
}

function historyFrom(values: ReadonlyMap<string, CellValue>): PastRound[] | undefined {
  if (!values.has(HISTORY.count)) return [];
  const json = inflatedChunks(values, HISTORY.count, HISTORY.prefix, DEFLATE_BASE64);
  if (json === undefined || values.get(HISTORY.hash) !== fnv1a(json)) return undefined;
  try {
    const parsed = pastRoundsSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as PastRound[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The text stored in numbered chunks; undefined when a chunk is missing or cannot be inflated. */
function inflatedChunks(
  values: ReadonlyMap<string, CellValue>,
  countKey: string,
  prefix: string,
  encoding: CellValue,
): string | undefined {
  const count = Number(values.get(countKey));
  if (!Number.isInteger(count) || count < 1) return undefined;
  let stored = "";
  for (let i = 1; i <= count; i++) {
    const chunk = values.get(`${prefix}${i}`);
    if (typeof chunk !== "string") return undefined;
    stored += chunk;
  }
  try {
    return encoding === DEFLATE_BASE64 ? strFromU8(inflateSync(fromBase64(stored))) : stored;
  } catch {
    return undefined;
  }
}

function catalogueFrom(values: ReadonlyMap<string, CellValue>): Catalogue | undefined {
  const encoding = values.get(ENCODING_KEY) ?? null;
  if (encoding !== null && encoding !== DEFLATE_BASE64) return undefined;
  const json = inflatedChunks(values, CHUNKS_KEY, CHUNK_PREFIX, encoding);
  if (json === undefined || values.get(HASH_KEY) !== fnv1a(json)) return undefined;
  try {
    const parsed = catalogueSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as Catalogue) : undefined;
  } catch {
    return undefined;
  }
}

/** Base64 with the platform's btoa/atob (browser and Node), in slices so no call gets a huge argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** FNV-1a (32 bit) over UTF-16 code units: detects a chunk that was edited, cut or swapped. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
