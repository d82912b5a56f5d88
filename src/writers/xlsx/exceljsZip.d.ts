/** exceljs' zip writer over JSZip (not part of its typings); see zipText.ts. */
declare module "exceljs/lib/utils/zip-stream" {
  export class ZipWriter {
    append(data: unknown, options: { name: string; base64?: boolean }): void;
  }
}
