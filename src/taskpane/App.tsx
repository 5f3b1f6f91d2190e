/**
 * The task pane. It holds the pane's state (`state.ts`) and calls its host for every effect —
 * reading, generating, selecting a cell, saving settings, copying — so it runs the same against
 * Excel (`index.tsx`) and against a stub. Errors surface once, in the MessageBar at the top.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Direction, Finding } from '../core/indicator';
import { ConsolidateSection } from './components/ConsolidateSection';
import { GenerateSection } from './components/GenerateSection';
import { IndicatorsSection } from './components/IndicatorsSection';
import { ReplaceDialog } from './components/ReplaceDialog';
import { ResultsSection } from './components/ResultsSection';
import { SettingsSection } from './components/SettingsSection';
import { TablesSection } from './components/TablesSection';
import { errorCode } from '../excel/host';
import { vi } from './i18n/vi';
import {
  initialState,
  paneReducer,
  withDirection,
  withTableIncluded,
  type PaneSettings,
  type TaskpaneHost,
} from './state';

export interface AppProps {
  host: TaskpaneHost;
  /** Run "Phân tích" when the pane opens (default true). */
  analyzeOnOpen?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  // Out of the flex flow while empty (no gap), still in the accessibility tree.
  silent: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, ':empty': { display: 'none' } },
});

export function App({ host, analyzeOnOpen = true }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialState(host.loadSettings()));
  // The latest settings for effects started from an older render (a blur after typing).
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;
  const resultsHeading = useRef<HTMLHeadingElement | null>(null);
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

  const generate = useCallback(
    () =>
      guarded(async () => {
        const settings = settingsRef.current;
        dispatch({ type: 'start', busy: 'generate' });
        const saved = await host.saveSettings(settings);
        const result = await host.generate(
          settings,
          (progress) => dispatch({ type: 'progress', progress }),
          confirmReplace,
        );
        dispatch({ type: 'generated', result });
        if (!saved.ok) dispatch({ type: 'error', message: saved.message });
        if (result.ok) requestAnimationFrame(() => resultsHeading.current?.focus());
      }),
    [guarded, host, confirmReplace],
  );

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

  useEffect(() => {
    if (analyzeOnOpen) void analyze();
  }, [analyze, analyzeOnOpen]);

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
      <ReplaceDialog sheetName={replaceAsk} onReplace={() => answerReplace(true)} onKeep={() => answerReplace(false)} />

      <div className={styles.bars}>
        {state.error && (
          <MessageBar intent="error" layout="multiline" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{vi.errors.title}</MessageBarTitle>
              {state.error}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<DismissRegular />}
                  aria-label={vi.errors.dismiss}
                  onClick={() => dispatch({ type: 'dismissError' })}
                />
              }
            />
          </MessageBar>
        )}
        {state.warnings.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{vi.results.warnings}</MessageBarTitle>
              {state.warnings.join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {/* Always mounted, so that screen readers announce what is put in it. */}
      <div role="status" aria-live="polite" data-testid="status" className={state.status ? undefined : styles.silent}>
        {state.status ?? ''}
      </div>

      {state.result && (
        <ResultsSection
          report={state.result.report}
          sheetName={state.result.sheetName}
          onCopy={copy}
          onSelectCell={selectCell}
          headingRef={resultsHeading}
        />
      )}

      <Accordion multiple collapsible defaultOpenItems={['tables']}>
        <AccordionItem value="tables">
          <AccordionHeader as="h2">{vi.tables.title}</AccordionHeader>
          <AccordionPanel>
            <TablesSection tables={tables} excludedTables={state.settings.excludedTables} onToggle={toggleTable} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="indicators">
          <AccordionHeader as="h2">{vi.indicators.title}</AccordionHeader>
          <AccordionPanel>
            <IndicatorsSection
              tables={tables}
              settings={state.settings}
              autoDirections={state.analysis?.autoDirections ?? {}}
              onDirection={setDirection}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="district">
          <AccordionHeader as="h2">{vi.district.title}</AccordionHeader>
          <AccordionPanel>
            <ConsolidateSection
              busy={state.busy}
              progress={state.progress}
              result={state.district}
              onConsolidate={consolidate}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader as="h2">{vi.settings.title}</AccordionHeader>
          <AccordionPanel>
            <SettingsSection
              settings={state.settings}
              disabled={state.busy === 'generate'}
              onChange={changeSettings}
              onCommit={(announce) => void save(settingsRef.current, announce)}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
