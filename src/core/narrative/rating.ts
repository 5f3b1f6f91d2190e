/**
 * Ratings in prose, as reports write them: never an abbreviation (`HTXSNV` → `hoàn thành xuất sắc
 * nhiệm vụ`, `HTTNV`, `HTNV`, `KHTNV`, the old `TSVM` → `trong sạch vững mạnh`), and a rating row
 * named `Xếp loại Đảng bộ phường` reads `Đảng bộ phường được xếp loại hoàn thành tốt nhiệm vụ`.
 */

/** Abbreviations of the ratings (Quy định 132-QĐ/TW and the scale before it), longest first. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}\d])HTXS\s?NV(?![\p{L}\d])/gu, 'hoàn thành xuất sắc nhiệm vụ'],
  [/(?<![\p{L}\d])HTT\s?NV(?![\p{L}\d])/gu, 'hoàn thành tốt nhiệm vụ'],
  [/(?<![\p{L}\d])KHT\s?NV(?![\p{L}\d])/gu, 'không hoàn thành nhiệm vụ'],
  [/(?<![\p{L}\d])HT\s?NV(?![\p{L}\d])/gu, 'hoàn thành nhiệm vụ'],
  [/(?<![\p{L}\d])TSVM\s?TB(?![\p{L}\d])/gu, 'trong sạch vững mạnh tiêu biểu'],
  [/(?<![\p{L}\d])TSVM(?![\p{L}\d])/gu, 'trong sạch vững mạnh'],
];

/**
 * A text with every rating abbreviation in words; one that opens the text keeps its capital.
 * @example ratingsInWords('Xếp loại chi bộ: HTXSNV') // → 'Xếp loại chi bộ: hoàn thành xuất sắc nhiệm vụ'
 */
export function ratingsInWords(text: string): string {
  // Every abbreviation holds `NV` or `TSVM`: a sentence with neither is left as it is, unscanned.
  if (!text.includes('NV') && !text.includes('TSVM')) return text;
  let out = text;
  for (const [re, words] of ABBREVIATIONS)
    out = out.replace(re, (_m: string, at: number) => (at === 0 ? words[0].toUpperCase() + words.slice(1) : words));
  return out;
}

/**
 * A rating row's subject and verb: `Xếp loại Đảng bộ phường` → `Đảng bộ phường được xếp loại`;
 * null when the name is not a `Xếp loại …` row.
 */
export function ratedSubject(name: string): string | null {
  const m = /^(?:kết quả\s+)?xếp loại\s+(.+)$/iu.exec(name.trim());
  return m ? `${m[1][0].toUpperCase()}${m[1].slice(1)} được xếp loại` : null;
}

/** A rating as the middle of a sentence says it: `HTTNV`, `Hoàn thành tốt nhiệm vụ` → `hoàn thành tốt nhiệm vụ`. */
export function ratingInSentence(text: string): string {
  const words = ratingsInWords(text.trim());
  return /^\p{Lu}\p{Ll}/u.test(words) ? words[0].toLowerCase() + words.slice(1) : words;
}

/** A name that is an action done or not (`Hoàn thành chỉ tiêu tuyển quân`, `Giữ vững …`): it is its own sentence. */
const DONE_VERBS = /^(?:hoàn thành|giữ vững|duy trì|xây dựng|thực hiện|tổ chức)\s/iu;

/**
 * A yes/no row whose name is an action, said by the action itself: met → `Hoàn thành chỉ tiêu
 * tuyển quân.`, not met → `Chưa hoàn thành chỉ tiêu tuyển quân.` — never `…: đạt chỉ tiêu.`; null
 * for any other name.
 */
export function actionDone(name: string, met: boolean): string | null {
  const n = name.trim();
  if (!DONE_VERBS.test(n)) return null;
  return met ? `${n[0].toUpperCase()}${n.slice(1)}.` : `Chưa ${n[0].toLowerCase()}${n.slice(1)}.`;
}

/**
 * The ratings of a run of years, as the seeds list them: each year's rating, a run of years with the
 * same rating said once — `năm 2015 trong sạch vững mạnh, từ năm 2016 đến năm 2019 hoàn thành tốt
 * nhiệm vụ`. `years`: each period's phrase (`năm 2016`) and its rating as typed, in order.
 */
export function ratingsByYear(years: { phrase: string; rating: string }[]): string {
  const runs: { from: string; to: string; words: string }[] = [];
  for (const y of years) {
    const words = ratingInSentence(y.rating);
    const last = runs[runs.length - 1];
    if (last && last.words === words) last.to = y.phrase;
    else runs.push({ from: y.phrase, to: y.phrase, words });
  }
  return runs.map((r) => `${r.from === r.to ? r.from : `từ ${r.from} đến ${r.to}`} ${r.words}`).join(', ');
}
