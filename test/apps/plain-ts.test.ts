/** The plain TypeScript app (test/fixtures/apps/plain-ts): the DOM API, typed by the tag and event maps. */
import { container, useContainer } from '../helpers/page.js';
import { expectWorkingPage, importApp } from './helpers.js';

useContainer();

describe('plain TypeScript app', () => {
  it('sets properties, re-renders on update, and hears each event once with its detail', async () => {
    const app = await importApp('plain-ts/dist/main');
    await app.render(container);
    await expectWorkingPage(container);
  });
});
