/**
 * What the card shows from an article: every field, the title as its one link over the whole card, the heading level,
 * markup as text; the events it tells the page; every article of the demo content.
 */
import { expect } from '@esm-bundle/chai';
import { ClinicContentLoadEvent } from '../../src/index.js';
import { settled, shown } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { getJson } from '../helpers/server.js';
import { until } from '../helpers/wait.js';
import { article, part, render } from './helpers.js';

useContainer('640px');

describe('<clinic-article-card> renders an article', () => {
  it('shows every field, with the title as its one link', async () => {
    const card = await render();
    const title = part(card, 'title');
    expect(title.localName).to.equal('h3');
    const links = card.shadowRoot!.querySelectorAll('a, button, input, select, textarea, [tabindex]');
    expect(links.length, 'one interactive element: nothing nested in the card link').to.equal(1);
    expect(links[0]!.getAttribute('href')).to.equal(article.url);
    expect(links[0]!.textContent).to.equal(article.title);
    expect(part(card, 'category').textContent).to.equal('Depression');
    expect(part(card, 'excerpt').textContent).to.equal(article.excerpt);
    expect(part(card, 'meta').textContent).to.equal(
      '5 min read · By Mindful Infusions · Published February 14, 2024 · ' +
        'Medically reviewed by Example Reviewer, MD · Reviewed March 1, 2024',
    );
    const image = part(card, 'media').querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal('Hills at dawn');
    expect(image.getAttribute('width')).to.equal('640');
    expect(image.getAttribute('height')).to.equal('360');
    expect(image.getAttribute('loading')).to.equal('lazy');
  });

  it('leaves out what the content does not have', async () => {
    const card = await render({ title: 'Only a title', url: '/a' });
    for (const name of ['category', 'excerpt', 'meta', 'media']) expect(shown(part(card, name)), name).to.be.false;
    expect(card.shadowRoot!.querySelector('img')!.hasAttribute('src'), 'no image request').to.be.false;
  });

  it('makes the whole card the link target', async () => {
    const card = await render();
    const excerpt = part(card, 'excerpt').getBoundingClientRect();
    const hit = card.shadowRoot!.elementFromPoint(excerpt.left + 5, excerpt.top + excerpt.height / 2);
    expect(hit?.localName, 'a click on the excerpt lands on the link').to.equal('a');
  });

  it('sets the heading level from heading-level, and ignores a level that is not 1–6', async () => {
    expect(part(await render(article, { 'heading-level': '2' }), 'title').localName).to.equal('h2');
    expect(part(await render(article, { 'heading-level': '6' }), 'title').localName).to.equal('h6');
    expect(part(await render(article, { 'heading-level': '9' }), 'title').localName).to.equal('h3');
  });

  it('renders markup in content as text', async () => {
    const card = await render({
      ...article,
      title: '<img src=x onerror="window.hacked=1">Title',
      excerpt: '<script>window.hacked=1</script>',
      category: '<b>bold</b>',
    });
    expect(card.shadowRoot!.querySelectorAll('img[onerror], script, b').length).to.equal(0);
    expect(part(card, 'title').textContent).to.equal('<img src=x onerror="window.hacked=1">Title');
    expect(part(card, 'excerpt').textContent).to.equal('<script>window.hacked=1</script>');
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });
});

describe('<clinic-article-card> tells the page, and renders the demo', () => {
  it('tells the page with typed events that bubble out of shadow roots', async () => {
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('clinic-content-load', listener);
    try {
      await render();
    } finally {
      document.removeEventListener('clinic-content-load', listener);
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.instanceOf(ClinicContentLoadEvent);
    expect((seen[0] as ClinicContentLoadEvent).detail).to.deep.equal({ source: 'content property' });
  });

  it('renders every article of the demo content', async () => {
    const src = '/stories/demo/content/articles.json';
    const { articles } = await getJson<{ articles: { id: string }[] }>(src);
    for (const { id } of articles) {
      const card = document.createElement('clinic-article-card');
      card.setAttribute('src', src);
      card.setAttribute('article', id);
      container.append(card);
      expect((await settled(card)).type, id).to.equal('clinic-content-load');
    }
  });

  it('with structured-data, writes the article as schema.org data in its light DOM, for search engines', async () => {
    const card = await render(article, { 'structured-data': '' });
    const scripts = () => card.querySelectorAll(':scope > script[type="application/ld+json"]');
    await until(() => scripts().length > 0, 'the JSON-LD script');
    const data = JSON.parse(scripts()[0]!.textContent) as Record<string, unknown>;
    const page = new URL(article.url, document.baseURI).href;
    expect(data).to.deep.include({ '@type': 'MedicalWebPage', url: page, lastReviewed: '2024-03-01' });
    expect(data.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Example Reviewer, MD' });
    expect(data.mainEntity).to.deep.include({
      '@type': 'Article',
      headline: article.title,
      datePublished: '2024-02-14',
      dateModified: '2024-03-01',
    });
    card.content = { ...article, title: 'A new title' };
    await until(() => scripts().length == 1 && scripts()[0]!.textContent.includes('A new title'), 'new data, in place');
  });
});
