/**
 * The pane's message bars: the one error (dismissable) and the warnings of the last run. A chunk
 * of its own (`App.tsx`), fetched the first time there is something to show.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { vi } from '../i18n/vi';

export interface BarsProps {
  error: string | null;
  warnings: string[];
  onDismiss: () => void;
}

const useStyles = makeStyles({
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function Bars({ error, warnings, onDismiss }: BarsProps) {
  const styles = useStyles();
  return (
    <div className={styles.bars}>
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{vi.errors.title}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={vi.errors.dismiss}
                onClick={onDismiss}
              />
            }
          />
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{vi.results.warnings}</MessageBarTitle>
            {warnings.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
