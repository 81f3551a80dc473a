/**
 * Faults that generated content found (test/fuzz/*.test.ts), each held by a plain test of its own.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/article-card.js';
import '../../src/consult-cta.js';
import '../../src/symptom-checklist.js';
import '../../src/timeline.js';
import { articleCardSchema } from '../../src/components/article-card/article-card.schema.js';
import type { ContentError } from '../../src/content/errors.js';
import { isSafeUrl } from '../../src/content/url.js';
import { contentError, mount } from '../helpers/elements.js';
import { captureConsoleErrors } from '../helpers/page.js';

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

describe('URLs with control characters', () => {
  const withControls = [
    'jav\u0000ascript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u007f:alert(1)',
    'java\u0085script:alert(1)',
    '\u009fjavascript:alert(1)',
    '/articles/\u0000',
    'https://example.org/a\u0080b',
    'tel:988\u001f',
  ];

  it('are unsafe, wherever the character stands: C0, DEL or C1', () => {
    for (const url of withControls) expect(isSafeUrl(url), JSON.stringify(url)).to.be.false;
    // A raw line or paragraph separator is no part of a real URL either.
    for (const url of ['/a\u2028b', 'https://example.org/\u2029'])
      expect(isSafeUrl(url), JSON.stringify(url)).to.be.false;
    // Other characters beyond ASCII are fine.
    for (const url of ['/artículos/depresión', 'https://example.org/\u00a0', 'mailto:ana@clínica.es', ' /a ']) {
      expect(isSafeUrl(url), JSON.stringify(url)).to.be.true;
    }
  });

  it('never reach an href or a src: the content is refused, naming the field', async () => {
    for (const [content, path] of [
      [{ ...article, url: 'jav\u0000ascript:alert(1)' }, 'url'],
      [{ ...article, image: { src: '/images/\u0085x.png', alt: '' } }, 'image.src'],
    ] as const) {
      const element = await mount('clinic-article-card', container, content, {}, '<a href="/articles">Articles</a>');
      expect(element.error).to.include({ kind: 'schema', path });
      expect(element.error!.message).to.match(/^unsafe URL removed/);
      expect(element.shadowRoot!.querySelector('[href], [src]')).to.be.null;
    }
  });

  it('are refused in a src attribute before anything is fetched', async () => {
    const element = document.createElement('clinic-article-card');
    element.setAttribute('src', '/fault/json?file=test/fixtures/article.json\u0001');
    const failed = contentError(element);
    container.append(element);
    expect((await failed).detail).to.include({ kind: 'attribute', path: 'src' });
  });
});

describe('a form action', () => {
  it('is refused with a control character in it, or as a blob: URL of this very site', async () => {
    for (const action of ['https://clinic.example/api\u0000', '/api/\u0085callback', `blob:${location.origin}/x`]) {
      const element = await mount('clinic-consult-cta', container, { form: { action } });
      expect(element.error, JSON.stringify(action)).to.include({ kind: 'schema', path: 'form.action' });
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

describe('content and attribute values in error messages', () => {
  /** The console.error lines that mounting `tag` gives, and after `then` (a click) if given. */
  async function logged(
    tag: keyof HTMLElementTagNameMap,
    content: unknown,
    attributes: Record<string, string> = {},
    then?: (element: HTMLElement) => Promise<unknown>,
  ) {
    const { lines, restore } = captureConsoleErrors();
    try {
      const element = await mount(tag, container, content, attributes);
      await then?.(element);
      return lines;
    } finally {
      restore();
    }
  }

  it('an id with a newline gives one console.error line, the newline escaped', async () => {
    const steps = [
      { id: 'a\nb', title: 'A' },
      { id: 'a\nb', title: 'B' },
    ];
    expect(await logged('clinic-timeline', { title: 'T', steps })).to.deep.equal([
      'clinic-timeline: steps[1].id: duplicate id "a\\nb": each id must be used once (from content property)',
    ]);
  });

  it('every message quotes the values it names, and the log stays one line whatever they hold', async () => {
    const timeline = { title: 'T', steps: [{ id: 'a\u0085b', title: 'A' }] };
    const checklist = {
      title: 'T',
      groups: [{ title: 'G', items: [{ id: 'i', label: 'I' }] }],
      bands: [{ min: 0, message: 'M', recommend: true }],
    };
    const recommend = (element: HTMLElement) => {
      element.shadowRoot!.querySelector<HTMLButtonElement>('.recommend')!.click();
      return Promise.resolve();
    };
    expect(
      await logged(
        'clinic-article-card',
        { articles: [{ ...article, id: 'first\nentry' }] },
        { article: 'other\u2028one' },
      ),
    ).to.deep.equal([
      'clinic-article-card: article: no entry with id "other%E2%80%A8one" in articles (found: "first\\nentry") ' +
        '(from content property)',
    ]);
    expect(await logged('clinic-timeline', timeline, { current: 'x\ny' })).to.deep.equal([
      'clinic-timeline: current: no step "x\\ny": use an id ("a%C2%85b") or a number from 1 to 1 (from attribute)',
    ]);
    expect(await logged('clinic-symptom-checklist', checklist, { for: 'consult\nform' }, recommend)).to.deep.equal([
      'clinic-symptom-checklist: for: no element with id "consult\\nform" (from attribute)',
    ]);
    expect(await logged('clinic-article-card', article, { accent: 'red\nblue' })).to.deep.equal([
      'clinic-article-card: accent: "red\\nblue" is not a CSS colour (from attribute)',
    ]);
    // JSON leaves U+2028 and NEL as they are, and an unknown field's name is part of the path, not quoted: the log line
    // percent-encodes whatever would break it.
    expect(await logged('clinic-article-card', { ...article, 'sub\ntitle': 'x' })).to.deep.equal([
      'clinic-article-card: sub%0Atitle: unknown field (check its spelling) (from content property)',
    ]);
    const icon = await logged('clinic-timeline', { title: 'T', steps: [{ title: 'A', icon: 'heart\nbeat' }] });
    expect(icon).to.have.length(1);
    expect(icon[0]).to.match(/^clinic-timeline: steps\[0\]\.icon: unknown icon "heart\\nbeat": use one of clipboard, /);
  });

  it('a browser message that quotes the JSON it could not read stays on one line', async () => {
    const { lines, restore } = captureConsoleErrors();
    try {
      const element = document.createElement('clinic-article-card');
      element.innerHTML = '<script type="application/json">{"title":\n oops}</script>';
      const failed = contentError(element);
      container.append(element);
      await failed;
    } finally {
      restore();
    }
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^clinic-article-card: not valid JSON \(.*\) \(from inline JSON\)$/);
    expect(lines[0]).not.to.match(/[\n\r\u0085\u2028\u2029]/);
  });
});
