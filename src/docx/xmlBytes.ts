/**
 * XML written straight into UTF-8 bytes, for the appendix's large tables: the parts every cell of a
 * kind shares are encoded once, and each cell's text is escaped and encoded in one pass over its
 * characters. Building the text as strings and encoding them afterwards cost twice as much: the
 * strings grow into ropes that the encoder must flatten, and a piece holding one Vietnamese letter
 * is flattened into two bytes a character.
 *
 * A text is escaped as `escapeXml` escapes it (`& < > " '` as entities, the control characters XML
 * cannot hold dropped) and encoded as `TextEncoder` encodes it (a lone surrogate as U+FFFD).
 */
import { isSpace } from './measure';

const UTF8 = new TextEncoder();

/** A fixed part of the XML, encoded once. */
export const xmlBytes = (xml: string): Uint8Array => UTF8.encode(xml);

const ENTITY: Record<number, Uint8Array> = {
  38: xmlBytes('&amp;'),
  34: xmlBytes('&quot;'),
  39: xmlBytes('&apos;'),
  60: xmlBytes('&lt;'),
  62: xmlBytes('&gt;'),
};
const TEXT_OPEN = xmlBytes('<w:t>');
const TEXT_OPEN_PRESERVE = xmlBytes('<w:t xml:space="preserve">');
const TEXT_CLOSE = xmlBytes('</w:t>');
/** The most bytes one UTF-16 code unit becomes: an entity (`&quot;`, 6), or 3 of UTF-8. */
const MOST_PER_UNIT = 6;

/** A control character XML 1.0 cannot hold (tab, line feed and carriage return it can). */
function isBarred(code: number): boolean {
  return code < 32 && code !== 9 && code !== 10 && code !== 13;
}

/** Bytes appended to a buffer that grows; `take` hands the bytes written so far on and starts anew. */
export class ByteWriter {
  private buffer: Uint8Array;
  private at = 0;

  constructor(private readonly capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  get length(): number {
    return this.at;
  }

  /** Room for `n` more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + n));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }

  bytes(part: Uint8Array): void {
    this.room(part.length);
    this.buffer.set(part, this.at);
    this.at += part.length;
  }

  /** ASCII text (numbers, names of elements): one byte a character. */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.at++] = text.charCodeAt(i);
  }

  /**
   * A text element, `<w:t>` with `xml:space="preserve"` only when the text's spaces need it: a
   * space at either end, two together, or any other white space (tab, line break, no-break space).
   */
  textElement(text: string): void {
    this.room(TEXT_OPEN_PRESERVE.length + text.length * MOST_PER_UNIT + TEXT_CLOSE.length);
    // The text goes after room for the longer opening tag; moved back if the shorter one will do.
    const start = this.at;
    this.at += TEXT_OPEN_PRESERVE.length;
    const loose = this.escaped(text);
    if (loose) this.buffer.set(TEXT_OPEN_PRESERVE, start);
    else {
      this.buffer.set(TEXT_OPEN, start);
      const from = start + TEXT_OPEN_PRESERVE.length;
      this.buffer.copyWithin(start + TEXT_OPEN.length, from, this.at);
      this.at -= TEXT_OPEN_PRESERVE.length - TEXT_OPEN.length;
    }
    this.bytes(TEXT_CLOSE);
  }

  /** The text escaped and encoded (room made by the caller); whether its spaces need preserving. */
  private escaped(text: string): boolean {
    const b = this.buffer;
    let at = this.at;
    let loose = false;
    let kept = 0;
    let spaceBefore = false;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if (isBarred(code)) continue;
        const entity = code === 38 || code === 34 || code === 39 || code === 60 || code === 62;
        if (entity) {
          const e = ENTITY[code];
          b.set(e, at);
          at += e.length;
        } else b[at++] = code;
      } else if (code < 0x800) {
        b[at++] = 0xc0 | (code >> 6);
        b[at++] = 0x80 | (code & 0x3f);
      } else {
        if (code >= 0xd800 && code <= 0xdfff) {
          // The low half may follow a dropped control character: the two then make one character.
          let j = i + 1;
          while (j < text.length && isBarred(text.charCodeAt(j))) j++;
          const next = j < text.length ? text.charCodeAt(j) : 0;
          if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
            b[at++] = 0xf0 | (point >> 18);
            b[at++] = 0x80 | ((point >> 12) & 0x3f);
            b[at++] = 0x80 | ((point >> 6) & 0x3f);
            b[at++] = 0x80 | (point & 0x3f);
            i = j;
            spaceBefore = false;
            kept++;
            continue;
          }
          code = 0xfffd;
        }
        b[at++] = 0xe0 | (code >> 12);
        b[at++] = 0x80 | ((code >> 6) & 0x3f);
        b[at++] = 0x80 | (code & 0x3f);
      }
      if (code === 32) {
        if (kept === 0 || spaceBefore) loose = true;
        spaceBefore = true;
      } else {
        if (isSpace(code)) loose = true;
        spaceBefore = false;
      }
      kept++;
    }
    this.at = at;
    return loose || spaceBefore;
  }

  /** The bytes written since the last `take`; the writer starts a new buffer. */
  take(): Uint8Array {
    const out = this.buffer.subarray(0, this.at);
    this.buffer = new Uint8Array(this.capacity);
    this.at = 0;
    return out;
  }
}
