/**
 * The React 19 app with plain JSX tags, registered after React's first commit (`import('clinic-elements/define')` in
 * an effect). React sets a property only where the element has it: before registration it has none, so React writes
 * the content as an attribute, `content="[object Object]"`, which no element can read back (each one logs why, and
 * what to do). The README says to register before the first render, or to use the wrappers
 * (react19-wrappers-lazy.test.ts). When this fails, React has changed: say so in the README.
 */
import { expect } from '@esm-bundle/chai';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { timeForWhatMustNotHappen, until } from '../helpers/wait.js';
import { contentAttributeError, importApp, page, statuses, tags } from './helpers.js';

useContainer();
const errors = recordConsoleErrors();

describe('React 19 app with plain JSX, registered after the first render', () => {
  it('gets "[object Object]" attributes and no content, until the app changes a property', async () => {
    const app = await importApp('react/dist/react19/plain');
    app.renderThenRegister(container);
    await customElements.whenDefined('clinic-consult-cta');
    await timeForWhatMustNotHappen();
    const { card, title, nextArticle } = page(container);
    expect(statuses(container)).to.deep.equal(['idle', 'idle', 'idle', 'idle']);
    expect(card.getAttribute('content')).to.equal('[object Object]');
    expect(errors.lines, 'each element says why').to.have.members(tags.map(contentAttributeError));
    nextArticle();
    await until(() => title() == 'Sleep and low mood', 'the changed property reaches the card');
    expect(statuses(container)).to.deep.equal(['ready', 'idle', 'idle', 'idle']);
  });
});
