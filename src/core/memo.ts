/**
 * A function of one text, remembered: units, header words and names come back across thousands of
 * rows and through every phase of a run (detection, typing, sentences), and each reading of them
 * is pure. Two generations bound the memory: when the young one holds `limit` texts it becomes the
 * old one (the previous old one is dropped), and a text found in the old one moves back to the
 * young. So a large table never clears everything at once, and at most `2 × limit` texts are kept.
 * The default limit is above the most indicators a report takes (`MAX_INDICATORS`): a name read
 * while typing the largest table is still there when the sentences read it, rather than pushed out
 * by the other names of its table and read again in every phase.
 *
 * In front of the maps, the last `RECENT` texts asked: one indicator's name and unit are asked
 * again and again while it is typed and worded, and comparing a few texts costs less than looking
 * one up in a map of tens of thousands.
 */
export function memoByText<T>(read: (text: string) => T, limit = 1 << 17): (text: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  const recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
  const recentValues: T[] = new Array<T>(RECENT);
  let next = 0;
  return (text: string): T => {
    for (let i = 0; i < RECENT; i++) if (recentTexts[i] === text) return recentValues[i];
    let value = young.get(text);
    if (value === undefined && !young.has(text)) {
      value = old.get(text);
      if (value === undefined && !old.has(text)) value = read(text);
      if (young.size >= limit) {
        old = young;
        young = new Map();
      }
      young.set(text, value as T);
    }
    recentTexts[next] = text;
    recentValues[next] = value as T;
    next = (next + 1) % RECENT;
    return value as T;
  };
}

const RECENT = 4;
