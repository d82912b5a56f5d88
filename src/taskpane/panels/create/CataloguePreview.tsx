/** The loaded catalogue's title and counts (action fields, goals, measures, units). */
import type { LoadedSource } from "../../model/catalogueSource";
import { useI18n } from "../../i18n";
import { usePanelStyles } from "../common";
import { useCreateStyles } from "./styles";

export type CatalogueSummary = NonNullable<Extract<LoadedSource, { ok: true }>["summary"]>;

export function CataloguePreview({ summary, title }: { summary: CatalogueSummary; title: string }) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useCreateStyles();
  const counts: [string, number][] = [
    [t.previewFields, summary.actionFields],
    [t.previewGoals, summary.goals],
    [t.previewMeasures, summary.measures],
    [t.previewUnits, summary.units.length],
  ];
  return (
    <section aria-labelledby="preview-heading" className={panel.panel}>
      <h3 id="preview-heading" className={panel.subheading}>
        {t.preview}: {title}
      </h3>
      <dl className={styles.counts}>
        {counts.map(([label, value]) => (
          <div key={label} className={styles.count}>
            <dt>{label}</dt>
            <dd className={styles.countValue}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
