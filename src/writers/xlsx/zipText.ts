/**
 * JSZip 3.10 encodes a string handed to it in chunks of 16,384 UTF-16 units and replaces a surrogate
 * pair that straddles a chunk boundary with two U+FFFD (JSZip PR #963, still open). exceljs hands it
 * every XML part of a whole workbook as a string, so an emoji or a CJK Extension B character at such a
 * boundary — in a cell, in the stored catalogue — was written as "��". Handing JSZip bytes instead
 * (UTF-8 encoded here, whole) avoids its string path; this is how the docx project worked around it.
 * exceljs' browser build already does the same; its Node build does not, so the Node writer is patched
 * once, for every whole-workbook write in the process.
 */
import { ZipWriter } from "exceljs/lib/utils/zip-stream";
import JSZip from "jszip";

const encoder = new TextEncoder();
const PATCHED = Symbol.for("zielbild.zipTextAsBytes");

type Patched = typeof ZipWriter.prototype & { [PATCHED]?: true };

export function zipTextAsBytes(): void {
  const proto = ZipWriter.prototype as Patched;
  if (proto[PATCHED]) return;
  const append = proto.append;
  proto.append = function (this: ZipWriter, data, options) {
    const bytes = typeof data === "string" && !options.base64 ? encoder.encode(data) : data;
    append.call(this, bytes, options);
  };
  proto[PATCHED] = true;
}

/** Puts a text file into a JSZip archive as UTF-8 bytes (never as a string, see above). */
export function putText(zip: JSZip, name: string, text: string): void {
  zip.file(name, encoder.encode(text));
}
