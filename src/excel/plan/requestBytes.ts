/**
 * The request size of a write, estimated on the safe side: Excel on the web refuses a request above
 * 5 MB, so the plan chooses between ways of writing by their bytes and the batches are cut by them.
 */

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const jsonBytes = (v: unknown) => utf8Length(JSON.stringify(v));

/**
 * What office.js sends per queued action and per object path (ids, types, names, argument
 * wrappers), measured on its request format and rounded up.
 */
export const ACTION_BYTES = 120;
export const PATH_BYTES = 140;
