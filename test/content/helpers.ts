/** The content pipeline is driven through <clinic-article-card>: its smallest element. */
import { expect } from '@esm-bundle/chai';
import '../../src/article-card.js'; // registers <clinic-article-card>
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import { contentError, create } from '../helpers/elements.js';
import { container, recordConsoleErrors } from '../helpers/page.js';
import { faultJson, uniqueKey } from '../helpers/server.js';
import { FALLBACK } from '../article-card/helpers.js';

/** A card with attributes and fallback markup inside (a link of class `fallback`), not yet in the page. */
export const card = (attributes: Record<string, string> = {}, inner = FALLBACK) =>
  create('clinic-article-card', attributes, inner);

/** Appends the card to the test's container; returns it. */
export const attach = (element: ArticleCard) => (container.append(element), element);

/** The card's title as shown, or undefined when no card is rendered. */
export const title = (element: ArticleCard) => element.shadowRoot!.querySelector('[part="title"]')?.textContent.trim();

/** A file of test/fixtures/ from the fault server, counted under `key`, after `delay` ms. */
export const fixture = (file: string, key = uniqueKey(), delay = 0) =>
  faultJson(`test/fixtures/${file}`, { key, delay });

/** The author's fallback link shows, and no card is rendered. */
export function expectFallbackShown(element: ArticleCard) {
  const slot = element.shadowRoot!.querySelector('slot');
  expect(slot, 'the default slot is rendered').to.exist;
  const fallback = element.querySelector<HTMLElement>('.fallback')!;
  expect(fallback.getBoundingClientRect().height, 'fallback link is visible').to.be.greaterThan(0);
  expect(element.shadowRoot!.querySelector('article'), 'no card is rendered').to.be.null;
}

/**
 * For a suite of cards that fail: records console.error in each test and fails it if an exception escapes; gives
 * `failWith(card)`, which mounts the card, waits for its error, checks what every error shares and returns its detail.
 */
export function failingCards() {
  const consoleErrors = recordConsoleErrors();
  let uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    expect(uncaught, 'no exception escapes').to.deep.equal([]);
  });

  async function failWith(element: ArticleCard) {
    attach(element);
    const { detail } = await contentError(element);
    expect(element.status).to.equal('error');
    expect(element.error?.kind).to.equal(detail.kind);
    expectFallbackShown(element);
    const where = detail.path ? `${detail.path}: ` : '';
    expect(consoleErrors.lines).to.deep.equal([
      `clinic-article-card: ${where}${detail.message} (from ${detail.source})`,
    ]);
    return detail;
  }
  return { consoleErrors, failWith };
}
