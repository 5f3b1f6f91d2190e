/**
 * The manifest an organisation deploys: `ADDIN_URL=https://host/path/ npm run build` writes
 * dist/addin/manifest.xml with every address — SourceLocation, icons, the function file, the task
 * pane, the help page, AppDomains — on that base instead of the development server's
 * https://localhost:3000. Without ADDIN_URL the build keeps the development manifest.
 *
 * The base must be an absolute https address (Office loads add-ins over https only) of a folder,
 * without query or fragment, and not a local one (localhost, 127.x, ::1): a production manifest
 * never names the development machine. Refusals are Vietnamese messages, as for every user input.
 */

/** What manifest.xml names: the development server (`npm run dev-server`). */
export const DEV_ORIGIN = 'https://localhost:3000';

export type BaseResult = { ok: true; base: string; origin: string } | { ok: false; message: string };

/** Checks and normalises ADDIN_URL (a trailing `/` added). */
export function parseAddinUrl(raw: string): BaseResult {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      message: `ADDIN_URL không phải một địa chỉ web đầy đủ: "${text}" (ví dụ https://may-chu/chitieu/).`,
    };
  }
  if (url.protocol !== 'https:')
    return { ok: false, message: `ADDIN_URL phải là địa chỉ https (Office chỉ nạp phần bổ trợ qua https): "${text}".` };
  if (url.search || url.hash || url.username || url.password)
    return { ok: false, message: `ADDIN_URL là địa chỉ một thư mục, không có tham số, dấu # hay mật khẩu: "${text}".` };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1')
    return {
      ok: false,
      message: `ADDIN_URL trỏ vào máy đang dựng (${url.hostname}): bản triển khai phải nằm trên máy chủ mà mọi người dùng truy cập được.`,
    };
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, base: `${url.origin}${path}`, origin: url.origin };
}

/**
 * manifest.xml with the development addresses moved to `base` (from `parseAddinUrl`): every
 * `https://localhost:3000/…` becomes `base…` and the AppDomain becomes the base's origin. Throws
 * when the result still names localhost (an address the manifest spells another way).
 */
export function productionManifest(xml: string, target: { base: string; origin: string }): string {
  const out = xml
    .replaceAll(`${DEV_ORIGIN}/`, target.base)
    .replaceAll(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${target.origin}</AppDomain>`);
  if (/localhost|127\.0\.0\.1/i.test(out))
    throw new Error('Tệp manifest vẫn còn địa chỉ localhost sau khi đổi sang ADDIN_URL: hãy kiểm tra manifest.xml.');
  return out;
}

/** Every address a manifest names (attribute values and AppDomain elements). */
export function manifestUrls(xml: string): string[] {
  return [
    ...[...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]),
  ];
}

/** The manifest the build writes: the development one, or the production one when ADDIN_URL is set. */
export function buildManifest(xml: string, addinUrl: string | undefined): string {
  if (addinUrl === undefined || addinUrl.trim() === '') return xml;
  const parsed = parseAddinUrl(addinUrl);
  if (!parsed.ok) throw new Error(parsed.message);
  return productionManifest(xml, parsed);
}
