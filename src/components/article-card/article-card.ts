import { html, nothing, type PropertyDeclarations } from 'lit';
import { ClinicElement } from '../../base/clinic-element.js';
import { heading, headingLevel } from '../../base/heading.js';
import { formatDate, localize } from '../../base/locale.js';
import { articleCardWords } from './article-card.words.js';
import { ContentController } from '../../content/content-controller.js';
import { articleCardStyles } from './article-card.styles.js';
import { articleCardContent, type ArticleCardContent } from './article-card.schema.js';

/**
 * @tagname clinic-article-card
 * @summary An article teaser: image, category, title, excerpt, reading time and medical review.
 * The title is the link, and the whole card is its target.
 *
 * @slot - Fallback markup (a plain link, say), shown while loading and if the content fails.
 * @event {ClinicContentLoadEvent} clinic-content-load - The content was validated and rendered.
 * @event {ClinicContentErrorEvent} clinic-content-error - The content could not be fetched, parsed or validated;
 *   `detail` says why.
 * @csspart card - The `article` element.
 * @csspart media - The image's frame.
 * @csspart category - The category label, drawn on the accent colour.
 * @csspart title - The heading holding the link.
 * @csspart excerpt - The summary text.
 * @csspart meta - Reading time, author, dates and medical reviewer.
 * @cssproperty --clinic-accent - Category background and link underline. Default `#0b6e4f`.
 * @cssproperty --clinic-on-accent - Text on the accent. Default: black or white, whichever reads better.
 * @cssproperty --clinic-text - Text colour. Default `#1d2428`.
 * @cssproperty --clinic-surface - Card background. Default `#fff`.
 * @cssproperty --clinic-radius - Corner radius. Default `0.75em`.
 * @cssproperty --clinic-space-s - Small gap. Default `0.5em`.
 * @cssproperty --clinic-space-m - Padding. Default `1em`.
 * @cssproperty --clinic-space-l - Bottom padding. Default `1.5em`.
 * @cssproperty --clinic-font-family - Font. Default: the page's.
 * @cssproperty --clinic-font-size - Base size; everything scales with it. Default `medium`.
 * @cssproperty --clinic-media-ratio - Image aspect ratio. Default `16 / 9`.
 */
export class ArticleCard extends ClinicElement<ArticleCardContent> {
  static override properties: PropertyDeclarations = {
    article: {},
    layout: {},
  };

  static override styles = [...ClinicElement.styles, articleCardStyles];

  // The property accessors on the prototype now, before registration: ClinicElement says why.
  static {
    this.finalize();
  }

  /** Picks an article by `id` when `src` holds a collection (`{"articles": [ … ]}`). */
  declare article: string | null;
  /** `vertical` (default) or `horizontal`; horizontal stacks by itself when the card is narrow. */
  declare layout: 'vertical' | 'horizontal';

  protected readonly data = new ContentController<ArticleCardContent>(this, {
    ...articleCardContent,
    pick: () => this.article,
    overrides: () => ({ title: this.heading }),
    states: this.internals.states,
  });

  constructor() {
    super();
    this.article = null;
    this.layout = 'vertical';
  }

  #layout() {
    return this.layout === 'horizontal' ? 'horizontal' : 'vertical';
  }

  protected override describe(article: ArticleCardContent, base?: string) {
    return import('./article-card.structured-data.js').then((module) => module.articleStructuredData(article, base));
  }

  // One flat template, with optional parts hidden rather than left out and the meta line as one
  // text: each nested template costs an importNode per card (measured with npm run bench).
  protected renderContent(article: ArticleCardContent) {
    const { words: say, locale, phrase } = localize(this, articleCardWords);
    const { image, readingMinutes, author, publishedOn, reviewedBy, reviewedOn } = article;
    // Each of these fields that the article has, in this order, in the reader's language.
    const meta = [
      readingMinutes && say.readingMinutes({ count: readingMinutes }),
      author && say.author({ name: author }),
      publishedOn && say.publishedOn({ date: formatDate(publishedOn, locale) }),
      reviewedBy && say.reviewedBy({ name: reviewedBy }),
      reviewedOn && say.reviewedOn({ date: formatDate(reviewedOn, locale) }),
    ]
      .filter(Boolean)
      .join(' · ');
    return html`
      <article part="card" class="card ${this.#layout()}">
        <div class="body">
          ${heading(headingLevel(this.headingLevel, 3), html`<a href=${article.url}>${article.title}</a>`)}
          <p part="category" class="category" ?hidden=${!article.category}>${article.category}</p>
          <p part="excerpt" class="excerpt" ?hidden=${!article.excerpt}>${article.excerpt}</p>
          <p part="meta" class="meta" ?hidden=${!meta}>${phrase(meta)}</p>
        </div>
        <div part="media" class="media" ?hidden=${!image}>
          <img
            src=${image?.src ?? nothing}
            alt=${image?.alt ?? nothing}
            width=${image?.width ?? nothing}
            height=${image?.height ?? nothing}
            loading="lazy"
            decoding="async"
          />
        </div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-article-card': ArticleCard;
  }
}
