/**
 * The Vue 3 app mounted first, registered after. Vue sets a property only where the element has it, so before
 * registration `:content="…"` writes `content="[object Object]"`, which no element can read back (each one logs why);
 * `:content.prop` (the card's) sets the property, which the element keeps when it is registered.
 */
import { expect } from '@esm-bundle/chai';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { timeForWhatMustNotHappen, until } from '../helpers/wait.js';
import { contentAttributeError, importApp, page, statuses, tags } from './helpers.js';

useContainer();
const errors = recordConsoleErrors();

describe('Vue 3 app, registered after it is mounted', () => {
  it('keeps content bound with .prop; a plain binding gets "[object Object]" and no content', async () => {
    const app = await importApp('vue/dist/main');
    app.renderThenRegister(container);
    await customElements.whenDefined('clinic-consult-cta');
    await until(() => statuses(container)[0] == 'ready', 'the card shows its content');
    await timeForWhatMustNotHappen();
    const { card, checklist, title } = page(container);
    expect(title()).to.equal('Living with chronic pain');
    expect(card.hasAttribute('content')).to.be.false;
    expect(statuses(container)).to.deep.equal(['ready', 'idle', 'idle', 'idle']);
    expect(checklist.getAttribute('content')).to.equal('[object Object]');
    const [, ...boundPlainly] = tags;
    expect(errors.lines, 'each element so bound says why').to.have.members(boundPlainly.map(contentAttributeError));
  });
});
