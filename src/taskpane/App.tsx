/**
 * The task pane. It holds the pane's state (`state.ts`) and calls its host for every effect —
 * reading, generating, selecting a cell, saving settings, copying — so it runs the same against
 * Excel (`index.tsx`) and against a stub. Errors surface once, in the MessageBar at the top.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Direction, Finding } from '../core/indicator';
import { GenerateSection } from './components/GenerateSection';
import { errorCode } from '../excel/host';
import { vi } from './i18n/vi';
import { mainColumn } from './theme';
import type { ChosenFile } from './files';
import {
  initialState,
  paneReducer,
  withDirection,
  withTableIncluded,
  type PaneSettings,
  type TaskpaneHost,
} from './state';
import type { GenerateResult, Progress } from '../excel/runInExcel';

// The first screen is the header and "Sinh báo cáo": pre-rendered into taskpane.html at build time
// (prerender.tsx) and hydrated, so it is painted before any script is parsed. The
// sections under it (an accordion whose closed items render nothing, each item's content a chunk
// of its own), the message bars, the results and the replace dialog come as chunks when first
// shown, so a slow office PC paints the button before parsing the rest.
const Sections = lazy(() => import('./components/Sections').then((m) => ({ default: m.Sections })));
const Bars = lazy(() => import('./components/Bars').then((m) => ({ default: m.Bars })));
const ResultsSection = lazy(() => import('./components/ResultsSection').then((m) => ({ default: m.ResultsSection })));
const BaoCaoSection = lazy(() => import('./components/BaoCaoSection').then((m) => ({ default: m.BaoCaoSection })));
const ReplaceDialog = lazy(() => import('./components/ReplaceDialog').then((m) => ({ default: m.ReplaceDialog })));

/** False until the first screen has been painted (a frame, then a task), true from then on. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

export interface AppProps {
  host: TaskpaneHost;
  /** Run "Phân tích" when the pane opens (default true). */
  analyzeOnOpen?: boolean;
}

