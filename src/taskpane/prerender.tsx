/**
 * The first screen rendered at build time (webpack.config.js writes it into taskpane.html), so an
 * office PC paints the header and "Sinh báo cáo" — markup and CSS — before any script is parsed;
 * `index.tsx` then hydrates it. Rendered as the pane opens: no settings read yet (the first
 * screen shows none), the opening analysis under way (buttons disabled until it ends, so a click
 * before the script arrives is not lost: there is nothing to click yet), the light theme
 * with only the theme variables that screen's CSS uses (`index.tsx` writes the whole theme — light
 * or dark, as Office's — before hydrating).
 */
import {
  createCSSRuleFromTheme,
  createDOMRenderer,
  renderToStyleElements,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { defaultAddinSettings } from '../excel/settings';
import { PaneRoot } from './PaneRoot';
import type { TaskpaneHost } from './state';

/** The theme the pre-rendered CSS variables carry. */
export const PRERENDERED_THEME = webLightTheme;

export interface PrerenderedPane {
  /** The pane's markup, to go inside `#root`. */
  markup: string;
  /** Griffel's `<style>` elements for that markup, to go in `<head>`. */
  styles: string;
}

const unreachable = (): never => {
  throw new Error('the pre-render runs no effect');
};

/** A host for rendering only: the first screen reads the settings, nothing else. */
const buildTimeHost: TaskpaneHost = {
  loadSettings: () => ({ ...defaultAddinSettings, excludedTables: [] }),
  saveSettings: unreachable,
  analyze: unreachable,
  generate: unreachable,
  consolidate: unreachable,
  consolidateFiles: unreachable,
  termReport: unreachable,
  selectCell: unreachable,
  copyText: unreachable,
  baoCao: unreachable,
};

export function prerenderPane(): PrerenderedPane {
  // Without a document the renderer only collects the rules the render uses.
  const renderer = createDOMRenderer();
  const markup = renderToString(<PaneRoot theme={PRERENDERED_THEME} renderer={renderer} host={buildTimeHost} />);
  // React separates adjacent texts with `<!-- -->`, which the build's HTML minifier would drop and
  // hydration then miss: the first screen renders each text as one string.
  if (markup.includes('<!--')) throw new Error('prerenderPane: the first screen has adjacent texts (<!-- -->)');
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { markup: withUsedTokens(markup, styles, PRERENDERED_THEME), styles };
}

/**
 * The FluentProvider's `<style>` in `markup` cut to the theme variables `css` and `markup` refer
 * to: the whole theme is four times the first screen's own CSS.
 */
function withUsedTokens(markup: string, css: string, theme: Theme): string {
  const used = new Set([...(css + markup).matchAll(/var\(--(\w+)/g)].map((m) => m[1]));
  const tokens = Object.fromEntries(Object.entries(theme).filter(([name]) => used.has(name)));
  return markup.replace(
    /(<style id="(fui-FluentProvider\w+)">)[^<]*(<\/style>)/,
    (_, open: string, id: string, close: string) => open + createCSSRuleFromTheme(`.${id}`, tokens as Theme) + close,
  );
}
