/**
 * The pane's whole tree, the same in the browser (`index.tsx`) and in the build's pre-render
 * (`prerender.tsx`): hydration needs both to render the same elements in the same order, or
 * React's ids and Fluent's class names would not match the markup written into taskpane.html.
 */
import {
  AriaLiveAnnouncer,
  FluentProvider,
  RendererProvider,
  type GriffelRenderer,
  type Theme,
} from '@fluentui/react-components';
import { App } from './App';
import type { TaskpaneHost } from './state';

export interface PaneRootProps {
  theme: Theme;
  /** Griffel's renderer: the DOM's in the browser, a collecting one in the pre-render. */
  renderer: GriffelRenderer;
  targetDocument?: Document;
  host: TaskpaneHost;
}

export function PaneRoot({ theme, renderer, targetDocument, host }: PaneRootProps) {
  return (
    <RendererProvider renderer={renderer} targetDocument={targetDocument}>
      <FluentProvider theme={theme} targetDocument={targetDocument}>
        <AriaLiveAnnouncer>
          <App host={host} />
        </AriaLiveAnnouncer>
      </FluentProvider>
    </RendererProvider>
  );
}
