/** Both commands' arguments through node:util.parseArgs: the same options, Vietnamese refusals only. */
import { describe, expect, it } from 'vitest';
import { parseConsolidateArgs } from '../../src/cli/consolidate';
import { parseCommand } from '../../src/cli/main';

const reason = (c: { kind: string; message?: string }) => (c.kind === 'usage_error' ? c.message : '');

describe('chitieu report arguments', () => {
  it('an unknown option, an option without its value and a value that is another option are refused in Vietnamese', () => {
    expect(reason(parseCommand(['report', '--bogus=1']))).toMatch(/^Tùy chọn không hợp lệ: --bogus\. Cách dùng:/);
    expect(reason(parseCommand(['report', 'a.xlsx', '-o']))).toMatch(/^Thiếu giá trị sau -o\./);
    expect(reason(parseCommand(['report', '--json', '-o', 'x.xlsx']))).toMatch(/^Thiếu giá trị sau --json\./);
    expect(reason(parseCommand(['report', '--json=']))).toMatch(/^Thiếu giá trị sau --json\./);
    expect(reason(parseCommand(['report', 'a.xlsx', 'b.xlsx']))).toMatch(/^Chỉ đọc một tệp mỗi lần, thừa: b\.xlsx\./);
    expect(reason(parseCommand(['report', '--khoi', 'toString']))).toMatch(/^--khoi chỉ nhận/);
  });

  it('-ob.xlsx, --json - and a file after -- are read the POSIX way', () => {
    expect(parseCommand(['report', '-ob.xlsx', '--json', '-', '--', '-a.xlsx'])).toMatchObject({
      kind: 'report',
      options: { input: '-a.xlsx', output: 'b.xlsx', json: '-' },
    });
  });
});

describe('chitieu consolidate arguments', () => {
  it('reads the wards, -o and --json; -o and --json once each; -o never "-"; --bao-cao and the header', () => {
    const noHeader = { issuingBody: '', place: '', superiorBody: '' };
    expect(parseConsolidateArgs(['a.xlsx', 'b.xlsx', '-o', 'q.xlsx', '--json=-'])).toEqual({
      kind: 'run',
      options: { inputs: ['a.xlsx', 'b.xlsx'], output: 'q.xlsx', json: '-', baoCao: null, header: noHeader },
    });
    expect(
      parseConsolidateArgs(['a.xlsx', '--bao-cao', 'tp.docx', '--don-vi', 'UBND thành phố', '--dia-danh', 'Hà Nội']),
    ).toMatchObject({
      kind: 'run',
      options: { baoCao: 'tp.docx', header: { issuingBody: 'UBND thành phố', place: 'Hà Nội', superiorBody: '' } },
    });
    expect(reason(parseConsolidateArgs(['a.xlsx', '-o', 'x.xlsx', '--output', 'y.xlsx']))).toMatch(
      /^-o chỉ được dùng một lần\./,
    );
    expect(reason(parseConsolidateArgs(['a.xlsx', '-o', '-']))).toMatch(/^-o cần tên tệp \.xlsx/);
    expect(reason(parseConsolidateArgs(['a.xlsx', '--xep-hang']))).toMatch(/^Tùy chọn không hợp lệ: --xep-hang\./);
    expect(reason(parseConsolidateArgs([]))).toMatch(/^Cần ít nhất một tệp/);
    expect(parseConsolidateArgs(['a.xlsx', '-h'])).toEqual({ kind: 'help' });
  });
});
