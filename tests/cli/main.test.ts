/** main in-process: argument parsing, the finding line, and the exit code of a bug. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_WORKBOOK, main, parseCommand } from '../../src/cli/main';
import { findingText } from '../../src/cli/summary';

vi.mock('../../src/cli/readWorkbook', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/cli/readWorkbook')>()),
  readBytes: async (path: string) => {
    if (path === 'loi.xlsx') throw new Error('hỏng bất ngờ\ndòng thứ hai');
    return { ok: false, message: 'không dùng' };
  },
}));

function captureStderr() {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join(''), restore: () => spy.mockRestore() };
}

afterEach(() => {
  delete process.env.CHITIEU_DEBUG;
});

describe('parseCommand', () => {
  it('report without input uses the bundled sample', () => {
    expect(parseCommand(['report'])).toEqual({
      kind: 'report',
      options: { input: SAMPLE_WORKBOOK, output: null, json: null },
    });
    expect(SAMPLE_WORKBOOK).toMatch(/assets[\\/]mau-chi-tieu\.xlsx$/);
  });

  it('reads -o, --output=, --json FILE and --json -', () => {
    expect(parseCommand(['report', 'a.xlsx', '-o', 'b.xlsx', '--json', '-'])).toEqual({
      kind: 'report',
      options: { input: 'a.xlsx', output: 'b.xlsx', json: '-' },
    });
    expect(parseCommand(['report', '--output=b.xlsx', '--json=c.json', 'a.xlsx'])).toEqual({
      kind: 'report',
      options: { input: 'a.xlsx', output: 'b.xlsx', json: 'c.json' },
    });
  });

  it('refuses a second input, an option without its file and unknown options', () => {
    expect(parseCommand(['report', 'a.xlsx', 'b.xlsx']).kind).toBe('usage_error');
    expect(parseCommand(['report', '--json', '-o', 'x.xlsx']).kind).toBe('usage_error');
    expect(parseCommand(['report', '-x']).kind).toBe('usage_error');
    expect(parseCommand([]).kind).toBe('usage_error');
  });

  it('reads the wording options in Vietnamese, refuses a value an option does not have', () => {
    const cmd = parseCommand(['report', 'a.xlsx', '--ty-le-chi-tieu', 'duoc-giao', '--binh-quan=trung-binh']);
    expect(cmd).toEqual({
      kind: 'report',
      options: {
        input: 'a.xlsx',
        output: null,
        json: null,
        wording: { rateTarget: 'given', averageWord: 'trung_binh' },
      },
    });
    const bad = parseCommand(['report', '--hang-nam', 'moi-nam']);
    expect(bad.kind).toBe('usage_error');
    expect(bad.kind === 'usage_error' && bad.message).toMatch(/^--hang-nam chỉ nhận "danh-gia" hoặc "tren"\./);
  });

  it('the help names every wording option with its values in Vietnamese, the default marked', async () => {
    const { WORDING_OPTIONS } = await import('../../src/cli/narrativeOptions');
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    expect(await main(['--help'])).toBe(0);
    write.mockRestore();
    for (const name of Object.keys(WORDING_OPTIONS)) expect(out).toContain(`--${name} `);
    expect(out).toContain('tren: «hàng năm trên 88%»');
    expect(out).toContain('danh-gia: «hàng năm đều vượt chỉ tiêu (88%)» (mặc định)');
  });

  it('-h / --help anywhere asks for help', () => {
    expect(parseCommand(['report', 'a.xlsx', '-h'])).toEqual({ kind: 'help' });
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('findingText', () => {
  const finding = (message: string) =>
    findingText({
      sheet: 'Chỉ tiêu 2020',
      cell: 'G15',
      kind: 'reported_pct',
      reported: 103.2,
      computed: 102.33333,
      message,
      indicator: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
    });
  it('writes the cell and its sheet, the typed and the recomputed figure the Vietnamese way', () => {
    expect(finding('tỷ lệ ghi sai.')).toBe('Ô G15 (biểu "Chỉ tiêu 2020"): ghi 103,2 — tính lại 102,3: tỷ lệ ghi sai.');
  });
  it('states a finding once: a message that already gives the figures is not preceded by them', () => {
    const message = 'Tỷ lệ người dân tham gia bảo hiểm y tế: tỷ lệ ghi 103,2% nhưng tính lại (92,1/90) là 102,3%.';
    expect(finding(message)).toBe(`Ô G15 (biểu "Chỉ tiêu 2020"): ${message}`);
  });
});

describe('an unexpected exception', () => {
  it('exits 1 with one "Lỗi không mong đợi" line and no stack', async () => {
    const stderr = captureStderr();
    const code = await main(['report', 'loi.xlsx']);
    stderr.restore();
    expect(code).toBe(1);
    expect(stderr.text()).toBe('Lỗi không mong đợi: hỏng bất ngờ dòng thứ hai\n');
  });

  it('prints the stack too with CHITIEU_DEBUG=1', async () => {
    process.env.CHITIEU_DEBUG = '1';
    const stderr = captureStderr();
    const code = await main(['report', 'loi.xlsx']);
    stderr.restore();
    expect(code).toBe(1);
    expect(stderr.text()).toMatch(/^Lỗi không mong đợi: hỏng bất ngờ dòng thứ hai\n.*\n\s+at /s);
  });
});

describe('header options', () => {
  it('--don-vi, --cap-tren and --khoi are read; a wrong --khoi is a usage error', async () => {
    const { parseCommand } = await import('../../src/cli/main');
    const { unitInSentence, placeOf } = await import('../../src/settings/bodies');
    const c = parseCommand([
      'report',
      'a.xlsx',
      '--don-vi',
      'Đảng ủy phường Phúc Đồng',
      '--cap-tren',
      'Đảng bộ quận Long Biên',
      '--khoi',
      'chinh-quyen',
    ]);
    expect(c).toMatchObject({
      kind: 'report',
      options: { issuingBody: 'Đảng ủy phường Phúc Đồng', superiorBody: 'Đảng bộ quận Long Biên', bodyType: 'state' },
    });
    expect(parseCommand(['report', '--khoi', 'x']).kind).toBe('usage_error');
    expect(unitInSentence('Đảng ủy phường Phúc Đồng')).toBe('phường Phúc Đồng');
    expect(unitInSentence('UBND phường Đức Giang')).toBe('phường Đức Giang');
    expect(placeOf('Đảng ủy phường Phúc Đồng')).toBe('Phúc Đồng');
  });
});
