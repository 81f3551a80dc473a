/**
 * The warm rounds, in one page: 200 article cards rendered by <clinic-article-card>, beside the very same markup and
 * CSS as static HTML and as the minimal Lit card, again and again (JIT and template caches hot). Rounds alternate
 * their order so that no variant gets a warmer browser. Also measures, once, what the cold pages need: each article's
 * rendered markup and its fields for the minimal Lit card.
 */
import '../../dist/clinic-elements.js';
import '../../node_modules/.cache/clinic-bench/lit-card.js';
import { rendered, SRC, time, variants } from './variants.js';

const RUNS = Number(new URLSearchParams(location.search).get('runs') ?? 21);
const stage = document.getElementById('stage');
const { articles } = await (await fetch(SRC)).json();
const withoutComments = (markup) => markup.replace(/<!--[^]*?-->/g, '');

// The static twin: each article's rendered shadow markup, its CSS with :host made a class.
const sample = document.createElement('clinic-article-card');
stage.append(sample);
const twins = [];
const litAttributes = [];
for (const article of articles) {
  sample.content = article;
  await sample.updateComplete;
  const root = sample.shadowRoot;
  twins.push(withoutComments(root.innerHTML));
  const { image } = article;
  const fields = {
    heading: article.title,
    href: article.url,
    category: article.category,
    excerpt: article.excerpt,
    // The card's own words for reading time, author and dates.
    meta: root.querySelector('[part="meta"]').textContent,
    'image-src': image?.src,
    'image-alt': image?.alt,
    'image-width': image?.width,
    'image-height': image?.height,
  };
  litAttributes.push(Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null)));
}
const css = sample.constructor.elementStyles
  .map((sheet) => sheet.cssText)
  .join('\n')
  .replaceAll(':host', '.host');
sample.remove();

// The anchor must draw exactly the card's markup, or the comparison says nothing.
const anchor = document.createElement('minimal-lit-card');
stage.append(anchor);
for (const [index, attributes] of litAttributes.entries()) {
  for (const [name, value] of Object.entries(attributes)) anchor.setAttribute(name, value);
  await anchor.updateComplete;
  const markup = withoutComments(anchor.shadowRoot.innerHTML);
  if (markup != twins[index]) throw new Error(`the minimal Lit card draws other markup:\n${markup}\n${twins[index]}`);
  for (const name of anchor.getAttributeNames()) anchor.removeAttribute(name);
}
anchor.remove();

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [sheet];
const fixture = { articles, twins, litAttributes };

const names = Object.keys(variants);
const times = Object.fromEntries(names.map((name) => [name, []]));
const shown = {};
for (let run = 0; run < RUNS; run++) {
  for (const name of run % 2 ? [...names].reverse() : names) {
    times[name].push(await time(stage, name, fixture));
    shown[name] = rendered(stage);
  }
}
window.benchResult = { times, rendered: shown, fixture: { ...fixture, css } };
