/**
 * The pane follows Office's theme: `Office.context.officeTheme` (where the host provides it) gives
 * the body background colour; a dark one selects Fluent's `webDarkTheme`, anything else
 * `webLightTheme`.
 */
import { tokens, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of `Office.OfficeTheme` used here. */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of `#rgb` / `#rrggbb`; null for anything else. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Whether Office's theme is a dark one (Black, Dark Gray). */
export function isDarkOfficeTheme(theme: OfficeThemeLike | null | undefined): boolean {
  const l = luminance(theme?.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

export function fluentTheme(theme: OfficeThemeLike | null | undefined): Theme {
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}

/** The main column of the pane and of the web page: a flex column on the theme's colours, the window's height. */
export const mainColumn = {
  display: 'flex',
  flexDirection: 'column',
  minHeight: '100vh',
  boxSizing: 'border-box',
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
} as const;
