import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementStories, describe, slow, type StoryArgs } from './shared.js';
import '../src/timeline.js';
import type { TimelineContent } from '../src/timeline.js';
// The clinic's own timeline, the same file the demo page loads (served at content/timelines.json too).
import demo from './demo/content/timelines.json';

const infusion = demo.timelines[0] as TimelineContent;

const meta: Meta<StoryArgs> = {
  title: 'Timeline',
  component: 'clinic-timeline',
  ...elementStories('clinic-timeline', {
    width: '40rem',
    fallback: () => html`
      <h2>What to expect</h2>
      <ol>
        ${infusion.steps.map((step) => html`<li>${step.title}</li>`)}
      </ol>
    `,
  }),
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Vertical: Story = {
  args: { content: infusion },
  parameters: describe(
    'The default: steps one under another, each with its number, icon, duration, description and details, then ' +
      'the notes.',
  ),
};

export const Horizontal: Story = {
  args: { content: infusion, layout: 'horizontal', width: '64rem' },
  parameters: describe('Steps side by side, their circles joined by a line, in a wide space.'),
};

export const HorizontalNarrow: Story = {
  name: 'Horizontal, narrow (320px)',
  args: { content: infusion, layout: 'horizontal', width: '320px' },
  parameters: describe(
    'The same horizontal timeline in a 320px box: it folds to one step under another, with no sideways scrolling.',
  ),
};

export const Auto: Story = {
  name: 'Auto, medium (640px)',
  args: { content: infusion, layout: 'auto', width: '640px' },
  parameters: describe(
    'layout="auto" puts the steps side by side only when its box is wide (about 900px); at 640px they stay one ' +
      'under another.',
  ),
};

export const Current: Story = {
  name: 'Current step',
  args: { content: infusion, current: 'infusion' },
  parameters: describe(
    'current="infusion": the steps before it read “Done”, the current one is ringed and reads “Current step”, the ' +
      'rest “Upcoming”.',
  ),
};

export const CurrentHorizontal: Story = {
  name: 'Current step, horizontal',
  args: { content: infusion, current: '2', layout: 'horizontal', width: '64rem' },
  parameters: describe('current="2", by number, side by side.'),
};

export const Spanish: Story = {
  args: { content: infusion, current: 'follow-up', lang: 'es' },
  parameters: describe(
    'Inside lang="es": “Completado”, “Paso actual”, “Pendiente” and “Detalles”; the clinic’s own text stays as ' +
      'written.',
  ),
};

export const Icons: Story = {
  name: 'Built-in icons and an image',
  args: {
    content: {
      title: 'Icons',
      steps: [
        ...['assessment', 'infusion', 'monitoring', 'follow-up', 'therapy', 'home', 'calendar', 'phone', 'car'].map(
          (icon) => ({
            title: icon,
            icon,
          }),
        ),
        { title: 'An image URL', icon: 'images/depression-and-chronic-pain.svg' },
      ],
    } satisfies TimelineContent,
    layout: 'vertical',
  },
  parameters: describe(
    'Every built-in icon by name (clipboard is another name for assessment), and an image URL, shown as decoration.',
  ),
};

export const FromSrc: Story = {
  name: 'From src, picked with timeline=',
  args: { src: 'content/timelines.json', timeline: 'ketamine-infusion', current: 'assessment' },
  parameters: describe('Loads the clinic’s timelines file and shows the one named by the timeline attribute.'),
};

export const Overrides: Story = {
  name: 'Heading and accent overrides',
  args: { content: infusion, heading: 'Your path to relief', 'heading-level': '3', accent: '#f2c14e', current: 'plan' },
  parameters: describe(
    'A marketer’s own title, as an h3, and a light yellow accent: the numbers on it turn dark to stay readable.',
  ),
};

export const UnknownCurrent: Story = {
  name: 'Unknown current step',
  args: { content: infusion, current: 'aftercare' },
  parameters: describe(
    'current="aftercare" names no step: one content error is logged, and the steps still show, none marked.',
  ),
};

export const ErrorState: Story = {
  name: 'Error (no steps)',
  args: { content: { ...infusion, steps: [] } },
  parameters: describe(
    'A timeline without steps is an error: the page’s own fallback list shows, and one error is logged.',
  ),
};

export const UnknownIcon: Story = {
  name: 'Error (unknown icon)',
  args: { content: { ...infusion, steps: [{ title: 'Rocket', icon: 'rocket' }] } },
  parameters: describe('An icon name that is not built in is an error naming steps[0].icon, never a broken image.'),
};

export const UnsafeIcon: Story = {
  name: 'Error (unsafe icon URL)',
  args: { content: { ...infusion, steps: [{ title: 'Bad', icon: 'javascript:alert(1)' }] } },
  parameters: describe('A javascript: icon URL is refused: the fallback list shows instead and one error is logged.'),
};

export const Loading: Story = {
  args: { src: 'content/timelines.json', timeline: 'ketamine-infusion', timeout: '120000' },
  render: (args, context) => meta.render!({ ...args, src: slow(String(args.src)) }, context),
  parameters: describe(
    'Waits on a real request that npm run storybook answers after 60 s, ' +
      'keeping the space and showing the fallback list; ' +
      'a static build has no such slow endpoint, so there the request fails and the error state shows instead.',
  ),
};
