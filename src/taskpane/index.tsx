/**
 * The task pane's entry: the one place that wires the Office host (`src/excel`) into the React app.
 * Each effect is one `Excel.run` batch (`engine.ts`, loaded on demand); components only see the
 * `TaskpaneHost` functions. This file and what it imports are the first screen: keep the engine out.
 */
/// <reference types="office-js" />
import { AriaLiveAnnouncer, FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { loadSettings, saveSettings } from '../excel/settings';
import { App } from './App';
import { copyText } from './clipboard';
import type { PaneSettings, TaskpaneHost } from './state';
import { fluentTheme } from './theme';

/** The engine's chunk (`engine.ts`), fetched the first time the pane reads the workbook. */
const engine = () => import(/* webpackChunkName: "engine" */ './engine').then((m) => m.engineHost);

const officeHost: TaskpaneHost = {
  loadSettings(): PaneSettings {
    const s = loadSettings();
    return { ...s, excludedTables: s.excludedTables ?? [] };
  },
  saveSettings: (settings) => saveSettings(settings),
  analyze: async (settings) => (await engine()).analyze(settings),
  generate: async (settings, onProgress, confirmReplace) =>
    (await engine()).generate(settings, onProgress, confirmReplace),
  consolidate: async (settings, onProgress) => (await engine()).consolidate(settings, onProgress),
  selectCell: async (sheet, address) => (await engine()).selectCell(sheet, address),
  copyText,
};
void Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  // officeTheme is missing on some hosts (older Excel, Excel on the web with no theme API).
  const theme = fluentTheme(Office.context?.officeTheme);
  createRoot(root).render(
    <FluentProvider theme={theme}>
      <AriaLiveAnnouncer>
        <App host={officeHost} />
      </AriaLiveAnnouncer>
    </FluentProvider>,
  );
});
