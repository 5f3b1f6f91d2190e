/**
 * A network share as Excel's trusted add-in catalog (Windows desktop): the generated .reg file
 * names the share given as its parameter under the TrustedCatalogs key, with the catalog shown in
 * the menu, in the encoding regedit reads; a path that is not a share is refused in Vietnamese.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_ID, catalogReg, regFileBytes } from '../scripts/trusted-catalog';

describe('the trusted catalog .reg file', () => {
  it('registers the share under HKCU …\\Office\\16.0\\WEF\\TrustedCatalogs, shown in the menu', () => {
    const r = catalogReg('\\\\may-chu\\chitieu\\');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.reg.split('\r\n')).toEqual([
      'Windows Registry Editor Version 5.00',
      '',
      '; chitieu: thư mục chia sẻ \\\\may-chu\\chitieu là danh mục phần bổ trợ tin cậy của Office (Excel trên Windows).',
      `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${CATALOG_ID}]`,
      `"Id"="${CATALOG_ID}"`,
      '"Url"="\\\\\\\\may-chu\\\\chitieu"',
      '"Flags"=dword:00000001',
      '',
    ]);
  });

  it('keeps a Vietnamese folder name, in UTF-16 LE with a BOM as regedit writes', () => {
    const r = catalogReg('\\\\ubnd-phuong\\Phần bổ trợ\\chitieu');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const bytes = regFileBytes(r.reg);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toContain('"Url"="\\\\\\\\ubnd-phuong\\\\Phần bổ trợ\\\\chitieu"');
  });

  it.each(['C:\\chitieu', 'https://chitieu.example.org/addin/', '\\\\may-chu', '', 'chitieu'])(
    '%j is not a share: refused with a Vietnamese message',
    (path) => {
      const r = catalogReg(path);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('thư mục chia sẻ');
    },
  );

  it('npm run catalog:reg -- SHARE FILE writes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-reg-'));
    try {
      const out = join(dir, 'catalog.reg');
      await new Promise<void>((done, fail) =>
        execFile(
          process.execPath,
          ['bin/run-ts.js', 'scripts/trusted-catalog.ts', '\\\\may-chu\\chitieu', out],
          { cwd: resolve(__dirname, '..') },
          (e) => (e ? fail(e) : done()),
        ),
      );
      expect(readFileSync(out).subarray(2).toString('utf16le')).toContain('"Url"="\\\\\\\\may-chu\\\\chitieu"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
