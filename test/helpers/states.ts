/**
 * The states every element goes through, tested alike for all four: loading (a slow `src` shows the author's
 * fallback in a box that keeps room), ready, and error (bad content keeps the fallback, dispatches
 * `clinic-content-error` and logs one console.error), each clean under axe (WCAG 2.2 AA). An element's suite calls
 * `describeStates` once.
 */
import { expect } from '@esm-bundle/chai';
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import type { ConsultCta } from '../../src/components/consult-cta/consult-cta.js';
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';
import type { Timeline } from '../../src/components/timeline/timeline.js';
import { ClinicContentErrorEvent, ClinicContentLoadEvent } from '../../src/index.js';
import { axeViolations } from './axe.js';
import { create, inState, mountAndSettle, shown } from './elements.js';
import { captureConsoleErrors, container, useContainer } from './page.js';
import { faultJson } from './server.js';

type ClinicElements = ArticleCard | ConsultCta | SymptomChecklist | Timeline;
/** The four tags. */
export type ClinicTag = {
  [Tag in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[Tag] extends ClinicElements ? Tag : never;
}[keyof HTMLElementTagNameMap];

export interface StateCases {
  /** Content that renders. */
  valid: unknown;
  /** Content the element's schema refuses. */
  invalid: unknown;
  /** The author's markup inside the tag: one element, shown until content renders. */
  fallback: string;
  /** A JSON file of content (a path from the project root) that the fault server serves slowly while loading. */
  src: string;
  /** The attributes that go with `src`, such as the one that picks an entry of a collection. */
  attributes?: Record<string, string>;
}

/** How long the fault server holds a slow `src` (its cap): far longer than a test looks at the loading state. */
const SLOW_MS = 10_000;

/**
 * Appends `tag` to the container with a `src` the fault server answers only after 10 s, and resolves once it shows
 * its loading state. The request is aborted when the element leaves the page with the test's container.
 */
export async function mountLoading<Tag extends ClinicTag>(
  tag: Tag,
  { src, attributes = {}, fallback }: Pick<StateCases, 'src' | 'attributes' | 'fallback'>,
): Promise<HTMLElementTagNameMap[Tag]> {
  const element = create(tag, { ...attributes, src: faultJson(src, { delay: SLOW_MS }) }, fallback);
  container.append(element);
  await element.updateComplete;
  expect(element.status).to.equal('loading');
  return element;
}

/** Generates the loading, ready and error tests of `tag`, and an axe test for each state. */
export function describeStates(tag: ClinicTag, cases: StateCases) {
  /** Appends `tag` with `content`, and resolves once it has loaded or failed and rendered. */
  async function settle(content: unknown) {
    const { element, event } = await mountAndSettle(tag, container, content, {}, cases.fallback);
    await element.updateComplete;
    return { element, event, fallback: element.firstElementChild! };
  }

  /** Settles `tag` on the invalid content, with console.error recorded. */
  async function fail() {
    const consoleErrors = captureConsoleErrors();
    try {
      return { ...(await settle(cases.invalid)), consoleErrors: consoleErrors.lines };
    } finally {
      consoleErrors.restore();
    }
  }

  describe(`<${tag}> in each state: loading, ready, error`, () => {
    useContainer('640px');

    it('loading: shows the fallback in a box that keeps room, and says so in `status` and to CSS', async () => {
      const element = await mountLoading(tag, cases);
      expect(inState(element, 'loading'), ':state(loading)').to.be.true;
      expect(element.shadowRoot!.querySelector('slot'), 'the fallback is slotted').to.exist;
      const fallback = element.firstElementChild!;
      expect(shown(fallback), 'the fallback is shown').to.be.true;
      const room = element.getBoundingClientRect().height;
      expect(room, 'room kept beyond the fallback').to.be.greaterThan(2 * fallback.getBoundingClientRect().height);
    });

    it('loading: is clean under axe (WCAG 2.2 AA)', async () => {
      await mountLoading(tag, cases);
      expect(await axeViolations(container)).to.deep.equal([]);
    });

    it('ready: renders the content in place of the fallback, and dispatches clinic-content-load', async () => {
      const { element, event, fallback } = await settle(cases.valid);
      expect(event).to.be.instanceOf(ClinicContentLoadEvent);
      expect([event.bubbles, event.composed], 'bubbles and composed').to.deep.equal([true, true]);
      expect(event.detail).to.deep.equal({ source: 'content property' });
      expect(element.status).to.equal('ready');
      expect([inState(element, 'ready'), inState(element, 'loading')], ':state(ready) alone').to.deep.equal([
        true,
        false,
      ]);
      expect(element.shadowRoot!.querySelector('slot'), 'no slot').to.be.null;
      expect(shown(fallback), 'the fallback is hidden').to.be.false;
    });

    it('ready: is clean under axe (WCAG 2.2 AA)', async () => {
      await settle(cases.valid);
      expect(await axeViolations(container)).to.deep.equal([]);
    });

    it('error: keeps the fallback, dispatches clinic-content-error and logs one console.error', async () => {
      const { element, event, fallback, consoleErrors } = await fail();
      expect(event).to.be.instanceOf(ClinicContentErrorEvent);
      expect([event.bubbles, event.composed], 'bubbles and composed').to.deep.equal([true, true]);
      const { detail } = event as ClinicContentErrorEvent;
      expect(detail).to.deep.include({ kind: 'schema', source: 'content property' });
      expect(element.status).to.equal('error');
      expect(element.error?.kind).to.equal(detail.kind);
      expect(inState(element, 'error'), ':state(error)').to.be.true;
      expect(
        [...element.shadowRoot!.children].map((child) => child.localName),
        'nothing but the fallback',
      ).to.deep.equal(['slot']);
      expect(shown(fallback), 'the fallback is shown').to.be.true;
      const where = detail.path ? `${detail.path}: ` : '';
      expect(consoleErrors).to.deep.equal([`${tag}: ${where}${detail.message} (from content property)`]);
    });

    it('error: is clean under axe (WCAG 2.2 AA), with the fallback shown', async () => {
      await fail();
      expect(await axeViolations(container)).to.deep.equal([]);
    });
  });
}
