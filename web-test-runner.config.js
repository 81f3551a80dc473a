import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { elements } from './rollup.config.js';
import { faultMiddleware } from './test/server/faults.js';
import { forcedColorsCommand } from './test/server/forced-colors.js';
import { prerenderedPages, prerenderTestPages } from './test/server/prerendered-pages.js';
import { formEndpoint } from './test/server/form-endpoint.js';
import { configuratorCsp } from './test/server/configurator-csp.js';
import { fakeSchedulerMiddleware } from './scripts/fake-scheduler.js';
import { visualDiffPlugin } from './test/server/visual-diff.js';
import { cacheWordPressCss } from './test/server/wordpress-css.js';

/**
 * Chromium and Firefox always; WebKit where its WebDriver is installed (Debian: webkit2gtk-driver),
 * under a virtual display of its own. BROWSERS=chromium,firefox picks some.
 */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const webkitDriver = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }),
  );
}
if (wanted.includes('webkit') && existsSync(webkitDriver)) browsers.push(await webkitLauncher());

/** WebKitGTK through its WebDriver, on a free port, under a virtual display of its own if there is none. */
async function webkitLauncher() {
  const env = { ...process.env };
  const children = [];
  process.on('exit', () => children.forEach((child) => child.kill()));
  if (!env.DISPLAY) {
    // WebKitGTK has no headless mode. -displayfd lets Xvfb pick a free display and tell us which.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.push(xvfb);
    env.DISPLAY = ':' + String(await new Promise((resolve) => xvfb.stdout.once('data', resolve))).trim();
  }
  const port = await freePort();
  children.push(spawn(webkitDriver, [`--port=${port}`], { env, stdio: 'ignore' }));
  await listening(port);
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { args: ['--automation'] },
    },
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port (the driver takes a moment to start). */
async function listening(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/**
 * The property-based tests (test/fuzz) run with a fixed seed. FUZZ_SEED runs another one, and with FUZZ_PATH (both
 * printed by a failure) replays one counterexample; FUZZ_RUNS sets the samples per element. The browser cannot read
 * the environment, so the tests ask the test server for these.
 */
const fuzzSettings = {
  seed: Number(process.env.FUZZ_SEED ?? 9),
  runs: Number(process.env.FUZZ_RUNS ?? 1000),
  path: process.env.FUZZ_PATH,
};
const serveFuzzSettings = (context, next) =>
  context.path == '/fuzz/settings' ? (context.body = fuzzSettings) : next();

/** One plain closing line over every browser, e.g. "Total: 156 passed, 0 failed", for CI to read. */
function totalReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.passed) passed++;
          else if (!test.skipped) failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) failed++;
      }
      process.on('exit', () => console.log(`Total: ${passed} passed, ${failed} failed`));
    },
  };
}

/**
 * The element and pipeline tests run a second time against the minified single-script bundle, so that a
 * minifier or bundler change cannot break the shipped file unnoticed. An import map sends the modules the
 * tests import (the entries and `src/index.ts`, which the bundle re-exports) to `dist/clinic-elements.js`.
 */
const bundleEntries = ['index', 'define', ...elements];
const bundleImportMap = {
  imports: Object.fromEntries(bundleEntries.map((name) => [`/src/${name}.ts`, '/dist/clinic-elements.js'])),
};
const minifiedGroup = {
  name: 'minified',
  // One folder of tests per element, the pipeline's, and the hand-off between two elements; not the unit tests of
  // internals (schema.test.ts) nor embed.test.ts, which loads the bundle by itself.
  files: [`test/{${['content', ...elements].join(',')}}/*.test.ts`, 'test/hand-off.test.ts'],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <head><script type="importmap">${JSON.stringify(bundleImportMap)}</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};

/**
 * The fixture apps (test/fixtures/apps: React 19, React 18, Vue 3, plain TypeScript), installed from the packed build
 * and built by scripts/fixture-apps.js, in the browser: one page per test file, so that each starts with no tag
 * registered.
 */
const appsGroup = { name: 'apps', files: 'test/apps/*.test.ts' };

// The host-page tests need the WordPress CSS, which is fetched (once) rather than committed.
await cacheWordPressCss();
const root = fileURLToPath(new URL('.', import.meta.url));
await prerenderTestPages(root);

export default {
  reporters: [defaultReporter(), totalReporter()],
  // Not the apps group's tests, nor anything the fixture apps install (their node_modules).
  files: ['test/**/*.test.ts', '!test/apps/**', '!test/fixtures/**'],
  groups: [minifiedGroup, appsGroup],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), forcedColorsCommand(), visualDiffPlugin()],
  middleware: [
    faultMiddleware(root),
    formEndpoint(),
    fakeSchedulerMiddleware(),
    serveFuzzSettings,
    prerenderedPages(root),
    configuratorCsp(),
  ],
};
