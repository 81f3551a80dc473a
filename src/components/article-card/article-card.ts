import { html, nothing, type PropertyDeclarations } from 'lit';
import { ClinicElement } from '../../base/clinic-element.js';
import { heading, headingLevel } from '../../base/heading.js';
import { formatDate, localeOf, wordsFor } from '../../base/locale.js';
import { ContentController } from '../../content/content-controller.js';
import { articleCardStyles } from './article-card.styles.js';
import { articleCardSchema, type ArticleCardContent } from './article-card.schema.js';

const words = {
  en: {
    minutes: (n: number) => `${n} min read`,
    by: (name: string) => `By ${name}`,
    published: 'Published',
    reviewedBy: (name: string) => `Medically reviewed by ${name}`,
    reviewedOn: 'Reviewed',
  },
  es: {
    minutes: (n: number) => `${n} min de lectura`,
    by: (name: string) => `Por ${name}`,
    published: 'Publicado el',
    reviewedBy: (name: string) => `Revisado médicamente por ${name}`,
    reviewedOn: 'Revisado el',
  },
};

/**
 * @summary An article teaser: image, category, title, excerpt, reading time and medical review.
 * The title is the link, and the whole card is its target.
 *
 * @slot - Fallback markup (a plain link, say), shown while loading and if the content fails.
 * @event clinic-content-load - The content was validated and rendered.
 * @event clinic-content-error - The content could not be fetched, parsed or validated; `detail` says why.
 * @csspart card - The `article` element.
 * @csspart media - The image's frame.
 * @csspart category - The category label, drawn on the accent colour.
 * @csspart title - The heading holding the link.
 * @csspart excerpt - The summary text.
 * @csspart meta - Reading time, author, dates and medical reviewer.
 * @csspart placeholder - The space kept while content loads.
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

  /** Picks an article by `id` when `src` holds a collection (`{"articles": [ … ]}`). */
  declare article: string | null;
  /** `vertical` (default) or `horizontal`; horizontal stacks by itself when the card is narrow. */
  declare layout: 'vertical' | 'horizontal';

  protected readonly data = new ContentController<ArticleCardContent>(this, {
    schema: articleCardSchema,
    collection: 'articles',
    pickAttribute: 'article',
    pick: () => this.article,
    overrides: () => ({ title: this.heading }),
    states: this.internals.states,
  });

  constructor() {
    super();
    this.article = null;
    this.layout = 'vertical';
  }

  protected renderContent(article: ArticleCardContent) {
    const locale = localeOf(this);
    const t = wordsFor(words, locale);
    const date = (iso: string) => html`<time datetime=${iso}>${formatDate(iso, locale)}</time>`;
    const { image } = article;
    const meta = [
      article.readingMinutes && t.minutes(article.readingMinutes),
      article.author && t.by(article.author),
      article.publishedOn && html`${t.published} ${date(article.publishedOn)}`,
      article.reviewedBy && t.reviewedBy(article.reviewedBy),
      article.reviewedOn && html`${t.reviewedOn} ${date(article.reviewedOn)}`,
    ].filter(Boolean);
    return html`
      <article part="card" class="card ${this.layout === 'horizontal' ? 'horizontal' : 'vertical'}">
        <div class="body">
          ${heading(headingLevel(this.headingLevel, 3), html`<a href=${article.url}>${article.title}</a>`)}
          ${article.category ? html`<p part="category" class="category">${article.category}</p>` : nothing}
          ${article.excerpt ? html`<p part="excerpt" class="excerpt">${article.excerpt}</p>` : nothing}
          ${meta.length ? html`<p part="meta" class="meta">${meta.map((item) => html`<span>${item}</span>`)}</p>` : nothing}
        </div>
        ${image
          ? html`<div part="media" class="media">
              <img src=${image.src} alt=${image.alt} width=${image.width ?? nothing} height=${image.height ?? nothing}
                loading="lazy" decoding="async" />
            </div>`
          : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-article-card': ArticleCard;
  }
}
