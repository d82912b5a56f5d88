/**
 * Named cell styles of the workbook and the colours of the workbook's own chrome (headers, input area,
 * invalid/open highlighting). Level fills come from the rating scheme only.
 */
import type { CellStyle } from "./plan";
import { LEVELS, type LevelCode } from "../scheme/ratingScheme";

/** Colours of the workbook's chrome, not of a rating. */
export const PALETTE = {
  headerFill: "1F4E78",
  headerFont: "FFFFFF",
  inputHeaderFill: "DDEBF7",
  inputFill: "FFFFFF",
  challengeFill: "D9E1F2",
  border: "BFBFBF",
  bodyFont: "000000",
  mutedFont: "7F7F7F",
  lockedOtherFill: "E7E6E6",
  invalidFill: "FFC7CE",
  invalidFont: "9C0006",
  openFill: "F2F2F2",
  openFont: "595959",
  totalFill: "EDEDED",
  tabSummary: "1F4E78",
  tabField: "5B9BD5",
  tabLegend: "A5A5A5",
  tabArchive: "7F7F7F",
} as const;

export const PERCENT_FORMAT = "0%";

export type StyleKey =
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "inputHeader"
  | "groupHeader"
  | "challenge"
  | "challengeBand"
  | "challengeWrap"
  | "goalNumber"
  | "goalText"
  | "measure"
  | "rating"
  | "input"
  | "inputOther"
  | "unitInput"
  | "locked"
  | "id"
  | "status"
  | "otherNote"
  | "rowLabel"
  | "count"
  | "percent"
  | "totalLabel"
  | "totalCount"
  | "totalPercent"
  | "text"
  | "glyph"
  | "invalidSample"
  | "openSample"
  | "legendGroup"
  | "noteWrap"
  | "roundLabel"
  | `level:${LevelCode}`;

const body: CellStyle = { vertical: "top", wrap: true, border: PALETTE.border };

export function buildStyles(): Record<StyleKey, CellStyle> {
  const levelStyles = Object.fromEntries(
    LEVELS.map((level) => [
      `level:${level.code}`,
      {
        fill: level.fill,
        font: { color: level.fontColor, bold: true },
        border: PALETTE.border,
        vertical: "center",
      },
    ]),
  ) as Record<`level:${LevelCode}`, CellStyle>;
  return {
    title: { font: { bold: true, size: 14 } },
    subtitle: { font: { bold: true, size: 12 } },
    note: { font: { italic: true, color: PALETTE.mutedFont } },
    header: {
      font: { bold: true, color: PALETTE.headerFont },
      fill: PALETTE.headerFill,
      vertical: "center",
      wrap: true,
      border: PALETTE.border,
    },
    inputHeader: {
      font: { bold: true },
      fill: PALETTE.inputHeaderFill,
      vertical: "center",
      wrap: true,
      border: PALETTE.border,
    },
    groupHeader: {
      font: { bold: true },
      fill: PALETTE.inputHeaderFill,
      horizontal: "centerContinuous",
      border: PALETTE.border,
    },
    // A challenge row sets, with Excel's own default values, every property the measure rows around it set:
    // the Office.js writer then paints the measure looks over whole columns and the heading over them
    // (styleOperations.ts, underpaint); what prints and what locks is the same.
    challenge: {
      font: { bold: true },
      fill: PALETTE.challengeFill,
      horizontal: "centerContinuous",
      vertical: "bottom",
      wrap: false,
      border: PALETTE.border,
    },
    challengeWrap: {
      font: { bold: true },
      fill: PALETTE.challengeFill,
      wrap: true,
      vertical: "center",
      border: PALETTE.border,
    },
    challengeBand: {
      fill: PALETTE.challengeFill,
      font: { color: PALETTE.bodyFont },
      vertical: "bottom",
      wrap: false,
      locked: true,
      border: PALETTE.border,
    },
    goalNumber: { ...body, horizontal: "center", font: { bold: true } },
    goalText: body,
    measure: body,
    rating: { ...body, horizontal: "center", vertical: "center" },
    input: { ...body, fill: PALETTE.inputFill, locked: false },
    inputOther: { ...body, fill: PALETTE.lockedOtherFill, font: { color: PALETTE.mutedFont }, locked: true },
    unitInput: { ...body, locked: false },
    locked: body,
    id: { ...body, font: { color: PALETTE.mutedFont } },
    status: { font: { color: PALETTE.mutedFont } },
    otherNote: { font: { italic: true, color: PALETTE.mutedFont }, vertical: "top" },
    rowLabel: { border: PALETTE.border, wrap: true, vertical: "top" },
    roundLabel: { border: PALETTE.border, vertical: "top" },
    count: { border: PALETTE.border, numberFormat: "0", horizontal: "right" },
    percent: { border: PALETTE.border, numberFormat: PERCENT_FORMAT, horizontal: "right" },
    totalLabel: { border: PALETTE.border, font: { bold: true }, fill: PALETTE.totalFill },
    totalCount: { border: PALETTE.border, font: { bold: true }, fill: PALETTE.totalFill, numberFormat: "0" },
    totalPercent: {
      border: PALETTE.border,
      font: { bold: true },
      fill: PALETTE.totalFill,
      numberFormat: PERCENT_FORMAT,
    },
    text: { wrap: true, vertical: "top" },
    glyph: { font: { bold: true, size: 12 }, horizontal: "center", border: PALETTE.border },
    invalidSample: {
      fill: PALETTE.invalidFill,
      font: { bold: true, color: PALETTE.invalidFont },
      border: PALETTE.border,
    },
    openSample: { fill: PALETTE.openFill, font: { color: PALETTE.openFont }, border: PALETTE.border },
    // A legend group heading: the header's look on one line, centred across its band (as challenge rows).
    legendGroup: {
      font: { bold: true, color: PALETTE.headerFont },
      fill: PALETTE.headerFill,
      vertical: "center",
      horizontal: "centerContinuous",
      border: PALETTE.border,
    },
    noteWrap: { font: { italic: true, color: PALETTE.mutedFont }, wrap: true, vertical: "top" },
    ...levelStyles,
  };
}
