/**
 * npm run bench: 200 article cards in headless Chromium, beside the same markup as static HTML and as the smallest
 * Lit element that draws it (scripts/bench/lit-card.js, attributes only: what Lit itself costs).
 *
 * Warm: one page draws each variant again and again, so JIT and template caches are hot.
 * Cold: a fresh tab for each variant in each round, as a returning visitor meets the cards. The server sends
 * `Cache-Control: max-age`, so the page, the bundle and the JSON file come from Chromium's HTTP cache without a
 * request, and the bundle's compiled code from V8's code cache; untimed warm-up rounds fill both. The element's script
 * is loaded and run before the clock starts (printed apart); the cards fetch their JSON (from the cache) on the clock.
 *
 * Each figure is the time from insertion to the end of the first frame that shows every card with its title, frames
 * unthrottled. Prints medians with their interquartile range, the ratios, and the targets (issue #9): cold card
 * ≤ 1.15× the minimal Lit card, warm card ≤ 1.2× static HTML. RUNS=… sets the rounds of each (default 21).
 */
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.js';
import { serve } from './serve.js';

const RUNS = Number(process.env.RUNS ?? 21);
/** Cold rounds that are not counted: the first visits fill the HTTP cache, the next ones V8's code cache. */
const WARM_UP_ROUNDS = 3;
const TARGET = { coldCardPerLit: 1.15, warmCardPerStatic: 1.2 };
const COLD = ['static HTML', 'minimal Lit card', 'cards, one shared src', 'cards, content property'];
const CARD = 'cards, one shared src';

// The anchor goes through the library's own build plugins, so that its templates are minified as the card's are.
const anchor = await rollup({ input: 'scripts/bench/lit-card.js', plugins: plugins() });
await anchor.write({ file: 'node_modules/.cache/clinic-bench/lit-card.js', format: 'es' });
await anchor.close();

// The harness writes its static twin with innerHTML, which the demo's Trusted Types policy forbids.
const { server, url } = await serve({ csp: false, maxAge: 3600 });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // Frames unthrottled: at 60 Hz "the second frame" counts vsync intervals (33 or 50 ms) rather than
  // work, and a run that just misses a deadline reads 1.4× where its work is 1.1×.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
  ],
});

/** A fresh tab at `path`, and `until(fn)`: waits for `fn` to return something in the page, or for a page error. */
async function openPage(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const failed = new Promise((_, reject) => page.on('pageerror', reject));
  await page.goto(`${url}/scripts/bench/${path}`);
  const until = (fn) => Promise.race([page.waitForFunction(fn, { timeout: 300_000 }), failed]);
  return { page, until };
}

/** One fresh tab draws `variant` once: its time, and how long its script took to load and run before. */
async function coldRound(variant, fixture) {
  const { page, until } = await openPage(`cold.html?variant=${encodeURIComponent(variant)}`);
  try {
    await until(() => window.benchCold);
    return await page.evaluate((fixture) => window.benchCold(fixture), fixture);
  } finally {
    await page.close();
  }
}

const quantile = (sorted, q) => {
  const index = (sorted.length - 1) * q;
  const below = sorted[Math.floor(index)];
  return below + (sorted[Math.ceil(index)] - below) * (index - Math.floor(index));
};
const spread = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
};
const ms = (value) => value.toFixed(1).padStart(6);
const range = ({ q1, q3 }) => `[${ms(q1).trim()}–${ms(q3).trim()}]`.padEnd(14);

/** One line per variant: median, interquartile range, and its ratio to static HTML and to the minimal Lit card. */
function table(times) {
  const medians = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, spread(list).median]));
  for (const [name, list] of Object.entries(times)) {
    const stats = spread(list);
    const perStatic = (stats.median / medians['static HTML']).toFixed(2);
    const perLit = (stats.median / medians['minimal Lit card']).toFixed(2);
    console.log(`  ${name.padEnd(24)} ${ms(stats.median)} ms ${range(stats)} ${perStatic}× static  ${perLit}× Lit`);
  }
  return medians;
}

/** A ratio of medians against its target, and the same ratio taken round by round (robust to a busy machine). */
function verdict(label, numerator, denominator, target) {
  const ratio = spread(numerator).median / spread(denominator).median;
  const paired = spread(numerator.map((value, round) => value / denominator[round]));
  const pairs = `per round ${paired.median.toFixed(2)}× [${paired.q1.toFixed(2)}–${paired.q3.toFixed(2)}]`;
  const met = ratio <= target ? 'met' : 'NOT met';
  console.log(`  ${label.padEnd(42)} ${ratio.toFixed(2)}×  target ≤ ${target}×: ${met.padEnd(8)} (${pairs})`);
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
try {
  console.log(`load average before: ${load()} (1, 5, 15 min)`);
  const warmPage = await openPage(`index.html?runs=${RUNS}`);
  const warm = await warmPage.until(() => window.benchResult).then((handle) => handle.jsonValue());
  await warmPage.page.close();
  for (const [name, count] of Object.entries(warm.rendered)) {
    if (count != 200) throw new Error(`warm: only ${count} of 200 cards rendered (${name})`);
  }

  const cold = Object.fromEntries(COLD.map((name) => [name, []]));
  const moduleMs = Object.fromEntries(COLD.map((name) => [name, []]));
  for (let round = -WARM_UP_ROUNDS; round < RUNS; round++) {
    for (const name of round % 2 ? [...COLD].reverse() : COLD) {
      const result = await coldRound(name, warm.fixture);
      if (result.rendered != 200) throw new Error(`cold: only ${result.rendered} of 200 cards rendered (${name})`);
      if (round < 0) continue;
      cold[name].push(result.ms);
      moduleMs[name].push(result.moduleMs);
    }
  }

  console.log(
    `\n200 article cards in Chromium, insertion to the end of the first frame showing all, frames unthrottled` +
      `\nmedian [interquartile range] of ${RUNS} interleaved rounds`,
  );
  console.log(`\nWARM: one page, every variant drawn again and again`);
  table(warm.times);
  console.log(`\nCOLD: a fresh tab per variant and round; page, bundle and JSON from the HTTP cache`);
  table(cold);
  const script = (name) => `${spread(moduleMs[name]).median.toFixed(1)} ms`;
  console.log(
    `  before the clock, loading and running the script: bundle ${script(CARD)}, ` +
      `minimal Lit card ${script('minimal Lit card')}`,
  );
  console.log(`\nTARGETS`);
  verdict('cold: card / minimal Lit card', cold[CARD], cold['minimal Lit card'], TARGET.coldCardPerLit);
  verdict('warm: card / static HTML', warm.times[CARD], warm.times['static HTML'], TARGET.warmCardPerStatic);
  verdict(
    'warm: card (content property) / static HTML',
    warm.times['cards, content property'],
    warm.times['static HTML'],
    TARGET.warmCardPerStatic,
  );
  const coldPerStatic = spread(cold[CARD]).median / spread(cold['static HTML']).median;
  console.log(`  ${'cold: card / static HTML (for reference)'.padEnd(42)} ${coldPerStatic.toFixed(2)}×`);
  console.log(`load average after: ${load()}`);
} finally {
  await browser.close();
  server.close();
}
