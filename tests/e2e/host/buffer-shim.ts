/** The one `Buffer` call of the fake host (`Buffer.byteLength(s, 'utf8')`), for the browser bundle. */
export const Buffer = {
  byteLength: (s: string) => new TextEncoder().encode(s).length,
};
