/**
 * Bytes → text, the way catalogue files arrive from planning offices: UTF-8 (with or without BOM),
 * UTF-16 with BOM ("Unicode-Text" from Excel) or Windows-1252 (older Excel CSV exports). Pure.
 * Bytes that are not valid UTF-8 are taken for Windows-1252: the only other encoding German Excel writes.
 */
import { CatalogueError } from "./errors";
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** Above this share of control characters a "text" is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

export function decodeText(bytes: Uint8Array, file: string, lang: Language = "de"): DecodedText {
  const m = catalogueMessages(lang);
  const signature = binarySignature(bytes);
  if (signature) throw notText(file, m[signature], lang);
  const decoded = decodeByBom(bytes, file, lang) ?? decodeWithoutBom(bytes, file, lang);
  if (looksBinary(decoded.text)) throw notText(file, m.notTextFile, lang);
  return decoded;
}

function decodeByBom(bytes: Uint8Array, file: string, lang: Language): DecodedText | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === undefined) {
      throw new CatalogueError([{ file, message: catalogueMessages(lang).invalidUtf8AfterBom }], lang);
    }
    return { text, encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: utf16(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: utf16(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  return undefined;
}

function decodeWithoutBom(bytes: Uint8Array, file: string, lang: Language): DecodedText {
  // NUL bytes never occur in UTF-8 or Windows-1252 text; without a BOM they mean binary data or BOM-less UTF-16.
  if (bytes.includes(0)) throw notText(file, catalogueMessages(lang).notTextFile, lang);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/**
 * 0x80–0x9F of Windows-1252 („ “ – € …). Own table because Node 20's TextDecoder("windows-1252")
 * decodes as ISO-8859-1 and turns these into control characters. Undefined bytes map to themselves (as WHATWG).
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte),
    );
    text += chunk.join("");
  }
  return text;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Files people pick by mistake instead of the CSV or JSON export. */
function binarySignature(bytes: Uint8Array): "notTextZip" | "notTextXls" | "notTextPdf" | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "notTextZip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "notTextXls";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "notTextPdf";
  return undefined;
}

/** Control characters other than tab, line feed, carriage return and form feed; plus U+FFFD from broken UTF-16. */
function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let suspicious = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control =
      (code < 0x20 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd;
    if (control || (code >= 0x7f && code <= 0x9f)) suspicious++;
  }
  return suspicious > 0 && (text.includes("\0") || suspicious / text.length > MAX_CONTROL_SHARE);
}

function notText(file: string, message: string, lang: Language): CatalogueError {
  return new CatalogueError([{ file, message }], lang);
}
