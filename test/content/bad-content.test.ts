/**
 * Content that arrives but cannot be used: a field of the wrong type, missing or misspelt, an id not in the
 * collection, inline JSON that does not parse. Each error names the JSON path and the source.
 */
import { expect } from '@esm-bundle/chai';
import { useContainer } from '../helpers/page.js';
import { card, failingCards, fixture } from './helpers.js';

useContainer();

describe('content errors: the content itself', () => {
  const { consoleErrors, failWith } = failingCards();

  it('a field of the wrong type: names the field by its path in the file', async () => {
    const src = fixture('bad-title.json');
    const detail = await failWith(card({ src, article: 'bad' }));
    expect(detail).to.deep.include({ kind: 'schema', path: 'articles[1].title', message: 'expected a string, got 5' });
    expect(consoleErrors.lines[0]).to.equal(
      `clinic-article-card: articles[1].title: expected a string, got 5 (from ${src})`,
    );
  });

  it('a missing required field and a misspelt field name', async () => {
    const missing = card();
    missing.content = { url: '/a' } as never;
    expect(await failWith(missing)).to.deep.include({ path: 'title', message: 'is required' });

    consoleErrors.lines.length = 0;
    const misspelt = card();
    misspelt.content = { title: 'A', url: '/a', tittle: 'B' } as never;
    expect(await failWith(misspelt)).to.deep.include({ path: 'tittle', message: 'unknown field (check its spelling)' });
  });

  it('an id that is not in the collection: lists the ids there are', async () => {
    const detail = await failWith(card({ src: fixture('articles.json'), article: 'nope' }));
    expect(detail.kind).to.equal('entry');
    expect(detail.message).to.equal(
      'no entry with id "nope" in articles (found: "depression-and-chronic-pain", "fibromyalgia")',
    );
  });

  it('a collection but no id: says which attribute picks one', async () => {
    const detail = await failWith(card({ src: fixture('articles.json') }));
    expect(detail.kind).to.equal('entry');
    expect(detail.message).to.match(/pick one with article="…"/);
  });

  it('inline JSON that does not parse', async () => {
    const detail = await failWith(
      card({}, '<script type="application/json">{"title": </script><a class="fallback" href="/">Home</a>'),
    );
    expect(detail).to.deep.include({ kind: 'json', source: 'inline JSON' });
  });
});
