/** Registers `<clinic-article-card>` alone: `import 'clinic-elements/article-card'`. */
import { define } from './base/define.js';
import { ArticleCard } from './components/article-card/article-card.js';

define('clinic-article-card', ArticleCard);

export { ArticleCard };
export type { ArticleCardContent } from './components/article-card/article-card.schema.js';
