/**
 * Names that are verb phrases, said as reports say them:
 * - a target's verb before what it measures is not the sentence's subject: `Giảm tỷ lệ sinh con thứ
 *   3 trở lên` is told as `Tỷ lệ sinh con thứ 3 trở lên là 4,2%` (the direction is read from the
 *   name before, so nothing is lost);
 * - an action for people puts the figure before them: `Giải quyết việc làm cho người lao động` with
 *   2.635 người → `giải quyết việc làm cho 2.635 lao động`, never `… cho người lao động được 2.635 người`.
 */
import { foldText } from '../text';

/** `Giảm tỷ lệ …`, `Tăng số …`, `Nâng cao tỷ lệ …`: the verb dropped, the measure kept. */
const TARGET_VERB = /^(?:giảm|tăng|nâng cao|nâng|hạ)\s+(?=(?:tỷ lệ|tỉ lệ|số)\s)/iu;

/**
 * The name a sentence says: a leading target verb dropped (see the module comment).
 * @example spokenName('Giảm tỷ lệ sinh con thứ 3 trở lên') // → 'Tỷ lệ sinh con thứ 3 trở lên'
 */
export function spokenName(name: string): string {
  const rest = name.replace(TARGET_VERB, '');
  return rest === name || !rest.trim() ? name : rest[0].toUpperCase() + rest.slice(1);
}

/**
 * An action for people with its figure before them: `giải quyết việc làm cho 2.635 lao động`; null
 * when the name is not `… cho (người) …` or the unit is not people.
 */
export function forPeople(name: string, unit: string, figure: string): string | null {
  if (!/^(?:nguoi|lao dong|nguoi lao dong)$/.test(foldText(unit))) return null;
  const m = /^(.+?\scho)\s+(?:người\s+)?(.+)$/iu.exec(name);
  return m ? `${m[1]} ${figure} ${m[2]}` : null;
}
