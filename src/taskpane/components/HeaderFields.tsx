/**
 * The header the report will carry (cấp trên, cơ quan ban hành, địa danh, khối), shown and editable
 * before anything is written or downloaded — in the task pane and on the web page alike. Each field
 * shows the value that will be written (`runHeader`: what the user typed, else what the workbook's
 * title block gives) and says where it comes from; typing in a field makes it the user's, kept with
 * the other settings. Emptying a field gives it back to the workbook.
 */
import { Badge, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { runHeader, type HeaderSource } from '../../settings/headerView';
import type { WorkbookHeader } from '../../settings/workbookHeader';
import { useState } from 'react';
import { vi } from '../i18n/vi';
import type { PaneSettings } from '../state';

export interface HeaderFieldsProps {
  settings: PaneSettings;
  /** What the workbook's title block gives (`readWorkbookHeader`), completed by what the user typed. */
  workbookHeader: WorkbookHeader;
  /** A field changed; `persist` applies at once (a choice), text waits for a pause or `onCommit`. */
  onChange: (settings: PaneSettings, persist: boolean) => void;
  onCommit: (announce: boolean) => void;
}

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type TextField = 'superiorBody' | 'issuingBody' | 'place';

const SOURCE_COLOR = { typed: 'brand', workbook: 'informative', none: 'subtle' } as const;

function SourceBadge({ source }: { source: HeaderSource }) {
  return (
    <Badge appearance="tint" size="small" color={SOURCE_COLOR[source]} data-source={source}>
      {vi.header.sources[source]}
    </Badge>
  );
}

interface HeaderInputProps {
  field: TextField;
  /** The value written: what the user typed, else the workbook's. */
  shown: string;
  source: HeaderSource;
  onType: (value: string) => void;
  onLeave: () => void;
}

/**
 * One line's input. While it has the focus it shows what is typed, even emptied (the workbook's
 * value does not come back under the cursor); once left, an emptied line shows the workbook's again.
 */
function HeaderInput({ field, shown, source, onType, onLeave }: HeaderInputProps) {
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <Input
      value={typing ?? shown}
      placeholder={vi.header.empty}
      onChange={(_e, data) => {
        setTyping(data.value);
        onType(data.value);
      }}
      onBlur={() => {
        setTyping(null);
        onLeave();
      }}
      data-header={field}
      data-source={source}
    />
  );
}

export function HeaderFields({ settings, workbookHeader, onChange, onCommit }: HeaderFieldsProps) {
  const styles = useStyles();
  const header = runHeader(settings, workbookHeader);
  const t = vi.header;
  const text = (field: TextField, label: string) => (
    <Field
      label={{
        children: (
          <span className={styles.label}>
            {label}
            <SourceBadge source={header[field].source} />
          </span>
        ),
      }}
    >
      <HeaderInput
        field={field}
        shown={header[field].value}
        source={header[field].source}
        onType={(value) => onChange({ ...settings, [field]: value }, false)}
        onLeave={() => onCommit(false)}
      />
    </Field>
  );
  return (
    <fieldset className={styles.group} data-testid="header-fields">
      <legend className={styles.legend}>{t.title}</legend>
      <Text size={200}>{t.description}</Text>
      <Field
        label={{
          children: (
            <span className={styles.label}>
              {t.bodyType}
              <SourceBadge source={header.bodyType.source} />
            </span>
          ),
        }}
      >
        <RadioGroup
          layout="horizontal"
          value={header.bodyType.value}
          onChange={(_e, data) => onChange({ ...settings, bodyType: data.value === 'state' ? 'state' : 'party' }, true)}
          data-header="bodyType"
          data-source={header.bodyType.source}
        >
          <Radio value="party" label={vi.settings.party} />
          <Radio value="state" label={vi.settings.state} />
        </RadioGroup>
      </Field>
      {text('superiorBody', t.superiorBody)}
      {text('issuingBody', t.issuingBody)}
      {text('place', t.place)}
    </fieldset>
  );
}
