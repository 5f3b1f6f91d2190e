/**
 * `--chieu TỆP`: a UTF-8 text file of indicator directions, one indicator a line —
 *
 *   # chiều đánh giá của phường
 *   Số đơn thư tồn đọng: giảm
 *   Số hộ tái nghèo = giảm là tốt
 *   Tỷ lệ hộ dân dùng nước sạch<TAB>tăng
 *
 * The name and the direction are parted by the last `:`, `=` or tab of the line (a name may hold a
 * colon, a direction never does); the direction is `giảm` or `tăng`, with or without diacritics,
 * optionally followed by `là tốt`. Blank lines and lines starting with `#` are skipped; a name given
 * twice takes its last line. Any other line stops the run (the officer fixes the file), naming the
 * line: a direction silently dropped would give a wrong status.
 */
import type { Direction } from '../core/indicator';
import { refuse, type Refusal } from '../core/refusal';
import { foldText } from '../core/text';

export type DirectionFile = { ok: true; byName: Record<string, Direction> } | Refusal;

const WORDS: Record<string, Direction> = {
  giam: 'decrease',
  'giam la tot': 'decrease',
  tang: 'increase',
  'tang la tot': 'increase',
};

/** The direction a flag or a line's word names (`giảm`, `tang la tot`…), or null. */
export function directionWord(word: string): Direction | null {
  return WORDS[foldText(word).replace(/\s+/g, ' ').trim()] ?? null;
}

/** The file's text → name → direction, or the refusal naming the first bad line (1-based). */
export function parseDirectionFile(text: string, path: string): DirectionFile {
  const byName: Record<string, Direction> = {};
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const cut = Math.max(line.lastIndexOf(':'), line.lastIndexOf('='), line.lastIndexOf('\t'));
    const name = cut > 0 ? line.slice(0, cut).trim() : '';
    const direction = cut > 0 ? directionWord(line.slice(cut + 1)) : null;
    if (name === '' || direction === null) return refuse('bad-direction-line', path, i + 1, line);
    byName[name] = direction;
  }
  return { ok: true, byName };
}
