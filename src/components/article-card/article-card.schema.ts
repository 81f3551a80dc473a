import {
  array,
  type Infer,
  isoDate,
  object,
  optional,
  positiveInteger,
  requiredText,
  safeUrl,
  string,
} from '../../content/schema.js';
import { labels } from '../../content/labels.js';
import { articleCardEnglish } from './article-card.words.js';

const text = optional(string());

export const articleCardSchema = object({
  id: text,
  title: requiredText,
  excerpt: text,
  url: safeUrl,
  image: optional(
    object({
      src: safeUrl,
      /** Required: describe the picture, or write "" for a purely decorative one. */
      alt: string(),
      width: optional(positiveInteger),
      height: optional(positiveInteger),
    }),
  ),
  category: text,
  /** For the page's own filtering; not shown on the card. */
  tags: optional(array(string())),
  readingMinutes: optional(positiveInteger),
  author: text,
  reviewedBy: text,
  reviewedOn: optional(isoDate),
  publishedOn: optional(isoDate),
  /** Changes built-in words for this element only: any of its word keys (README: Words). */
  labels: labels(articleCardEnglish),
});

/** One article, as the card takes it from JSON. */
export type ArticleCardContent = Infer<typeof articleCardSchema>;

/** How a file holds several articles, and the attribute that picks one: `{"articles": [ … ]}`, `article="id"`. */
export const articleCardContent = { schema: articleCardSchema, collection: 'articles', pickAttribute: 'article' };
