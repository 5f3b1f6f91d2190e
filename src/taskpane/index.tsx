/**
 * The task pane's entry: the one place that wires the Office host (`src/excel`) into the React app.
 * Each effect is one `Excel.run` batch; components only see the `TaskpaneHost` functions.
 */
/// <reference types="office-js" />
import { AriaLiveAnnouncer, FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { analyzeWorkbook } from '../excel/analyze';
import { consolidateInExcel } from '../excel/consolidateInExcel';
import { runExcel } from '../excel/host';
import { generateReport } from '../excel/runInExcel';
import { selectCell } from '../excel/selectCell';
import { loadSettings, saveSettings } from '../excel/settings';
import { App } from './App';
import { copyText } from './clipboard';
import type { PaneSettings, TaskpaneHost } from './state';
import { fluentTheme } from './theme';

const officeHost: TaskpaneHost = {
  loadSettings(): PaneSettings {
    const s = loadSettings();
    return { ...s, excludedTables: s.excludedTables ?? [] };
  },
  saveSettings: (settings) => saveSettings(settings),
  analyze: (settings) => runExcel((context) => analyzeWorkbook(context, settings)),
  generate: (settings, onProgress, confirmReplace) =>
    runExcel((context) => generateReport(context, settings, onProgress, { confirmReplace })),
  consolidate: (settings, onProgress) => runExcel((context) => consolidateInExcel(context, settings, onProgress)),
  selectCell: (sheet, address) => runExcel((context) => selectCell(context, sheet, address)),
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
