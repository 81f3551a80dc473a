/**
 * npm run lighthouse [path …]: Lighthouse's mobile audit (a mid-range phone on a slow 4G network, simulated)
 * of the demo page, or of each path given, served as `npm start` serves it. Prints the category scores and
 * the layout shift and paint figures; the targets of issue #15 are performance ≥ 98, CLS ≤ 0.01 and 100 in
 * accessibility, best practices and SEO. Lighthouse runs through npx, pinned, so that the test install
 * does not carry it; it uses Debian's Chromium (CHROME_PATH).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from './serve.js';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const MAX_LAYOUT_SHIFT = 0.01;

const paths = process.argv.slice(2);
const { server, url } = await serve();
const reports = await mkdtemp(join(tmpdir(), 'lighthouse-'));
let missed = 0;
try {
  for (const path of paths.length ? paths : ['/stories/demo/']) {
    const output = join(reports, 'report.json');
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url + path,
        '--quiet',
        '--form-factor=mobile',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
        '--output=json',
        `--output-path=${output}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
    );
    const { categories, audits } = JSON.parse(await readFile(output, 'utf8'));
    const figure = (id) => audits[id].numericValue;
    console.log(`${path} (Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile):`);
    for (const [id, target] of Object.entries(TARGETS)) {
      const score = Math.round(categories[id].score * 100);
      if (score < target) missed++;
      console.log(`  ${categories[id].title.padEnd(16)} ${String(score).padStart(3)}   target ≥ ${target}`);
    }
    const shift = figure('cumulative-layout-shift');
    if (shift > MAX_LAYOUT_SHIFT) missed++;
    const milliseconds = (id) => `${Math.round(figure(id))} ms`;
    console.log(
      `  CLS ${shift.toFixed(3)} (target ≤ ${MAX_LAYOUT_SHIFT}), ` +
        `first contentful paint ${milliseconds('first-contentful-paint')}, ` +
        `largest ${milliseconds('largest-contentful-paint')}, ` +
        `total blocking time ${milliseconds('total-blocking-time')}`,
    );
    for (const category of Object.values(categories)) {
      for (const { id, weight } of category.auditRefs) {
        const { score, title, displayValue = '' } = audits[id];
        if (weight > 0 && score !== null && score < 1) console.log(`    ${category.id}: ${title} ${displayValue}`);
      }
    }
  }
} finally {
  server.close();
}
if (missed) {
  console.error(`${missed} target(s) missed.`);
  process.exit(1);
}
