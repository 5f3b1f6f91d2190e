/**
 * Small workbooks written the way tools that bend the Open Packaging Conventions write them, built
 * here part by part (fflate zips them, independently of chitieu's own zip code): the same indicator
 * table each time, in a package with one defect of the real-file corpus.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The indicator table every package holds: a title, the header row and three indicators. */
export const TABLE: (string | number)[][] = [
  ['Kết quả thực hiện các chỉ tiêu năm 2020'],
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
  [1, 'Thu ngân sách trên địa bàn', 'triệu đồng', 1000, 1200],
  [2, 'Tỷ lệ hộ nghèo', '%', 2, 1.5],
  [3, 'Số hộ gia đình văn hóa', 'hộ', 500, 480],
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letter = (c: number) => String.fromCharCode(65 + c);

/** `sheetData` of the table; `lower` writes the cell references in lower case. */
export function tableRows(lower = false): string {
  return TABLE.map((row, r) => {
    const cells = row.map((v, c) => {
      const ref = `${letter(c)}${r + 1}`;
      const at = lower ? ref.toLowerCase() : ref;
      return typeof v === 'number'
        ? `<c r="${at}"><v>${v}</v></c>`
        : `<c r="${at}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  }).join('');
}

export function worksheetXml(rows = tableRows(), after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export function relsXml(rels: [id: string, kind: string, target: string][]): string {
  const els = rels.map(
    ([id, kind, target]) => `<Relationship Id="${id}" Type="${REL_NS}/${kind}" Target="${target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}">${els.join('')}</Relationships>`;
}

export function workbookXml(sheets: [name: string, rid: string][] = [['Chỉ tiêu', 'rId1']]): string {
  const els = sheets.map(([name, rid], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="${rid}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><sheets>${els.join('')}</sheets></workbook>`;
}

/** `[Content_Types].xml` with Defaults for rels and xml, and these Overrides (part name → type suffix). */
export function contentTypesXml(overrides: [part: string, type: string][], xmlDefault = 'application/xml'): string {
  const els = overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${TYPES_NS}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="${xmlDefault}"/>${els.join('')}</Types>`
  );
}

export const TYPES = {
  workbook: `${SML}.sheet.main+xml`,
  worksheet: `${SML}.worksheet+xml`,
  styles: `${SML}.styles+xml`,
};

/** A part list in zip order: name → text or bytes. A name may appear twice (a duplicate entry). */
export type Parts = [name: string, content: string | Uint8Array][];

/** The parts of a plain, valid workbook (what every defect starts from). */
export function plainParts(): Parts {
  return [
    [
      '[Content_Types].xml',
      contentTypesXml([
        ['/xl/workbook.xml', TYPES.workbook],
        ['/xl/worksheets/sheet1.xml', TYPES.worksheet],
        ['/xl/styles.xml', TYPES.styles],
      ]),
    ],
    ['_rels/.rels', relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']])],
    ['xl/workbook.xml', workbookXml()],
    [
      'xl/_rels/workbook.xml.rels',
      relsXml([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'styles', 'styles.xml'],
      ]),
    ],
    ['xl/styles.xml', STYLES_XML],
    ['xl/worksheets/sheet1.xml', worksheetXml()],
  ];
}

const bytesOf = (c: string | Uint8Array) => (typeof c === 'string' ? strToU8(c) : c);

/** The parts zipped by fflate in one go (sizes in the local headers). Names must be distinct. */
export function zipParts(parts: Parts): Uint8Array {
  return zipSync(Object.fromEntries(parts.map(([n, c]) => [n, bytesOf(c)])), { level: 6 });
}

/**
 * The parts zipped by fflate's streaming writer: every entry followed by a data descriptor (its
 * sizes and CRC after the data, as streaming producers write), and duplicate names allowed.
 */
export function streamedZip(parts: Parts): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  parts.forEach(([name, content], i) => {
    const file = i % 2 === 0 ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(file);
    file.push(bytesOf(content), true);
  });
  zip.end();
  return Buffer.concat(chunks);
}

/**
 * The parts stored (no compression) in a zip64 archive, as large-file producers write even small
 * packages: each entry's sizes and offset in a zip64 extra field (the 32-bit fields 0xFFFFFFFF),
 * a zip64 end of central directory record and its locator. Written here from APPNOTE 4.3.14–4.5.3.
 */
export function zip64Of(parts: Parts): Uint8Array {
  const out: number[] = [];
  const u16 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (n: number) => {
    u16(n & 0xffff);
    u16(n >>> 16);
  };
  const u64 = (n: number) => {
    u32(n % 2 ** 32);
    u32(Math.floor(n / 2 ** 32));
  };
  const central: { name: Uint8Array; data: Uint8Array; crc: number; offset: number }[] = [];
  for (const [name, content] of parts) {
    const data = bytesOf(content);
    const nameBytes = strToU8(name);
    const entry = { name: nameBytes, data, crc: crc32(data), offset: out.length };
    central.push(entry);
    u32(0x04034b50);
    u16(45); // version needed: zip64
    u16(0x800);
    u16(0); // stored
    u16(0);
    u16(0x21);
    u32(entry.crc);
    u32(0xffffffff);
    u32(0xffffffff);
    u16(nameBytes.length);
    u16(20);
    out.push(...nameBytes);
    u16(1);
    u16(16);
    u64(data.length);
    u64(data.length);
    out.push(...data);
  }
  const cdStart = out.length;
  for (const e of central) {
    u32(0x02014b50);
    u16(45);
    u16(45);
    u16(0x800);
    u16(0);
    u16(0);
    u16(0x21);
    u32(e.crc);
    u32(0xffffffff);
    u32(0xffffffff);
    u16(e.name.length);
    u16(28);
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(0xffffffff);
    out.push(...e.name);
    u16(1);
    u16(24);
    u64(e.data.length);
    u64(e.data.length);
    u64(e.offset);
  }
  const cdEnd = out.length;
  u32(0x06064b50);
  u64(44);
  u16(45);
  u16(45);
  u32(0);
  u32(0);
  u64(central.length);
  u64(central.length);
  u64(cdEnd - cdStart);
  u64(cdStart);
  u32(0x07064b50);
  u32(0);
  u64(cdEnd);
  u32(1);
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(0xffff);
  u16(0xffff);
  u32(0xffffffff);
  u32(0xffffffff);
  u16(0);
  return Uint8Array.from(out);
}

/** CRC-32 of the zip format, bit by bit (the reference, not chitieu's table-driven one). */
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
