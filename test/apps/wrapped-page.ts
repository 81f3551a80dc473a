/**
 * The React app's page with clinic-elements/react (test/fixtures/apps/react, dist/<react>/wrapped), in React 18 or
 * 19: rendered, hydrated over the HTML that react-dom/server wrote at build time, or registered after the first render.
 * One test file each, so that each page starts with no tag registered.
 */
import { expect } from '@esm-bundle/chai';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { expectWorkingPage, importApp, page, serverHtml } from './helpers.js';

type React = 'react18' | 'react19';

/** Registered before React renders: rendered in the browser, then hydrated. */
export function describeWrappedPage(react: React) {
  useContainer();
  const errors = recordConsoleErrors();

  describe(`${react} with clinic-elements/react`, () => {
    it('sets properties, re-renders on update, and hears each event once with its detail', async () => {
      const app = await importApp(`react/dist/${react}/wrapped`);
      await app.render(container);
      await expectWorkingPage(container);
      expect(errors.lines).to.deep.equal([]);
    });

    it('hydrates the server render with the content, and React logs no error', async () => {
      const app = await importApp(`react/dist/${react}/wrapped`);
      container.innerHTML = await serverHtml(`react/dist/${react}/ssr/wrapped`);
      await app.hydrate(container);
      await expectWorkingPage(container);
      expect(errors.lines).to.deep.equal([]);
    });
  });
}

/** Registered after React's first commit: the wrappers set the properties all the same. */
export function describeWrappedPageRegisteredLate(react: React) {
  useContainer();
  const errors = recordConsoleErrors();

  describe(`${react} with clinic-elements/react, registered after the first render`, () => {
    it('sets the properties once the elements are registered, and hears each event once', async () => {
      const app = await importApp(`react/dist/${react}/wrapped`);
      app.renderThenRegister(container);
      await expectWorkingPage(container);
      expect(page(container).card.hasAttribute('content'), 'no content attribute').to.be.false;
      expect(errors.lines).to.deep.equal([]);
    });
  });
}
