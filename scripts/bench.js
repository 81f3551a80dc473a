/**
 * npm run bench: 200 article cards in headless Chromium, beside the same markup as static HTML and as the smallest
 * Lit element that draws it (scripts/bench/lit-card.js, attributes only: what Lit itself costs).
 *
 * Warm: one page draws each variant again and again, so JIT and template caches are hot.
 * Cold: a fresh tab for each variant in each round, as a returning visitor meets the cards. The server sends
 * `Cache-Control: max-age`, so the page, the bundle and the JSON file come from Chromium's HTTP cache without a
 * request, and the bundle's top-level code from V8's code cache (written on the second visit); untimed warm-up rounds
 * fill both. Functions first called after the top level (rendering) are still compiled on each visit, as they are for
 * a visitor. The element's script is loaded and run before the clock starts (printed apart); the cards fetch their
 * JSON (from the HTTP cache) on the clock.
 *
 * Pre-rendered (issue #11): the same 200 cards, pre-rendered by the library's own pre-renderer into declarative
 * shadow DOM (scripts/bench/prerendered.js), inserted cold with no script at all, against the static HTML twin. Then
 * their take-over: a page of those cards, served as a site would serve it, loads the bundle after its first frames;
 * its layout shift (which must be 0) and how long the 200 take-overs took.
 *
 * Each figure is the time from insertion to the end of the first frame that shows every card with its title, frames
 * unthrottled, and the main thread's CPU time meanwhile (Chromium's ThreadTime metric; the clock stretches when other
 * processes share the machine, CPU time hardly does). Prints medians with their interquartile range, the ratios, and
 * the targets (issue #9): cold card ≤ 1.15× the minimal Lit card, warm card ≤ 1.2× static HTML, judged on the clock;
 * (issue #11) cold pre-rendered cards ≤ 1.1× static HTML, and a layout shift of 0 when they are taken over.
 * RUNS=… sets the rounds of each (default 21); SRC=… another file of articles (path from the repository's root).
 */
import { loadavg } from 'node:os';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.js';
import { prerenderedCards } from './bench/prerendered.js';
import { launchChromium, UNTHROTTLED_FRAMES } from './chromium.js';
import { serve } from './serve.js';

const RUNS = Number(process.env.RUNS ?? 21);
/** Another collection of articles for the cards (a path from the repository's root), instead of the demo's. */
const SRC = process.env.SRC ? { src: `../../${process.env.SRC}` } : {};
/** Cold rounds that are not counted: the first visits fill the HTTP cache, the next ones V8's code cache. */
const WARM_UP_ROUNDS = 3;
const TARGET = { coldCardPerLit: 1.15, warmCardPerStatic: 1.2, coldPrerenderedPerStatic: 1.1 };
/** Fresh tabs in which the pre-rendered cards are taken over. */
const TAKE_OVER_ROUNDS = 7;
const CARD = 'cards, one shared src';
const CONTENT = 'cards, content property';
const WARM = ['static HTML', 'minimal Lit card', CONTENT, CARD];
const PRERENDERED = 'pre-rendered cards';
const COLD = ['static HTML', 'minimal Lit card', CARD, CONTENT, PRERENDERED];

// The anchor goes through the library's own build plugins, so that its templates are minified as the card's are.
const anchor = await rollup({ input: 'scripts/bench/lit-card.js', plugins: plugins() });
await anchor.write({ file: 'node_modules/.cache/clinic-bench/lit-card.js', format: 'es' });
await anchor.close();

const prerendered = await prerenderedCards(process.env.SRC && `/${process.env.SRC}`);

// The harness writes its static twin with innerHTML, which the demo's Trusted Types policy forbids.
const { server, url } = await serve({ csp: false, maxAge: 3600 });
const browser = await launchChromium(UNTHROTTLED_FRAMES);

/** A fresh tab at `path`, and `until(fn)`: waits for `fn` to return something in the page, or for a page error. */
async function openPage(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const failed = new Promise((_, reject) => page.on('pageerror', reject));
  await page.goto(`${url}/scripts/bench/${path}`);
  const until = (fn) => Promise.race([page.waitForFunction(fn, { timeout: 300_000 }), failed]);
  // The main thread's CPU time: other processes on a busy machine stretch the clock, but hardly this.
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  const threadTime = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name == 'ThreadTime').value * 1000;
  };
  /** Runs `fn` in the page: its result, with `cpu`, the main thread's CPU ms meanwhile. */
  const measure = async (fn, ...args) => {
    const before = await threadTime();
    const result = await page.evaluate(fn, ...args);
    return { ...result, cpu: (await threadTime()) - before };
  };
  return { page, until, measure };
}

/** One fresh tab draws `variant` once: its time, and how long its script took to load and run before. */
async function coldRound(variant, fixture) {
  const { page, until, measure } = await openPage(`cold.html?${new URLSearchParams({ variant, ...SRC })}`);
  try {
    await until(() => window.benchCold);
    return await measure((fixture) => window.benchCold(fixture), fixture);
  } finally {
    await page.close();
  }
}

