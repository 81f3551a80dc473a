/** What every element's stories share: the one-line description shown above each story, and hidden controls. */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Sets a story's one-line description (shown above the element, and to the docs addon if added). */
export const describe = (story: string) => ({ docs: { description: { story } } });

/** Shows the story's description above it. */
export const descriptionAbove: Decorator = (story, { parameters }) => html`
  <p style="margin: 0 0 1rem; font: italic 0.875rem/1.4 system-ui, sans-serif; color: #555">
    ${(parameters as ReturnType<typeof describe>).docs.description.story}
  </p>
  ${story()}
`;

/** An argument each story sets for itself, kept out of the Controls panel. */
export const hidden = { table: { disable: true } };

/**
 * A `src` that `npm run storybook` answers after 60 s (see .storybook/main.ts), new for each render so
 * that the page's cache of answered requests never skips the wait. A static build has no such endpoint.
 */
export const slow = (src: string) => `__slow/${src}?render=${Date.now()}`;
