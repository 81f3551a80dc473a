/**
 * <clinic-article-card>: what a visitor sees and can do, what a marketer can set, and that no
 * content can put markup or an unsafe URL on the page.
 */
import { expect } from '@esm-bundle/chai';
import '../src/article-card.js';
import type { ArticleCard } from '../src/components/article-card/article-card.js';
import type { ArticleCardContent } from '../src/components/article-card/article-card.schema.js';
import { ClinicContentErrorEvent, ClinicContentLoadEvent } from '../src/index.js';
import { axeViolations } from './helpers/axe.js';
import { contentError, mount, settled } from './helpers/elements.js';
import { captureConsoleErrors } from './helpers/page.js';
import { getJson, uniqueKey } from './helpers/server.js';

const article: ArticleCardContent = {
  id: 'depression-and-chronic-pain',
  title: 'Understanding the link between depression and chronic pain',
  excerpt: 'Many individuals suffering from chronic pain also experience depression, and vice versa.',
  url: '/articles/depression-and-chronic-pain',
  image: { src: '/test/fixtures/pixel.svg', alt: 'Hills at dawn', width: 640, height: 360 },
  category: 'Depression',
  readingMinutes: 5,
  author: 'Mindful Infusions',
  reviewedBy: 'Example Reviewer, MD',
  reviewedOn: '2024-03-01',
  publishedOn: '2024-02-14',
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '640px';
  document.body.append(container);
});
afterEach(() => container.remove());

/** A card with `content`, mounted and rendered. */
const render = (content: unknown = article, attributes: Record<string, string> = {}, parent = container) =>
  mount(
    'clinic-article-card',
    parent,
    content,
    attributes,
    '<a class="fallback" href="/articles">Read our articles</a>',
  );
const part = (card: ArticleCard, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const visible = (element: Element) => element.getBoundingClientRect().height > 0;

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
    for (const name of ['category', 'excerpt', 'meta', 'media']) expect(visible(part(card, name)), name).to.be.false;
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

describe('<clinic-article-card> refuses unsafe URLs', () => {
  const unsafe = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\njavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];
  let console: ReturnType<typeof captureConsoleErrors>;
  beforeEach(() => (console = captureConsoleErrors()));
  afterEach(() => console.restore());

  for (const url of unsafe) {
    it(`drops ${JSON.stringify(url)} as a link or image and reports the field`, async () => {
      for (const [content, path] of [
        [{ ...article, url }, 'url'],
        [{ ...article, image: { ...article.image!, src: url } }, 'image.src'],
      ] as const) {
        const card = document.createElement('clinic-article-card');
        card.content = content;
        container.append(card);
        const { detail } = await contentError(card);
        expect(detail).to.deep.include({ kind: 'schema', path });
        expect(detail.message).to.match(/^unsafe URL removed/);
        const urls = [...card.shadowRoot!.querySelectorAll('[href], [src]')].map(
          (e) => e.getAttribute('href') ?? e.getAttribute('src'),
        );
        expect(urls).to.deep.equal([]);
      }
    });
  }

  it('keeps http, https, mailto, tel and relative URLs', async () => {
    for (const url of [
      'https://clinic.example/a',
      'http://clinic.example/a',
      '/a',
      'a/b',
      '?page=2',
      '#top',
      'mailto:care@clinic.example',
      'tel:+19495550100',
    ]) {
      const card = await render({ ...article, url });
      expect(card.status, url).to.equal('ready');
      expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(url);
    }
  });
});

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

