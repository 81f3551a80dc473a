/**
 * What every element's stories share: Controls from custom-elements.json, the render around the element, the one-line
 * description shown above each story, and hidden controls.
 */
import type { Args, Decorator, Meta } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Sets a story's one-line description (shown above the element, and to the docs addon if added). */
export const describe = (story: string) => ({ docs: { description: { story } } });

/** Shows the story's description above it. */
const descriptionAbove: Decorator = (story, { parameters }) => html`
  <p style="margin: 0 0 1rem; font: italic 0.875rem/1.4 system-ui, sans-serif; color: #555">
    ${(parameters as ReturnType<typeof describe>).docs.description.story}
  </p>
  ${story()}
`;

/** An argument each story sets for itself, kept out of the Controls panel. */
const hidden = { table: { disable: true } };

/**
 * A story's args: the element's own, named as custom-elements.json names them (an attribute by its name, such as
 * `heading-level`; a property such as `content`; `--clinic-accent`, `card-part`, …), and the box it sits in.
 */
export interface StoryArgs extends Args {
  /** Width of the box the element sits in. */
  width?: string;
  /** `lang` of the box. */
  lang?: string;
}

interface ElementStories<Story extends StoryArgs> {
  /** The box's width unless the story sets one. */
  width: string;
  /** The author's fallback markup inside the tag, shown while loading and if the content fails. */
  fallback: (args: Story) => TemplateResult;
  /** Args every story starts from; those that are not the element's own are hidden from Controls. */
  args?: Partial<Story>;
}

/**
 * The `meta` of an element's stories, but for `title` and `component`, which Storybook reads from each story file.
 * Controls come from custom-elements.json through @wc-toolkit/storybook-helpers:
 * every attribute, property, slot, part, CSS custom property, state and event, each with its description, so a new
 * one shows here with no edit; its events are logged to Actions. The element sits in a box of the story's width and
 * language.
 */
export function elementStories<Story extends StoryArgs>(
  tag: keyof HTMLElementTagNameMap,
  { width, fallback, args: storyDefaults = {} }: ElementStories<Story>,
): Meta<Story> {
  const { args, argTypes, template } = getStorybookHelpers(tag);
  // The element's own args only; an unset property stays unset, not '' (`content = ''` is content that fails).
  const isUnsetProperty = (key: string, value: unknown) =>
    value === '' && argTypes[key]?.table?.category == 'properties';
  const elementArgs = (storyArgs: Args) =>
    Object.fromEntries(
      Object.entries(storyArgs).filter(([key, value]) => key in argTypes && !isUnsetProperty(key, value)),
    );
  const storyOnly = Object.keys(storyDefaults).filter((key) => !(key in argTypes));
  return {
    decorators: [descriptionAbove as Decorator<Story>],
    args: { ...elementArgs(args), ...storyDefaults },
    argTypes: {
      ...argTypes,
      content: { ...argTypes.content, control: 'object' },
      ...Object.fromEntries(['width', 'lang', ...storyOnly].map((key) => [key, hidden])),
    } as Meta<Story>['argTypes'],
    render: (storyArgs) => html`
      <div lang=${ifDefined(storyArgs.lang)} style="inline-size: ${storyArgs.width ?? width}; max-inline-size: 100%">
        ${template(elementArgs(storyArgs), fallback(storyArgs))}
      </div>
    `,
  };
}

/**
 * A `src` that `npm run storybook` answers after 60 s (see .storybook/main.ts), new for each render so
 * that the page's cache of answered requests never skips the wait. A static build has no such endpoint.
 */
export const slow = (src: string) => `__slow/${src}?render=${Date.now()}`;
