/**
 * The direction chitieu finds for each indicator by itself — from the table, the target's words, the
 * name and the dictionary, before any direction the user chose (by cell or by name) — keyed
 * `sheet!row`. The pane and the page show it beside the user's choice, and a choice equal to it is
 * dropped (the indicator then follows the table if it changes).
 */
import { runReport, type ReportSettings } from '../core/index';
import type { Grid } from '../core/grid';
import { directionKey, type Direction, type Report } from '../core/indicator';

/** `report` is the run with `settings`: reused when no choice changed it, else one more (pure) run. */
export function autoDirections(
  grids: Grid[],
  settings: Partial<ReportSettings>,
  report: Report,
): Record<string, Direction> {
  const chosen =
    Object.keys(settings.directionOverrides ?? {}).length > 0 || Object.keys(settings.directionByName ?? {}).length > 0;
  const auto = chosen
    ? runReport(grids, { ...settings, directionOverrides: {}, directionByName: {}, excludedTables: [] })
    : { ok: true as const, report };
  const out: Record<string, Direction> = {};
  if (auto.ok)
    for (const t of auto.report.tables)
      for (const ind of t.indicators) out[directionKey(ind.cells.name.sheet, ind.row)] = ind.direction;
  return out;
}
