/**
 * A cell's width is its characters' advance widths added up, and its widest word (what a cell
 * cannot wrap) is the widest run between white space: the one-pass measure gives what the plain
 * definition gives — the text split on `\s+`, each character (a code point) looked up — for any
 * text, Vietnamese, spaces of every kind and characters outside the basic plane included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText, textEm } from '../../src/docx/measure';

/** The plain definition, character by character (code points, as `for…of` reads them). */
function plain(text: string): { em: number; widest: number } {
  const em = (t: string) => [...t].reduce((sum, ch) => sum + textEm(ch), 0);
  return { em: em(text), widest: Math.max(0, ...text.split(/\s+/).map(em)) };
}

const CHARS = fc.constantFrom(
  'a',
  'ệ',
  'Đ',
  'M',
  'w',
  '1',
  '.',
  '(',
  '%',
  '—',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '😀',
  '\ud83d',
  '\ude00',
  '\ue000',
  'e\u0301',
);

describe('measureText', () => {
  it('gives the width and the widest word of the plain definition', () => {
    fc.assert(
      fc.property(fc.string({ unit: CHARS, maxLength: 30 }), (text) => {
        expect(measureText(text)).toEqual(plain(text));
      }),
      { numRuns: 500 },
    );
  });

  it('a word is as wide as its letters, a space does not widen a word', () => {
    const m = measureText('Thu  ngân sách');
    expect(m.widest).toBe(measureText('ngân').em);
    expect(m.em).toBe(
      measureText('Thu').em + 2 * measureText(' ').em + measureText('ngân').em + measureText(' sách').em,
    );
  });
});
