/** Organisationseinheiten: rated / total per unit, and filtering the overview's tables to one unit's rows. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Field,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useUnitFilter } from "../hooks/useUnitFilter";
import type { WorkbookState } from "../hooks/useWorkbook";
import { useI18n } from "../i18n";
import { unitProgress } from "../model/overview";
import type { WorkbookService } from "../services/workbookService";
import { WithOverview, usePanelStyles } from "./common";

const useStyles = makeStyles({
  unit: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Props {
  readonly service: WorkbookService;
  readonly workbook: WorkbookState;
  readonly password: string;
  readonly onRefresh: () => void;
  readonly onCreate: () => void;
}

export function UnitsPanel({ service, workbook, password, onRefresh, onCreate }: Props) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const { filter, apply } = useUnitFilter(service, password);

  return (
    <section className={panel.panel} aria-labelledby="units-heading">
      <h2 id="units-heading" className={panel.heading}>
        {t.unitsHeading}
      </h2>
      {filter.unit !== null && (
        <div className={panel.row} role="status">
          <span className={panel.wrap}>{t.filterActive(filter.unit)}</span>
          <Button onClick={() => void apply(null)} disabled={filter.busy}>
            {t.clearFilter}
          </Button>
        </div>
      )}
      {filter.error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {t.filterFailed} {filter.error}
          </MessageBarBody>
        </MessageBar>
      )}
      <WithOverview state={workbook} onRetry={onRefresh} onCreate={onCreate}>
        {(overview) => {
          const units = unitProgress(overview.measures);
          if (units.every((u) => u.unit === null)) return <p className={panel.muted}>{t.noUnits}</p>;
          return (
            <ul className={panel.list}>
              {units.map(({ unit, rated, total }) => {
                const name = unit ?? t.noUnit;
                return (
                  <li key={name} className={styles.unit} data-testid="unit-progress">
                    <Field label={name} hint={t.ratedOf(rated, total)}>
                      <ProgressBar
                        value={total > 0 ? rated / total : 0}
                        max={1}
                        aria-label={`${name}: ${t.ratedOf(rated, total)}`}
                      />
                    </Field>
                    {unit !== null && (
                      <div className={panel.row}>
                        <Button
                          size="small"
                          onClick={() => void apply(unit)}
                          disabled={filter.busy || filter.unit === unit}
                          aria-label={t.filterToUnitLabel(unit)}
                        >
                          {t.filterToUnit}
                        </Button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          );
        }}
      </WithOverview>
    </section>
  );
}
