/**
 * The page's consolidation: many ward workbooks at once (chosen, dropped, or a whole folder), read
 * in a worker of their own (`DistrictClient`) with the count read shown as it goes, then the
 * district sentences — wards of different periods said and ranked apart — and the district workbook
 * to download, the very one `chitieu consolidate -o` writes. Nothing is sent anywhere.
 */
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular, TableStackRightRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { mainColumn } from '../taskpane/theme';
import type { DistrictClient } from './districtClient';
import type { DistrictFileIn, PageDistrict } from './districtProtocol';
import type { WardInbox } from './wardInbox';

const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const WORDS = {
  heading: 'Tổng hợp nhiều phường, xã',
  description:
    'Chọn hoặc kéo thả cùng lúc các sổ Excel của các phường, xã (hoặc cả một thư mục): chitieu đọc từng sổ, lập bảng tổng hợp, xếp hạng theo từng kỳ báo cáo và nhận xét.',
  files: 'Chọn các sổ',
  folder: 'Chọn thư mục',
  read: (done: number, total: number) => `Đã đọc ${done}/${total} sổ`,
  none: 'Không có sổ Excel nào (.xlsx, .xlsm, .xls, .ods) trong các tệp đã chọn.',
  crashed: (code: string) => `Lỗi không mong đợi khi tổng hợp (mã lỗi ${code}).`,
  download: 'Tải bảng tổng hợp (.xlsx)',
  downloadDraft: 'Tải dự thảo báo cáo (.docx)',
  findings: (n: number) =>
    n === 0 ? 'Không có nội dung cần kiểm tra.' : `Có ${n} nội dung cần kiểm tra (trang "Kiểm tra" của sổ tổng hợp).`,
};

const useStyles = makeStyles({
  root: { ...mainColumn, gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  drop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  hidden: { display: 'none' },
  // The sentences read as the report's: one paragraph each.
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, lineHeight: tokens.lineHeightBase400 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The district's sentences, what reading changed, the findings count and the workbook to download. */
export function DistrictView({
  result,
  href,
  draftHref = null,
}: {
  result: PageDistrict;
  href: string | null;
  draftHref?: string | null;
}) {
  const styles = useStyles();
  return (
    <>
      <ul className={styles.list} data-testid="web-district-sentences">
        {result.district.sentences.map((s, i) => (
          <li key={i}>
            <Text>{s}</Text>
          </li>
        ))}
      </ul>
      {result.notices.map((n, i) => (
        <Text key={i} size={200} className={styles.muted}>
          {n}
        </Text>
      ))}
      <Text size={200}>{WORDS.findings(result.district.findings.length)}</Text>
      {href && (
        <Button
          as="a"
          href={href}
          download="tong-hop - chitieu.xlsx"
          icon={<ArrowDownloadRegular />}
          data-testid="web-district-download"
        >
          {WORDS.download}
        </Button>
      )}
      {draftHref && (
        <Button as="a" href={draftHref} download="bao-cao-tong-hop - chitieu.docx" icon={<ArrowDownloadRegular />}>
          {WORDS.downloadDraft}
        </Button>
      )}
    </>
  );
}

/** The workbooks among the files chosen or dropped, as bytes. */
async function workbooksOf(list: FileList | null): Promise<DistrictFileIn[]> {
  const files = Array.from(list ?? []).filter((f) => WORKBOOK.test(f.name));
  const out: DistrictFileIn[] = [];
  for (const f of files) out.push({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name });
  return out;
}

export function WebDistrict({ client, inbox }: { client: DistrictClient; inbox?: WardInbox }) {
  const styles = useStyles();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement | null>(null);
  const [read, setRead] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<PageDistrict | null>(null);
  const [message, setMessage] = useState('');
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => () => void (href && URL.revokeObjectURL(href)), [href]);
  const [draftHref, setDraftHref] = useState<string | null>(null);
  useEffect(() => () => void (draftHref && URL.revokeObjectURL(draftHref)), [draftHref]);

  const heading = useRef<HTMLHeadingElement>(null);
  const run = async (list: FileList | null) => runFiles(await workbooksOf(list));
  const runFiles = async (chosen: DistrictFileIn[]) => {
    if (chosen.length === 0) return setMessage(WORDS.none);
    setMessage('');
    setResult(null);
    setRead({ done: 0, total: chosen.length });
    const outcome = await client.consolidate(chosen, (done, total) => setRead({ done, total }));
    setRead(null);
    if (outcome.kind === 'refused') return setMessage(outcome.message);
    if (outcome.kind === 'crashed') return setMessage(WORDS.crashed(outcome.code));
    setResult(outcome.result);
    setHref(URL.createObjectURL(new Blob([outcome.result.xlsx as BlobPart], { type: XLSX_TYPE })));
    const draft = outcome.result.baoCao;
    setDraftHref(draft?.length ? URL.createObjectURL(new Blob([draft as BlobPart], { type: DOCX_TYPE })) : null);
  };

  const receive = useRef(runFiles);
  receive.current = runFiles;
  // Files the page's own choice says are many wards': consolidated here, the focus brought along.
  useEffect(
    () =>
      inbox?.listen((chosen) => {
        heading.current?.focus();
        void receive.current(chosen);
      }),
    [inbox],
  );

  return (
    <section className={styles.root} aria-label={WORDS.heading} data-testid="web-district">
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {WORDS.heading}
      </h2>
      <Text>{WORDS.description}</Text>
      <div
        className={styles.drop}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          // Not also taken by the page's own drop (its one workbook or yearly files).
          e.stopPropagation();
          void run(e.dataTransfer.files);
        }}
      >
        <input
          ref={files}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,.ods"
          className={styles.hidden}
          data-testid="web-district-files"
          onChange={(e) => void run(e.currentTarget.files)}
        />
        <input
          ref={(el) => {
            folder.current = el;
            // A folder chooser: not in React's typings, set on the element itself.
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          multiple
          className={styles.hidden}
          data-testid="web-district-folder"
          onChange={(e) => void run(e.currentTarget.files)}
        />
        <Button
          icon={<TableStackRightRegular />}
          disabledFocusable={read !== null}
          onClick={() => files.current?.click()}
        >
          {WORDS.files}
        </Button>
        <Button icon={<FolderOpenRegular />} disabledFocusable={read !== null} onClick={() => folder.current?.click()}>
          {WORDS.folder}
        </Button>
      </div>
      {read && (
        <Field label={WORDS.read(read.done, read.total)} data-testid="web-district-progress">
          <ProgressBar value={read.total ? read.done / read.total : 0} max={1} thickness="large" />
        </Field>
      )}
      <div role="status" aria-live="polite" data-testid="web-district-status">
        {message}
      </div>
      {result && <DistrictView result={result} href={href} draftHref={draftHref} />}
    </section>
  );
}
