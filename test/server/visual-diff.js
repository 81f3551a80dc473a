/**
 * Screenshots of one element, compared by pixels (pixelmatch) with the same element on the plain page: the test
 * runner command behind test/host-page/. The browser leaves the element in `window.__visualDiffTarget`, as
 * @web/test-runner-visual-regression does, and sends `visual-diff` with:
 *   {cell, page: 'plain', box}                   keeps the screenshot and box as the plain look of `cell`
 *   {cell, page, box, maxDiffPercent}            compares with the plain look of `cell`; answers
 *                                                {diffPercent, box, plainBox, files}, where `files` names the themed,
 *                                                plain and diff PNGs written to screenshots/visual/ when the share of
 *                                                differing pixels is over `maxDiffPercent` or the box is not the same
 * `cell` names the element, width and direction; `box` is the element's {width, height} in CSS pixels. The plain
 * looks are kept in memory, per browser, for the length of the run. `visual-diff-restore-window` puts back the window
 * size that a WebDriver screenshot grew.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const OUTPUT = 'screenshots/visual';
const plainLooks = new Map();
/** The window size of each WebDriver session whose window grew, to put back. */
const windowSizes = new Map();

/** The element's box in the viewport, in device pixels, and how far below the viewport's bottom it reaches. */
const measureTarget = () => {
  const box = window.__visualDiffTarget.getBoundingClientRect();
  const scale = devicePixelRatio;
  const [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom].map((edge) => Math.round(edge * scale));
  return { left, top, width: right - left, height: bottom - top, overflow: box.bottom + scrollY - innerHeight };
};

/**
 * A WebDriver session's screenshot of the element, cut from a screenshot of the viewport. WebKit's own element
 * screenshots come out clipped, or black where the page has scrolled or the window has grown; its viewport
 * screenshots are right. So the window grows until the element lies in the viewport (the element is at the top of
 * the page), and `visual-diff-restore-window` puts it back. Assumes the test page is the top-level page (one test
 * file at a time, as this configuration runs them).
 */
async function webdriverScreenshot(session) {
  const { driver } = session.browser; // the launcher's webdriverio browser
  const { overflow } = await driver.execute(measureTarget);
  if (overflow > 0) {
    const size = await driver.getWindowSize();
    if (!windowSizes.has(session.id)) windowSizes.set(session.id, size);
    await driver.setWindowSize(size.width, size.height + Math.ceil(overflow));
    await driver.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }
  await driver.execute(() => scrollTo({ top: 0, behavior: 'instant' }));
  const { left, top, width, height } = await driver.execute(measureTarget);
  const viewport = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
  const element = new PNG({ width, height });
  PNG.bitblt(viewport, element, left, top, width, height, 0, 0);
  return element;
}

async function restoreWindow(session) {
  const size = windowSizes.get(session.id);
  if (!size) return;
  await session.browser.driver.setWindowSize(size.width, size.height);
  windowSizes.delete(session.id);
}

/** A screenshot of the element the browser left in `window.__visualDiffTarget`, taken by the browser's driver. */
async function screenshot(session) {
  const { browser } = session;
  if (browser.type === 'puppeteer') {
    const page = browser.getPage(session.id);
    const handle = await page.evaluateHandle(() => window.__visualDiffTarget);
    return PNG.sync.read(Buffer.from(await handle.asElement().screenshot()));
  }
  if (browser.type === 'webdriver') return webdriverScreenshot(session);
  throw new Error(`visual-diff: no screenshots in ${browser.type} browsers`);
}

/** `image` on a transparent canvas of `width` × `height`, so that two sizes can be compared pixel by pixel. */
function padded(image, width, height) {
  if (image.width === width && image.height === height) return image;
  const canvas = new PNG({ width, height });
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas;
}

/** The share of pixels that differ, in percent, and the diff image (differing pixels in red). */
function compare(themedPng, plainPng) {
  const width = Math.max(themedPng.width, plainPng.width);
  const height = Math.max(themedPng.height, plainPng.height);
  const diff = new PNG({ width, height });
  const themed = padded(themedPng, width, height);
  const plain = padded(plainPng, width, height);
  const differing = pixelmatch(themed.data, plain.data, diff.data, width, height);
  return { diffPercent: (differing / (width * height)) * 100, diff };
}

const sameBox = (a, b) => a.width === b.width && a.height === b.height;
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9.]+/g, '-');

async function writeLooks(session, cell, page, images) {
  const folder = join(OUTPUT, slug(session.browser.name));
  await mkdir(folder, { recursive: true });
  const files = [];
  for (const [kind, png] of Object.entries(images)) {
    const file = join(folder, `${slug(cell)}--${slug(page)}--${kind}.png`);
    await writeFile(file, PNG.sync.write(png));
    files.push(file);
  }
  return files;
}

export function visualDiffPlugin() {
  return {
    name: 'visual-diff',
    async executeCommand({ command, session, payload }) {
      if (command === 'visual-diff-restore-window') return restoreWindow(session).then(() => true);
      if (command !== 'visual-diff') return undefined;
      const { cell, page, box, maxDiffPercent } = payload;
      const key = `${session.browser.name} ${cell}`;
      const png = await screenshot(session);
      if (page === 'plain') {
        plainLooks.set(key, { png, box });
        return {};
      }
      const plain = plainLooks.get(key);
      if (!plain) throw new Error(`visual-diff: no plain look of ${cell} to compare ${page} with`);
      const { diffPercent, diff } = compare(png, plain.png);
      const passed = diffPercent <= maxDiffPercent && sameBox(box, plain.box);
      const files = passed ? [] : await writeLooks(session, cell, page, { themed: png, plain: plain.png, diff });
      return { diffPercent, box, plainBox: plain.box, files };
    },
  };
}
