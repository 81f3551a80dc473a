/**
 * A small static server for the demo (`npm start`), the benchmark and the screenshots. Pages are
 * sent with a strict Content Security Policy and Trusted Types, as a careful clinic site would send
 * them, so the demo shows that the elements need no inline script or style.
 * `POST /api/callback` stands in for a clinic's form endpoint: it reads the request and answers 200,
 * storing and logging nothing of what was sent. `/scheduler/…` is a fake Calendly (scripts/fake-scheduler.js), which
 * the demo frames from the server's other name (localhost for 127.0.0.1, and the other way round): another origin, as
 * Calendly is. `/demo-api/booking-cta.json` is the demo's booking CTA, pointing there; the CSP lets it be framed.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeScheduler } from './fake-scheduler.js';

export const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html clinic-elements";

/** The fake scheduler's origin: this server under its other name, so that it is another origin than the page's. */
function schedulerOrigin(request) {
  const [hostname, port] = (request.headers.host ?? 'localhost').split(':');
  return `http://${hostname === 'localhost' ? '127.0.0.1' : 'localhost'}${port ? `:${port}` : ''}`;
}

/** The demo's second CTA: booking in a pop-up, through the fake Calendly, the conversion pushed to the dataLayer. */
function bookingCta(scheduler) {
  return {
    heading: 'Book without leaving the page',
    text: 'Pick a time for a free 30-minute consultation; the scheduler opens over this page.',
    booking: {
      url: `${scheduler}/scheduler/calendly/mindful-infusions/consultation`,
      label: 'Pick a time',
      open: 'popup',
      provider: 'calendly',
    },
    phone: { number: '+19495550100', label: 'Or call' },
  };
}

/**
 * Starts the server; resolves with its address once it listens. Files are revalidated on every use unless `maxAge`
 * (seconds) lets the browser keep them, as a returning visitor's browser keeps a site's script and content.
 */
export function serve({ port = 0, host = '127.0.0.1', home = '/stories/demo/', csp = true, maxAge = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (request.method === 'POST' && url.pathname === '/api/callback') {
      request.resume(); // read the body to its end, and drop it
      request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
      return;
    }
    const scheduler = await fakeScheduler(url.pathname, url.search);
    if (scheduler) return response.writeHead(200, { 'content-type': scheduler.type }).end(scheduler.body);
    if (url.pathname === '/demo-api/booking-cta.json') {
      const body = JSON.stringify(bookingCta(schedulerOrigin(request)));
      return response.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' }).end(body);
    }
    if (url.pathname === '/') {
      response.writeHead(302, { location: home }).end();
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return response.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': maxAge ? `max-age=${maxAge}` : 'no-cache' };
      // Storybook's own pages need inline scripts; everything else is held to the strict policy.
      const ours = !url.pathname.startsWith('/storybook-static/');
      const frames = `; frame-src 'self' ${schedulerOrigin(request)}`;
      if (csp && ours && type.startsWith('text/html')) headers['content-security-policy'] = CSP + frames;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}` }));
  });
}

/** The demo's usual port, and how many after it `npm start` tries when it is taken. */
const DEMO_PORT = 8000;
const PORTS_TO_TRY = 20;

/** Serves on `PORT` when it is set; otherwise on 8000, or the next free port after it. */
async function serveDemo(host) {
  if (process.env.PORT) return serve({ port: Number(process.env.PORT), host });
  for (let port = DEMO_PORT; port < DEMO_PORT + PORTS_TO_TRY; port++) {
    try {
      return await serve({ port, host });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  return serve({ port: 0, host }); // any free port the system gives
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { url } = await serveDemo(process.env.HOST ?? '127.0.0.1');
    console.log(`Demo clinic page: ${url}/stories/demo/  (Ctrl+C to stop)`);
    console.log(`Configurator:     ${url}/stories/configurator/`);
    console.log(`Pre-rendered:     ${url}/stories/demo-prerendered/`);
  } catch (error) {
    const taken = error.code === 'EADDRINUSE';
    console.error(taken ? `Port ${process.env.PORT} is in use: choose another PORT, or unset it.` : error.message);
    process.exit(1);
  }
}
