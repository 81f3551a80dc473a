/**
 * Faults that generated content found (test/fuzz/*.test.ts), each held by a plain test of its own.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/article-card.js';
import { articleCardSchema } from '../../src/components/article-card/article-card.schema.js';
import type { ContentError } from '../../src/content/errors.js';
import { contentError, mount } from '../helpers/elements.js';

let container: HTMLElement;
beforeEach(() => (container = document.body.appendChild(document.createElement('div'))));
afterEach(() => container.remove());

/** What `run` threw, for a look at its kind, path and message. */
function thrown(run: () => unknown): ContentError | undefined {
  try {
    run();
  } catch (error) {
    return error as ContentError;
  }
  return undefined;
}

const article = { title: 'Depression and chronic pain', url: '/articles/depression' };
const reservedNames = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];

describe('fields named like inherited properties', () => {
  it('are refused as unknown fields, at any depth, not silently dropped', () => {
    for (const name of reservedNames) {
      // JSON.parse makes each of these a field of the object's own, `__proto__` too.
      const top = JSON.parse(`{"title": "T", "url": "/a", "${name}": 1}`) as unknown;
      const nested = JSON.parse(
        `{"title": "T", "url": "/a", "image": {"src": "/i.png", "alt": "", "${name}": {}}}`,
      ) as unknown;
      for (const [content, path] of [
        [top, name],
        [nested, `image.${name}`],
      ]) {
        expect(
          thrown(() => articleCardSchema.parse(content, '')),
          name,
        ).to.include({
          kind: 'schema',
          path,
          message: 'unknown field (check its spelling)',
        });
      }
    }
  });

  it('are refused from an inline script, with the error event and the fallback', async () => {
    const element = document.createElement('clinic-article-card');
    element.innerHTML = `<p class="fallback">Our articles</p>
      <script type="application/json">{"title": "T", "url": "/a", "__proto__": {"title": "Not mine"}}</script>`;
    const failed = contentError(element);
    container.append(element);
    expect((await failed).detail).to.include({ kind: 'schema', path: '__proto__', source: 'inline JSON' });
    expect(element.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.className).to.equal('fallback');
  });

  it('are read from the content property only when they are its own', async () => {
    // An object literal's `__proto__: …` sets the prototype. What an object inherits is not its content (JSON.stringify
    // leaves it out too), so these fields are missing, at the top and further down, not taken from the prototype.
    const inherits = { __proto__: { title: 'Inherited' }, url: '/own' };
    let element = await mount('clinic-article-card', container, inherits);
    expect(element.error).to.include({ kind: 'schema', path: 'title', message: 'is required' });
    const image = { __proto__: { src: '/inherited.png' }, alt: '' };
    element = await mount('clinic-article-card', container, { ...article, image });
    expect(element.error).to.include({ kind: 'schema', path: 'image.src', message: 'is required' });

    // Content without a prototype at all is still content.
    const bare = Object.assign(Object.create(null) as object, article);
    expect((await mount('clinic-article-card', container, bare)).status).to.equal('ready');
  });

  it('are not made up by a script that added to Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.polluted = 'added by some script';
    try {
      expect(articleCardSchema.parse({ ...article }, '')).to.deep.equal(article);
    } finally {
      delete prototype.polluted;
    }
  });
});

describe('a date', () => {
  it('is a day of the calendar, in every engine', () => {
    const dated = (reviewedOn: string) => thrown(() => articleCardSchema.parse({ ...article, reviewedOn }, ''));
    // Chromium and Firefox let Date.parse roll these over to another day; Firefox reads month and day 00 too.
    for (const date of [
      '2024-02-30',
      '2023-02-29',
      '2024-04-31',
      '2024-00-10',
      '2024-01-00',
      '2024-13-01',
      '2024-1-1',
    ]) {
      expect(dated(date), date).to.include({ path: 'reviewedOn', message: 'expected a date written as YYYY-MM-DD' });
    }
    for (const date of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])
      expect(dated(date), date).to.be.undefined;
  });
});
