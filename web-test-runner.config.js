import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { faultMiddleware } from './test/server/faults.js';

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
  browsers.push(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }));
}
if (wanted.includes('webkit') && existsSync(webkitDriver)) browsers.push(webkitLauncher());

function webkitLauncher() {
  const port = 4445;
  const env = { ...process.env };
  if (!env.DISPLAY) {
    // WebKitGTK has no headless mode: give it a virtual display, ended with the test run.
    const display = ':' + (90 + (process.pid % 9));
    const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    process.on('exit', () => xvfb.kill());
    env.DISPLAY = display;
  }
  const driver = spawn(webkitDriver, [`--port=${port}`], { env, stdio: 'ignore' });
  process.on('exit', () => driver.kill());
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

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  middleware: [faultMiddleware(fileURLToPath(new URL('./test/fixtures/', import.meta.url)))],
};
