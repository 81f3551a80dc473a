/**
 * The React app's page with plain JSX tags in React 19 (test/fixtures/apps/react, dist/react19/plain): rendered in the
 * browser, and hydrated over the HTML that react-dom/server wrote at build time, registered before React renders
 * (registered after: react19-lazy.test.ts).
 */
import { expect } from '@esm-bundle/chai';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { timeForWhatMustNotHappen, until } from '../helpers/wait.js';
import { expectWorkingPage, importApp, page, serverHtml, statuses } from './helpers.js';

useContainer();
const errors = recordConsoleErrors();
const app = await importApp('react/dist/react19/plain');

describe('React 19 with plain JSX tags', () => {
  it('sets properties, re-renders on update, and hears each event once with its detail', async () => {
    await app.render(container);
    await expectWorkingPage(container);
    expect(errors.lines).to.deep.equal([]);
  });

  // React 19 sets no property while it hydrates a custom element (facebook/react#35446); the README sends server
  // rendered apps to the wrappers. When this fails, React has fixed it: say so in the README.
  it('hydration leaves the elements without content until the app changes a property', async () => {
    container.innerHTML = await serverHtml('react/dist/react19/ssr/plain');
    await app.hydrate(container);
    await timeForWhatMustNotHappen();
    expect(statuses(container)).to.deep.equal(['idle', 'idle', 'idle', 'idle']);
    expect(errors.lines, 'and says nothing about it').to.deep.equal([]);
    const { card, title, nextArticle } = page(container);
    nextArticle();
    await until(() => title() == 'Sleep and low mood', 'the changed property reaches the card');
    expect(card.status).to.equal('ready');
  });
});
