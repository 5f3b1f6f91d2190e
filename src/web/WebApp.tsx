/**
 * The web page: a workbook file chosen or dropped, the file pipeline run in the worker, then what
 * the task pane shows after "Sinh báo cáo" (its components and words) and the two files to download.
 * Nothing is sent anywhere: the worker reads the bytes the browser hands the page.
 */
import { Accordion, Button, Field, ProgressBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { copyText } from '../taskpane/clipboard';
import { Bars } from '../taskpane/components/Bars';
import { ResultsSection } from '../taskpane/components/ResultsSection';
import { Item } from '../taskpane/components/SectionItem';
import { SettingsSection } from '../taskpane/components/SettingsSection';
import { vi } from '../taskpane/i18n/vi';
import { withTableIncluded, type PaneSettings } from '../taskpane/state';
import { mainColumn } from '../taskpane/theme';
import { WEB_STEPS } from './protocol';
import { ResultsChart } from './ResultsChart';
import { ResultsTable } from './ResultsTable';
import type { ReportWorker } from './reportWorker';
import { saveWebSettings } from './settingsStore';
import { SHOWN_WORDS, shownReport } from './shownReport';
import { initialWebState, noticesOf, webProgressValue, webReducer, type ChosenFile } from './state';
import { ManyFiles } from './ManyFiles';
import type { ManyFilesMode } from './manyFiles';
import { PreviousYearFile } from './PreviousYearFile';

/**
 * The tables' list names them by the engine's key: a chunk, so the page's first script has no
 * engine; fetched at load with the worker's chunks (`index.tsx`), so it is there offline.
 */
export const loadTablesSection = () => import('../taskpane/components/TablesSection');
const TablesSection = lazy(() => loadTablesSection().then((m) => ({ default: m.TablesSection })));
/** The header the report will carry, editable before any download: a chunk fetched at load too. */
export const loadHeaderFields = () => import('../taskpane/components/HeaderFields');
const HeaderFields = lazy(() => loadHeaderFields().then((m) => ({ default: m.HeaderFields })));
/** The indicators' directions (the pane's list, choices kept by name): a chunk fetched at load too. */
export const loadWebIndicators = () => import('./WebIndicators');
const WebIndicators = lazy(() => loadWebIndicators().then((m) => ({ default: m.WebIndicators })));

const ACCEPT = '.xlsx,.xlsm,.xls,.ods';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  root: {
    ...mainColumn,
    gap: tokens.spacingVerticalL,
    maxWidth: '880px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  privacy: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  drop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalXL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: 'none' },
  downloads: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  pending: { display: 'inline-flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  silent: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

export interface WebAppProps {
  worker: ReportWorker;
  initialSettings: PaneSettings;
  /** Several files the person said are many wards' reports: handed to the district section. */
  onWardFiles?: (files: ChosenFile[]) => void;
}

/** How long typing must pause before a typed setting is applied (the report run again). */
export const TYPING_PAUSE_MS = 1200;

/**
 * The settings never fight the user: no field is ever disabled, leaving a field runs nothing; a
 * typed change is applied when typing pauses or on "Lưu thiết lập", a choice at once; a change
 * made during a run is applied once that run ends, with the settings as they are then.
 */
export function WebApp({ worker, initialSettings, onWardFiles }: WebAppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(webReducer, initialSettings, initialWebState);
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;
  const fileRef = useRef(state.file);
  fileRef.current = state.file;
  // The settings of the last run, so a save without a change does not run the file again.
  const lastRun = useRef('');
  // Last year's file for the cùng kỳ (`--cung-ky`), kept for the next workbook until removed.
  const [previous, setPrevious] = useState<ChosenFile | null>(null);
  const previousRef = useRef(previous);
  previousRef.current = previous;
  // Several files chosen at once, until the person says what they are.
  const [many, setMany] = useState<ChosenFile[] | null>(null);
  const running = useRef(false);
  /** The runs started, so a draft báo cáo reaches only the report of its own run. */
  const runs = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A worker the browser refuses: said at once, not after a file is chosen.
  useEffect(() => void worker.blocked.then(() => dispatch({ type: 'error', message: vi.web.workerBlocked })), [worker]);

  const run = useCallback(
    async (file: ChosenFile, settings: PaneSettings) => {
      lastRun.current = runKey(file, settings, previousRef.current);
      running.current = true;
      dispatch({ type: 'start' });
      const last = previousRef.current;
      const options = file.yearly
        ? { settings, yearly: file.yearly }
        : { settings, ...(last ? { previousYear: last } : {}) };
      const runNumber = ++runs.current;
      const outcome = await worker.run(
        file.bytes,
        file.name,
        options,
        (step, fraction) => dispatch({ type: 'progress', step, fraction }),
        // The draft of this run only: a later run's report replaces it.
        (draft) => runs.current === runNumber && dispatch({ type: 'draft', draft }),
      );
      running.current = false;
      dispatch({ type: 'finished', outcome, unexpected: vi.errors.unexpected });
      // Changed while it ran: once more, with the settings as they are now.
      if (fileRef.current === file && runKey(file, settingsRef.current, previousRef.current) !== lastRun.current)
        void run(file, settingsRef.current);
    },
    [worker],
  );

  /** One workbook runs at once; several wait for the person to say what they are (`ManyFiles`). */
  const choose = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const chosen = await Promise.all(Array.from(files, chosenFile));
    if (chosen.length > 1) return setMany(chosen);
    setMany(null);
    await start(chosen[0]);
  };

  /** A new workbook (or term of yearly files) on the page: its own tables, none left out yet. */
  const start = async (file: ChosenFile) => {
    dispatch({ type: 'file', file });
    await run(file, { ...settingsRef.current, excludedTables: [] });
  };

  const runMany = (mode: ManyFilesMode) => {
    if (!many) return;
    setMany(null);
    if (mode === 'district') return onWardFiles?.(many);
    void start({ name: many.map((f) => f.name).join(', '), bytes: new Uint8Array(0), yearly: many });
  };

  const choosePrevious = (next: ChosenFile | null) => {
    previousRef.current = next;
    setPrevious(next);
    const file = fileRef.current;
    if (!file || file.yearly) return;
    // During a run, the run's end sees a key that differs and runs once more.
    if (running.current) lastRun.current = '';
    else void run(file, settingsRef.current);
  };

  const rerun = (settings: PaneSettings) => {
    const file = fileRef.current;
    if (file && !running.current && runKey(file, settings, previousRef.current) !== lastRun.current)
      void run(file, settings);
  };

  /** Saves the settings on this computer and runs the file with them; false when the browser refused to keep them. */
  const apply = (settings: PaneSettings): boolean => {
    if (pause.current) clearTimeout(pause.current);
    pause.current = null;
    const saved = saveWebSettings(settings);
    rerun(settings);
    return saved;
  };

  const changeSettings = (settings: PaneSettings, persist: boolean) => {
    settingsRef.current = settings;
    dispatch({ type: 'settings', settings });
    if (persist) {
      apply(settings);
      return;
    }
    if (pause.current) clearTimeout(pause.current);
    pause.current = setTimeout(() => apply(settingsRef.current), TYPING_PAUSE_MS);
  };

  // Leaving a field applies nothing (typing pauses do); the Lưu button applies and says so.
  const commitSettings = (announce: boolean) => {
    if (announce && apply(settingsRef.current)) dispatch({ type: 'status', message: vi.web.savedHere });
  };

  const copy = async (text: string, what: 'sentence' | 'all') => {
    const ok = await copyText(text);
    if (ok) dispatch({ type: 'status', message: what === 'all' ? vi.results.copiedAll : vi.results.copied });
    else dispatch({ type: 'error', message: vi.results.copyFailed });
  };

  const dragging = usePageDrop((files) => void choose(files));
  const input = useRef<HTMLInputElement | null>(null);
  const { result } = state;
  const warnings = result ? noticesOf(result) : [];
  const report = result?.report;
  const shown = useMemo(() => (report ? shownReport(report) : null), [report]);

  return (
    <main className={styles.root} aria-busy={state.busy}>
      <header className={styles.header}>
        <h1 className={styles.title}>{vi.appTitle}</h1>
        <Text className={styles.muted}>{vi.web.subtitle}</Text>
        <Text weight="semibold" className={styles.privacy} data-testid="privacy">
          <ShieldCheckmarkRegular aria-hidden />
          {vi.web.privacy}
        </Text>
      </header>

      <section className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop} aria-label={vi.web.choose}>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className={styles.hidden}
          data-testid="file-input"
          onChange={(e) => {
            void choose(e.currentTarget.files);
            e.currentTarget.value = ''; // the same file chosen again runs again
          }}
        />
        <Button
          appearance="primary"
          size="large"
          icon={<FolderOpenRegular />}
          disabledFocusable={state.busy}
          onClick={() => input.current?.click()}
        >
          {vi.web.choose}
        </Button>
        <Text>{dragging ? vi.web.dropHere : vi.web.drop}</Text>
        {state.file && (
          <Text block className={styles.muted} data-testid="file-name">
            {vi.web.file(state.file.name)}
          </Text>
        )}
      </section>

      {many && (
        <ManyFiles names={many.map((f) => f.name)} busy={state.busy} onRun={runMany} onCancel={() => setMany(null)} />
      )}

      <PreviousYearFile
        name={previous?.name ?? null}
        term={Boolean(state.file?.yearly)}
        onChoose={(f) => void chosenFile(f).then(choosePrevious)}
        onRemove={() => choosePrevious(null)}
      />

      <WebProgress progress={state.progress} busy={state.busy} />

      {(state.error || warnings.length > 0) && (
        <Bars error={state.error} warnings={warnings} onDismiss={() => dispatch({ type: 'dismissError' })} />
      )}
      <div role="status" aria-live="polite" data-testid="status" className={state.status ? undefined : styles.silent}>
        {state.status ?? ''}
      </div>

      {result && (
        <section aria-label={vi.header.title}>
          <Suspense fallback={null}>
            <HeaderFields
              settings={state.settings}
              workbookHeader={result.workbookHeader}
              onChange={changeSettings}
              onCommit={commitSettings}
            />
          </Suspense>
        </section>
      )}

      {result && (
        <section aria-label={vi.web.downloads} className={styles.header}>
          <div className={styles.downloads}>
            {result.xlsx.length > 0 && (
              <DownloadButton
                bytes={result.xlsx}
                name={result.xlsxName}
                type={XLSX_TYPE}
                primary
                testId="download-xlsx"
              >
                {vi.web.downloadXlsx}
              </DownloadButton>
            )}
            {result.docx && result.docxName && (
              <DownloadButton bytes={result.docx} name={result.docxName} type={DOCX_TYPE} testId="download-docx">
                {vi.web.downloadDocx}
              </DownloadButton>
            )}
            {state.draftPending && (
              <span className={styles.pending} data-testid="bao-cao-pending">
                <Spinner size="tiny" aria-hidden />
                <Text className={styles.muted}>{vi.web.steps.baoCao}</Text>
              </span>
            )}
            {result.baoCao && result.baoCaoName && (
              <DownloadButton bytes={result.baoCao} name={result.baoCaoName} type={DOCX_TYPE} testId="download-bao-cao">
                {vi.web.downloadBaoCao}
              </DownloadButton>
            )}
          </div>
          <Text size={200} className={styles.muted}>
            {vi.web.downloadHint}
          </Text>
        </section>
      )}

      {result && shown && state.file && (
        <ResultsSection
          report={shown.report}
          sheetName={result.xlsxName}
          done={vi.web.done(state.file.name)}
          // "Sao chép tất cả" copies every sentence, those not laid out too.
          onCopy={(text, what) => void copy(what === 'all' ? result.report.narrative.join('\n') : text, what)}
        />
      )}
      {shown && shown.sentencesLeft > 0 && (
        <Text data-testid="sentences-left">{SHOWN_WORDS.sentencesLeft(shown.sentencesLeft)}</Text>
      )}
      {shown && shown.checksLeft > 0 && (
        <Text data-testid="checks-left">{SHOWN_WORDS.checksLeft(shown.checksLeft)}</Text>
      )}
      {result && <ResultsChart report={result.report} />}

      {result && <ResultsTable sheetTables={result.sheetTables} />}

      <Accordion multiple collapsible defaultOpenItems={['tables']}>
        {result && (
          <Item value="indicators" title={vi.indicators.title}>
            <WebIndicators
              tables={result.report.tables}
              settings={state.settings}
              autoDirections={result.autoDirections}
              onChange={(settings) => changeSettings(settings, true)}
            />
          </Item>
        )}
        {state.tables && (
          <Item value="tables" title={vi.tables.title}>
            <TablesSection
              tables={state.tables}
              excludedTables={state.settings.excludedTables}
              onToggle={(key, included) => changeSettings(withTableIncluded(state.settings, key, included), true)}
            />
          </Item>
        )}
        <Item value="settings" title={vi.settings.title}>
          <SettingsSection
            settings={state.settings}
            disabled={false}
            onChange={changeSettings}
            onCommit={commitSettings}
            description={vi.web.settingsDescription}
          />
        </Item>
      </Accordion>
    </main>
  );
}

/** What a run depends on besides the file: a run of the same key need not be made again. */
function runKey(file: ChosenFile, settings: PaneSettings, previous: ChosenFile | null): string {
  return JSON.stringify([settings, file.yearly ? null : (previous?.name ?? null)]);
}

async function chosenFile(file: File): Promise<ChosenFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function WebProgress({
  progress,
  busy,
}: {
  progress: { step: (typeof WEB_STEPS)[number]; fraction: number } | null;
  busy: boolean;
}) {
  const styles = useStyles();
  const text =
    busy && progress
      ? vi.web.step(WEB_STEPS.indexOf(progress.step) + 1, WEB_STEPS.length, vi.web.steps[progress.step])
      : busy
        ? vi.web.steps.read
        : '';
  return (
    <div className={busy ? undefined : styles.silent}>
      {busy && (
        <Field label={vi.progress.label}>
          <ProgressBar
            value={progress ? webProgressValue(progress.step, progress.fraction) : undefined}
            max={1}
            aria-valuetext={text || undefined}
            thickness="large"
          />
        </Field>
      )}
      <div role="status" aria-live="polite" data-testid="progress-text">
        {text}
      </div>
    </div>
  );
}

interface DownloadButtonProps {
  bytes: Uint8Array;
  name: string;
  type: string;
  primary?: boolean;
  testId: string;
  children: ReactNode;
}

/** A link that saves `bytes` as `name` (an object URL, revoked when the file is replaced). */
function DownloadButton({ bytes, name, type, primary, testId, children }: DownloadButtonProps) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes, type]);
  if (!url) return null;
  return (
    <Button
      as="a"
      appearance={primary ? 'primary' : 'secondary'}
      icon={<ArrowDownloadRegular />}
      href={url}
      download={name}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}

/**
 * Files dropped anywhere on the page are taken (a drop the page did not take would make the
 * browser open the file instead); true while a file is dragged over the page.
 */
function usePageDrop(onDrop: (files: FileList | null) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const drop = useRef(onDrop);
  drop.current = onDrop;
  useEffect(() => {
    const over = (e: globalThis.DragEvent) => {
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: globalThis.DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const dropped = (e: globalThis.DragEvent) => {
      e.preventDefault();
      setDragging(false);
      drop.current(e.dataTransfer?.files ?? null);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', dropped);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', dropped);
    };
  }, []);
  return dragging;
}
