/**
 * The fault server: a real HTTP middleware in the test runner's own server, so every failure a page
 * can meet is served for real. Routes (all under /fault/):
 *   json?file=F&delay=MS&key=K      a file under test/fixtures/ or stories/, after a delay, counted under K
 *   status/CODE?key=K               an error status with an HTML body
 *   html?key=K                      a 200 HTML page, as a CMS "not found" page would be
 *   malformed?key=K                 200 application/json that does not parse
 *   drop?key=K                      the connection closes without an answer
 *   count/K                         {"requests": n, "aborted": n} for key K
 *   csp/FILE                        test/fixtures/FILE as HTML, under a strict CSP with Trusted Types
 *   elsewhere/FILE                  dist/FILE, a built file as another site (or version) would serve it: another URL
 * Delays are capped at 10 s and a request whose client gives up is counted as aborted.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

/** What a careful clinic site sends: no inline script or style, Trusted Types for lit-html only. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const counts = new Map();
const count = (key) => {
  if (!counts.has(key)) counts.set(key, { requests: 0, aborted: 0 });
  return counts.get(key);
};

/** `path` under the project root, if it lies in test/fixtures/ or stories/; nothing else is served. */
function servable(root, path) {
  const relative = normalize(path);
  return /^(test\/fixtures|stories)\//.test(relative) ? join(root, relative) : undefined;
}

export function faultMiddleware(root) {
  return async (ctx, next) => {
    const match = /^\/fault\/([^/?]+)(?:\/([^/?]+))?/.exec(ctx.path);
    if (!match) return next();
    const [, route, arg] = match;
    const { key = '', file = '', delay = '0' } = ctx.query;
    if (route === 'csp') {
      ctx.type = 'text/html';
      ctx.set('content-security-policy', CSP);
      ctx.body = await readFile(servable(root, `test/fixtures/${arg}`), 'utf8');
      return;
    }
    if (route === 'elsewhere' && /^[\w.-]+\.js$/.test(arg)) {
      ctx.type = 'text/javascript';
      ctx.body = await readFile(join(root, 'dist', arg), 'utf8');
      return;
    }
    if (route === 'count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(count(arg));
      return;
    }
    const tally = count(key);
    tally.requests++;
    const gaveUp = await wait(ctx, Math.min(Number(delay), 10_000));
    if (gaveUp) {
      tally.aborted++;
      return;
    }
    switch (route) {
      case 'json': {
        const path = servable(root, file);
        if (!path) return next();
        ctx.type = 'application/json';
        ctx.body = await readFile(path, 'utf8');
        return;
      }
      case 'status':
        ctx.status = Number(arg);
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><title>${arg}</title><h1>Error ${arg}</h1>`;
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not found</title><h1>Sorry, this page does not exist</h1>';
        return;
      case 'malformed':
        ctx.type = 'application/json';
        ctx.body = '{"title": "Half a file", "url": ';
        return;
      case 'drop':
        ctx.req.socket.destroy();
        ctx.respond = false;
        return;
      default:
        return next();
    }
  };
}

/** Resolves true if the client closes the connection before `ms` have passed. */
export function wait(ctx, ms) {
  if (!ms) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      ctx.res.off('close', onClose);
      resolve(false);
    }, ms);
    ctx.res.once('close', onClose);
  });
}