const useStyles = makeStyles({
  root: {
    ...mainColumn,
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  // Out of the flex flow while empty (no gap), still in the accessibility tree.
  silent: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

export function App({ host, analyzeOnOpen = true }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialState(host.loadSettings(), analyzeOnOpen));
  // The latest settings for effects started from an older render (a blur after typing).
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;
  // Last year's report file for cùng kỳ, used by every "Sinh báo cáo" until cleared.
  const [previousYear, setPreviousYear] = useState<ChosenFile | null>(null);
  const previousRef = useRef(previousYear);
  previousRef.current = previousYear;
  // Focus goes to "Kết quả" after a run: at once if the results are shown, else when their chunk
  // has loaded and the heading mounts.
  const resultsHeading = useRef<HTMLHeadingElement | null>(null);
  const focusResults = useRef(false);
  const headingRef = useCallback((el: HTMLHeadingElement | null) => {
    resultsHeading.current = el;
    if (el && focusResults.current) {
      focusResults.current = false;
      el.focus();
    }
  }, []);
  // The edited report sheet the pane is asking about (null: no question), and how to answer it.
  const [replaceAsk, setReplaceAsk] = useState<string | null>(null);
  const replaceAnswer = useRef<((replace: boolean) => void) | null>(null);
  const confirmReplace = useCallback(
    (sheetName: string) =>
      new Promise<boolean>((resolve) => {
        replaceAnswer.current = resolve;
        setReplaceAsk(sheetName);
      }),
    [],
  );
  const answerReplace = useCallback((replace: boolean) => {
    replaceAnswer.current?.(replace);
    replaceAnswer.current = null;
    setReplaceAsk(null);
  }, []);

  /** Runs a host call; anything it throws is a bug or an unexpected host failure, shown once. */
  const guarded = useCallback(async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      dispatch({ type: 'error', message: vi.errors.unexpected(errorCode(e)) });
    }
  }, []);

  const save = useCallback(
    (settings: PaneSettings, announce: boolean) =>
      guarded(async () => {
        const r = await host.saveSettings(settings);
        if (!r.ok) dispatch({ type: 'error', message: r.message });
        else if (announce) dispatch({ type: 'status', message: vi.settings.saved });
      }),
    [guarded, host],
  );

  const analyze = useCallback(
    () =>
      guarded(async () => {
        dispatch({ type: 'start', busy: 'analyze' });
        dispatch({ type: 'analyzed', result: await host.analyze(settingsRef.current) });
      }),
    [guarded, host],
  );

  /** A report written (the workbook's, or the term's): its results shown, the focus on them. */
  const shown = useCallback((result: GenerateResult) => {
    dispatch({ type: 'generated', result });
    if (result.ok)
      requestAnimationFrame(() => {
        if (resultsHeading.current) resultsHeading.current.focus();
        else focusResults.current = true;
      });
  }, []);

  const generate = useCallback(
    () =>
      guarded(async () => {
        const settings = settingsRef.current;
        dispatch({ type: 'start', busy: 'generate' });
        const saved = await host.saveSettings(settings);
        const onProgress = (progress: Progress) => dispatch({ type: 'progress', progress });
        const previous = previousRef.current;
        const result = previous
          ? await host.generate(settings, onProgress, confirmReplace, previous)
          : await host.generate(settings, onProgress, confirmReplace);
        shown(result);
        if (!saved.ok) dispatch({ type: 'error', message: saved.message });
      }),
    [guarded, host, confirmReplace, shown],
  );

  const termReport = useCallback(
    () =>
      guarded(async () => {
        dispatch({ type: 'start', busy: 'term' });
        shown(
          await host.termReport(
            settingsRef.current,
            (progress) => dispatch({ type: 'progress', progress }),
            confirmReplace,
          ),
        );
      }),
    [guarded, host, confirmReplace, shown],
  );

  const consolidateFiles = useCallback(
    (files: ChosenFile[]) =>
      guarded(async () => {
        dispatch({ type: 'start', busy: 'consolidate' });
        const result = await host.consolidateFiles(files, settingsRef.current, (progress) =>
          dispatch({ type: 'progress', progress }),
        );
        dispatch({ type: 'consolidated', result });
      }),
    [guarded, host],
  );

  const choosePrevious = (file: ChosenFile | null) => {
    setPreviousYear(file);
    if (file === null) dispatch({ type: 'status', message: vi.years.previousCleared });
  };

  const consolidate = useCallback(
    () =>
      guarded(async () => {
        dispatch({ type: 'start', busy: 'consolidate' });
        const result = await host.consolidate(settingsRef.current, (progress) =>
          dispatch({ type: 'progress', progress }),
        );
        dispatch({ type: 'consolidated', result });
      }),
    [guarded, host],
  );

  // After the first paint: the sections' code, and the opening analysis with the engine's chunk.
  const painted = useAfterFirstPaint();
  useEffect(() => {
    if (analyzeOnOpen && painted) void analyze();
  }, [analyze, analyzeOnOpen, painted]);

  const changeSettings = (settings: PaneSettings, persist: boolean) => {
    dispatch({ type: 'settings', settings });
    if (persist) void save(settings, false);
  };

  const toggleTable = (key: string, included: boolean) =>
    changeSettings(withTableIncluded(state.settings, key, included), true);

  const setDirection = (key: string, direction: Direction | null) =>
    changeSettings(withDirection(state.settings, key, direction, state.analysis?.autoDirections[key]), true);

  const copy = (text: string, what: 'sentence' | 'all') =>
    guarded(async () => {
      const ok = await host.copyText(text);
      if (ok) dispatch({ type: 'status', message: what === 'all' ? vi.results.copiedAll : vi.results.copied });
      else dispatch({ type: 'error', message: vi.results.copyFailed });
    });

  const selectCell = (f: Finding) =>
    guarded(async () => {
      const r = await host.selectCell(f.sheet, f.cell);
      if (r.ok) dispatch({ type: 'status', message: vi.results.selected(f.sheet, f.cell) });
      else dispatch({ type: 'error', message: r.message });
    });

  const result = state.result;
  const makeBaoCao = async () => {
    if (!result) return null;
    try {
      return await host.baoCao(result);
    } catch (e) {
      dispatch({ type: 'error', message: vi.errors.unexpected(errorCode(e)) });
      return null;
    }
  };

  const tables = state.analysis?.tables ?? null;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{vi.appTitle}</h1>
        <Text size={200} className={styles.muted}>
          {vi.appSubtitle}
        </Text>
      </header>

      <GenerateSection
        busy={state.busy}
        progress={state.progress}
        analyzed={tables !== null}
        onGenerate={generate}
        onAnalyze={analyze}
      />
      {replaceAsk !== null && (
        <Suspense fallback={null}>
          <ReplaceDialog
            sheetName={replaceAsk}
            onReplace={() => answerReplace(true)}
            onKeep={() => answerReplace(false)}
          />
        </Suspense>
      )}

      {(state.error || state.warnings.length > 0) && (
        <Suspense fallback={<Text>{state.error ?? ''}</Text>}>
          <Bars error={state.error} warnings={state.warnings} onDismiss={() => dispatch({ type: 'dismissError' })} />
        </Suspense>
      )}
      {/* Always mounted, so that screen readers announce what is put in it. */}
      <div role="status" aria-live="polite" data-testid="status" className={state.status ? undefined : styles.silent}>
        {state.status ?? ''}
      </div>

      {state.result && (
        <Suspense fallback={<Text>{vi.loading}</Text>}>
          <ResultsSection
            report={state.result.report}
            sheetName={state.result.sheetName}
            onCopy={copy}
            onSelectCell={selectCell}
            headingRef={headingRef}
          />
          {state.result.draft && (
            <BaoCaoSection
              onMake={makeBaoCao}
              onReady={() => dispatch({ type: 'status', message: vi.results.baoCaoReady })}
            />
          )}
        </Suspense>
      )}

      {painted && (
        <Suspense fallback={<Text>{vi.loading}</Text>}>
          <Sections
            tables={tables}
            state={state}
            onToggleTable={toggleTable}
            onDirection={setDirection}
            onConsolidate={consolidate}
            onConsolidateFiles={(files) => void consolidateFiles(files)}
            previousName={previousYear?.name ?? null}
            onPrevious={choosePrevious}
            onTerm={() => void termReport()}
            onError={(message) => dispatch({ type: 'error', message })}
            onChangeSettings={changeSettings}
            onCommitSettings={(announce) => void save(settingsRef.current, announce)}
          />
        </Suspense>
      )}
    </main>
  );
}
