/**
 * Refuses a returned file before exceljs unpacks it: zip bombs (huge declared or actual uncompressed
 * sizes, too many entries) and macro workbooks. Reads the ZIP central directory itself (a few fields of
 * the format, APPNOTE 4.3.12/4.3.16) and inflates each entry once with a byte limit, so a file whose
 * headers lie about their sizes is caught too. Nothing here holds more than one chunk of output.
 */
import type { Messages } from "../../core/messages";
import { writersMessages } from "../../core/messages/sections";

/** A Zielbild workbook of the full catalogue unpacks to a few MB; anything near this is not one. */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Throws an Error with a message in `t` (German by default) if the bytes must not be given to exceljs. */
export async function assertSafeZip(
  bytes: Uint8Array,
  t: Messages["writers"] = writersMessages(),
): Promise<void> {
  const entries = centralDirectory(bytes, t);
  if (entries.length > MAX_ZIP_ENTRIES)
    throw new Error(t.zipRefused(t.zipTooManyEntries(entries.length, MAX_ZIP_ENTRIES)));
  const macro = entries.find(
    (e) => /(^|\/)vbaProject\.bin$/i.test(e.name) || /^xl\/macrosheets\//i.test(e.name),
  );
  if (macro) throw new Error(t.xlsxMacros(macro.name));
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) throw new Error(t.zipRefused(t.zipDeclaredSize(declared)));
  let actual = 0;
  for (const entry of entries) {
    actual += await inflatedSize(bytes, entry, MAX_UNCOMPRESSED_BYTES - actual);
    if (actual > MAX_UNCOMPRESSED_BYTES)
      throw new Error(t.zipRefused(t.zipLargerThan(MAX_UNCOMPRESSED_BYTES)));
  }
}

/** The entries listed in the central directory; a file without one is left to exceljs to refuse. */
function centralDirectory(bytes: Uint8Array, t: Messages["writers"]): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === undefined) return [];
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 marks its counts and offsets 0xFFFF/0xFFFFFFFF; Excel never writes ZIP64 for a workbook this small.
  if (count === 0xffff || offset === 0xffffffff) throw new Error(t.zipRefused(t.zip64));
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - EOCD_MIN_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  return undefined;
}

/**
 * Bytes the entry really unpacks to, stopping as soon as `limit` is passed (then limit + 1). Damaged data
 * counts what came out before the damage; exceljs reports the damage itself.
 */
async function inflatedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<number> {
  const data = entryData(bytes, entry);
  if (data === undefined) return 0;
  if (entry.method === STORED) return data.length;
  if (entry.method !== DEFLATED) return entry.uncompressedSize;
  const reader = new Blob([data.slice()])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return limit + 1;
      }
    }
  } catch {
    return total;
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(view.byteLength, start + entry.compressedSize));
}
