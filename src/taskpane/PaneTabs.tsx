/**
 * The six sections as tabs that fit a 320 px pane on one line: short visible labels (the full name is
 * the tab's accessible name and its tooltip), Einstellungen as a gear, and Fluent's Overflow for what
 * still does not fit — those tabs move into a "Mehr" menu, the selected tab always stays
 * in view. Nothing wraps, nothing scrolls sideways.
 */
import {
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useI18n, type Messages } from "./i18n";

export type TabKey = "create" | "check" | "overview" | "units" | "rounds" | "settings";
export const TABS: readonly TabKey[] = ["create", "check", "overview", "units", "rounds", "settings"];

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", minWidth: 0, maxWidth: "100%" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  // Less padding than Fluent's small tab, so that the German labels fit next to each other at 320 px.
  tab: {
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "& .fui-Tab__content": { paddingLeft: 0, paddingRight: 0 },
  },
  more: { flexShrink: 0, minWidth: "auto" },
});

interface Labels {
  /** The full name: the tab's accessible name, its tooltip and its entry in the overflow menu. */
  readonly name: string;
  /** What the tab shows; absent for an icon-only tab. */
  readonly short?: string;
}

export function tabLabels(t: Messages): Record<TabKey, Labels> {
  return {
    create: { name: t.tabCreate, short: t.tabCreate },
    check: { name: t.tabCheck, short: t.tabCheck },
    overview: { name: t.tabOverview, short: t.tabOverview },
    units: { name: t.tabUnits, short: t.tabUnitsShort },
    rounds: { name: t.tabRounds, short: t.tabRounds },
    settings: { name: t.tabSettings },
  };
}

interface Props {
  readonly selected: TabKey;
  readonly onSelect: (tab: TabKey) => void;
}

export function PaneTabs({ selected, onSelect }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const labels = tabLabels(t);
  return (
    <Overflow minimumVisible={2}>
      <div className={styles.row}>
        <TabList
          className={styles.tabs}
          selectedValue={selected}
          onTabSelect={(_, data) => onSelect(data.value as TabKey)}
          aria-label={t.tabsLabel}
          size="small"
        >
          {TABS.map((key) => {
            const { name, short } = labels[key];
            return (
              <OverflowItem key={key} id={key} priority={key === selected ? 2 : 1}>
                <Tab
                  className={styles.tab}
                  value={key}
                  id={`tab-${key}`}
                  aria-controls={`panel-${key}`}
                  {...accessibleName(name, short)}
                  {...(short === undefined ? { icon: <GearIcon /> } : {})}
                >
                  {short}
                </Tab>
              </OverflowItem>
            );
          })}
        </TabList>
        <MoreTabs labels={labels} selected={selected} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}

/** The tabs that did not fit, as a menu of radio items (the selected section is checked). */
function MoreTabs({ labels, selected, onSelect }: Props & { labels: Record<TabKey, Labels> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu
      checkedValues={{ section: [selected] }}
      onCheckedValueChange={(_, data) => data.checkedItems[0] && onSelect(data.checkedItems[0] as TabKey)}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          ref={ref}
          className={styles.more}
          appearance="transparent"
          size="small"
          aria-label={t.moreTabsLabel(overflowCount)}
        >
          {t.moreTabs}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TABS.map((key) => (
            <MoreTabItem key={key} tab={key} name={labels[key].name} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function MoreTabItem({ tab, name }: { tab: TabKey; name: string }) {
  const visible = useIsOverflowItemVisible(tab);
  if (visible) return null;
  return (
    <MenuItemRadio name="section" value={tab}>
      {name}
    </MenuItemRadio>
  );
}

/** Fluent's "Settings" icon (20 px, regular), inline so that no icon package is needed. */
function GearIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" focusable="false">
      <path d="M1.91 7.38A8.5 8.5 0 0 1 3.7 4.3a.5.5 0 0 1 .54-.13l1.92.68a1 1 0 0 0 1.32-.76l.36-2a.5.5 0 0 1 .4-.4 9 9 0 0 1 3.55 0q.32.08.38.4l.37 2a1 1 0 0 0 1.32.76l1.92-.68a.5.5 0 0 1 .54.13 8.5 8.5 0 0 1 1.78 3.08q.08.31-.15.54l-1.56 1.32a1 1 0 0 0 0 1.52l1.56 1.32a.5.5 0 0 1 .15.54 8.5 8.5 0 0 1-1.78 3.08.5.5 0 0 1-.54.13l-1.92-.68a1 1 0 0 0-1.32.76l-.37 2a.5.5 0 0 1-.38.4 8.5 8.5 0 0 1-3.56 0 .5.5 0 0 1-.39-.4l-.36-2a1 1 0 0 0-1.32-.76l-1.92.68a.5.5 0 0 1-.54-.13 8.5 8.5 0 0 1-1.78-3.08.5.5 0 0 1 .15-.54l1.56-1.32a1 1 0 0 0 0-1.52L2.06 7.92a.5.5 0 0 1-.15-.54m1.06 0 1.3 1.1a2 2 0 0 1 0 3.04l-1.3 1.1q.45 1.19 1.25 2.16l1.6-.58a2 2 0 0 1 2.63 1.53l.3 1.67a8 8 0 0 0 2.5 0l.3-1.67a2 2 0 0 1 2.64-1.53l1.6.58a8 8 0 0 0 1.24-2.16l-1.3-1.1a2 2 0 0 1 0-3.04l1.3-1.1a8 8 0 0 0-1.25-2.16l-1.6.58a2 2 0 0 1-2.63-1.53l-.3-1.67a8 8 0 0 0-2.5 0l-.3 1.67A2 2 0 0 1 5.81 5.8l-1.6-.58a8 8 0 0 0-1.24 2.16M7.5 10a2.5 2.5 0 1 1 5 0 2.5 2.5 0 0 1-5 0m1 0a1.5 1.5 0 1 0 3 0 1.5 1.5 0 0 0-3 0" />
    </svg>
  );
}

/**
 * An icon-only tab is named by its aria-label; a tab with a short visible label keeps that label as its
 * accessible name (WCAG 2.5.3 "Label in Name": speech users say what they see) and shows the full name as
 * its tooltip.
 */
function accessibleName(name: string, short: string | undefined): { "aria-label"?: string; title?: string } {
  if (short === undefined) return { "aria-label": name, title: name };
  return short === name ? {} : { title: name };
}
