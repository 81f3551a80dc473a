/** On any host page: the page's CSS (a 62.5% root, a reset) does not reach into the card; its words follow `lang`. */
import { expect } from '@esm-bundle/chai';
import { container, useContainer } from '../helpers/page.js';
import { article, part, render } from './helpers.js';

useContainer('640px');

describe('<clinic-article-card> on any host page', () => {
  it('keeps its size under html { font-size: 62.5% } and a CSS reset', async () => {
    const before = parseFloat(getComputedStyle(part(await render(), 'title')).fontSize);
    const theme = document.createElement('style');
    theme.textContent =
      'html { font-size: 62.5% } * { font-size: 1rem; line-height: 1; margin: 0; padding: 0 } a { color: red }';
    document.head.append(theme);
    try {
      const card = await render();
      expect(parseFloat(getComputedStyle(part(card, 'title')).fontSize)).to.equal(before);
      expect(before).to.equal(20); // 1.25em of medium
      expect(getComputedStyle(card.shadowRoot!.querySelector('a')!).color).not.to.equal('rgb(255, 0, 0)');
    } finally {
      theme.remove();
    }
  });

  it('speaks Spanish under lang="es", and falls back to English words and dates elsewhere', async () => {
    const spanish = document.createElement('div');
    spanish.lang = 'es-MX';
    container.append(spanish);
    const card = await render(article, {}, spanish);
    expect(part(card, 'meta').textContent).to.equal(
      '5 min de lectura · Por Mindful Infusions · Publicado el 14 de febrero de 2024 · ' +
        'Revisado médicamente por Example Reviewer, MD · Revisado el 1 de marzo de 2024',
    );
    const french = document.createElement('div');
    french.lang = 'fr';
    container.append(french);
    expect(part(await render(article, {}, french), 'meta').textContent).to.match(
      /^5 min read .* Reviewed March 1, 2024$/,
    );
    // A lang Intl cannot read is as one we have no words for: English words and dates, not a mix.
    const malformed = document.createElement('div');
    malformed.lang = 'es-';
    container.append(malformed);
    expect(part(await render(article, {}, malformed), 'meta').textContent).to.match(
      /^5 min read .* Reviewed March 1, 2024$/,
    );
  });
});
