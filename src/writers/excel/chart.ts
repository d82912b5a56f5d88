/**
 * A native stacked-bar chart of the level counts per action field on the summary sheet (Office.js only:
 * exceljs cannot write charts). The source is the summary's per-field level-count columns, as laid out by
 * src/layout/summarySheet.ts.
 */
import { operation, type Operation } from "./batch";
import type { WorkbookPlan } from "../../layout/plan";
import { columnLetter, parseRange } from "../../core/address";
import { SUMMARY_COLUMNS, SUMMARY_FIRST_ROW, SUMMARY_HEADER_ROW } from "../../layout/summarySheet";
import { LEVELS } from "../../scheme/ratingScheme";

export const CHART_NAME = "Zielbild_Bewertungen";

export interface ChartSource {
  readonly sheetName: string;
  /** Header row (level names) and one row per field, level-count columns only. */
  readonly values: string;
  /** Field names, one per row. */
  readonly categories: string;
  /** Where the chart goes: below the summary's used area. */
  readonly from: string;
  readonly to: string;
}

export function chartSource(plan: WorkbookPlan): ChartSource | undefined {
  const summary = plan.sheets.find((s) => s.role === "summary");
  const fields = plan.sheets.filter((s) => s.role === "field").length;
  if (!summary || fields === 0) return undefined;
  const first = columnLetter(SUMMARY_COLUMNS.level);
  const last = columnLetter(SUMMARY_COLUMNS.level + LEVELS.length - 1);
  const lastRow = SUMMARY_FIRST_ROW + fields - 1;
  const below = parseRange(summary.extent).bottom + 2;
  return {
    sheetName: summary.name,
    values: `${first}${SUMMARY_HEADER_ROW}:${last}${lastRow}`,
    categories: `A${SUMMARY_FIRST_ROW}:A${lastRow}`,
    from: `A${below}`,
    to: `H${below + 18}`,
  };
}

export function chartOperations(plan: WorkbookPlan): Operation[] {
  return [...summaryChartOperations(plan), ...plannedChartOperations(plan)];
}

/** The charts the plan describes (the level shares per round from the second round on). */
function plannedChartOperations(plan: WorkbookPlan): Operation[] {
  return plan.sheets.flatMap((sheetPlan) =>
    (sheetPlan.charts ?? []).map((planned) =>
      operation(
        `${sheetPlan.name}: Diagramm ${planned.name}`,
        [sheetPlan.name, planned],
        (_, get) => {
          const sheet = get(sheetPlan.name);
          const chart = sheet.charts.add(planned.type, sheet.getRange(planned.values), "Columns");
          chart.name = planned.name;
          chart.title.text = planned.title;
          chart.axes.categoryAxis.setCategoryNames(sheet.getRange(planned.categories));
          chart.setPosition(planned.from, planned.to);
        },
        8,
      ),
    ),
  );
}

function summaryChartOperations(plan: WorkbookPlan): Operation[] {
  const source = chartSource(plan);
  if (!source) return [];
  const title =
    plan.meta.language === "de"
      ? "Zielerreichungsgrad je Handlungsfeld"
      : "Goal achievement per action field";
  return [
    operation(
      `${source.sheetName}: Diagramm`,
      [source, title],
      (_, get) => {
        const sheet = get(source.sheetName);
        const chart = sheet.charts.add("BarStacked", sheet.getRange(source.values), "Columns");
        chart.name = CHART_NAME;
        chart.title.text = title;
        chart.axes.categoryAxis.setCategoryNames(sheet.getRange(source.categories));
        chart.setPosition(source.from, source.to);
      },
      8,
    ),
  ];
}
