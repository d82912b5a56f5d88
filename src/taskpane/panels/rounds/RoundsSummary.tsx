/** The round the workbook collects, the closed rounds, and (from round 2 on) the changes since the last one. */
import { CHANGES } from "../../../scheme/ratingScheme";
import { useI18n } from "../../i18n";
import type { ChangeCounts, RoundChanges, RoundsView } from "../../model/rounds";
import { usePanelStyles } from "../common";
import { useRoundStyles } from "./styles";

export function RoundsSummary({ view }: { view: RoundsView }) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useRoundStyles();
  return (
    <>
      <section className={styles.block} aria-labelledby="current-round-heading">
        <h3 id="current-round-heading" className={panel.subheading}>
          {t.roundsCurrent}
        </h3>
        <p className={styles.current} data-testid="current-round">
          <span className={styles.currentName}>{t.roundName(view.current.number, view.current.label)}</span>
          <span className={panel.muted}>{t.roundAsOf(view.current.date)}</span>
        </p>
      </section>
      <section className={styles.block} aria-labelledby="closed-rounds-heading">
        <h3 id="closed-rounds-heading" className={panel.subheading}>
          {t.roundsClosed}
        </h3>
        {view.closed.length === 0 ? (
          <p className={`${panel.muted} ${styles.text}`}>{t.roundsNoneClosed}</p>
        ) : (
          <ul className={panel.list} data-testid="closed-rounds">
            {[...view.closed].reverse().map((round) => (
              <li key={round.number}>
                {t.roundName(round.number, round.label)}{" "}
                <span className={panel.muted}>– {t.roundAsOf(round.date)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.changes && <Changes changes={view.changes} />}
    </>
  );
}

/**
 * How many measures moved in which way: all fields as tiles (every class, also 0), then one line per
 * action field with the classes that occur. The marks are the scheme's, in the pane's language.
 */
function Changes({ changes }: { changes: RoundChanges }) {
  const { t, lang } = useI18n();
  const panel = usePanelStyles();
  const styles = useRoundStyles();
  const describe = (counts: ChangeCounts) => {
    const parts = CHANGES.filter((c) => counts[c.code] > 0).map((c) => `${c.mark[lang]} ${counts[c.code]}`);
    return parts.length > 0 ? (
      <span>{parts.join(" · ")}</span>
    ) : (
      <span className={panel.muted}>{t.changesNothing}</span>
    );
  };
  return (
    <section className={styles.block} aria-labelledby="changes-heading" data-testid="round-changes">
      <h3 id="changes-heading" className={panel.subheading}>
        {t.changesHeading(changes.since.number, changes.since.label)}
      </h3>
      <p className={`${panel.muted} ${styles.text}`}>{t.changesIntro}</p>
      <h4 id="changes-total-heading" className={panel.subheading}>
        {t.changesTotal}
      </h4>
      <dl className={styles.tiles} aria-labelledby="changes-total-heading" data-testid="changes-total">
        {CHANGES.map((c) => (
          <div key={c.code} className={styles.tile}>
            <dt className={styles.tileLabel}>{c.mark[lang]}</dt>
            <dd className={styles.tileValue}>{changes.total[c.code]}</dd>
          </div>
        ))}
      </dl>
      <h4 id="changes-fields-heading" className={panel.subheading}>
        {t.changesByField}
      </h4>
      <ul className={panel.list} aria-labelledby="changes-fields-heading">
        {changes.fields.map((field) => (
          <li key={field.name} className={styles.field} data-testid="changes-field">
            <span className={styles.fieldName}>{field.name}</span>
            {describe(field.counts)}
          </li>
        ))}
      </ul>
    </section>
  );
}
