/** What the card's tests share: an article with every field, and `render` and `part` for a card in the page. */
import '../../src/article-card.js'; // registers <clinic-article-card>
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import type { ArticleCardContent } from '../../src/components/article-card/article-card.schema.js';
import { mount } from '../helpers/elements.js';
import { container } from '../helpers/page.js';

export const article: ArticleCardContent = {
  id: 'depression-and-chronic-pain',
  title: 'Understanding the link between depression and chronic pain',
  excerpt: 'Many individuals suffering from chronic pain also experience depression, and vice versa.',
  url: '/articles/depression-and-chronic-pain',
  image: { src: '/test/fixtures/pixel.svg', alt: 'Hills at dawn', width: 640, height: 360 },
  category: 'Depression',
  readingMinutes: 5,
  author: 'Mindful Infusions',
  reviewedBy: 'Example Reviewer, MD',
  reviewedOn: '2024-03-01',
  publishedOn: '2024-02-14',
};

/** The author's markup inside the tag, shown until the card renders. */
export const FALLBACK = '<a class="fallback" href="/articles">Read our articles</a>';

/** A card with `content`, mounted (in the test's container unless told) and rendered. */
export const render = (content: unknown = article, attributes: Record<string, string> = {}, parent = container) =>
  mount('clinic-article-card', parent, content, attributes, FALLBACK);

/** The card's element with the part `name`. */
export const part = (card: ArticleCard, name: string) =>
  card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
