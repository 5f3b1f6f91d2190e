/**
 * An estimate is never stated as fact: where the actual's column is an estimate (`Ước thực hiện`,
 * `Ước TH`, `ƯTH`, `Ước cả năm`), its sentence says so with `ước` before its verb, as reports write
 * it — `Thu ngân sách ước đạt 92.450 triệu đồng, …`, `Ước kết nạp được 12 đảng viên, …`; a year of
 * a from–to phrase reads `(ước năm 2025)`, a year of a `Cụ thể` list `năm 2025 ước thu …`.
 */

/** Whether a sentence already says its figure is an estimate (`ước đạt`, `Ước cả năm`, `(ước năm 2025)`). */
export function saysEstimate(text: string): boolean {
  return /(?:^|[\s(])ước(?=\s)/iu.test(text);
}

/**
 * The sentence of an estimated figure: `ước` after the indicator's name when the sentence opens on
 * it (`Thu ngân sách ước đạt …`, `Số hộ nghèo ước giảm còn …`), else before the sentence's verb
 * (`Ước kết nạp được …`, `Ước có 08 tổ dân phố …`, `Ước giải quyết việc làm … được …`). A sentence
 * that already says `ước` is kept.
 */
export function asEstimate(text: string, subject: string): string {
  if (saysEstimate(text)) return text;
  // A name that is an action (`Giải quyết việc làm … được 1.845 người`) takes `ước` before it.
  const rest = text.startsWith(`${subject} `) ? text.slice(subject.length + 1) : null;
  if (rest !== null && !rest.startsWith('được ')) return `${subject} ước ${rest}`;
  // A first word in capitals (`UBND`) keeps them; a sentence-case word goes back to lower case.
  const first = /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() : text[0];
  return `Ước ${first}${text.slice(1)}`;
}

/** A period inside a sentence, marked when its figure is an estimate: `ước năm 2025`, `năm 2024`. */
export function estimatedPeriod(phrase: string, estimated: boolean): string {
  return estimated ? `ước ${phrase}` : phrase;
}
