/**
 * The machine-readable report (`--json`), shaped by `shared/spec/report.schema.json`. Numbers are
 * unrounded; internal details (source cells) are left out.
 */
import type { Report } from './indicator';

export interface ReportJson {
  tables: unknown[];
  counts: Report['counts'];
  narrative: string[];
  checks: unknown[];
  /** Present only when the reader changed the text (legacy encodings decoded) or chitieu inferred. */
  notices?: string[];
  /** Present only when some indicator's direction or kind was inferred. */
  inferred?: Report['inferred'];
}

/** Plain JSON of a report, in the schema's shape. */
export function toReportJson(report: Report): ReportJson {
  return {
    tables: report.tables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      period: t.period,
      indicators: t.indicators.map((ind) => ({
        name: ind.name,
        unit: ind.unit,
        row: ind.row,
        section: ind.section,
        parent: ind.parent,
        level: ind.level,
        valueKind: ind.valueKind,
        direction: ind.direction,
        ...(ind.directionSource ? { directionSource: ind.directionSource } : {}),
        ...(ind.kindSource ? { kindSource: ind.kindSource } : {}),
        targetKind: ind.targetKind,
        periods: ind.periods.map((p) => ({
          period: p.period,
          target: p.target,
          actual: p.actual,
          previousActual: p.previousActual,
          assignedTarget: p.assignedTarget,
          achievementPct: p.achievementPct,
          assignedAchievementPct: p.assignedAchievementPct,
          gap: p.gap,
          gapPoints: p.gapPoints,
          yoyPct: p.yoyPct,
          yoyPoints: p.yoyPoints,
          status: p.status,
          assignedStatus: p.assignedStatus,
          estimated: p.estimated,
          monthActual: p.monthActual,
          elapsedPct: p.elapsedPct,
          progress: p.progress,
        })),
        term: ind.term
          ? {
              average: ind.term.average,
              total: ind.term.total,
              cagrPct: ind.term.cagrPct,
              termTarget: ind.term.termTarget,
              basis: ind.term.basis,
              termAchievementPct: ind.term.termAchievementPct,
              termStatus: ind.term.termStatus,
              cumulativePct: ind.term.cumulativePct,
              elapsedYears: ind.term.elapsedYears,
              termYears: ind.term.termYears,
              projection: ind.term.projection,
              outlook: ind.term.outlook,
            }
          : null,
        overallStatus: ind.overallStatus,
      })),
    })),
    counts: report.counts,
    narrative: report.narrative,
    checks: report.checks.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      kind: c.kind,
      reported: c.reported,
      computed: c.computed,
      message: c.message,
      indicator: c.indicator,
    })),
    ...(report.notices?.length ? { notices: report.notices } : {}),
    ...(report.inferred?.length ? { inferred: report.inferred } : {}),
  };
}
