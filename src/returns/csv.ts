/**
 * CSV as German Excel opens it cleanly: ";" between fields, UTF-8 with BOM, CRLF line ends, and no cell
 * that a spreadsheet would read as a formula (see src/catalogue/csvText.ts).
 */
import { neutralizeCsvText } from "../catalogue/csvText";

export const CSV_BOM = "\uFEFF";

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = neutralizeCsvText(String(value));
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(";")).join("\r\n") + "\r\n";
}
