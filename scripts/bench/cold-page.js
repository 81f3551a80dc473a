/**
 * One cold round: a fresh page that draws one variant's 200 cards once. `?variant=` names it; the page loads only the
 * script that variant needs (from the HTTP cache, as a returning visitor has it) and waits for `benchCold(fixture)`.
 */
import { rendered, time } from './variants.js';

const SCRIPTS = {
  'minimal Lit card': '../../node_modules/.cache/clinic-bench/lit-card.js',
  'cards, content property': '../../dist/clinic-elements.js',
  'cards, one shared src': '../../dist/clinic-elements.js',
};
const params = new URLSearchParams(location.search);
const variant = params.get('variant');
// `?script=` loads another build (scripts/bench/profile.js loads unminified ones, so that a profile names functions).
const script = params.has('script') && SCRIPTS[variant] ? params.get('script') : SCRIPTS[variant];
const started = performance.now();
if (script) await import(script);
/** Loading and running the script, before the clock of the round starts. */
const moduleMs = performance.now() - started;

window.benchCold = async ({ css, ...fixture }) => {
  if (variant == 'static HTML') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [sheet];
  }
  const stage = document.getElementById('stage');
  const ms = await time(stage, variant, fixture);
  return { ms, moduleMs, rendered: rendered(stage) };
};
