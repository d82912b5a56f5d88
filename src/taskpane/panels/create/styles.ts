/** Styles shared by the parts of the Erstellen panel. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useCreateStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(7.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    hyphens: "auto",
  },
  countValue: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failure: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  detail: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});
