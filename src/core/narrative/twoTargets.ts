/**
 * A row with two targets — the one assigned from above (`chỉ tiêu quận giao`) and the unit's own
 * (`chỉ tiêu phường đề ra`) — names both, as 2025 reports write it (`đạt 104,24% dự toán Trung ương
 * giao và 85,63% dự toán tỉnh`), and every judgement names the target it is against: `vượt chỉ tiêu
 * thành phố giao (90%), thấp hơn 1,5 điểm phần trăm so với chỉ tiêu phường đề ra (93%)`, never a
 * bare `chỉ tiêu` that the reader must guess.
 */
import type { IndicatorResult, PeriodFigures, Status } from '../indicator';
import { excelRound, formatNumber } from './format';
import { DECIMALS } from './style';

/** The own target's name where the row has two, else the plain `chỉ tiêu`. */
export function ownTargetName(p: PeriodFigures): string {
  return p.targetLabels?.own ?? 'chỉ tiêu';
}

/**
 * Both shares: `bằng 106,3% chỉ tiêu thành phố giao và 94,4% chỉ tiêu phường đề ra`; both exactly
 * met: `đạt chỉ tiêu quận giao và chỉ tiêu phường đề ra`. Null without two targets.
 */
export function bothShares(p: PeriodFigures, year: string): string | null {
  const labels = p.targetLabels;
  if (!labels || p.assignedAchievementPct === null || p.achievementPct === null) return null;
  const shown = (v: number) => excelRound(v, DECIMALS.pct);
  if (shown(p.assignedAchievementPct) === 100 && shown(p.achievementPct) === 100 && p.status === 'dat')
    return `đạt ${labels.assigned}${year} và ${labels.own}${year}`;
  const pct = (v: number) => `${formatNumber(v, DECIMALS.pct)}%`;
  return `bằng ${pct(p.assignedAchievementPct)} ${labels.assigned}${year} và ${pct(p.achievementPct)} ${labels.own}${year}`;
}

/** The target a row misses, assigned first (`chỉ tiêu quận giao`); null when it misses neither. */
export function missedTargetName(p: PeriodFigures, fallback: string): string | null {
  if (p.assignedStatus === 'chua_dat' && p.targetLabels) return p.targetLabels.assigned;
  return p.status === 'chua_dat' ? fallback : null;
}

const JUDGED: Partial<Record<Status, string>> = { vuot: 'vượt', dat: 'đạt', chua_dat: 'chưa đạt' };

/**
 * The judgement against the assigned target, before the own target's comparison (a rate, a
 * lower-is-better figure): `vượt chỉ tiêu thành phố giao (90%)`, `đạt chỉ tiêu quận giao (dưới 1%)`;
 * null without two targets. A cap met reads `đạt`, never `vượt`. `words`: the assigned target as typed.
 */
export function assignedJudgement(ind: IndicatorResult, p: PeriodFigures, words: string): string | null {
  if (!p.targetLabels || p.assignedStatus === null || p.assignedTarget === null) return null;
  const verb = JUDGED[p.assignedStatus];
  if (!verb) return null;
  const said = ind.direction === 'decrease' && verb === 'vượt' ? 'đạt' : verb;
  const year = p.elapsedPct !== null ? ' năm' : '';
  return `${said} ${p.targetLabels.assigned}${year} (${words})`;
}
