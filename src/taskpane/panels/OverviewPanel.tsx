/**
 * Übersicht: per action field a stacked traffic-light bar of the live ratings, with every count written
 * out next to it (the colours never carry meaning alone). Levels and their colours come from the scheme.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { LEVELS, type Language } from "../../scheme/ratingScheme";
import type { WorkbookState } from "../hooks/useWorkbook";
import { useI18n, type Messages } from "../i18n";
import { countLevels, fieldOverview, ratedCount, type LevelCounts } from "../model/overview";
import type { WorkbookService } from "../services/workbookService";
import { AnnexDownload } from "./AnnexDownload";
import { WithOverview, usePanelStyles } from "./common";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  bar: {
    display: "flex",
    height: "16px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  open: { backgroundColor: tokens.colorNeutralBackground3 },
  invalid: {
    backgroundImage: `repeating-linear-gradient(45deg, ${tokens.colorPaletteRedBorder2} 0 3px, transparent 3px 6px)`,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "middle",
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  readonly service: WorkbookService;
  readonly workbook: WorkbookState;
  readonly onRefresh: () => void;
  readonly onCreate: () => void;
}

export function OverviewPanel({ service, workbook, onRefresh, onCreate }: Props) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  return (
    <section className={panel.panel} aria-labelledby="overview-heading">
      <h2 id="overview-heading" className={panel.heading}>
        {t.overviewHeading}
      </h2>
      <WithOverview state={workbook} onRetry={onRefresh} onCreate={onCreate}>
        {(overview) => {
          const fields = fieldOverview(overview.catalogue, overview.measures);
          return (
            <>
              <FieldBar name={t.overviewTotal} counts={countLevels(overview.measures)} />
              {fields.map((field) => (
                <FieldBar key={field.fieldId} name={field.name} counts={field.counts} />
              ))}
              <AnnexDownload service={service} />
            </>
          );
        }}
      </WithOverview>
    </section>
  );
}

interface Segment {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly color?: string;
}

export function segments(counts: LevelCounts, t: Messages, lang: Language): Segment[] {
  return [
    ...LEVELS.map((level) => ({
      key: level.code,
      label: level.value[lang],
      count: counts.levels[level.code],
      color: `#${level.fill}`,
    })),
    { key: "open", label: t.open, count: counts.open },
    { key: "invalid", label: t.invalid, count: counts.invalid },
  ];
}

export function describeCounts(counts: LevelCounts, t: Messages, lang: Language): string {
  const parts = segments(counts, t, lang).map((s) => `${s.label} ${s.count}`);
  return `${t.ratedOf(ratedCount(counts), counts.total)}; ${parts.join(", ")}`;
}

function FieldBar({ name, counts }: { name: string; counts: LevelCounts }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const parts = segments(counts, t, lang);
  const total = Math.max(1, counts.total);
  return (
    <div className={styles.field} data-testid="field-overview">
      <h3 className={styles.name}>{name}</h3>
      <div className={styles.bar} role="img" aria-label={t.barLabel(name, describeCounts(counts, t, lang))}>
        {parts
          .filter((s) => s.count > 0)
          .map((s) => (
            <div
              key={s.key}
              className={s.key === "invalid" ? styles.invalid : s.key === "open" ? styles.open : undefined}
              style={{
                width: `${(100 * s.count) / total}%`,
                ...(s.color ? { backgroundColor: s.color } : {}),
              }}
            />
          ))}
      </div>
      <ul className={styles.counts} aria-hidden="true">
        <li>{t.ratedOf(ratedCount(counts), counts.total)}</li>
        {parts.map((s) => (
          <li key={s.key}>
            <span
              className={`${styles.swatch} ${s.key === "invalid" ? styles.invalid : s.key === "open" ? styles.open : ""}`}
              style={s.color ? { backgroundColor: s.color } : undefined}
            />
            {s.label}: {s.count}
          </li>
        ))}
      </ul>
    </div>
  );
}
