/**
 * The web page's entry (dist/web/index.html): the Fluent theme (the system's light or dark), the
 * worker started at once and warmed — its chunks fetched while the person looks for the file, so the
 * page works offline once loaded — and the settings this browser has kept.
 */
import { AriaLiveAnnouncer, FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { ReportWorker } from './reportWorker';
import { loadWebSettings } from './settingsStore';
import { loadHeaderFields, loadTablesSection, loadWebIndicators, WebApp } from './WebApp';
import { DistrictClient } from './districtClient';
import { WebDistrict } from './WebDistrict';
import { WardInbox } from './wardInbox';

const worker = new ReportWorker();
const wards = new WardInbox();
// `data-ready`: every file the page may need is loaded; from then on it needs no network.
void Promise.all([worker.warm(), loadTablesSection(), loadWebIndicators(), loadHeaderFields()]).then(() =>
  document.documentElement.setAttribute('data-ready', 'true'),
);

const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <AriaLiveAnnouncer>
        <WebApp worker={worker} initialSettings={loadWebSettings()} onWardFiles={(files) => wards.send(files)} />
        <WebDistrict client={new DistrictClient()} inbox={wards} />
      </AriaLiveAnnouncer>
    </FluentProvider>,
  );
