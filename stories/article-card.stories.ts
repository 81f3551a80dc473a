import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementStories, describe, slow, type StoryArgs } from './shared.js';
import '../src/article-card.js';
import type { ArticleCardContent } from '../src/article-card.js';
// The clinic's real articles, the same file the demo page loads (served at content/articles.json too).
import demo from './demo/content/articles.json';

interface CardArgs extends StoryArgs {
  /** The author's fallback markup: a plain link, shown while loading and if the content fails. */
  fallback: { href: string; text: string };
}

function article(id: string): ArticleCardContent {
  const found = demo.articles.find((entry) => entry.id === id);
  if (!found) throw new Error(`no demo article "${id}"`);
  return found;
}

const depression = article('depression-and-chronic-pain');
const ketamine = article('ketamine-fibromyalgia-depression');
const linkTo = ({ url, title }: ArticleCardContent) => ({ href: url, text: title });

const meta: Meta<CardArgs> = {
  title: 'Article card',
  component: 'clinic-article-card',
  ...elementStories<CardArgs>('clinic-article-card', {
    width: '22rem',
    fallback: ({ fallback }) => html`<a href=${fallback.href}>${fallback.text}</a>`,
    args: { fallback: linkTo(depression) },
  }),
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Vertical: Story = {
  args: { content: depression },
  parameters: describe('The default card: image on top, then category, title, excerpt and reading time.'),
};

export const Horizontal: Story = {
  args: { content: depression, layout: 'horizontal', width: '46rem' },
  parameters: describe('Image beside the text, in a wide space such as a featured slot.'),
};

export const HorizontalNarrow: Story = {
  name: 'Horizontal, narrow (320px)',
  args: { content: depression, layout: 'horizontal', width: '320px' },
  parameters: describe('The same horizontal card in a 320px box: it stacks by itself, like the vertical one.'),
};

export const FromSrc: Story = {
  name: 'From src, picked with article=',
  args: {
    src: 'content/articles.json',
    article: 'ketamine-fibromyalgia-depression',
    fallback: linkTo(ketamine),
  },
  parameters: describe('Loads the clinic’s articles file and shows the one named by the article attribute.'),
};

export const Overrides: Story = {
  name: 'Heading and accent overrides',
  args: {
    content: ketamine,
    fallback: linkTo(ketamine),
    heading: 'Can ketamine help with fibromyalgia?',
    'heading-level': '2',
    accent: '#f2c14e',
  },
  parameters: describe('A marketer’s own title and a light yellow accent; the label text turns dark to stay readable.'),
};

export const Spanish: Story = {
  args: {
    lang: 'es',
    content: { ...ketamine, reviewedBy: 'Example Reviewer, MD', reviewedOn: '2025-03-14', publishedOn: '2025-02-03' },
    fallback: linkTo(ketamine),
  },
  parameters: describe(
    'Inside lang="es": reading time, author, dates and reviewer use Spanish words; the article text stays as written.',
  ),
};

export const AllFields: Story = {
  name: 'All fields',
  args: {
    content: {
      ...depression,
      author: 'Mindful Infusions',
      reviewedBy: 'Example Reviewer, MD',
      reviewedOn: '2025-03-14',
      publishedOn: '2025-02-03',
    } satisfies ArticleCardContent,
  },
  parameters: describe(
    'Every field filled: image, category, excerpt, reading time, author, dates and medical reviewer (a made-up name).',
  ),
};

export const ErrorState: Story = {
  name: 'Error (invalid content)',
  args: { content: { ...depression, title: 42 } },
  parameters: describe(
    'The title is a number, not text: the card shows the page’s own fallback link and logs one error.',
  ),
};

export const UnsafeUrl: Story = {
  name: 'Unsafe URL',
  args: { content: { ...depression, url: 'javascript:alert(1)' } },
  parameters: describe('A javascript: link is refused: the card shows the fallback link instead and logs one error.'),
};

export const Loading: Story = {
  args: {
    src: 'content/articles.json',
    article: 'depression-and-chronic-pain',
    timeout: '120000',
  },
  render: (args, context) => meta.render!({ ...args, src: slow(String(args.src)) }, context),
  parameters: describe(
    'Waits on a real request that npm run storybook answers after 60 s, ' +
      'keeping the space and showing the fallback link; ' +
      'a static build has no such slow endpoint, so there the request fails and the error state shows instead.',
  ),
};
