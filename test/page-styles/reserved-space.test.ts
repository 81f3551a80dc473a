/**
 * The page stylesheet (dist/clinic-elements.css) keeps each element's space until its content shows:
 * before the script has run (an undefined element, in a frame that loads no script) and while `src` loads,
 * the element is as tall as it will be with the demo content, within 5%, at a phone, a tablet and a
 * desktop width, in every layout.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/define.js';
import type { ClinicElement } from '../../src/index.js';
import { settled } from '../helpers/elements.js';
import { faultJson, uniqueKey } from '../helpers/server.js';

/** How far the kept space may be from the rendered height. */
const TOLERANCE = 0.05;
const WIDTHS = [320, 768, 1280];
/** Long enough to measure the loading state; the fault server answers after it. */
const LOADING_MS = 1500;

/** Each element and layout the stylesheet has a height for, with the demo's content file and entry. */
const variants = [
  ['clinic-article-card', '', 'articles.json', 'article="depression-and-chronic-pain"'],
  ['clinic-article-card', 'horizontal', 'articles.json', 'article="ketamine-fibromyalgia-depression"'],
  ['clinic-symptom-checklist', '', 'checklists.json', 'checklist="fibromyalgia-depression"'],
  ['clinic-timeline', '', 'timelines.json', 'timeline="ketamine-infusion"'],
  ['clinic-timeline', 'horizontal', 'timelines.json', 'timeline="ketamine-infusion"'],
  ['clinic-timeline', 'auto', 'timelines.json', 'timeline="ketamine-infusion"'],
  ['clinic-consult-cta', '', 'cta.json', ''],
] as const;

const markup = (key: string) =>
  variants
    .map(([tag, layout, file, pick]) => {
      const src = faultJson(`stories/demo/content/${file}`, { key, delay: LOADING_MS });
      return `<div class="slot" style="margin-block-end: 2em">
        <${tag} ${layout ? `layout="${layout}"` : ''} ${pick} src="${src}"></${tag}>
      </div>`;
    })
    .join('');

/** The font the heights were measured with (scripts/fit-placeholders.js). */
const FONT = "16px 'DejaVu Sans', sans-serif";

const heights = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('.slot > *')].map((element) => element.getBoundingClientRect().height);

const name = ([tag, layout]: (typeof variants)[number]) => `${tag}${layout ? ` layout="${layout}"` : ''}`;

function expectClose(kept: number[], rendered: number[], when: string) {
  variants.forEach((variant, index) => {
    const miss = Math.abs(kept[index]! - rendered[index]!) / rendered[index]!;
    expect(miss, `${name(variant)} ${when}: kept ${kept[index]} px, rendered ${rendered[index]} px`).to.be.at.most(
      TOLERANCE,
    );
  });
}

let stylesheet: HTMLLinkElement;
before(async () => {
  stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/dist/clinic-elements.css' });
  const loaded = new Promise((resolve) => stylesheet.addEventListener('load', resolve, { once: true }));
  document.head.append(stylesheet);
  await loaded;
});
after(() => stylesheet.remove());

for (const width of WIDTHS) {
  describe(`the page stylesheet at ${width} px`, () => {
    let stage: HTMLElement;
    /** Measured by the first test, compared with by the second. */
    let rendered: number[];

    beforeEach(() => {
      stage = document.createElement('div');
      stage.style.width = `${width}px`;
      stage.style.font = FONT;
      document.body.append(stage);
    });
    afterEach(() => stage.remove());

    it('keeps the rendered height while src loads, and until then shows the fallback', async () => {
      stage.innerHTML = markup(uniqueKey('reserved'));
      const elements = [...stage.querySelectorAll<ClinicElement<unknown>>('.slot > *')];
      await Promise.all(elements.map((element) => element.updateComplete));
      expect(elements.map((element) => element.status)).to.deep.equal(elements.map(() => 'loading'));
      const loading = heights(stage);
      await Promise.all(elements.map((element) => settled(element)));
      await Promise.all(
        elements.flatMap((element) =>
          [...element.shadowRoot!.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)),
        ),
      );
      rendered = heights(stage);
      expectClose(loading, rendered, 'while loading');
    });

    it('keeps it before the script has run (undefined elements, in a page without the script)', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
      frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${location.origin}/dist/clinic-elements.css">
        <body style="margin: 0; font: ${FONT}">${markup(uniqueKey('undefined'))}</body>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      stage.style.width = '';
      stage.append(frame);
      await loaded;
      expectClose(heights(frame.contentDocument!), rendered, 'before the script');
    });
  });
}
