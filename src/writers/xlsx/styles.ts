import type { CellStyle } from "../../layout/plan";

/** Merges styles in order, property by property: a later style overrides only what it sets. */
export function composeStyles(styles: readonly CellStyle[]): CellStyle {
  return styles.reduce<CellStyle>(
    (merged, next) => ({
      ...merged,
      ...definedOnly(next),
      ...(merged.font || next.font ? { font: { ...merged.font, ...definedOnly(next.font ?? {}) } } : {}),
    }),
    {},
  );
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
