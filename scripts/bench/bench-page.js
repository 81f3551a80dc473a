/**
 * In the browser: 200 article cards rendered by <clinic-article-card>, beside the very same markup
 * and CSS as static HTML, timed from insertion to the second animation frame (the first frame that
 * shows them). Runs alternate so that neither side gets a warmer browser.
 */
import '../../dist/clinic-elements.js';

const COUNT = 200;
const RUNS = Number(new URLSearchParams(location.search).get('runs') ?? 21);
const stage = document.getElementById('stage');
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const src = '../../stories/demo/content/articles.json';
const { articles } = await (await fetch(src)).json();

// The static twin: one card's rendered shadow markup, its CSS with :host made a class.
const sample = document.createElement('clinic-article-card');
sample.content = articles[0];
stage.append(sample);
await sample.updateComplete;
const markup = (article) => {
  sample.content = article;
  return sample.updateComplete.then(() => sample.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''));
};
const twins = await Promise.all(articles.map(markup));
const css = sample.constructor.elementStyles
  .map((s) => s.cssText)
  .join('\n')
  .replaceAll(':host', '.host');
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [sheet];
sample.remove();
const staticHtml = Array.from({ length: COUNT }, (_, i) => `<div class="host">${twins[i % twins.length]}</div>`).join(
  '',
);

const variants = {
  'static HTML': () => {
    stage.innerHTML = staticHtml;
  },
  'cards, content property': () => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < COUNT; i++) {
      const card = document.createElement('clinic-article-card');
      card.content = articles[i % articles.length];
      fragment.append(card);
    }
    stage.append(fragment);
  },
  'cards, one shared src': () => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < COUNT; i++) {
      const card = document.createElement('clinic-article-card');
      card.setAttribute('src', src);
      card.setAttribute('article', articles[i % articles.length].id);
      fragment.append(card);
    }
    stage.append(fragment);
  },
};

async function time(render) {
  stage.replaceChildren();
  await frames();
  const start = performance.now();
  render();
  await frames();
  return performance.now() - start;
}

const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
const names = Object.keys(variants);
for (let run = 0; run < RUNS; run++) {
  for (const name of run % 2 ? [...names].reverse() : names) times[name].push(await time(variants[name]));
}
// The cards really rendered: the last run's cards all show a title.
const rendered = [...stage.children].filter((card) => card.shadowRoot?.querySelector('[part="title"]')).length;
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
window.benchResult = {
  runs: RUNS,
  count: COUNT,
  rendered,
  medians: Object.fromEntries(names.map((n) => [n, median(times[n])])),
};
