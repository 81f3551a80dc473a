/**
 * Screenshots of the demo and the stories in headless Chromium, at a phone and a desktop width:
 *   node scripts/screenshot.js [path …]     (default: the demo page)
 * Writes screenshots/<name>-<width>.png and prints console errors and CSP violations, which fail it.
 * THEME=a.css,b.css adds those stylesheets (paths from the project root) after the page's own, as a host's theme
 * would, and names the files <name>-themed-<width>.png: the demo under a hostile WordPress theme, say
 *   THEME=node_modules/.cache/wordpress-block-library-11.1.0/style.css,test/fixtures/host-pages/wordpress-theme.css
 * NO_SCRIPT=1 turns JavaScript off and names the files <name>-no-script-<width>.png: a pre-rendered page as a crawler
 * or a visitor with scripts off sees it (npm run prerender-demo, then /stories/demo-prerendered/).
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.js';
import { serve } from './serve.js';

const paths = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const themes = process.env.THEME?.split(',') ?? [];
const noScript = Boolean(process.env.NO_SCRIPT);
const { server, url } = await serve();
const browser = await launchChromium(['--hide-scrollbars']);
await mkdir('screenshots', { recursive: true });
const problems = [];
try {
  for (const path of paths.length ? paths : ['/stories/demo/']) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await page.setJavaScriptEnabled(!noScript);
      page.on('console', (m) => m.type() === 'error' && problems.push(`${path} @${width}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${path} @${width}: ${e.message}`));
      await page.evaluateOnNewDocument(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await page.goto(url + path, { waitUntil: 'networkidle0' });
      for (const theme of themes) await page.addStyleTag({ url: `${url}/${theme}` });
      if (!noScript) {
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      const name =
        (path.replace(/^\/|\/$/g, '').replace(/[^\w.-]+/g, '_') || 'index') +
        (themes.length ? '-themed' : '') +
        (noScript ? '-no-script' : '');
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
