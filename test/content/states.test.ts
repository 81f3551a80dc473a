/**
 * The pipeline's `status` and the CSS states it shows (`:state(loading|ready|error)`) as one element's source goes
 * from loading to loaded to failing, and the room kept while loading.
 */
import { expect } from '@esm-bundle/chai';
import { inState, settled } from '../helpers/elements.js';
import { captureConsoleErrors, useContainer } from '../helpers/page.js';
import { uniqueKey } from '../helpers/server.js';
import { attach, card, fixture } from './helpers.js';

useContainer();

describe('states', () => {
  it('shows loading, ready and error to CSS and in `status`, and keeps space while loading', async () => {
    const element = attach(card({ src: fixture('article.json', uniqueKey(), 300) }));
    await element.updateComplete;
    expect(element.status).to.equal('loading');
    expect(inState(element, 'loading')).to.be.true;
    const fontSize = parseFloat(getComputedStyle(element).fontSize);
    expect(element.getBoundingClientRect().height, 'space kept while loading').to.be.at.least(20 * fontSize);
    expect(element.querySelector<HTMLElement>('.fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);

    await settled(element);
    expect(element.status).to.equal('ready');
    expect(inState(element, 'ready')).to.be.true;
    expect(inState(element, 'loading')).to.be.false;
    expect(element.querySelector<HTMLElement>('.fallback')!.getBoundingClientRect().height, 'fallback hidden').to.equal(
      0,
    );

    const consoleErrors = captureConsoleErrors();
    element.setAttribute('src', `/fault/status/404?key=${uniqueKey()}`);
    await settled(element);
    consoleErrors.restore();
    expect(inState(element, 'error')).to.be.true;
    expect(inState(element, 'ready')).to.be.false;
  });
});