/** A fresh tab opens the pre-rendered page, which loads the bundle after its first frames: what the take-over did. */
async function takeOverRound() {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}/node_modules/.cache/clinic-bench/prerendered.html`);
    await page.waitForFunction(() => window.benchHydration, { timeout: 60_000 });
    return await page.evaluate(() => window.benchHydration);
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

/** Per variant, for the clock and for CPU: median, interquartile range, and the ratios to static HTML and to Lit. */
function table(rounds) {
  const median = (name, key) => spread(rounds[name].map((round) => round[key])).median;
  console.log(`  ${''.padEnd(24)} ${'clock: insertion to frame'.padEnd(44)} main-thread CPU meanwhile`);
  for (const name of Object.keys(rounds)) {
    const columns = ['ms', 'cpu'].map((key) => {
      const stats = spread(rounds[name].map((round) => round[key]));
      const perStatic = (stats.median / median('static HTML', key)).toFixed(2);
      const perLit = (stats.median / median('minimal Lit card', key)).toFixed(2);
      return `${ms(stats.median)} ms ${range(stats)} ${perStatic}× static ${perLit}× Lit`;
    });
    console.log(`  ${name.padEnd(24)} ${columns.join('   ')}`);
  }
}

/** A ratio of median times against its target; the same ratio round by round, and the ratio of CPU times. */
function verdict(label, rounds, numerator, denominator, target) {
  const median = (name, key) => spread(rounds[name].map((round) => round[key])).median;
  const ratio = median(numerator, 'ms') / median(denominator, 'ms');
  const paired = spread(rounds[numerator].map((round, index) => round.ms / rounds[denominator][index].ms));
  const cpu = median(numerator, 'cpu') / median(denominator, 'cpu');
  const met = ratio <= target ? 'met' : 'NOT met';
  console.log(
    `  ${label.padEnd(42)} ${ratio.toFixed(2)}×  target ≤ ${target}×: ${met.padEnd(8)}` +
      ` (per round ${paired.median.toFixed(2)}× [${paired.q1.toFixed(2)}–${paired.q3.toFixed(2)}];` +
      ` CPU ${cpu.toFixed(2)}×)`,
  );
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
/** The order of the variants in a round: reversed every other round, so that none is always first. */
const order = (names, round) => (round % 2 ? [...names].reverse() : names);
try {
  console.log(`load average before: ${load()} (1, 5, 15 min)`);
  const warmPage = await openPage(`index.html?${new URLSearchParams(SRC)}`);
  await warmPage.until(() => window.benchFixture);
  const fixture = { ...(await warmPage.page.evaluate(() => window.benchFixture)), prerendered };
  const warm = Object.fromEntries(WARM.map((name) => [name, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const name of order(WARM, round)) {
      await warmPage.page.evaluate(() => window.benchClear());
      warm[name].push(await warmPage.measure((variant) => window.benchWarm(variant), name));
    }
  }
  await warmPage.page.close();

  const cold = Object.fromEntries(COLD.map((name) => [name, []]));
  for (let round = -WARM_UP_ROUNDS; round < RUNS; round++) {
    for (const name of order(COLD, round)) {
      const result = await coldRound(name, fixture);
      if (round >= 0) cold[name].push(result);
    }
  }
  const takeOvers = [];
  for (let round = -1; round < TAKE_OVER_ROUNDS; round++) {
    const result = await takeOverRound();
    if (round >= 0) takeOvers.push(result);
  }
  for (const [mode, rounds] of Object.entries({ warm, cold })) {
    for (const [name, results] of Object.entries(rounds)) {
      const short = results.find((result) => result.rendered != 200);
      if (short) throw new Error(`${mode}: only ${short.rendered} of 200 cards rendered (${name})`);
    }
  }

  console.log(
    `\n200 article cards in Chromium, insertion to the end of the first frame showing all, frames unthrottled;` +
      `\nmedian [interquartile range] of ${RUNS} interleaved rounds`,
  );
  console.log(`\nWARM: one page, every variant drawn again and again`);
  table(warm);
  console.log(`\nCOLD: a fresh tab per variant and round; page, bundle and JSON from the HTTP cache`);
  table(cold);
  const script = (name) => `${spread(cold[name].map((round) => round.moduleMs)).median.toFixed(1)} ms`;
  console.log(
    `  before the clock, loading and running the script: bundle ${script(CARD)}, ` +
      `minimal Lit card ${script('minimal Lit card')}`,
  );
  const takeOverMs = spread(takeOvers.map((round) => round.ms));
  const worstShift = Math.max(...takeOvers.map((round) => round.shiftTakeOver));
  console.log(
    `\nTAKE-OVER of ${takeOvers[0].cards} pre-rendered cards (bundle loaded after the first frames), ` +
      `${TAKE_OVER_ROUNDS} fresh tabs:` +
      `\n  layout shift: ${worstShift.toFixed(4)} at most (before the script: ` +
      `${Math.max(...takeOvers.map((round) => round.shiftBefore)).toFixed(4)})` +
      `\n  loading the bundle to the frame after all are taken over: ${ms(takeOverMs.median).trim()} ms ` +
      `${range(takeOverMs).trim()}`,
  );
  console.log(`\nTARGETS (clock)`);
  verdict('cold: card / minimal Lit card', cold, CARD, 'minimal Lit card', TARGET.coldCardPerLit);
  verdict('warm: card / static HTML', warm, CARD, 'static HTML', TARGET.warmCardPerStatic);
  verdict('warm: card (content property) / static HTML', warm, CONTENT, 'static HTML', TARGET.warmCardPerStatic);
  const coldPerStatic =
    spread(cold[CARD].map((r) => r.ms)).median / spread(cold['static HTML'].map((r) => r.ms)).median;
  console.log(`  ${'cold: card / static HTML (for reference)'.padEnd(42)} ${coldPerStatic.toFixed(2)}×`);
  verdict('cold: pre-rendered cards / static HTML', cold, PRERENDERED, 'static HTML', TARGET.coldPrerenderedPerStatic);
  const shiftMet = worstShift == 0 ? 'met' : 'NOT met';
  console.log(`  ${'take-over: layout shift'.padEnd(42)} ${worstShift.toFixed(4)}  target 0: ${shiftMet}`);
  console.log(`load average after: ${load()}`);
} finally {
  await browser.close();
  server.close();
}
