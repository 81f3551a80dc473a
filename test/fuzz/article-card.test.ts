import '../../src/article-card.js';
import type { ArticleCardContent } from '../../src/components/article-card/article-card.schema.js';
import { articleCardSamples } from './arbitraries.js';
import { fuzzElement, headings } from './harness.js';

fuzzElement({
  tag: 'clinic-article-card',
  samples: articleCardSamples,
  madeTags: [...headings, ...'slot article div a p img'.split(' ')],
  title: (article: ArticleCardContent) => article.title,
});
