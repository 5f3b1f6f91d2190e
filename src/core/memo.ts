/**
 * A function of one text, remembered: units, header words and names come back across thousands of
 * rows and through every phase of a run (detection, typing, sentences), and each reading of them
 * is pure. Two generations bound the memory: when the young one holds `limit` texts it becomes the
 * old one (the previous old one is dropped), and a text found in the old one moves back to the
 * young. So a large table never clears everything at once, and at most `2 × limit` texts are kept.
 */
export function memoByText<T>(read: (text: string) => T, limit = 1 << 16): (text: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (text: string): T => {
    let value = young.get(text);
    if (value !== undefined || young.has(text)) return value as T;
    value = old.has(text) ? (old.get(text) as T) : read(text);
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(text, value);
    return value;
  };
}
