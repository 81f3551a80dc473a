/**
 * Races: a `src` changed or an element removed while a request is under way. Only the newest request may win, and a
 * request nobody wants any more is aborted.
 */
import { expect } from '@esm-bundle/chai';
import { settled } from '../helpers/elements.js';
import { captureConsoleErrors, useContainer } from '../helpers/page.js';
import { requestAborted, requestArrived, serverCount, uniqueKey } from '../helpers/server.js';
import { attach, card, fixture, title } from './helpers.js';

useContainer();

/** Long enough that a slow answer cannot come before the test has changed its mind; aborted, it costs nothing. */
const SLOW_MS = 3000;

describe('requests under way', () => {
  it('a src changed mid-fetch never shows the older answer, even when it arrives last', async () => {
    const slowKey = uniqueKey('slow');
    const element = attach(card({ src: fixture('articles.json', slowKey, SLOW_MS), article: 'fibromyalgia' }));
    await requestArrived(slowKey);
    const loads: string[] = [];
    element.addEventListener('clinic-content-load', () => loads.push(title(element)!));
    const loaded = settled(element);
    element.setAttribute('src', fixture('article.json', uniqueKey(), 50));
    element.removeAttribute('article');
    await loaded;
    // Once the server has seen the older request given up, its answer can never arrive.
    await requestAborted(slowKey);
    expect(loads).to.deep.equal(['A single article']);
    expect(title(element)).to.equal('A single article');
    expect(await serverCount(slowKey)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('an element removed mid-fetch aborts its request and reports nothing', async () => {
    const consoleErrors = captureConsoleErrors();
    const key = uniqueKey();
    const element = attach(card({ src: fixture('article.json', key, SLOW_MS) }));
    const events: string[] = [];
    element.addEventListener('clinic-content-load', (e) => events.push(e.type));
    element.addEventListener('clinic-content-error', (e) => events.push(e.type));
    await requestArrived(key);
    element.remove();
    // Once the server has seen the request given up, no answer can come that the element could report.
    await requestAborted(key);
    consoleErrors.restore();
    expect(events).to.deep.equal([]);
    expect(consoleErrors.lines).to.deep.equal([]);
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('an element put back after a removal mid-fetch loads again', async () => {
    const key = uniqueKey();
    const element = attach(card({ src: fixture('article.json', key, 300) }));
    await requestArrived(key);
    element.remove();
    attach(element);
    await settled(element);
    expect(title(element)).to.equal('A single article');
  });
});
