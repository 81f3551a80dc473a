/**
 * Many elements on one file (200 cards on a page): each entry of a fetched file is validated once and its value shared,
 * frozen, while every element keeps its own overrides, load event and errors.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/article-card.js';
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import type { ArticleCardContent } from '../../src/components/article-card/article-card.schema.js';
import { contentError, settled } from '../helpers/elements.js';
import { captureConsoleErrors, container, useContainer } from '../helpers/page.js';
import { faultJson } from '../helpers/server.js';

useContainer();

const fixture = (file: string) => faultJson(`test/fixtures/${file}`, { delay: 50 });

/** Cards with these attributes, appended together; resolves with them and their first load or error events. */
async function cards(...attributes: Record<string, string>[]) {
  const elements = attributes.map((attributes) => {
    const element = document.createElement('clinic-article-card');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  });
  const events = elements.map(settled);
  container.append(...elements);
  return { elements, events: await Promise.all(events) };
}
/** The validated content a card shows (the controller is the element's own business; tests may look). */
const shown = (card: ArticleCard) => (card as unknown as { data: { value: ArticleCardContent } }).data.value;
const title = (card: ArticleCard) => card.shadowRoot!.querySelector('[part="title"]')!.textContent.trim();

describe('elements on one file', () => {
  it('share one validated, frozen value per entry, and each still announces its own load', async () => {
    const src = fixture('articles.json');
    const { elements, events } = await cards(
      { src, article: 'fibromyalgia' },
      { src, article: 'fibromyalgia' },
      { src, article: 'depression-and-chronic-pain' },
    );
    expect(events.map((event) => event.type)).to.deep.equal(Array(3).fill('clinic-content-load'));
    const [first, second, other] = elements.map(shown);
    expect(second, 'the same entry: one value').to.equal(first);
    expect(other, 'another entry: its own value').not.to.equal(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first!.image), 'frozen, nested objects too').to.be.true;
    expect(() => ((first as { title: string }).title = 'changed')).to.throw(TypeError);
    expect(title(elements[1]!)).to.equal('Fibromyalgia and depression');
  });

  it('keep their own overrides: a heading makes a value of its own', async () => {
    const src = fixture('articles.json');
    const { elements } = await cards(
      { src, article: 'fibromyalgia' },
      { src, article: 'fibromyalgia', heading: 'Ours' },
    );
    expect(shown(elements[1]!)).not.to.equal(shown(elements[0]!));
    expect(elements.map(title)).to.deep.equal(['Fibromyalgia and depression', 'Ours']);
  });

  it('each report a bad entry, with its own source and the JSON path', async () => {
    const console = captureConsoleErrors();
    const src = fixture('bad-title.json');
    const elements = [0, 1].map(() => {
      const element = document.createElement('clinic-article-card');
      element.setAttribute('src', src);
      element.setAttribute('article', 'bad');
      return element;
    });
    const errors = elements.map(contentError);
    container.append(...elements);
    const details = (await Promise.all(errors)).map((event) => event.detail);
    console.restore();
    for (const detail of details) {
      expect(detail).to.include({ kind: 'schema', path: 'articles[1].title', source: src });
    }
    expect(console.lines).to.have.length(2);
  });

  it('do not share a content object the page may still change', async () => {
    const content = { title: 'First words', url: '/a' };
    const first = document.createElement('clinic-article-card');
    first.content = content;
    container.append(first);
    await first.updateComplete;
    content.title = 'Second words';
    const second = document.createElement('clinic-article-card');
    second.content = content;
    container.append(second);
    await second.updateComplete;
    expect([first, second].map(title)).to.deep.equal(['First words', 'Second words']);
  });
});
