/**
 * The shared content pipeline, driven through <clinic-article-card>: sources and their precedence,
 * attribute overrides, every error class served by the real fault server, request sharing, aborts
 * and out-of-order responses.
 */
import { expect } from '@esm-bundle/chai';
import '../src/article-card.js';
import type { ArticleCard } from '../src/components/article-card/article-card.js';
import { captureConsoleErrors, contentError, serverCount, settled, sleep, uniqueKey } from './helpers/elements.js';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

function card(
  attributes: Record<string, string> = {},
  inner = '<a class="fallback" href="/articles">Read our articles</a>',
) {
  const element = document.createElement('clinic-article-card');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = inner;
  return element;
}
const mount = (element: ArticleCard) => (container.append(element), element);
const title = (element: ArticleCard) => element.shadowRoot!.querySelector('[part="title"]')?.textContent.trim();
const fixture = (file: string, key = uniqueKey(), delay = 0) =>
  `/fault/json?file=test/fixtures/${file}&key=${key}&delay=${delay}`;

function expectFallbackShown(element: ArticleCard) {
  const slot = element.shadowRoot!.querySelector('slot');
  expect(slot, 'the default slot is rendered').to.exist;
  const fallback = element.querySelector<HTMLElement>('.fallback')!;
  expect(fallback.getBoundingClientRect().height, 'fallback link is visible').to.be.greaterThan(0);
  expect(element.shadowRoot!.querySelector('article'), 'no card is rendered').to.be.null;
}

