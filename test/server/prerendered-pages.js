/**
 * Pre-rendered pages for the browser tests of the pre-renderer (test/prerender/): at the test run's start, the built
 * command (`clinic-elements prerender`, dist/lib) pre-renders test/fixtures/prerender/ into dist/test-prerendered/,
 * and this middleware serves that folder under the strict Content Security Policy with Trusted Types. Routes (under
 * /prerendered/):
 *   FILE.html?key=K                   a pre-rendered page; `{{key}}` in it becomes K
 *   clinic-elements.js?key=K          the single-script bundle, held back until the test releases K
 *   release/K                         lets the bundle of key K go (a test first works the page with no script)
 *   clinic-elements/*.css            the shadow roots' stylesheets
 *   clinic-elements*.js, .css        the bundle's core and chunks, and the page stylesheet, from dist/
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { CSP } from './faults.js';

const FIXTURES = 'test/fixtures/prerender';
const OUTPUT = 'dist/test-prerendered';

/** Runs the command as a site's build would, once per test run; needs `npm run build` first. */
export async function prerenderTestPages(root) {
  const command = [join(root, 'dist/lib/prerender/cli.js'), 'prerender', FIXTURES, '-o', OUTPUT, '--root', '.'];
  await promisify(execFile)('node', command, { cwd: root });
}

const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };

/** Releases of held-back bundles, by key: a promise each, and the function that settles it. */
const releases = new Map();
const release = (key) => {
  if (!releases.has(key)) {
    let settle;
    const released = new Promise((resolve) => (settle = resolve));
    releases.set(key, { released, settle });
  }
  return releases.get(key);
};

export function prerenderedPages(root) {
  return async (ctx, next) => {
    const match = /^\/prerendered\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const [, path] = match;
    const key = String(ctx.query.key ?? '');
    if (path.startsWith('release/')) {
      release(path.slice('release/'.length)).settle();
      ctx.body = 'released';
      return;
    }
    // The bundle and its chunks come from dist/, the bundle itself only once the test lets it go.
    const fromDist = /^clinic-elements[\w.-]*\.(js|css)$/.test(path);
    if (path == 'clinic-elements.js') await release(key).released;
    const file = normalize(join(root, fromDist ? 'dist' : OUTPUT, path));
    if (!file.startsWith(join(root, 'dist'))) return next();
    const body = await readFile(file, 'utf8').catch(() => undefined);
    if (body === undefined) return next();
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (ctx.type.startsWith('text/html')) ctx.set('content-security-policy', CSP);
    ctx.body = body.replaceAll('{{key}}', key);
  };
}
