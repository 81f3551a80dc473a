/**
 * The benchmark's anchor, not shipped: the smallest Lit element that draws the article card's markup with its CSS,
 * taking every field from an attribute. No fetch, no validation, no events, no element internals: what Lit itself
 * costs for the same DOM. npm run bench builds it with the library's own rollup plugins (minified literals too).
 */
import { html, LitElement, nothing } from 'lit';
import { hostStyles } from '../../src/base/host.styles.js';
import { articleCardStyles } from '../../src/components/article-card/article-card.styles.js';
import { tokens } from '../../src/styles/tokens.js';

class MinimalLitCard extends LitElement {
  static properties = {
    heading: {},
    href: {},
    category: {},
    excerpt: {},
    meta: {},
    imageSrc: { attribute: 'image-src' },
    imageAlt: { attribute: 'image-alt' },
    imageWidth: { attribute: 'image-width' },
    imageHeight: { attribute: 'image-height' },
  };

  // The very sheets the card adopts: tokens, host styles, card styles.
  static styles = [tokens, hostStyles, articleCardStyles];

  render() {
    return html`
      <article part="card" class="card vertical">
        <div class="body">
          <h3 class="heading" part="title"><a href=${this.href}>${this.heading}</a></h3>
          <p part="category" class="category" ?hidden=${!this.category}>${this.category}</p>
          <p part="excerpt" class="excerpt" ?hidden=${!this.excerpt}>${this.excerpt}</p>
          <p part="meta" class="meta" ?hidden=${!this.meta}>${this.meta}</p>
        </div>
        <div part="media" class="media" ?hidden=${!this.imageSrc}>
          <img
            src=${this.imageSrc ?? nothing}
            alt=${this.imageAlt ?? nothing}
            width=${this.imageWidth ?? nothing}
            height=${this.imageHeight ?? nothing}
            loading="lazy"
            decoding="async"
          />
        </div>
      </article>
    `;
  }
}

customElements.define('minimal-lit-card', MinimalLitCard);
