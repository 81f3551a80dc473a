import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Sets a story's one-line description (shown above the story by `withDescription`, and to the docs addon if added). */
export const describe = (story: string) => ({ docs: { description: { story } } });

/** Shows the story's description above it, so that a screenshot says what it shows. */
export const withDescription: Decorator = (story, { parameters }) => html`
  <p style="margin: 0 0 1rem; font: italic 0.875rem/1.4 system-ui, sans-serif; color: #555">
    ${parameters.docs?.description?.story}
  </p>
  ${story()}
`;

/** Keeps a control out of the Controls panel: set by each story itself. */
export const hidden = { table: { disable: true } };