describe('content sources', () => {
  it('takes the content property first, then the inline script, then src', async () => {
    const element = card(
      { src: fixture('article.json') },
      '<script type="application/json">{"title":"Inline","url":"/i"}</script>',
    );
    element.content = { title: 'Property', url: '/p' };
    mount(element);
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

  it('picks an entry of a collection by its id, and switches without asking the server again', async () => {
    const key = uniqueKey();
    const element = mount(card({ src: fixture('articles.json', key), article: 'fibromyalgia' }));
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
    mount(element);
    await settled(element);
    expect(title(element)).to.equal('Feel better, sooner');

    const next = settled(element);
    element.removeAttribute('heading');
    await next;
    expect(title(element)).to.equal('From JSON');
  });

  it('stays idle, showing the fallback, while it has no source', async () => {
    const element = mount(card());
    await element.updateComplete;
    expect(element.status).to.equal('idle');
    expectFallbackShown(element);
  });
});

describe('content errors', () => {
  let console: ReturnType<typeof captureConsoleErrors>;
  let uncaught: unknown[];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  beforeEach(() => {
    console = captureConsoleErrors();
    uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    console.restore();
    window.removeEventListener('error', onError);
    expect(uncaught, 'no exception escapes').to.deep.equal([]);
  });

  /** Mounts a card, waits for its error, and checks what every error shares. */
  async function failWith(element: ArticleCard) {
    mount(element);
    const { detail } = await contentError(element);
    expect(element.status).to.equal('error');
    expect(element.error?.kind).to.equal(detail.kind);
    expectFallbackShown(element);
    const where = detail.path ? `${detail.path}: ` : '';
    expect(console.lines).to.deep.equal([`clinic-article-card: ${where}${detail.message} (from ${detail.source})`]);
    return detail;
  }

  it('404: names the status', async () => {
    const src = `/fault/status/404?key=${uniqueKey()}`;
    const detail = await failWith(card({ src }));
    expect(detail).to.deep.include({ kind: 'http', status: 404, source: src });
    expect(detail.message).to.match(/HTTP 404/);
  });

  it('500: names the status', async () => {
    const detail = await failWith(card({ src: `/fault/status/500?key=${uniqueKey()}` }));
    expect(detail).to.deep.include({ kind: 'http', status: 500 });
    expect(detail.message).to.match(/HTTP 500/);
  });

  it('a slow server: times out, and the request is aborted', async () => {
    const key = uniqueKey();
    const detail = await failWith(card({ src: fixture('article.json', key, 3000), timeout: '300' }));
    expect(detail.kind).to.equal('timeout');
    expect(detail.message).to.equal('no answer within 0.3 s');
    await sleep(200);
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('an HTML page with status 200: refused by its content type', async () => {
    const detail = await failWith(card({ src: `/fault/html?key=${uniqueKey()}` }));
    expect(detail.kind).to.equal('content-type');
    expect(detail.message).to.equal('expected JSON, but the server sent text/html');
  });

  it('malformed JSON: says it does not parse', async () => {
    const detail = await failWith(card({ src: `/fault/malformed?key=${uniqueKey()}` }));
    expect(detail.kind).to.equal('json');
    expect(detail.message).to.match(/^not valid JSON \(.+\)$/);
  });

  it('a dropped connection: a network error', async () => {
    const detail = await failWith(card({ src: `/fault/drop?key=${uniqueKey()}` }));
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.match(/could not be reached/);
  });

  it('another origin without CORS headers: a network error', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const detail = await failWith(card({ src: `http://${other}:${location.port}/test/fixtures/article.json` }));
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.match(/CORS/);
  });

  it('a field of the wrong type: names the field by its path in the file', async () => {
    const src = fixture('bad-title.json');
    const detail = await failWith(card({ src, article: 'bad' }));
    expect(detail).to.deep.include({ kind: 'schema', path: 'articles[1].title', message: 'expected a string, got 5' });
    expect(console.lines[0]).to.equal(`clinic-article-card: articles[1].title: expected a string, got 5 (from ${src})`);
  });

  it('a missing required field and a misspelt field name', async () => {
    const missing = card();
    missing.content = { url: '/a' } as never;
    expect(await failWith(missing)).to.deep.include({ path: 'title', message: 'is required' });

    console.lines.length = 0;
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

  it('an unsafe src is never fetched', async () => {
    const detail = await failWith(card({ src: 'javascript:alert(1)' }));
    expect(detail).to.deep.include({ kind: 'attribute', path: 'src' });
  });

  it('a request that failed is asked again by the next element', async () => {
    const key = uniqueKey();
    await failWith(card({ src: `/fault/status/503?key=${key}` }));
    console.lines.length = 0;
    await failWith(card({ src: `/fault/status/503?key=${key}` }));
    expect((await serverCount(key)).requests).to.equal(2);
  });
});

describe('fetching', () => {
  it('twelve cards on one URL make one request, and a thirteenth added later none', async () => {
    const key = uniqueKey();
    const src = fixture('articles.json', key, 100);
    const cards = Array.from({ length: 12 }, (_, i) =>
      mount(card({ src, article: i % 2 ? 'fibromyalgia' : 'depression-and-chronic-pain' })),
    );
    const events = await Promise.all(cards.map(settled));
    expect(events.every((e) => e.type === 'clinic-content-load')).to.be.true;
    const late = mount(card({ src, article: 'fibromyalgia' }));
    await settled(late);
    expect(title(late)).to.equal('Fibromyalgia and depression');
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });

  it('a src changed mid-fetch never shows the older answer, even when it arrives last', async () => {
    const slowKey = uniqueKey('slow');
    const element = mount(card({ src: fixture('articles.json', slowKey, 600), article: 'fibromyalgia' }));
    await sleep(50);
    const loads: string[] = [];
    element.addEventListener('clinic-content-load', () => loads.push(title(element)!));
    element.setAttribute('src', fixture('article.json', uniqueKey(), 50));
    element.removeAttribute('article');
    await sleep(1000);
    expect(loads).to.deep.equal(['A single article']);
    expect(title(element)).to.equal('A single article');
    expect(await serverCount(slowKey)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('an element removed mid-fetch aborts its request and reports nothing', async () => {
    const console = captureConsoleErrors();
    const key = uniqueKey();
    const element = mount(card({ src: fixture('article.json', key, 600) }));
    const events: string[] = [];
    element.addEventListener('clinic-content-load', (e) => events.push(e.type));
    element.addEventListener('clinic-content-error', (e) => events.push(e.type));
    await sleep(50);
    element.remove();
    await sleep(900);
    console.restore();
    expect(events).to.deep.equal([]);
    expect(console.lines).to.deep.equal([]);
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('a request still wanted by another element is not aborted when one leaves', async () => {
    const key = uniqueKey();
    const src = fixture('article.json', key, 300);
    const leaving = mount(card({ src }));
    const staying = mount(card({ src }));
    await sleep(50);
    leaving.remove();
    await settled(staying);
    expect(title(staying)).to.equal('A single article');
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });

  it('an element put back after a removal mid-fetch loads again', async () => {
    const element = mount(card({ src: fixture('article.json', uniqueKey(), 300) }));
    await sleep(50);
    element.remove();
    mount(element);
    await settled(element);
    expect(title(element)).to.equal('A single article');
  });
});

describe('states', () => {
  const matches = (element: Element, state: string) => {
    try {
      return element.matches(`:state(${state})`);
    } catch {
      return element.matches(`:--${state}`); // engines before the :state() syntax
    }
  };

  it('shows loading, ready and error to CSS and in `status`, and keeps space while loading', async () => {
    const element = mount(card({ src: fixture('article.json', uniqueKey(), 300) }));
    await element.updateComplete;
    expect(element.status).to.equal('loading');
    expect(matches(element, 'loading')).to.be.true;
    const fontSize = parseFloat(getComputedStyle(element).fontSize);
    expect(element.getBoundingClientRect().height, 'space kept while loading').to.be.at.least(20 * fontSize);
    expect(element.querySelector<HTMLElement>('.fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);

    await settled(element);
    expect(element.status).to.equal('ready');
    expect(matches(element, 'ready')).to.be.true;
    expect(matches(element, 'loading')).to.be.false;
    expect(element.querySelector<HTMLElement>('.fallback')!.getBoundingClientRect().height, 'fallback hidden').to.equal(
      0,
    );

    const console = captureConsoleErrors();
    element.setAttribute('src', `/fault/status/404?key=${uniqueKey()}`);
    await settled(element);
    console.restore();
    expect(matches(element, 'error')).to.be.true;
    expect(matches(element, 'ready')).to.be.false;
  });
});
