/**
 * Asks before chitieu replaces its earlier report sheet that the user edited after it was written
 * (`generateReport`'s `confirmReplace`). Modal: "Thay thế" replaces; "Giữ lại", Escape or a click
 * outside keep the sheet, and nothing is written.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { vi } from '../i18n/vi';

export interface ReplaceDialogProps {
  /** The edited sheet's name; null: the dialog is closed. */
  sheetName: string | null;
  onReplace: () => void;
  onKeep: () => void;
}

export function ReplaceDialog({ sheetName, onReplace, onKeep }: ReplaceDialogProps) {
  return (
    <Dialog
      open={sheetName !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onKeep();
      }}
    >
      <DialogSurface data-testid="replace-dialog">
        <DialogBody>
          <DialogTitle>{vi.replace.title}</DialogTitle>
          <DialogContent>{sheetName !== null ? vi.replace.question(sheetName) : null}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              {vi.replace.replace}
            </Button>
            <Button appearance="secondary" onClick={onKeep}>
              {vi.replace.keep}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
