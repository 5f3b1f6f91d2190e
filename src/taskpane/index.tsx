/**
 * The task pane's entry: the one place that wires the Office host (`src/excel`) into the React app.
 * Each effect is one `Excel.run` batch (`engine.ts`, loaded on demand); components only see the
 * `TaskpaneHost` functions. This file and what it imports are the first screen: keep the engine out.
 *
 * taskpane.html already holds the first screen, rendered at build time (`prerender.tsx`): it is
 * hydrated here, not rendered again.
 */
/// <reference types="office-js" />
import { createCSSRuleFromTheme, createDOMRenderer, type Theme } from '@fluentui/react-components';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadSettings, saveSettings } from '../excel/settings';
import { copyText } from './clipboard';
import { PaneRoot } from './PaneRoot';
import type { PaneSettings, TaskpaneHost } from './state';
import { fluentTheme } from './theme';

/** The engine's chunk (`engine.ts`), fetched the first time the pane reads the workbook. */
const engine = () => import(/* webpackChunkName: "engine" */ './engine').then((m) => m.engineHost);
/** The Word writer's chunk (`baoCao.ts`), fetched when the draft báo cáo is first asked for. */
const draft = () => import(/* webpackChunkName: "baocao" */ './baoCao').then((m) => m.paneBaoCao);

const officeHost: TaskpaneHost = {
  loadSettings(): PaneSettings {
    const s = loadSettings();
    return { ...s, excludedTables: s.excludedTables ?? [] };
  },
  saveSettings: (settings) => saveSettings(settings),
  analyze: async (settings) => (await engine()).analyze(settings),
  generate: async (settings, onProgress, confirmReplace, previousYear) =>
    (await engine()).generate(settings, onProgress, confirmReplace, previousYear),
  consolidate: async (settings, onProgress) => (await engine()).consolidate(settings, onProgress),
  consolidateFiles: async (files, settings, onProgress) =>
    (await engine()).consolidateFiles(files, settings, onProgress),
  termReport: async (settings, onProgress, confirmReplace) =>
    (await engine()).termReport(settings, onProgress, confirmReplace),
  selectCell: async (sheet, address) => (await engine()).selectCell(sheet, address),
  copyText,
  baoCao: async (generated) => (await draft())(generated, Office.context.document.url ?? ''),
};
/**
 * The pre-rendered theme's CSS variables (only those of the first screen, light) rewritten as the
 * whole of `theme`: Fluent keeps the server's `<style>` element when it hydrates, and the markup's
 * class names do not depend on the theme.
 */
function retheme(root: HTMLElement, theme: Theme): void {
  const style = root.querySelector<HTMLStyleElement>('style[id^="fui-FluentProvider"]');
  if (style) style.textContent = createCSSRuleFromTheme(`.${style.id}`, theme);
}

void Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  // officeTheme is missing on some hosts (older Excel, Excel on the web with no theme API).
  const theme = fluentTheme(Office.context?.officeTheme);
  const pane = (
    <PaneRoot theme={theme} renderer={createDOMRenderer(document)} targetDocument={document} host={officeHost} />
  );
  if (!root.firstElementChild) {
    createRoot(root).render(pane); // a page without the pre-render (an older build's template)
    return;
  }
  retheme(root, theme);
  hydrateRoot(root, pane);
});
