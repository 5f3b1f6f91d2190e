/** The message dialog's address, beside the function file, with the text to show (`t`, `m`). */
export function dialogUrl(base: string, title: string, message: string): string {
  const url = new URL('dialog.html', base);
  url.searchParams.set('t', title);
  url.searchParams.set('m', message);
  return url.toString();
}
