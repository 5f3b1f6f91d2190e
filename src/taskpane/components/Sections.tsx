/**
 * The pane's sections under "Sinh báo cáo": the tables found, the indicators' directions, the
 * district consolidation and the settings, in an accordion; under it, which Excel runs chitieu. A chunk of its own, loaded once the
 * first screen is painted (`App.tsx`); each item's content is a chunk too, fetched when the item
 * is first opened (a closed item renders nothing).
 */
import { Accordion, Text } from '@fluentui/react-components';
import { lazy } from 'react';
import type { Direction, TableResult } from '../../core/indicator';
import { vi } from '../i18n/vi';
import { Item } from './SectionItem';
import type { PaneSettings, PaneState } from '../state';
import type { ChosenFile } from '../files';

const TablesSection = lazy(() => import('./TablesSection').then((m) => ({ default: m.TablesSection })));
const IndicatorsSection = lazy(() => import('./IndicatorsSection').then((m) => ({ default: m.IndicatorsSection })));
const ConsolidateSection = lazy(() => import('./ConsolidateSection').then((m) => ({ default: m.ConsolidateSection })));
const YearsSection = lazy(() => import('./YearsSection').then((m) => ({ default: m.YearsSection })));
const SettingsSection = lazy(() => import('./SettingsSection').then((m) => ({ default: m.SettingsSection })));
const HeaderFields = lazy(() => import('./HeaderFields').then((m) => ({ default: m.HeaderFields })));

export interface SectionsProps {
  tables: TableResult[] | null;
  state: PaneState;
  onToggleTable: (key: string, included: boolean) => void;
  onDirection: (key: string, direction: Direction | null) => void;
  onConsolidate: () => void;
  onConsolidateFiles?: (files: ChosenFile[]) => void;
  /** Last year's file in use for cùng kỳ, and the term from the yearly sheets. */
  previousName?: string | null;
  onPrevious?: (file: ChosenFile | null) => void;
  onTerm?: () => void;
  onError?: (message: string) => void;
  onChangeSettings: (settings: PaneSettings, persist: boolean) => void;
  onCommitSettings: (announce: boolean) => void;
}

export function Sections({
  tables,
  state,
  onToggleTable,
  onDirection,
  onConsolidate,
  onConsolidateFiles,
  previousName = null,
  onPrevious,
  onTerm,
  onError = () => undefined,
  onChangeSettings,
  onCommitSettings,
}: SectionsProps) {
  return (
    <>
      <Accordion multiple collapsible defaultOpenItems={['tables', 'header']}>
        <Item value="tables" title={vi.tables.title}>
          {tables === null ? (
            // Until the opening analysis lists them (the list's code comes with them).
            <Text>{vi.tables.none}</Text>
          ) : (
            <TablesSection tables={tables} excludedTables={state.settings.excludedTables} onToggle={onToggleTable} />
          )}
        </Item>
        <Item value="header" title={vi.header.title}>
          {state.analysis === null ? (
            <Text>{vi.tables.none}</Text>
          ) : (
            <HeaderFields
              settings={state.settings}
              workbookHeader={state.analysis.workbookHeader}
              onChange={onChangeSettings}
              onCommit={onCommitSettings}
            />
          )}
        </Item>
        <Item value="indicators" title={vi.indicators.title}>
          <IndicatorsSection
            tables={tables}
            settings={state.settings}
            autoDirections={state.analysis?.autoDirections ?? {}}
            onDirection={onDirection}
          />
        </Item>
        <Item value="district" title={vi.district.title}>
          <ConsolidateSection
            busy={state.busy}
            progress={state.progress}
            result={state.district}
            onConsolidate={onConsolidate}
            {...(onConsolidateFiles ? { onConsolidateFiles } : {})}
            onError={onError}
          />
        </Item>
        {onPrevious && onTerm && (
          <Item value="years" title={vi.years.title}>
            <YearsSection
              busy={state.busy}
              progress={state.progress}
              previousName={previousName}
              onPrevious={onPrevious}
              onTerm={onTerm}
              onError={onError}
            />
          </Item>
        )}
        <Item value="settings" title={vi.settings.title}>
          <SettingsSection
            settings={state.settings}
            disabled={state.busy === 'generate'}
            onChange={onChangeSettings}
            onCommit={onCommitSettings}
          />
        </Item>
      </Accordion>
      <Text size={200} as="p" data-testid="versions">
        {vi.versions}
      </Text>
    </>
  );
}
