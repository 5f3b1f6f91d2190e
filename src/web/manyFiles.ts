/**
 * Several workbooks chosen or dropped on the page at once are either one unit's yearly reports (the
 * term is assembled from them: `chitieu nhiem-ky`) or the reports of many wards (consolidated:
 * `chitieu consolidate`). The person says which with a radio; the page only proposes one.
 *
 * Rule chosen (the spec is silent): the files are proposed as one unit's years when every file's
 * name holds a year (19xx or 20xx), no two the same year, and the names are otherwise the same
 * (`2021.xlsx` … `2025.xlsx`, `Chỉ tiêu 2021.xlsx` … `Chỉ tiêu 2025.xlsx`); anything else (ward
 * names, the same year in every name, no year) is proposed as many wards. Names, not contents: the
 * guess costs nothing, and a wrong guess is one click on the other radio.
 */
import { plainLower } from '../core/text';

export type ManyFilesMode = 'term' | 'district';

const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/g;

/** The mode proposed for files of these names. */
export function guessMode(names: string[]): ManyFilesMode {
  if (names.length < 2) return 'district';
  const years = new Set<string>();
  const rests = new Set<string>();
  for (const name of names) {
    const stem = name.replace(/\.[^.]+$/, '');
    const found = stem.match(YEAR);
    if (!found || found.length !== 1) return 'district';
    years.add(found[0]);
    rests.add(
      plainLower(stem.replace(YEAR, ''))
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    );
  }
  return years.size === names.length && rests.size === 1 ? 'term' : 'district';
}
