/**
 * The pre-rendered variant's fixture (issue #11): the 200 cards of the other variants (the same articles, from the
 * same src) pre-rendered into declarative shadow DOM by the library's own pre-renderer, and their stylesheet.
 * Written under node_modules/.cache/clinic-bench/, which the benchmark's server serves:
 * - prerendered.html: the cards in a page that loads the bundle only after its first frames (hydrate-page.js), for
 *   the layout shift of their take-over;
 * - what `markup` returns: the same cards as a string, which the cold page inserts with setHTMLUnsafe.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { prerender, shadowStylesheet } from '../../dist/lib/prerender/prerender.js';

const OUT = 'node_modules/.cache/clinic-bench';
/** As many cards as the other variants draw (scripts/bench/variants.js, a browser module). */
const COUNT = 200;
/** The cards' src and stylesheet as the served pages see them: site-absolute, read against the repository's root. */
const SRC = '/stories/demo/content/articles.json';
const STYLESHEET_DIR = `/${OUT}/clinic-elements`;

/** The pre-rendered cards (one string), after writing their stylesheet and the take-over page. */
export async function prerenderedCards(src = SRC) {
  const { articles } = JSON.parse(await readFile(src.slice(1), 'utf8'));
  const cards = Array.from(
    { length: COUNT },
    (_, i) => `<clinic-article-card src="${src}" article="${articles[i % articles.length].id}"></clinic-article-card>`,
  ).join('\n');
  const errors = [];
  const markup = await prerender(cards, {
    root: '.',
    stylesheet: (tag) => `${STYLESHEET_DIR}/${tag}.css`,
    onError: (line) => errors.push(line),
  });
  if (errors.length) throw new Error(`pre-rendering the benchmark's cards failed:\n${errors.join('\n')}`);

  await mkdir(`${OUT}/clinic-elements`, { recursive: true });
  await writeFile(`${OUT}/clinic-elements/clinic-article-card.css`, shadowStylesheet('clinic-article-card'));
  const page = await readFile('scripts/bench/prerendered.html', 'utf8');
  await writeFile(`${OUT}/prerendered.html`, page.replace('<!-- cards -->', markup));
  return markup;
}
