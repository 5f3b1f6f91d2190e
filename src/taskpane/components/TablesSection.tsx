import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { tableKey } from '../../core/index';
import type { TableResult } from '../../core/indicator';
import { vi } from '../i18n/vi';
import { tablePeriods } from '../state';

export interface TablesSectionProps {
  tables: TableResult[] | null;
  excludedTables: string[];
  onToggle: (key: string, included: boolean) => void;
}

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  label: { display: 'flex', flexDirection: 'column' },
  detail: { color: tokens.colorNeutralForeground3 },
});

/** The tables found, each with a checkbox: unticked tables go to `excludedTables`. */
export function TablesSection({ tables, excludedTables, onToggle }: TablesSectionProps) {
  const styles = useStyles();
  const t = vi.tables;
  if (!tables) return <Text>{t.none}</Text>;
  const excludedCount = tables.filter((tb) => excludedTables.includes(tableKey(tb))).length;
  return (
    <div>
      <Text block size={200}>
        {t.description}
      </Text>
      <ul className={styles.list} aria-label={t.title} data-testid="tables">
        {tables.map((table) => {
          const key = tableKey(table);
          const periods = tablePeriods(table);
          return (
            <li key={key} data-table={key}>
              <Checkbox
                checked={!excludedTables.includes(key)}
                onChange={(_e, data) => onToggle(key, data.checked === true)}
                label={
                  <span className={styles.label}>
                    <Text weight="semibold">{t.range(table.sheet, table.range)}</Text>
                    <Text size={200} className={styles.detail}>
                      {[t.indicators(table.indicators.length), t.periods(periods), table.long ? t.long : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </span>
                }
              />
            </li>
          );
        })}
      </ul>
      {excludedCount > 0 && (
        <Text size={200} role="note">
          {t.excludedNote(excludedCount)}
        </Text>
      )}
    </div>
  );
}
