/**
 * The wording options of `chitieu report`: where the seeds write a shape two ways and both are
 * correct, the user picks one; the default is the seeds' way. Each option names
 * one narrative setting and its Vietnamese values (`--ty-le-chi-tieu duoc-giao`).
 */
import type { NarrativeSettings } from '../core/narrative/style';

type Choice<K extends keyof NarrativeSettings> = {
  setting: K;
  /** The option's values, the default first, each with the engine's value and an example. */
  values: Record<string, { value: NarrativeSettings[K]; example: string }>;
};

/** `[option value, engine value, example]`, the default first. */
type Value<K extends keyof NarrativeSettings> = [string, NarrativeSettings[K], string];

function choice<K extends keyof NarrativeSettings>(setting: K, ...values: Value<K>[]): Choice<K> {
  return { setting, values: Object.fromEntries(values.map(([v, value, example]) => [v, { value, example }])) };
}

/** The wording options by long name. */
export const WORDING_OPTIONS = {
  'chenh-lech': choice(
    'rateGap',
    ['diem', 'points', 'vượt 3,69 điểm phần trăm'],
    ['phan-tram', 'percent', 'vượt 3,69%'],
  ),
  'ty-le-chi-tieu': choice(
    'rateTarget',
    ['chenh-lech', 'gap', 'là 91,69%, vượt 3,69 điểm phần trăm so với chỉ tiêu (88%)'],
    ['duoc-giao', 'given', 'là 91,69% (chỉ tiêu được giao 88%), vượt chỉ tiêu'],
  ),
  'vuot-nhiem-ky': choice(
    'termExcess',
    ['phan-vuot', 'excess', 'vượt 17,7% so với chỉ tiêu'],
    ['ty-le', 'share', 'bằng 117,7% chỉ tiêu'],
  ),
  'binh-quan': choice(
    'averageWord',
    ['binh-quan', 'binh_quan', 'bình quân hàng năm đạt 90,42%'],
    ['trung-binh', 'trung_binh', 'đạt trung bình 90,42%'],
  ),
  'hang-nam': choice(
    'everyYear',
    ['danh-gia', 'status', 'hàng năm đều vượt chỉ tiêu (88%)'],
    ['tren', 'above', 'hàng năm trên 88%'],
  ),
  'chi-tieu-nhiem-ky': choice(
    'termGoal',
    ['nghi-quyet', 'nghi_quyet', 'chỉ tiêu Nghị quyết Đại hội đề ra'],
    ['nhiem-ky', 'nhiem_ky', 'chỉ tiêu nhiệm kỳ'],
  ),
};

export type WordingOption = keyof typeof WORDING_OPTIONS;

/** The value options of `readArgs` for the wording options. */
export const WORDING_VALUE_OPTIONS = Object.fromEntries(
  Object.keys(WORDING_OPTIONS).map((name) => [name, {}]),
) as Record<WordingOption, object>;

export type WordingRead = { ok: true; settings: Partial<NarrativeSettings> } | { ok: false; reason: string };

/**
 * The narrative settings the user chose (`last` gives an option's last value); a value the
 * option does not have is refused with the values it has.
 */
export function readWording(last: (name: WordingOption) => string | undefined): WordingRead {
  const settings: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(WORDING_OPTIONS) as [WordingOption, Choice<keyof NarrativeSettings>][]) {
    const given = last(name);
    if (given === undefined) continue;
    if (!Object.hasOwn(option.values, given)) {
      const allowed = Object.keys(option.values).map((v) => `"${v}"`);
      return { ok: false, reason: `--${name} chỉ nhận ${allowed.join(' hoặc ')}.` };
    }
    settings[option.setting] = option.values[given].value;
  }
  return { ok: true, settings: settings as Partial<NarrativeSettings> };
}

/** The help lines of the wording options, each value with its example, the default marked. */
export function wordingHelp(): string {
  const lines = ['Cách viết lời nhận xét (mặc định theo các báo cáo mẫu):'];
  for (const [name, option] of Object.entries(WORDING_OPTIONS)) {
    const values = Object.entries(option.values as Record<string, { example: string }>);
    lines.push(`  --${name} ${values.map(([v]) => v).join('|')}`);
    values.forEach(([v, { example }], i) => lines.push(`      ${v}: «${example}»${i === 0 ? ' (mặc định)' : ''}`));
  }
  return lines.join('\n');
}
