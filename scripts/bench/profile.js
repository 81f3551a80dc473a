/**
 * npm run bench:profile: where the cold time goes. Draws each variant of npm run bench in a fresh tab, as the cold
 * rounds do, from unminified builds (so that a profile names the functions), under a Chromium trace. Prints, per
 * variant, the main thread's thread time in the round by phase: script until the end of the first frame and after it
 * (for cards from src: the render after the JSON came), compile, garbage collection, style, layout, paint, parsing,
 * other, and the time it waited (idle, or descheduled on a busy machine), with the number of frames; medians in ms.
 * SAMPLE=1 turns the V8 sampling profiler on and adds the functions that take the script time, by their share of the
 * samples, before and after the first frame. Its samples come in bursts inside DOM calls during the insertion (each
 * createElement and setAttribute), which overstates those calls: read shares within the script, not absolute times.
 * ROUNDS=… (default 9), TOP=… functions (default 45), VARIANTS=… (comma-separated names; default all four).
 */
import { loadavg } from 'node:os';
import { rollup } from 'rollup';
import { plugins } from '../../rollup.config.js';
import { launchChromium, UNTHROTTLED_FRAMES } from '../chromium.js';
import { serve } from '../serve.js';
import { analyse, categories } from './trace.js';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const TOP = Number(process.env.TOP ?? 45);
const WARM_UP_ROUNDS = 3;
const ALL = ['static HTML', 'minimal Lit card', 'cards, one shared src', 'cards, content property'];
const VARIANTS = process.env.VARIANTS?.split(/,(?! )/) ?? ALL;
const DEBUG = 'node_modules/.cache/clinic-bench/debug';
const SAMPLE = !!process.env.SAMPLE;
// Unminified builds of the bundle and the anchor, with the same literal minifier.
const debugPlugins = () => plugins().filter((plugin) => plugin.name != 'terser');
for (const [input, file] of [
  ['src/define.ts', 'clinic-elements.js'],
  ['scripts/bench/lit-card.js', 'lit-card.js'],
]) {
  const build = await rollup({ input, plugins: debugPlugins() });
  // A directory: the bundle's lazy features are chunks beside it.
  await build.write({ dir: DEBUG, entryFileNames: file, format: 'es' });
  await build.close();
}

const { server, url } = await serve({ csp: false, maxAge: 3600 });
const browser = await launchChromium(UNTHROTTLED_FRAMES);

async function tracedRound(variant, fixture) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    const bundle = variant == 'minimal Lit card' ? 'lit-card.js' : 'clinic-elements.js';
    const query = new URLSearchParams({ variant, script: `../../${DEBUG}/${bundle}` });
    await page.goto(`${url}/scripts/bench/cold.html?${query}`);
    await page.waitForFunction(() => window.benchCold);
    await page.tracing.start({ categories: categories({ sample: SAMPLE }) });
    const result = await page.evaluate((fixture) => window.benchCold(fixture), fixture);
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    if (result.rendered != 200) throw new Error(`only ${result.rendered} of 200 cards rendered (${variant})`);
    return analyse(traceEvents);
  } finally {
    await page.close();
  }
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
};
const ms = (value) => value.toFixed(1).padStart(7);

try {
  console.log(
    `load average before: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')}`,
  );
  const warm = await browser.newPage();
  await warm.goto(`${url}/scripts/bench/index.html`);
  await warm.waitForFunction(() => window.benchFixture, { timeout: 120_000 });
  const fixture = await warm.evaluate(() => window.benchFixture);
  await warm.close();

  const rounds = Object.fromEntries(VARIANTS.map((name) => [name, []]));
  for (let round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
    for (const name of round % 2 ? [...VARIANTS].reverse() : VARIANTS) {
      const result = await tracedRound(name, fixture);
      if (round >= 0) rounds[name].push(result);
    }
  }

  console.log(`\nCOLD, traced, main thread, median of ${ROUNDS} rounds (ms):`);
  const phaseNames = Object.keys(rounds[VARIANTS[0]][0].phases);
  const heading = phaseNames.map((name) => name.replace('script after 1st frame', 'script 2').padStart(11));
  console.log(`  ${'variant'.padEnd(24)}   total ${heading.join('')}`);
  for (const [name, results] of Object.entries(rounds)) {
    const columns = phaseNames.map((phase) => ms(median(results.map((result) => result.phases[phase]))).padStart(11));
    console.log(`  ${name.padEnd(24)} ${ms(median(results.map((result) => result.wall)))}${columns.join('')}`);
  }

  for (const [name, results] of Object.entries(rounds)) {
    if (!SAMPLE || name == 'static HTML') continue;
    for (const stage of ['until the first frame', 'after the first frame']) {
      const total = results.reduce((sum, result) => sum + result.samples[stage], 0);
      if (total < results.length * 10) continue;
      const shares = new Map();
      for (const result of results) {
        for (const [fn, { inclusive, self }] of result.functions[stage]) {
          const share = shares.get(fn) ?? { inclusive: 0, self: 0 };
          share.inclusive += (100 * inclusive) / total;
          share.self += (100 * self) / total;
          shares.set(fn, share);
        }
      }
      console.log(`\n${name}, ${stage}: functions by % of script samples, inclusive and self`);
      const top = [...shares].filter(([fn]) => !/^\((program|idle|root)\)$/.test(fn));
      top.sort(([, a], [, b]) => b.inclusive - a.inclusive);
      for (const [fn, { inclusive, self }] of top.slice(0, TOP)) {
        console.log(`  ${ms(inclusive)}% ${ms(self)}%  ${fn}`);
      }
    }
  }
  console.log(
    `\nload average after: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')}`,
  );
} finally {
  await browser.close();
  server.close();
}
