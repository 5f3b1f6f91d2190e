/**
 * "Tạo dự thảo báo cáo (.docx)" under the pane's results: builds the draft báo cáo of the report just
 * written (on demand: the Word writer is a chunk of its own) and offers it as a link that saves the
 * file — an object URL with `download`, which the pane's webview (Edge WebView2, Excel on the web,
 * Safari on a Mac) saves like any download. The link's address is revoked when a new draft replaces
 * it or the results go.
 */
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTextRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { vi } from '../i18n/vi';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface BaoCaoSectionProps {
  /** Builds the draft; a failure is the caller's to show (it resolves null then). */
  onMake: () => Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Told once the file is ready, for the pane's status line. */
  onReady?: (name: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** An object URL for `bytes` while the component shows it. */
function useObjectUrl(file: { bytes: Uint8Array } | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return undefined;
    const made = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [file]);
  return url;
}

export function BaoCaoSection({ onMake, onReady }: BaoCaoSectionProps) {
  const styles = useStyles();
  const t = vi.results;
  const [making, setMaking] = useState(false);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const url = useObjectUrl(file);
  const link = useRef<HTMLAnchorElement | null>(null);
  // The link takes the focus when it appears, so a keyboard user saves with Enter.
  useEffect(() => {
    if (url) link.current?.focus();
  }, [url]);

  const make = async () => {
    setMaking(true);
    setFile(null);
    try {
      const made = await onMake();
      setFile(made);
      if (made) onReady?.(made.name);
    } finally {
      setMaking(false);
    }
  };

  return (
    <section aria-label={t.baoCao} className={styles.root} data-testid="bao-cao">
      <Button
        appearance="secondary"
        icon={making ? <Spinner size="tiny" aria-hidden /> : <DocumentTextRegular />}
        onClick={() => void make()}
        disabledFocusable={making}
      >
        {making ? vi.web.steps.baoCao : t.baoCao}
      </Button>
      <Text size={200} className={styles.muted}>
        {t.baoCaoHint}
      </Text>
      {file && url && (
        <Button
          as="a"
          ref={link}
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          href={url}
          download={file.name}
          data-testid="save-bao-cao"
        >
          {t.baoCaoSave(file.name)}
        </Button>
      )}
    </section>
  );
}
