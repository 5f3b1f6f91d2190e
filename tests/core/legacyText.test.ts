/**
 * legacyText.ts — TCVN3 and VNI-Windows text decoded to Unicode (DOMAIN.md §7.6): the tables, the
 * font names, and the detection by content that must never touch Unicode Vietnamese, other
 * languages or numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLegacyEncoding,
  isVietnameseSyllable,
  legacyFontOf,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToVni,
  vniToUnicode,
} from '../../src/core/legacyText';

/** Every Vietnamese vowel with every tone, plus đ: built by composition, independent of the tables. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LOWER_LETTERS = [...VOWELS.flatMap((v) => TONE_MARKS.map((t) => `${v}${t}`.normalize('NFC'))), 'đ'];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toLocaleUpperCase('vi'));

describe('the tables: every Vietnamese letter, both cases, goes there and back', () => {
  it('134 letters (67 a case), each one character in NFC', () => {
    expect(new Set(LOWER_LETTERS).size).toBe(73);
    for (const l of [...LOWER_LETTERS, ...UPPER_LETTERS]) expect([...l]).toHaveLength(1);
  });

  it('TCVN3: each lower-case letter is one byte of 0xA1–0xFE and decodes back', () => {
    for (const letter of LOWER_LETTERS) {
      const code = unicodeToTcvn3(letter);
      expect(code, letter).toHaveLength(1);
      if (letter !== 'a' && letter !== 'e' && letter !== 'i' && letter !== 'o' && letter !== 'u' && letter !== 'y')
        expect(code.charCodeAt(0), letter).toBeGreaterThanOrEqual(0xa1);
      expect(tcvn3ToUnicode(code), letter).toBe(letter);
    }
  });

  it('TCVN3: capitals are written with the lower-case bytes and shown in capitals by an H font (.VnTimeH)', () => {
    for (const letter of UPPER_LETTERS) expect(tcvn3ToUnicode(unicodeToTcvn3(letter), true), letter).toBe(letter);
  });

  it('TCVN3: the seven capitals of the standard have codes of their own', () => {
    expect(tcvn3ToUnicode('\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('TCVN3 "ư" is 0xAD, the soft hyphen — decoded, never dropped', () => {
    expect(unicodeToTcvn3('ư')).toBe('\u00ad');
    expect(tcvn3ToUnicode('D\u00adíi 10%')).toBe('Dưới 10%');
  });

  it('VNI: every letter of both cases goes there and back', () => {
    for (const letter of [...LOWER_LETTERS, ...UPPER_LETTERS]) {
      const code = unicodeToVni(letter);
      expect(code.length, letter).toBeLessThanOrEqual(2);
      expect(vniToUnicode(code), letter).toBe(letter);
    }
  });

  it('VNI: a mark byte is read with the letter before it (ơ + sắc = ớ, not ơ then a stray mark)', () => {
    expect(vniToUnicode('ôù')).toBe('ớ');
    expect(vniToUnicode('Ngöôøi')).toBe('Người');
    expect(vniToUnicode('ÔÙ')).toBe('Ớ');
  });
});

describe('real phrases, typed as the old fonts stored them', () => {
  it.each([
    ['ChØ tiªu', 'Chỉ tiêu'],
    ['§¬n vÞ tÝnh', 'Đơn vị tính'],
    ['KÕ ho¹ch', 'Kế hoạch'],
    ['Thùc hiÖn', 'Thực hiện'],
    ['Thu ng©n s¸ch', 'Thu ngân sách'],
    ['TriÖu ®ång', 'Triệu đồng'],
    ['Tû lÖ hé gia ®×nh v¨n hãa', 'Tỷ lệ hộ gia đình văn hóa'],
    ['Gi¶m cßn 15', 'Giảm còn 15'],
    ['Kh«ng qu¸ 12', 'Không quá 12'],
    ['Tû lÖ trÎ em d\u00adíi 5 tuæi bÞ suy dinh d\u00adìng', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng'],
  ])('TCVN3 %s → %s', (tcvn3, unicode) => {
    expect(tcvn3ToUnicode(tcvn3)).toBe(unicode);
    expect(detectLegacyEncoding(tcvn3)).toBe('TCVN3');
  });

  it('TCVN3 in an H font: "ubnd quËn long biªn" shows as UBND QUẬN LONG BIÊN', () => {
    expect(tcvn3ToUnicode('ubnd quËn long biªn', true)).toBe('UBND QUẬN LONG BIÊN');
  });

  it.each([
    ['Chæ tieâu', 'Chỉ tiêu'],
    ['Ñôn vò tính', 'Đơn vị tính'],
    ['Keá hoaïch', 'Kế hoạch'],
    ['Thöïc hieän', 'Thực hiện'],
    ['Tyû leä hoä ngheøo', 'Tỷ lệ hộ nghèo'],
    ['Ngöôøi laäp bieåu', 'Người lập biểu'],
    ['Soá vuï phaïm phaùp hình söï', 'Số vụ phạm pháp hình sự'],
    ['ÑAÛNG UÛY PHÖÔØNG', 'ĐẢNG ỦY PHƯỜNG'],
  ])('VNI %s → %s', (vni, unicode) => {
    expect(vniToUnicode(vni)).toBe(unicode);
    expect(detectLegacyEncoding(vni)).toBe('VNI');
  });
});

describe('fonts name the encoding', () => {
  it.each([
    ['.VnTime', 'TCVN3', false],
    ['.VnArial', 'TCVN3', false],
    ['.VnTimeH', 'TCVN3', true],
    ['.VnArial NarrowH', 'TCVN3', true],
    ['VNI-Times', 'VNI', false],
    ['VNI-Helve', 'VNI', false],
  ] as const)('%s → %s', (font, encoding, upper) => {
    expect(legacyFontOf(font)).toEqual({ encoding, upper });
  });

  it.each(['Times New Roman', 'Calibri', 'Arial', '', undefined, 'VnTime'])('%s is not a legacy font', (font) => {
    expect(legacyFontOf(font)).toBeNull();
  });
});

/** A Unicode Vietnamese syllable: onset + vowels + final, with any tone (arbitrary, not from the tables). */
const syllable = fc
  .tuple(
    fc.constantFrom(
      '',
      'b',
      'c',
      'ch',
      'd',
      'đ',
      'g',
      'gi',
      'h',
      'kh',
      'l',
      'm',
      'n',
      'ng',
      'nh',
      'ph',
      'qu',
      'th',
      'tr',
      'v',
      'x',
    ),
    fc.constantFrom(
      'a',
      'ă',
      'â',
      'e',
      'ê',
      'i',
      'o',
      'ô',
      'ơ',
      'u',
      'ư',
      'y',
      'iê',
      'uô',
      'ươ',
      'oa',
      'ai',
      'ao',
      'ưu',
      'uy',
    ),
    fc.constantFrom(...TONE_MARKS),
    fc.constantFrom('', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'),
    fc.boolean(),
  )
  .map(([onset, vowels, tone, coda, capital]) => {
    const s = `${onset}${vowels[0]}${tone}${vowels.slice(1)}${coda}`.normalize('NFC');
    return capital ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s;
  });
const phrase = fc
  .tuple(fc.array(syllable, { minLength: 1, maxLength: 8 }), fc.constantFrom('', ' 2020', ' (%)', ': 12,5', ' - 3'))
  .map(([words, tail]) => `${words.join(' ')}${tail}`);

describe('detection by content is conservative', () => {
  it('property: Unicode Vietnamese text is never taken for TCVN3 or VNI', () => {
    fc.assert(fc.property(phrase, (text) => detectLegacyEncoding(text) === null));
  });

  it('property: Unicode Vietnamese text in NFD is never taken for a legacy text either', () => {
    fc.assert(fc.property(phrase, (text) => detectLegacyEncoding(text.normalize('NFD')) === null));
  });

  it('property: lower-case Vietnamese written in TCVN3 is found and decodes back', () => {
    const lower = phrase.map((p) => p.toLocaleLowerCase('vi'));
    fc.assert(
      fc.property(lower, (text) => {
        const tcvn3 = unicodeToTcvn3(text);
        if (tcvn3 === text) return true; // only letters TCVN3 shares with ASCII
        return tcvn3ToUnicode(tcvn3) === text && [null, 'TCVN3'].includes(detectLegacyEncoding(tcvn3));
      }),
    );
  });

  it('property: Vietnamese written in VNI decodes back', () => {
    fc.assert(fc.property(phrase, (text) => vniToUnicode(unicodeToVni(text)) === text));
  });

  it.each([
    'Müller',
    'café',
    'naïve',
    'Straße',
    'Øresund',
    'Ångström',
    'São Paulo',
    'Hà Nội',
    'Tô Lâm',
    'Lâm Đồng',
    'Kế hoạch năm 2020',
  ])('%s is left alone', (text) => expect(detectLegacyEncoding(text)).toBeNull());

  it.each(['1.234,5', '8,9', '25%', '12/15', '≥ 90', '—', '…', 'KH 2020', '©', '§ 3'])('%s is left alone', (text) =>
    expect(detectLegacyEncoding(text)).toBeNull(),
  );

  it('Vietnamese syllables pass, other words do not', () => {
    for (const w of ['tiêu', 'nghiêng', 'được', 'Người', 'khuya', 'quốc'])
      expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['müller', 'cafộ', 'straòe', 'ubnd', 'ǎ', 'tiềú']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});
