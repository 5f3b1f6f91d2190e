/**
 * Saying where chitieu guessed: an indicator whose direction or value kind came from neither the
 * table (its `Chiều` column, unit, values), the target's words, the name's explicit words nor the
 * dictionary was given a default (higher is better, a count). The report lists such indicators
 * (`Report.inferred`), says so in one line (`notices`), and the summary sheet notes it on the name,
 * so the user can correct the direction instead of trusting a silent guess.
 * An indicator with no value and no target at all is left out: nothing was judged on the guess.
 */
import type { IndicatorResult, InferredIndicator, TableResult } from '../indicator';

function hasFigures(ind: IndicatorResult): boolean {
  return (
    ind.term?.termTarget != null ||
    ind.periods.some((p) => p.actual !== null || p.target !== null || p.assignedTarget !== null)
  );
}

/** The indicators of a report whose direction or kind was inferred, in table order. */
export function inferredIndicators(tables: TableResult[]): InferredIndicator[] {
  const out: InferredIndicator[] = [];
  for (const t of tables) {
    for (const ind of t.indicators) {
      const direction = ind.directionSource === 'inferred';
      const kind = ind.kindSource === 'inferred';
      if ((direction || kind) && hasFigures(ind))
        out.push({ sheet: ind.cells.name.sheet, row: ind.row, name: ind.name, direction, kind });
    }
  }
  return out;
}

const SHOWN = 8;

function guessed(i: InferredIndicator): string {
  const what = [i.direction ? 'cao hơn là tốt' : '', i.kind ? 'số đếm' : ''].filter(Boolean).join(', ');
  return `${i.name} (${what})`;
}

/**
 * The one-line notice: `Chiều đánh giá của 02 chỉ tiêu do chitieu tự suy đoán …: A (cao hơn là tốt),
 * B (cao hơn là tốt) — hãy kiểm tra và chỉnh chiều đánh giá nếu chưa đúng.`
 */
export function inferredNotice(list: InferredIndicator[]): string | null {
  if (list.length === 0) return null;
  const n = String(list.length).padStart(2, '0');
  const what = list.some((i) => i.kind) ? 'Chiều đánh giá hoặc loại số liệu' : 'Chiều đánh giá';
  const names = list.slice(0, SHOWN).map(guessed).join('; ');
  const more = list.length > SHOWN ? ` và ${list.length - SHOWN} chỉ tiêu khác` : '';
  return (
    `${what} của ${n} chỉ tiêu do chitieu tự suy đoán (bảng, chỉ tiêu giao và từ điển chỉ tiêu đều không nói rõ): ` +
    `${names}${more} — hãy kiểm tra và chỉnh chiều đánh giá nếu chưa đúng.`
  );
}

/** The note on the indicator's name in the summary sheet, or null when nothing was inferred. */
export function inferredNote(ind: IndicatorResult): string | null {
  const parts = [
    ind.directionSource === 'inferred' ? 'chiều đánh giá (cao hơn là tốt)' : '',
    ind.kindSource === 'inferred' ? 'loại số liệu (số đếm)' : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return `chitieu tự suy đoán ${parts.join(' và ')}: bảng, chỉ tiêu giao và từ điển chỉ tiêu đều không nói rõ. Nếu chưa đúng, hãy chỉnh chiều đánh giá của chỉ tiêu này.`;
}
