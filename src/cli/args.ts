/**
 * The command line's arguments through `node:util.parseArgs`, with chitieu's Vietnamese refusals:
 * `Tùy chọn không hợp lệ: --x.` for an option the command does not have, `Thiếu giá trị sau -o.`
 * for an option given no value (nothing, an empty `--json=`, or the next option in its place).
 * parseArgs runs non-strict and its tokens are checked here, so no English message reaches the user.
 */
import { parseArgs } from 'node:util';

/** Options that take a value, by long name (`output` for `--output`), with an optional short letter. */
export type ValueOptions = Record<string, { short?: string }>;

export type ReadArgs =
  { ok: true; values: Map<string, string[]>; positionals: string[] } | { ok: false; reason: string };

/** `-h` / `--help` anywhere before `--`, even where a value was expected. */
export function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** A value that is missing, empty, or another option (`-` alone is a value: stdout). */
function isMissing(value: string | undefined): boolean {
  return value === undefined || value === '' || (value.startsWith('-') && value !== '-');
}

/** Each value option's values in order (repeats kept, for the command to judge), and the positionals. */
export function readArgs(args: string[], options: ValueOptions): ReadArgs {
  const config = Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { type: 'string', ...o }]));
  const { tokens } = parseArgs({
    args,
    options: config as Record<string, { type: 'string'; short?: string }>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in options)) return { ok: false, reason: `Tùy chọn không hợp lệ: ${token.rawName}.` };
    if (isMissing(token.value)) return { ok: false, reason: `Thiếu giá trị sau ${token.rawName}.` };
    values.set(token.name, [...(values.get(token.name) ?? []), token.value!]);
  }
  return { ok: true, values, positionals };
}
