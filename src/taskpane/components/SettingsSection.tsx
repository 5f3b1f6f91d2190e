import { Button, Field, Input, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import type { BodyType } from '../../settings/userSettings';
import { defaultNarrativeSettings, WORDING_CHOICES, type WordingSetting } from '../../core/narrative/style';
import { vi } from '../i18n/vi';
import type { PaneSettings } from '../state';

export interface SettingsSectionProps {
  settings: PaneSettings;
  disabled: boolean;
  /** A field changed; `persist` saves at once (choices), text fields save on `onCommit` (blur). */
  onChange: (settings: PaneSettings, persist: boolean) => void;
  /** Saves the settings; `announce` says so to the user (the Lưu button, not a blur). */
  onCommit: (announce: boolean) => void;
  /** Where the settings are kept, said above the fields; default: in the workbook (the add-in). */
  description?: string;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type TextField = 'unitName' | 'superiorBody' | 'issuingBody' | 'place';

/** The radio of a block not chosen: the header's block is then the workbook's. */
const FROM_WORKBOOK = 'workbook';

function withBodyType(settings: PaneSettings, value: string): PaneSettings {
  const { bodyType: _previous, ...rest } = settings;
  return value === FROM_WORKBOOK ? rest : { ...rest, bodyType: value as BodyType };
}

/** The workbook's settings: unit and bodies for the header, body type, and the wording options. */
export function SettingsSection({ settings, disabled, onChange, onCommit, description }: SettingsSectionProps) {
  const styles = useStyles();
  const t = vi.settings;
  const text = (field: TextField, label: string, hint: string) => (
    <Field label={label} hint={hint}>
      <Input
        value={settings[field]}
        onChange={(_e, data) => onChange({ ...settings, [field]: data.value }, false)}
        onBlur={() => onCommit(false)}
        disabled={disabled}
        data-setting={field}
      />
    </Field>
  );
  return (
    <form
      className={styles.form}
      aria-label={t.title}
      onSubmit={(e) => {
        e.preventDefault();
        onCommit(true);
      }}
    >
      <Text size={200}>{description ?? t.description}</Text>
      {text('unitName', t.unitName, t.unitNameHint)}
      {text('superiorBody', t.superiorBody, t.superiorBodyHint)}
      {text('issuingBody', t.issuingBody, t.issuingBodyHint)}
      {text('place', t.place, t.placeHint)}
      <Field label={t.bodyType}>
        <RadioGroup
          value={settings.bodyType ?? FROM_WORKBOOK}
          onChange={(_e, data) => onChange(withBodyType(settings, data.value), true)}
          disabled={disabled}
        >
          <Radio value={FROM_WORKBOOK} label={t.fromWorkbook} />
          <Radio value="party" label={t.party} />
          <Radio value="state" label={t.state} />
        </RadioGroup>
      </Field>
      <Switch
        checked={settings.narrative.leadingZero}
        onChange={(_e, data) =>
          onChange({ ...settings, narrative: { ...settings.narrative, leadingZero: data.checked } }, true)
        }
        label={t.leadingZero}
        disabled={disabled}
      />
      <Field label={t.rateGap}>
        <RadioGroup
          value={settings.narrative.rateGap}
          onChange={(_e, data) =>
            onChange(
              {
                ...settings,
                narrative: { ...settings.narrative, rateGap: data.value === 'percent' ? 'percent' : 'points' },
              },
              true,
            )
          }
          disabled={disabled}
        >
          <Radio value="points" label={t.rateGapPoints} />
          <Radio value="percent" label={t.rateGapPercent} />
        </RadioGroup>
      </Field>
      {(Object.keys(WORDING_CHOICES) as WordingSetting[]).map((key) => (
        <WordingField key={key} setting={key} settings={settings} disabled={disabled} onChange={onChange} />
      ))}
      <div>
        <Button type="submit" icon={<SaveRegular />} disabledFocusable={disabled}>
          {t.save}
        </Button>
      </div>
    </form>
  );
}

/** One wording setting: its two styles as radios, the default checked until another is chosen. */
function WordingField({
  setting,
  settings,
  disabled,
  onChange,
}: { setting: WordingSetting } & Pick<SettingsSectionProps, 'settings' | 'disabled' | 'onChange'>) {
  const words = vi.settings.wording[setting];
  const values = WORDING_CHOICES[setting] as readonly string[];
  const labels = words.values as Record<string, string>;
  return (
    <Field label={words.label}>
      <RadioGroup
        value={settings.narrative[setting] ?? defaultNarrativeSettings[setting]}
        onChange={(_e, data) =>
          values.includes(data.value) &&
          onChange({ ...settings, narrative: { ...settings.narrative, [setting]: data.value } }, true)
        }
        disabled={disabled}
        data-setting={setting}
      >
        {values.map((v) => (
          <Radio key={v} value={v} label={labels[v]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
