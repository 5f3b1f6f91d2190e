/**
 * The registry file that makes a network share a trusted add-in catalog in Excel for Windows
 * (desktop; Microsoft 365, 2021, 2024): `npm run catalog:reg -- '\\may-chu\chitieu' [tep.reg]`
 * writes `chitieu-catalog.reg` (or `tep.reg`), which each user (or a Group Policy / login script)
 * imports. It adds under HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\WEF\TrustedCatalogs one
 * catalog — `Id`, `Url` (the share), `Flags` = 1 ("Show in Menu") — keyed by a GUID of its own, so
 * importing the file again replaces it rather than adding a second one. The share holds
 * manifest.xml (the production one, from `ADDIN_URL=… npm run build`); the add-in's files stay on
 * the https host. Written as regedit expects: UTF-16 LE with a BOM, CRLF line ends.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/** chitieu's catalog key (any GUID; fixed so that a re-import replaces the same catalog). */
export const CATALOG_ID = '{3c8b1f52-7d0e-4a96-b1c4-5e2f9a6d8e31}';
export const CATALOGS_KEY = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs';

export type CatalogResult = { ok: true; reg: string } | { ok: false; message: string };

/** The .reg text for a share `\\server\share[\folder…]`; refuses anything else in Vietnamese. */
export function catalogReg(share: string): CatalogResult {
  const path = share.trim().replace(/[\\/]+$/, '');
  if (!/^\\\\[^\\/\s"]+\\[^\\/"]+(\\[^\\/"]+)*$/.test(path))
    return {
      ok: false,
      message: `Đường dẫn thư mục chia sẻ phải có dạng \\\\tên-máy\\tên-thư-mục (ví dụ \\\\may-chu\\chitieu): "${share}".`,
    };
  const esc = (s: string) => s.replaceAll('\\', '\\\\');
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; chitieu: thư mục chia sẻ ${path} là danh mục phần bổ trợ tin cậy của Office (Excel trên Windows).`,
    `[${CATALOGS_KEY}\\${CATALOG_ID}]`,
    `"Id"="${CATALOG_ID}"`,
    `"Url"="${esc(path)}"`,
    '"Flags"=dword:00000001',
    '',
  ];
  return { ok: true, reg: lines.join('\r\n') };
}

/** regedit's encoding: UTF-16 little endian with a byte order mark. */
export function regFileBytes(reg: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reg, 'utf16le')]);
}

if (process.argv[1] && basename(process.argv[1]) === 'trusted-catalog.ts') {
  const [share, out = 'chitieu-catalog.reg'] = process.argv.slice(2);
  const r = catalogReg(share ?? '');
  if (!r.ok) {
    console.error(r.message);
    process.exitCode = 2;
  } else {
    writeFileSync(out, regFileBytes(r.reg));
    console.log(`Đã ghi ${out}: nhập tệp này (bấm đúp, hoặc reg import ${out}) trên mỗi máy dùng Excel.`);
  }
}
