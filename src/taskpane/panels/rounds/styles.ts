/** Styles shared by the parts of the Runden panel. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useRoundStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { margin: 0 },
  current: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  currentName: { fontWeight: tokens.fontWeightSemibold },
  // Two columns at 320 px, more when the pane is wider.
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(8.5rem, 1fr))",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  tile: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  tileLabel: { minWidth: 0 },
  tileValue: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  field: {
    display: "flex",
    flexDirection: "column",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fieldName: { fontWeight: tokens.fontWeightSemibold },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  place: { fontWeight: tokens.fontWeightSemibold },
});
