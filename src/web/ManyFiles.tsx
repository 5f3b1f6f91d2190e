/**
 * Several workbooks chosen or dropped at once on the page's file choice: the person says what they
 * are — one unit's yearly reports, whose term is assembled ("Ghép nhiệm kỳ từ các file năm", the
 * command line's `nhiem-ky`), or many wards' reports, consolidated (`consolidate`, the district
 * section below) — with the mode the files' names suggest already chosen (`guessMode`).
 */
import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarMultipleRegular, TableStackRightRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { mainColumn } from '../taskpane/theme';
import { guessMode, type ManyFilesMode } from './manyFiles';

export const MANY_WORDS = {
  heading: (n: number) => `Đã chọn ${n} tệp cùng lúc`,
  question: 'Các tệp này là',
  term: 'Báo cáo các năm của cùng một đơn vị: ghép thành báo cáo cả nhiệm kỳ',
  district: 'Báo cáo của nhiều phường, xã: tổng hợp và xếp hạng',
  runTerm: 'Ghép nhiệm kỳ từ các file năm',
  runDistrict: 'Tổng hợp các phường, xã',
  cancel: 'Bỏ chọn',
  termHint:
    'Các chỉ tiêu được ghép theo nghĩa của tên qua các năm; kết quả là một sổ Excel MỚI (bảng nhiệm kỳ và trang báo cáo), các tệp năm không bị thay đổi.',
};

const useStyles = makeStyles({
  root: {
    ...mainColumn,
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ManyFilesProps {
  names: string[];
  busy: boolean;
  onRun: (mode: ManyFilesMode) => void;
  onCancel: () => void;
}

export function ManyFiles({ names, busy, onRun, onCancel }: ManyFilesProps) {
  const styles = useStyles();
  const [mode, setMode] = useState<ManyFilesMode>(() => guessMode(names));
  const heading = useRef<HTMLHeadingElement>(null);
  // The choice appears where the person was not looking: the focus goes to it, for the keyboard.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.root} aria-labelledby="many-files-heading" data-testid="many-files">
      <h2 id="many-files-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {MANY_WORDS.heading(names.length)}
      </h2>
      <ul className={styles.names}>
        {names.map((n) => (
          <li key={n}>
            <Text>{n}</Text>
          </li>
        ))}
      </ul>
      <RadioGroup
        aria-label={MANY_WORDS.question}
        value={mode}
        onChange={(_, d) => setMode(d.value as ManyFilesMode)}
        data-testid="many-files-mode"
      >
        <Radio value="term" label={MANY_WORDS.term} />
        <Radio value="district" label={MANY_WORDS.district} />
      </RadioGroup>
      {mode === 'term' && (
        <Text size={200} className={styles.muted}>
          {MANY_WORDS.termHint}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={mode === 'term' ? <CalendarMultipleRegular /> : <TableStackRightRegular />}
          disabledFocusable={busy}
          onClick={() => onRun(mode)}
          data-testid="many-files-run"
        >
          {mode === 'term' ? MANY_WORDS.runTerm : MANY_WORDS.runDistrict}
        </Button>
        <Button onClick={onCancel}>{MANY_WORDS.cancel}</Button>
      </div>
    </section>
  );
}