describe('<clinic-article-card> accent', () => {
  /** sRGB of any CSS colour the browser computes, by painting it. */
  const rgb = (color: string) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  const luminance = ([r, g, b]: number[]) =>
    [r!, g!, b!]
      .map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const contrast = (a: string, b: string) => {
    const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };

  const accents = [
    '#0b6e4f',
    '#f2c14e',
    'yellow',
    'white',
    'black',
    '#767676',
    '#777',
    '#808080',
    'hsl(200 80% 50%)',
    'rebeccapurple',
    'oklch(70% 0.15 150)',
    '#e91e63',
    '#00bcd4',
  ];
  it(`keeps text on the accent at 4.5:1 or more for ${accents.length} colours`, async () => {
    for (const accent of accents) {
      const card = await render(article, { accent });
      const chip = getComputedStyle(part(card, 'category'));
      const [used, asked] = [rgb(chip.backgroundColor), rgb(accent)];
      used.forEach((channel, i) => expect(channel, `${accent} is used`).to.be.closeTo(asked[i]!, 1));
      expect(contrast(chip.color, chip.backgroundColor), accent).to.be.at.least(4.5);
      card.remove();
    }
  });

  it('wins over the page CSS, and a value that is not a colour is reported and ignored', async () => {
    const style = document.createElement('style');
    style.textContent = 'clinic-article-card { --clinic-accent: rgb(200, 0, 0); }';
    document.head.append(style);
    try {
      const card = await render(article, { accent: 'rgb(0, 0, 200)' });
      expect(rgb(getComputedStyle(part(card, 'category')).backgroundColor)).to.deep.equal([0, 0, 200]);

      const console = captureConsoleErrors();
      const errors: ClinicContentErrorEvent[] = [];
      card.addEventListener('clinic-content-error', (e) => errors.push(e));
      card.accent = 'red; display: none';
      await card.updateComplete;
      console.restore();
      expect(errors.map((e) => e.detail)).to.deep.equal([
        { kind: 'attribute', message: '"red; display: none" is not a CSS colour', source: 'attribute', path: 'accent' },
      ]);
      expect(console.lines).to.deep.equal([
        'clinic-article-card: accent: "red; display: none" is not a CSS colour (from attribute)',
      ]);
      expect(rgb(getComputedStyle(part(card, 'category')).backgroundColor), 'page CSS applies again').to.deep.equal([
        200, 0, 0,
      ]);
      expect(card.status).to.equal('ready');
    } finally {
      style.remove();
    }
  });
});

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
});

describe('<clinic-article-card> while loading', () => {
  for (const width of [320, 640]) {
    for (const layout of ['vertical', 'horizontal']) {
      it(`keeps about the room the card will take (${layout}, ${width} px)`, async () => {
        container.style.width = `${width}px`;
        // As the demo page sets it: browsers' default fonts differ.
        container.style.fontFamily = "'DejaVu Sans', sans-serif";
        const card = document.createElement('clinic-article-card');
        card.setAttribute('layout', layout);
        card.setAttribute('src', `/fault/json?file=stories/demo/content/articles.json&key=${uniqueKey()}&delay=300`);
        card.setAttribute('article', 'depression-and-chronic-pain');
        card.innerHTML = '<a href="/articles">Read our articles</a>';
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

describe('<clinic-article-card> accessibility (axe, WCAG 2.2 AA)', () => {
  it('is clean when ready, vertical and horizontal, in English and Spanish', async () => {
    expect(await axeViolations(await render())).to.deep.equal([]);
    expect(await axeViolations(await render(article, { layout: 'horizontal', accent: '#f2c14e' }))).to.deep.equal([]);
    container.lang = 'es';
    expect(await axeViolations(await render())).to.deep.equal([]);
  });

  it('is clean while loading and on error, with the fallback shown', async () => {
    const loading = document.createElement('clinic-article-card');
    loading.setAttribute('src', `/fault/json?file=test/fixtures/article.json&key=${uniqueKey()}&delay=2000`);
    loading.innerHTML = '<a href="/articles">Read our articles</a>';
    container.append(loading);
    await loading.updateComplete;
    expect(loading.status).to.equal('loading');
    expect(await axeViolations(container)).to.deep.equal([]);
    loading.remove();

    const console = captureConsoleErrors();
    const broken = await render({ title: 5 });
    console.restore();
    expect(broken.status).to.equal('error');
    expect(await axeViolations(container)).to.deep.equal([]);
  });
});
