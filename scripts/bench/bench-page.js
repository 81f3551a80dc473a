/**
 * The warm page: 200 article cards rendered by <clinic-article-card>, beside the very same markup and CSS as static
 * HTML and as the minimal Lit card, again and again in one page (JIT and template caches hot). Also measures, once,
 * what the cold pages need: each article's rendered markup and its fields for the minimal Lit card.
 */
import '../../node_modules/.cache/clinic-bench/lit-card.js';
import { rendered, SRC, time } from './variants.js';

// `?script=` loads another build of the bundle (scripts/bench/profile.js loads an unminified one).
await import(new URLSearchParams(location.search).get('script') ?? '../../dist/clinic-elements.js');

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

// npm run bench drives the rounds, one variant at a time, so that it can read the main thread's CPU time around each.
// It clears the stage first, so that the time taken to remove one variant's cards is not counted to the next.
window.benchClear = async () => {
  stage.replaceChildren();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};
window.benchWarm = async (variant) => {
  const ms = await time(stage, variant, fixture);
  return { ms, rendered: rendered(stage) };
};
window.benchFixture = { ...fixture, css };
