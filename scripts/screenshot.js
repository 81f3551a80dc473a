/**
 * Screenshots of the demo and the stories in headless Chromium, at a phone and a desktop width:
 *   node scripts/screenshot.js [path …]     (default: the demo page)
 * Writes screenshots/<name>-<width>.png and prints console errors and CSP violations, which fail it.
 */
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.js';

const paths = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const { server, url } = await serve();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--hide-scrollbars',
  ],
});
await mkdir('screenshots', { recursive: true });
const problems = [];
try {
  for (const path of paths.length ? paths : ['/stories/demo/']) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      page.on('console', (m) => m.type() === 'error' && problems.push(`${path} @${width}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${path} @${width}: ${e.message}`));
      await page.evaluateOnNewDocument(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await page.goto(url + path, { waitUntil: 'networkidle0' });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const name = path.replace(/^\/|\/$/g, '').replace(/[^\w.-]+/g, '_') || 'index';
      await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
      console.log(`screenshots/${name}-${width}.png`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
