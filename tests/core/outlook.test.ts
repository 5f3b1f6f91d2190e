/**
 * The mid-term outlook (DOMAIN.md §7.5) against the progress method of official SDG reporting
 * (Eurostat, Statistics Canada): the observed compound annual growth from the first to the latest
 * actual over the growth required from the first actual to the target at the term's end; ≥ 95% on
 * track, 60–95% needs acceleration, 0–60% insufficient, below 0 moving away. chitieu keeps the
 * straight-line projection (see `linearProjection`): these tests pin where the two agree and where
 * they disagree, the SDG classification computed here by hand.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { ind, reportOf } from './helpers';

type SdgClass = 'on_track' | 'needs_acceleration' | 'insufficient' | 'moving_away';

/** Eurostat's classification of a quantified target, by hand. Times in years. */
function sdgClass(first: number, latest: number, years: number, target: number, yearsToTarget: number): SdgClass {
  const observed = Math.pow(latest / first, 1 / years) - 1;
  const required = Math.pow(target / first, 1 / yearsToTarget) - 1;
  const ratio = observed / required;
  if (ratio >= 0.95) return 'on_track';
  if (ratio >= 0.6) return 'needs_acceleration';
  if (ratio >= 0) return 'insufficient';
  return 'moving_away';
}

/** A term 2020–2025 with results for 2021–2023: first at 2022.0, latest at 2024.0, end at 2026.0. */
function outlookOf(name: string, unit: string, target: CellValue, actuals: number[]) {
  const r = reportOf([
    ['CHỈ TIÊU NHIỆM KỲ 2020 - 2025'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025', 'TH 2021', 'TH 2022', 'TH 2023'],
    [1, name, unit, target, ...actuals],
  ]);
  return ind(r, name).term!;
}

describe('the outlook: straight line (kept) and the SDG progress method', () => {
  it('they agree when the pace clearly meets the target', () => {
    const term = outlookOf('Số tổ dân phố văn hóa', 'Tổ', 'Đến cuối nhiệm kỳ 130', [100, 110, 120]);
    // Straight line: 120 + 10 × 2 = 140 ≥ 130.
    expect(term).toMatchObject({ basis: 'latest', projection: 140, outlook: 'co_kha_nang_dat' });
    expect(sdgClass(100, 120, 2, 130, 4)).toBe('on_track');
  });

  it('they agree when the pace clearly misses it', () => {
    const term = outlookOf('Số tổ dân phố văn hóa', 'Tổ', 'Đến cuối nhiệm kỳ 150', [100, 101, 102]);
    expect(term).toMatchObject({ projection: 104, outlook: 'kho_dat' });
    expect(sdgClass(100, 102, 2, 150, 4)).toBe('insufficient');
  });

  it('disagree: a level rising a steady 10% a year reaches by compounding what the straight line misses', () => {
    const term = outlookOf('Số tổ dân phố văn hóa', 'Tổ', 'Đến cuối nhiệm kỳ 145', [100, 110, 121]);
    // Straight line: 121 + 10,5 × 2 = 142 < 145; compound: 121 × 1,1² = 146,4.
    expect(term).toMatchObject({ projection: 142, outlook: 'kho_dat' });
    expect(sdgClass(100, 121, 2, 145, 4)).toBe('on_track');
  });

  it('disagree: a rate falling towards a low cap reaches it in a straight line, not by compound decline', () => {
    const term = outlookOf('Tỷ lệ hộ nghèo', '%', 'Đến cuối nhiệm kỳ dưới 0,8%', [4, 3, 2]);
    // Straight line: 2 − 1 × 2 = 0 < 0,8; compound: −29,3%/năm observed against −33,1%/năm required.
    expect(term).toMatchObject({ projection: 0, outlook: 'co_kha_nang_dat' });
    expect(sdgClass(4, 2, 2, 0.8, 4)).toBe('needs_acceleration');
  });

  it('disagree: a pace at 95–100% of the one required is “on track” for the SDG method, not for chitieu', () => {
    const term = outlookOf('Số tổ dân phố văn hóa', 'Tổ', 'Đến cuối nhiệm kỳ 122', [100, 105, 110]);
    // Straight line: 110 + 5 × 2 = 120 < 122; 4,88%/năm observed against 5,10%/năm required (95,7%).
    expect(term).toMatchObject({ projection: 120, outlook: 'kho_dat' });
    expect(sdgClass(100, 110, 2, 122, 4)).toBe('on_track');
  });

  it('moving away: both say the target is at risk', () => {
    const term = outlookOf('Tỷ lệ hộ nghèo', '%', 'Đến cuối nhiệm kỳ dưới 1%', [2, 2.2, 2.5]);
    expect(term.outlook).toBe('kho_dat');
    expect(sdgClass(2, 2.5, 2, 1, 4)).toBe('moving_away');
  });
});
