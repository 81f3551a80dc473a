/** The Vue 3 app (test/fixtures/apps/vue): single-file components, registered before the app is mounted. */
import { expect } from '@esm-bundle/chai';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { expectWorkingPage, importApp } from './helpers.js';

useContainer();
const errors = recordConsoleErrors();

describe('Vue 3 app', () => {
  it('sets properties, re-renders on update, and hears each event once with its detail', async () => {
    const app = await importApp('vue/dist/main');
    await app.render(container);
    await expectWorkingPage(container);
    expect(errors.lines).to.deep.equal([]);
  });
});
