/**
 * The shared request cache: one request per URL for every element on the page, a failed request asked again, and a
 * request kept while any element still wants it.
 */
import { expect } from '@esm-bundle/chai';
import { settled } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import { requestArrived, serverCount, uniqueKey } from '../helpers/server.js';
import { attach, card, failingCards, fixture, title } from './helpers.js';

useContainer();

describe('one request per URL', () => {
  it('twelve cards on one URL make one request, and a thirteenth added later none', async () => {
    const key = uniqueKey();
    const src = fixture('articles.json', key, 100);
    const cards = Array.from({ length: 12 }, (_, i) =>
      attach(card({ src, article: i % 2 ? 'fibromyalgia' : 'depression-and-chronic-pain' })),
    );
    const events = await Promise.all(cards.map(settled));
    expect(events.every((e) => e.type === 'clinic-content-load')).to.be.true;
    const late = attach(card({ src, article: 'fibromyalgia' }));
    await settled(late);
    expect(title(late)).to.equal('Fibromyalgia and depression');
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });

  it('a request still wanted by another element is not aborted when one leaves', async () => {
    const key = uniqueKey();
    const src = fixture('article.json', key, 300);
    const leaving = attach(card({ src }));
    const staying = attach(card({ src }));
    await requestArrived(key);
    leaving.remove();
    await settled(staying);
    expect(title(staying)).to.equal('A single article');
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });
});

describe('a failed request is not kept', () => {
  const { consoleErrors, failWith } = failingCards();

  it('a request that failed is asked again by the next element', async () => {
    const key = uniqueKey();
    await failWith(card({ src: `/fault/status/503?key=${key}` }));
    consoleErrors.lines.length = 0;
    await failWith(card({ src: `/fault/status/503?key=${key}` }));
    expect((await serverCount(key)).requests).to.equal(2);
  });
});
