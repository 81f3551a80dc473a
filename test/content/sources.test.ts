/**
 * Where content comes from, first match wins: the `content` property, an inline JSON script, then `src` (a file or
 * an entry of a collection); attributes override single fields; no source at all keeps the fallback.
 */
import { expect } from '@esm-bundle/chai';
import { contentError, settled } from '../helpers/elements.js';
import { captureConsoleErrors, useContainer } from '../helpers/page.js';
import { serverCount, uniqueKey } from '../helpers/server.js';
import { attach, card, expectFallbackShown, fixture, title } from './helpers.js';

useContainer();

describe('content sources', () => {
  it('takes the content property first, then the inline script, then src', async () => {
    const element = card(
      { src: fixture('article.json') },
      '<script type="application/json">{"title":"Inline","url":"/i"}</script>',
    );
    element.content = { title: 'Property', url: '/p' };
    attach(element);
    await settled(element);
    expect(title(element)).to.equal('Property');

    let next = settled(element);
    element.content = undefined;
    expect((await next).type).to.equal('clinic-content-load');
    expect(title(element)).to.equal('Inline');

    next = settled(element);
    element.querySelector('script')!.remove();
    await next;
    expect(title(element)).to.equal('A single article');
    expect(element.status).to.equal('ready');
  });

  it('reports a content attribute, never read: "[object Object]" from a framework, or JSON by hand', async () => {
    const errors = captureConsoleErrors();
    try {
      const framework = card({ content: '[object Object]' });
      const reported = contentError(framework);
      attach(framework);
      expect((await reported).detail).to.deep.include({ kind: 'attribute', path: 'content', source: 'attribute' });
      const byHand = attach(card({ content: '{"title":"By hand","url":"/h"}' }));
      await byHand.updateComplete;
      expect(byHand.status, 'no source: the fallback stays').to.equal('idle');
      expect(errors.lines).to.deep.equal([
        'clinic-article-card: content: "[object Object]": an object set before the tag was registered became an ' +
          "attribute; register the tag first (import 'clinic-elements/define'), or set the property " +
          "(clinic-elements/react, Vue's :content.prop) (from attribute)",
        'clinic-article-card: content: is read as a property, not an attribute: set the property, or put the JSON in ' +
          'a <script type="application/json"> inside the tag (from attribute)',
      ]);
    } finally {
      errors.restore();
    }
  });

  it('picks an entry of a collection by its id, and switches without asking the server again', async () => {
    const key = uniqueKey();
    const element = attach(card({ src: fixture('articles.json', key), article: 'fibromyalgia' }));
    await settled(element);
    expect(title(element)).to.equal('Fibromyalgia and depression');

    const next = settled(element);
    element.article = 'depression-and-chronic-pain';
    await next;
    expect(title(element)).to.equal('Depression and chronic pain');
    expect((await serverCount(key)).requests).to.equal(1);
  });

  it('lets attributes override fields, and restores the content when they go', async () => {
    const element = card({ heading: 'Feel better, sooner' });
    element.content = { title: 'From JSON', url: '/a' };
    attach(element);
    await settled(element);
    expect(title(element)).to.equal('Feel better, sooner');

    const next = settled(element);
    element.removeAttribute('heading');
    await next;
    expect(title(element)).to.equal('From JSON');
  });

  it('stays idle, showing the fallback, while it has no source', async () => {
    const element = attach(card());
    await element.updateComplete;
    expect(element.status).to.equal('idle');
    expectFallbackShown(element);
  });
});
