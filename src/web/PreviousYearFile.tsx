/**
 * "So với cùng kỳ từ file năm trước": last year's report chosen beside this year's workbook, the
 * page's `--cung-ky FILE`. When this year's table has no cùng kỳ column, each indicator's figure of
 * the same period last year is taken from that file (matched by meaning); when it has one, the
 * figures typed differently from last year's file are findings. The file is kept for the next
 * workbook chosen until it is removed; a term assembled from yearly files does not use it.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, HistoryRegular } from '@fluentui/react-icons';
import { useRef } from 'react';

export const PREVIOUS_WORDS = {
  choose: 'So với cùng kỳ từ file năm trước',
  hint: 'Khi bảng không có cột cùng kỳ, chitieu lấy số thực hiện cùng kỳ năm trước của từng chỉ tiêu từ sổ này; nếu bảng đã có, chitieu báo các số ghi khác với sổ năm trước.',
  chosen: (name: string) => `Sổ năm trước: ${name}`,
  remove: 'Bỏ sổ năm trước',
  notForTerm: 'Báo cáo nhiệm kỳ ghép từ các file năm không dùng sổ năm trước.',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hidden: { display: 'none' },
  muted: { color: tokens.colorNeutralForeground3, flexBasis: '100%' },
});

export interface PreviousYearFileProps {
  /** The name of last year's file chosen, or null. */
  name: string | null;
  /** The current run is a term from yearly files, which takes no previous year. */
  term: boolean;
  onChoose: (file: File) => void;
  onRemove: () => void;
}

export function PreviousYearFile({ name, term, onChoose, onRemove }: PreviousYearFileProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-label={PREVIOUS_WORDS.choose} data-testid="previous-year">
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,.xls,.ods"
        className={styles.hidden}
        data-testid="previous-year-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onChoose(file);
          e.currentTarget.value = '';
        }}
      />
      <Button icon={<HistoryRegular />} onClick={() => input.current?.click()}>
        {PREVIOUS_WORDS.choose}
      </Button>
      {name && (
        <>
          <Text data-testid="previous-year-name">{PREVIOUS_WORDS.chosen(name)}</Text>
          <Button appearance="subtle" icon={<DismissRegular />} onClick={onRemove}>
            {PREVIOUS_WORDS.remove}
          </Button>
        </>
      )}
      <Text size={200} className={styles.muted}>
        {name && term ? PREVIOUS_WORDS.notForTerm : PREVIOUS_WORDS.hint}
      </Text>
    </section>
  );
}
