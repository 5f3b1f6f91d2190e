/**
 * The page's list of indicators with their direction: the pane's `IndicatorsSection`, with each
 * choice kept by the indicator's NAME (`directionByName`, saved in this browser) rather than by its
 * cell as in the add-in — a page has no workbook to keep it in, and the same indicator of another
 * workbook (next year's, another ward's) then takes the same choice. A lazy chunk: it needs the
 * dictionary's matching, which the page's first script does without.
 */
import { directionKey, type Direction, type IndicatorResult, type TableResult } from '../core/indicator';
import { namedDirection, withNamedDirection } from '../settings/directionByName';
import { IndicatorsSection } from '../taskpane/components/IndicatorsSection';
import { vi } from '../taskpane/i18n/vi';
import type { PaneSettings } from '../taskpane/state';

/** The pane's key of an indicator (`sheet!row`). */
const keyOf = (ind: IndicatorResult) => directionKey(ind.cells.name.sheet, ind.row);

export interface WebIndicatorsProps {
  tables: TableResult[];
  settings: PaneSettings;
  autoDirections: Record<string, Direction>;
  onChange: (settings: PaneSettings) => void;
}

/** The choices by name as the pane's per-cell view of them: `sheet!row` → direction. */
export function namedChoicesByCell(tables: TableResult[], s: PaneSettings): Record<string, Direction> {
  const out: Record<string, Direction> = {};
  for (const t of tables)
    for (const ind of t.indicators) {
      const chosen = namedDirection(s, ind.name);
      if (chosen) out[keyOf(ind)] = chosen;
    }
  return out;
}

/** The settings after choosing `direction` (null: chitieu's own) for the indicator at `key`. */
export function withDirectionAt(
  tables: TableResult[],
  s: PaneSettings,
  autoDirections: Record<string, Direction>,
  key: string,
  direction: Direction | null,
): PaneSettings {
  const ind = tables.flatMap((t) => t.indicators).find((i) => keyOf(i) === key);
  return ind ? withNamedDirection(s, ind.name, direction, autoDirections[key]) : s;
}

export function WebIndicators({ tables, settings, autoDirections, onChange }: WebIndicatorsProps) {
  return (
    <IndicatorsSection
      tables={tables}
      settings={{ ...settings, directionOverrides: namedChoicesByCell(tables, settings) }}
      autoDirections={autoDirections}
      onDirection={(key, direction) => onChange(withDirectionAt(tables, settings, autoDirections, key, direction))}
      description={vi.web.indicatorsDescription}
    />
  );
}
