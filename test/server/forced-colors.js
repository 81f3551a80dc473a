/**
 * A test-runner command, `forced-colors`, that turns on (payload `{ active: true }`) or off the emulation of
 * `forced-colors: active`, as Windows High Contrast sets it. Chromium emulates it through the DevTools
 * protocol; the command answers `false` where the browser cannot (Firefox and WebKit through their drivers).
 */
export function forcedColorsCommand() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      try {
        await page?.emulateMediaFeatures([{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }]);
        return !!page;
      } catch {
        return false;
      }
    },
  };
}
