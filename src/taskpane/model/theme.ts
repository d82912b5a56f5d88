/** Light or dark, from the Office theme's body background (Office.context.officeTheme). */
export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
}

export function isDarkTheme(theme: OfficeThemeLike | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
