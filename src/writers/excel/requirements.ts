/**
 * The ExcelApi requirement set the add-in needs: the highest set among the features the Excel writer
 * uses. manifest.xml must state exactly this version (checked by `npm run validate:offline`).
 *
 * - settings                      ExcelApi 1.4
 * - custom XML parts              ExcelApi 1.5
 * - conditional formats           ExcelApi 1.6
 * - freeze panes                  ExcelApi 1.7
 * - data validation               ExcelApi 1.8
 * - page layout and print titles  ExcelApi 1.9
 *
 * Features above this set (e.g. Range.group, 1.10) must be guarded with
 * `Office.context.requirements.isSetSupported("ExcelApi", "1.10")`.
 */
export const REQUIRED_EXCEL_API = "1.9";
