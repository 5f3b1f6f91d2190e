/** One accordion item of the pane (and of the web page): its heading, and its content once its chunk has loaded. */
import { AccordionHeader, AccordionItem, AccordionPanel, Text } from '@fluentui/react-components';
import { Suspense, type ReactNode } from 'react';
import { vi } from '../i18n/vi';

export function Item({ value, title, children }: { value: string; title: string; children: ReactNode }) {
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h2">{title}</AccordionHeader>
      <AccordionPanel>
        <Suspense fallback={<Text>{vi.loading}</Text>}>{children}</Suspense>
      </AccordionPanel>
    </AccordionItem>
  );
}
