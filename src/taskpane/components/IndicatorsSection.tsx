import { Badge, Button, Select, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { tableKey } from '../../core/index';
import type { Direction, IndicatorResult, TableResult } from '../../core/indicator';
import { overrideKey } from '../../excel/analyze';
import { vi } from '../i18n/vi';
import { shownDirection, type PaneSettings } from '../state';

export interface IndicatorsSectionProps {
  tables: TableResult[] | null;
  settings: PaneSettings;
  autoDirections: Record<string, Direction>;
  /** `null` returns the indicator to the engine's direction. */
  onDirection: (key: string, direction: Direction | null) => void;
  /** The words above the list; default the pane's (the choice is kept in the workbook). */
  description?: string;
}

const useStyles = makeStyles({
  table: { marginTop: tokens.spacingVerticalM },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  sub: { paddingLeft: tokens.spacingHorizontalL },
  controls: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Per indicator: its typed kind and its direction, with an override control. */
export function IndicatorsSection({
  tables,
  settings,
  autoDirections,
  onDirection,
  description,
}: IndicatorsSectionProps) {
  const styles = useStyles();
  const t = vi.indicators;
  if (!tables) return <Text>{vi.tables.none}</Text>;
  return (
    <div>
      <Text block size={200}>
        {description ?? t.description}
      </Text>
      {tables.map((table) => (
        <div key={tableKey(table)} className={styles.table}>
          <h3 className={styles.heading}>{vi.tables.range(table.sheet, table.range)}</h3>
          {settings.excludedTables.includes(tableKey(table)) && (
            <Text size={200} className={styles.muted} block>
              {t.excludedTable}
            </Text>
          )}
          <ul className={styles.list}>
            {table.indicators.map((ind) => (
              <IndicatorRow
                key={overrideKey(ind)}
                indicator={ind}
                settings={settings}
                autoDirections={autoDirections}
                onDirection={onDirection}
              />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

const OUTLOOK_COLOR = { da_dat: 'success', co_kha_nang_dat: 'warning', kho_dat: 'danger' } as const;

/** A term target's basis and, while the term is in progress, the outlook (DOMAIN.md §7.5). */
function TermLine({ indicator }: { indicator: IndicatorResult }) {
  const styles = useStyles();
  const t = vi.indicators;
  const term = indicator.term;
  if (!term?.basis && !term?.outlook) return null;
  return (
    <div className={styles.controls} data-testid="term-line">
      {term.basis && (
        <Text size={200} className={styles.muted}>
          {t.basis[term.basis]}
        </Text>
      )}
      {term.outlook && (
        <Badge appearance="tint" color={OUTLOOK_COLOR[term.outlook]} data-outlook={term.outlook}>
          {t.outlook(vi.results.outlook[term.outlook])}
        </Badge>
      )}
    </div>
  );
}

interface IndicatorRowProps {
  indicator: IndicatorResult;
  settings: PaneSettings;
  autoDirections: Record<string, Direction>;
  onDirection: (key: string, direction: Direction | null) => void;
}

/** Whether the direction or the kind was chitieu's guess (neither the table, the target nor the dictionary said). */
function guessed(ind: IndicatorResult): boolean {
  return ind.directionSource === 'inferred' || ind.kindSource === 'inferred';
}

function IndicatorRow({ indicator, settings, autoDirections, onDirection }: IndicatorRowProps) {
  const styles = useStyles();
  const t = vi.indicators;
  const id = useId('direction');
  const key = overrideKey(indicator);
  const direction = shownDirection(settings, autoDirections, key, indicator.direction);
  const overridden = key in settings.directionOverrides;
  const auto = autoDirections[key] ?? indicator.direction;
  return (
    <li className={`${styles.item} ${indicator.parent ? styles.sub : ''}`} data-indicator={key}>
      <label htmlFor={id} className={styles.name}>
        {indicator.name}
        {indicator.unit ? <span className={styles.muted}> ({indicator.unit})</span> : null}
      </label>
      <div className={styles.controls}>
        <Badge appearance="tint" color="informative" aria-label={`${t.kind}: ${vi.valueKinds[indicator.valueKind]}`}>
          {vi.valueKinds[indicator.valueKind]}
        </Badge>
        <Select
          id={id}
          size="small"
          value={direction}
          onChange={(_e, data) => onDirection(key, data.value as Direction)}
        >
          <option value="increase">{vi.directions.increase}</option>
          <option value="decrease">{vi.directions.decrease}</option>
        </Select>
        {overridden ? (
          <>
            <Badge appearance="outline" color="warning">
              {t.overridden}
            </Badge>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => onDirection(key, null)}
              aria-label={t.resetLabel(indicator.name)}
            >
              {t.reset}
            </Button>
          </>
        ) : (
          <Text size={200} className={styles.muted}>
            {t.auto(vi.directions[auto])}
          </Text>
        )}
        {guessed(indicator) && (
          <Badge appearance="outline" color="danger" data-testid="inferred" title={t.inferredHint}>
            {t.inferred}
          </Badge>
        )}
        {indicator.parent && (
          <Text size={200} className={styles.muted}>
            {t.sub}
          </Text>
        )}
      </div>
      <TermLine indicator={indicator} />
    </li>
  );
}
