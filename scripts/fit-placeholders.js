/**
 * npm run fit-placeholders: measures how tall each element is with the demo content, across widths, in
 * headless Chromium (DejaVu Sans, 16 px), and writes src/page-styles/reserved-heights.json: for each element
 * and layout, the
 * measured heights at 320, 768 and 1280 px, and the fewest more (width, height) points, in em, whose straight
 * lines stay within MAX_ERROR of every height measured from 300 to 1300 px. Run it after a change that moves
 * an element's height; the build turns the file into dist/clinic-elements.css.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { launchChromium } from './chromium.js';
import { serve } from './serve.js';

const FONT_SIZE_PX = 16;
const WIDTHS = { from: 300, to: 1300, step: 10 };
/** Widths the model is exact at: a phone, a tablet, a desktop column. */
const ANCHORS = [320, 768, 1280];
/** The largest miss allowed elsewhere between the lines and a measured height: 6%, or one line of text. */
const MAX_ERROR = 0.06;
const LINE_PX = 1.5 * FONT_SIZE_PX;
const allowed = (height) => Math.max(MAX_ERROR * height, LINE_PX);

const content = async (file) => JSON.parse(await readFile(`stories/demo/content/${file}`, 'utf8'));
const [articles, checklists, timelines, cta] = await Promise.all(
  ['articles.json', 'checklists.json', 'timelines.json', 'cta.json'].map(content),
);

/** Each model: the element, its `layout` (or `default`), and the demo content it is measured with. */
const variants = [
  ['clinic-article-card', 'default', articles.articles[0]],
  ['clinic-article-card', 'horizontal', articles.articles[1]],
  ['clinic-symptom-checklist', 'default', checklists.checklists[0]],
  ['clinic-timeline', 'default', timelines.timelines[0]],
  ['clinic-timeline', 'horizontal', timelines.timelines[0]],
  ['clinic-timeline', 'auto', timelines.timelines[0]],
  ['clinic-consult-cta', 'default', cta],
];

/** Heights in px at each width, measured once the element and its images have rendered. */
async function measure(page, [tag, layout, value]) {
  return page.evaluate(
    async (tag, layout, value, { from, to, step }, anchors) => {
      const stage = document.getElementById('stage');
      const heights = [];
      const widths = [
        ...new Set([...anchors, ...Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step)]),
      ];
      for (const width of widths.sort((a, b) => a - b)) {
        stage.style.width = `${width}px`;
        const element = document.createElement(tag);
        if (layout != 'default') element.setAttribute('layout', layout);
        element.content = value;
        stage.replaceChildren(element);
        await element.updateComplete;
        await Promise.all([...element.shadowRoot.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
        heights.push([width, element.getBoundingClientRect().height]);
      }
      return heights;
    },
    tag,
    layout,
    value,
    WIDTHS,
    ANCHORS,
  );
}

/** The height the straight lines through `points` give at `width` (flat outside them). */
function interpolate(points, width) {
  if (width <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    if (width <= x1) {
      const [x0, y0] = points[i - 1];
      return y0 + ((y1 - y0) * (width - x0)) / (x1 - x0);
    }
  }
  return points.at(-1)[1];
}

/**
 * The fewest points that keep every measured height within MAX_ERROR: the anchors, then the worst-missed
 * width, until none is missed.
 */
function fit(measured) {
  const points = measured.filter(([width]) => ANCHORS.includes(width));
  for (;;) {
    let worst;
    let worstMiss = 0;
    for (const [width, height] of measured) {
      const miss = Math.abs(interpolate(points, width) - height) / allowed(height);
      if (miss > 1 && miss > worstMiss) [worst, worstMiss] = [[width, height], miss];
    }
    if (!worst) return points;
    // A jump between two neighbouring widths: keep both sides, a pixel apart.
    const index = measured.findIndex(([width]) => width === worst[0]);
    const before = measured[index - 1];
    const jump = before && Math.abs(before[1] - worst[1]) > 2 * allowed(worst[1]);
    points.push(worst, ...(jump ? [[worst[0] - 1, before[1]]] : []));
    points.sort((a, b) => a[0] - b[0]);
  }
}

const em = (px) => Math.round((px / FONT_SIZE_PX) * 100) / 100;

const { server, url } = await serve({ csp: false });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTHS.to + 100, height: 900 });
  // A page of the demo, so that the content's relative image URLs resolve, without the demo's own styles.
  await page.goto(`${url}/stories/demo/book.html`);
  await page.evaluate(async () => {
    for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) sheet.remove();
    document.body.innerHTML = '<div id="stage"></div>';
    document.body.style.cssText = `margin: 0; font: 16px 'DejaVu Sans', sans-serif`;
    await import('/dist/clinic-elements.js');
  });
  const models = {};
  for (const variant of variants) {
    const [tag, layout] = variant;
    const points = fit(await measure(page, variant));
    (models[tag] ??= {})[layout] = points.map(([width, height]) => ({ width: em(width), height: em(height) }));
    console.log(`${tag} ${layout}: ${points.length} points`);
  }
  const json = await format(JSON.stringify(models), { parser: 'json' });
  await writeFile('src/page-styles/reserved-heights.json', json);
  console.log('wrote src/page-styles/reserved-heights.json');
} finally {
  await browser.close();
  server.close();
}
