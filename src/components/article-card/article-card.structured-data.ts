import type { MedicalWebPage, WithContext } from 'schema-dts';
import { absolute } from '../../base/structured-data.js';
import type { ArticleCardContent } from './article-card.schema.js';

/**
 * schema.org data for search engines: the article the card leads to, as an `Article` on a `MedicalWebPage` with its
 * medical reviewer and the date of the review. Only fields the content has; relative URLs resolved against `base` when
 * there is one.
 */
export function articleStructuredData(article: ArticleCardContent, base?: string): WithContext<MedicalWebPage> {
  const url = absolute(article.url, base);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url,
    ...(article.reviewedBy && { reviewedBy: { '@type': 'Person', name: article.reviewedBy } }),
    ...(article.reviewedOn && { lastReviewed: article.reviewedOn }),
    mainEntity: {
      '@type': 'Article',
      headline: article.title,
      url,
      ...(article.excerpt && { description: article.excerpt }),
      ...(article.image && { image: absolute(article.image.src, base) }),
      ...(article.publishedOn && { datePublished: article.publishedOn }),
      ...(article.reviewedOn && { dateModified: article.reviewedOn }),
      ...(article.author && { author: { '@type': 'Person', name: article.author } }),
    },
  };
}
