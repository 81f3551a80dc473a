/**
 * The card's layouts: vertical, and horizontal that stacks at 320 px without sideways scrolling; while loading, it
 * keeps about the room the card will take.
 */
import { expect } from '@esm-bundle/chai';
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import { create, settled } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { faultJson } from '../helpers/server.js';
import { article, part, render } from './helpers.js';

useContainer('640px');

describe('<clinic-article-card> layout', () => {
  const boxes = (card: ArticleCard) => ({
    media: part(card, 'media').getBoundingClientRect(),
    body: part(card, 'title').parentElement!.getBoundingClientRect(),
  });

  it('horizontal sits side by side when wide, and stacks at 320 px without sideways scrolling', async () => {
    const wide = await render(article, { layout: 'horizontal' });
    let { media, body } = boxes(wide);
    expect(media.right).to.be.at.most(body.left + 1);
    expect(Math.abs(media.top - body.top)).to.be.lessThan(2);

    container.style.width = '320px';
    const narrow = await render(article, { layout: 'horizontal' });
    ({ media, body } = boxes(narrow));
    expect(media.bottom).to.be.at.most(body.top + 1);
    expect(narrow.scrollWidth).to.be.at.most(320);
    expect(part(narrow, 'card').scrollWidth).to.be.at.most(320);
  });

  it('vertical puts the image above the text', async () => {
    const { media, body } = boxes(await render());
    expect(media.bottom).to.be.at.most(body.top + 1);
  });
});

describe('<clinic-article-card> while loading', () => {
  for (const width of [320, 640]) {
    for (const layout of ['vertical', 'horizontal']) {
      it(`keeps about the room the card will take (${layout}, ${width} px)`, async () => {
        container.style.width = `${width}px`;
        // As the demo page sets it: browsers' default fonts differ.
        container.style.fontFamily = "'DejaVu Sans', sans-serif";
        const card = create(
          'clinic-article-card',
          {
            layout,
            src: faultJson('stories/demo/content/articles.json', { delay: 300 }),
            article: 'depression-and-chronic-pain',
          },
          '<a href="/articles">Read our articles</a>',
        );
        container.append(card);
        await card.updateComplete;
        expect(card.status).to.equal('loading');
        const loading = card.getBoundingClientRect().height;
        await settled(card);
        const ready = card.getBoundingClientRect().height;
        expect(Math.abs(ready - loading) / ready, `${loading} px kept for ${ready} px`).to.be.at.most(0.2);
      });
    }
  }
});
