/** The plain TypeScript app with its properties set before the elements are registered: an upgrade keeps them. */
import { container, useContainer } from '../helpers/page.js';
import { expectWorkingPage, importApp } from './helpers.js';

useContainer();

describe('plain TypeScript app, registered after the page is made', () => {
  it('keeps the properties set before registration, and hears each event once', async () => {
    const app = await importApp('plain-ts/dist/main');
    app.renderThenRegister(container);
    await expectWorkingPage(container);
  });
});
