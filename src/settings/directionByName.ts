/**
 * The direction a user chose for an indicator by its name (`directionByName`), as the web page and
 * the command line keep it: matched as the engine matches it (`meaningWords`: case, diacritics,
 * numbering and filler words aside), so `2. Số đơn thư tồn đọng` and `Số đơn thư tồn đọng` are one
 * choice. Choosing the direction chitieu finds by itself, or none, removes the choice, so the
 * indicator follows the table again if it changes.
 */
import type { Direction } from '../core/indicator';
import { meaningWords } from '../core/dictionary/index';
import type { UserSettings } from './userSettings';

/** The direction chosen for an indicator named `name`, if any. */
export function namedDirection(s: Pick<UserSettings, 'directionByName'>, name: string): Direction | undefined {
  const words = meaningWords(name);
  const found = Object.entries(s.directionByName).find(([n]) => meaningWords(n) === words);
  return found?.[1];
}

/** Sets (or with `null`, or the engine's own `auto` direction, removes) the choice for `name`. */
export function withNamedDirection<S extends UserSettings>(
  s: S,
  name: string,
  direction: Direction | null,
  auto: Direction | undefined,
): S {
  const words = meaningWords(name);
  const byName = Object.fromEntries(Object.entries(s.directionByName).filter(([n]) => meaningWords(n) !== words));
  if (direction !== null && direction !== auto) byName[name.trim()] = direction;
  return { ...s, directionByName: byName };
}
