/**
 * What the warm and the cold pages both time: 200 article cards drawn four ways, and the clock from their insertion
 * to the frame after all of them show their title.
 */
export const COUNT = 200;
/** A round that has not shown every card by then has failed. */
const GIVE_UP_MS = 10_000;
/** One collection file for every card: the demo page's, or `?src=` (relative to scripts/bench/). */
export const SRC = new URLSearchParams(location.search).get('src') ?? '../../stories/demo/content/articles.json';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * How each variant puts its 200 cards into `stage`. `fixture` holds what the warm page measured once: `articles`,
 * `twins` (each article's rendered shadow markup, for the static copy) and `litAttributes` (each article's fields as
 * the minimal Lit card takes them); and `prerendered`, the 200 cards as the pre-renderer writes them
 * (scripts/bench/prerendered.js).
 */
export const variants = {
  'static HTML': (stage, { twins }) => {
    stage.innerHTML = Array.from(
      { length: COUNT },
      (_, i) => `<div class="host">${twins[i % twins.length]}</div>`,
    ).join('');
  },
  'minimal Lit card': (stage, { litAttributes }) => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < COUNT; i++) {
      const card = document.createElement('minimal-lit-card');
      for (const [name, value] of Object.entries(litAttributes[i % litAttributes.length])) {
        card.setAttribute(name, value);
      }
      fragment.append(card);
    }
    stage.append(fragment);
  },
  // Declarative shadow DOM, with no script: the parser attaches each shadow root (innerHTML would not).
  'pre-rendered cards': (stage, { prerendered }) => {
    stage.setHTMLUnsafe(prerendered);
  },
  'cards, content property': (stage, { articles }) => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < COUNT; i++) {
      const card = document.createElement('clinic-article-card');
      card.content = articles[i % articles.length];
      fragment.append(card);
    }
    stage.append(fragment);
  },
  'cards, one shared src': (stage, { articles }) => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < COUNT; i++) {
      const card = document.createElement('clinic-article-card');
      card.setAttribute('src', SRC);
      card.setAttribute('article', articles[i % articles.length].id);
      fragment.append(card);
    }
    stage.append(fragment);
  },
};

/**
 * How many of the stage's cards show their title, styled (a card that still loads shows none; a pre-rendered card's
 * shadow root links its stylesheet, which must have arrived).
 */
export const rendered = (stage) =>
  [...stage.children].filter((card) => {
    const root = card.shadowRoot ?? card;
    const styled = [...root.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet);
    return styled && root.querySelector('[part="title"]');
  }).length;

/**
 * Milliseconds from inserting the variant's cards into an empty `stage` to the end of the first frame that shows all
 * of them.
 */
export async function time(stage, variant, fixture) {
  stage.replaceChildren();
  await frame();
  await frame();
  // The marks let a trace (scripts/bench/profile.js) find the round.
  const start = performance.mark('bench-start').startTime;
  variants[variant](stage, fixture);
  // A frame's animation callbacks run before it is drawn: the one that finds every title starts the frame that shows
  // them, and the next one comes after it.
  do {
    await frame();
    if (performance.now() - start > GIVE_UP_MS) throw new Error(`${variant}: only ${rendered(stage)} cards rendered`);
  } while (rendered(stage) < COUNT);
  await frame();
  return performance.mark('bench-end').startTime - start;
}
