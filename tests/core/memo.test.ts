import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoByText } from '../../src/core/memo';

describe('memoByText: a pure reading of a text is done once while the text is recent', () => {
  it('answers as the reading itself for any sequence of texts, with null and empty answers kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 8 }),
        (texts, limit) => {
          const read = (t: string) => (t.length % 2 === 0 ? null : t.toUpperCase());
          const memo = memoByText(read, limit);
          for (const t of texts) expect(memo(t)).toBe(read(t));
        },
      ),
    );
  });

  it('reads a text again only after two generations of other texts have passed', () => {
    const reads: string[] = [];
    const memo = memoByText((t) => (reads.push(t), t.length), 2);
    for (const t of ['a', 'b', 'a', 'c', 'a']) memo(t);
    // a, b fill the young generation; `a` again is young; `c` moves a, b to the old one; `a` comes back from it.
    expect(reads).toEqual(['a', 'b', 'c']);
    for (const t of ['d', 'e', 'f', 'g', 'b']) memo(t);
    expect(reads).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'b']);
  });
});
